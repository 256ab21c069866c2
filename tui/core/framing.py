"""Classify framing shifts between aligned passages.  STUB."""

from __future__ import annotations

from tui.core.models import Alignment, Difference, Document, FramingShift


def find_framing(a: Document, b: Document, alignment: Alignment) -> tuple[FramingShift, ...]:
    """Return the framing shifts between aligned passages of ``a`` and ``b``."""
    return ()


def framing_differences(
    a: Document, b: Document, shifts: tuple[FramingShift, ...]
) -> tuple[Difference, ...]:
    """Return a ``framing`` difference for each shift."""
    return ()
