"""The passages of a difference: each side's sentences around it, with what differs marked.

One builder serves the screen's detail view and every report, so a difference is never
shown two ways.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.models import Comparison, Difference, Document, Side, Span
from tui.core.text.word_diff import word_edits
from tui.core.text.words import word_spans

Range = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Passage:
    """A difference's passage on one side, shown within its sentence(s).

    ``text`` is the sentence context; ``focus`` is where the difference's span lies in it,
    and ``changes`` are the words that differ from the other side; both are offsets into
    ``text``. ``changes`` is empty when the whole passage is the difference (one side only).
    """

    side: Side
    text: str
    focus: Range
    changes: tuple[Range, ...]


def _context(document: Document, span: Span) -> tuple[int, int]:
    """Return the start and end of the sentences that hold ``span`` (the span if none do)."""
    inside = [
        s
        for s in document.sentences
        if (s.start < span.end and span.start < s.end) or s.start <= span.start < s.end
    ]
    if not inside:
        return span.start, span.end
    return min(inside[0].start, span.start), max(inside[-1].end, span.end)


def _changed_words(a: Span, b: Span) -> tuple[list[Range], list[Range]]:
    """Return the ranges (document offsets) of the words that differ between two spans."""
    edits = word_edits(
        word_spans(a.text, a.start),
        word_spans(b.text, b.start),
        a_fallback=a.start,
        b_fallback=b.start,
    )
    a_changes = [(e.a_start, e.a_end) for e in edits if e.a_start < e.a_end]
    b_changes = [(e.b_start, e.b_end) for e in edits if e.b_start < e.b_end]
    return a_changes, b_changes


def _passage(side: Side, document: Document, span: Span, changes: Sequence[Range]) -> Passage:
    start, end = _context(document, span)
    return Passage(
        side=side,
        text=document.text[start:end],
        focus=(span.start - start, span.end - start),
        changes=tuple((s - start, e - start) for s, e in changes),
    )


def difference_passages(
    comparison: Comparison, difference: Difference
) -> tuple[Passage | None, Passage | None]:
    """Return the A and B passages of a difference, with the words that differ marked.

    When both sides have a passage but no word differs (a change of punctuation or
    order only), each whole span is marked instead.
    """
    a_span, b_span = difference.a, difference.b
    a_changes: list[Range] = []
    b_changes: list[Range] = []
    if a_span is not None and b_span is not None:
        a_changes, b_changes = _changed_words(a_span, b_span)
        if not a_changes and not b_changes:
            a_changes, b_changes = [(a_span.start, a_span.end)], [(b_span.start, b_span.end)]
    a = None if a_span is None else _passage("a", comparison.a, a_span, a_changes)
    b = None if b_span is None else _passage("b", comparison.b, b_span, b_changes)
    return a, b


def clipboard_text(comparison: Comparison, difference: Difference) -> str:
    """Return a difference as plain text to paste elsewhere: its summary, then each source's
    name and wording (the sentences around it), or that the source does not have it."""
    lines = [" ".join(difference.summary.split())]
    passages = difference_passages(comparison, difference)
    for document, passage in zip((comparison.a, comparison.b), passages, strict=True):
        side = "A" if document is comparison.a else "B"
        name = document.title or document.name
        wording = "(not in this source)" if passage is None else " ".join(passage.text.split())
        lines.append(f"{side} ({' '.join(name.split())}): {wording}")
    return "\n".join(lines)
