"""Align the sentences of two documents.  STUB: to be replaced by the alignment work."""

from __future__ import annotations

from tui.core.models import Alignment, Difference, Document


def align(a: Document, b: Document) -> Alignment:
    """Return which sentences of ``a`` and ``b`` tell the same thing, and which only one tells."""
    only_a = tuple(s.id for s in a.sentences if not s.boilerplate)
    only_b = tuple(s.id for s in b.sentences if not s.boilerplate)
    return Alignment(groups=(), only_a=only_a, only_b=only_b)


def alignment_differences(a: Document, b: Document, alignment: Alignment) -> tuple[Difference, ...]:
    """Return the ``unique`` and ``wording`` differences of an alignment."""
    return ()
