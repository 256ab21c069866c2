"""Find direct quotations and compare them across sources.  STUB."""

from __future__ import annotations

from tui.core.models import Alignment, Difference, Document, Quote, QuoteMatch


def find_quotes(document: Document) -> tuple[Quote, ...]:
    """Return every direct quotation in ``document`` in reading order."""
    return ()


def compare_quotes(a: Document, b: Document, alignment: Alignment) -> tuple[QuoteMatch, ...]:
    """Return the quotations of both sources paired and classified."""
    return ()


def quote_differences(
    a: Document, b: Document, matches: tuple[QuoteMatch, ...]
) -> tuple[Difference, ...]:
    """Return a ``quote`` difference for each altered or one-sided quotation."""
    return ()
