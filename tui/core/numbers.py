"""Find figures (numbers, amounts, dates) and compare them across sources.  STUB."""

from __future__ import annotations

from tui.core.models import Alignment, Difference, Document, Figure, FigureMatch


def find_figures(document: Document) -> tuple[Figure, ...]:
    """Return every figure in ``document`` in reading order."""
    return ()


def compare_figures(a: Document, b: Document, alignment: Alignment) -> tuple[FigureMatch, ...]:
    """Return the figures of both sources paired and classified."""
    return ()


def figure_differences(
    a: Document, b: Document, matches: tuple[FigureMatch, ...]
) -> tuple[Difference, ...]:
    """Return a ``number`` difference for each conflicting or one-sided figure."""
    return ()
