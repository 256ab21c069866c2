"""What a report says, independent of its format: sources, summary, differences by kind.

:func:`build_report` gathers everything the Markdown and HTML writers show, as plain
values with offsets into the passages they show, so each writer only escapes and styles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.kinds import KINDS, SECTION_ORDER, DifferenceKind
from tui.core.models import Comparison, Difference, Document, Side, Span
from tui.core.review.marks import OrphanedMark, ReviewMark, ReviewProgress, ReviewState
from tui.core.text.word_diff import word_edits
from tui.core.text.words import word_spans

SECTION_TITLES: dict[DifferenceKind, str] = {kind.name: kind.section_title for kind in KINDS}

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


@dataclass(frozen=True, slots=True)
class ReportItem:
    """One difference as reported: its number in the list, passages on both sides, its mark."""

    number: int
    difference: Difference
    a: Passage | None
    b: Passage | None
    mark: ReviewMark


@dataclass(frozen=True, slots=True)
class ReportSection:
    """The reported differences of one kind."""

    kind: DifferenceKind
    title: str
    items: tuple[ReportItem, ...]


@dataclass(frozen=True, slots=True)
class SourceFacts:
    """One source as the report introduces it: where it is from and how much it says."""

    side: Side
    name: str
    path: str
    title: str | None
    sentences: int
    boilerplate: int
    paragraphs: int
    words: int
    characters: int
    only_here: int


def source_counts(a: SourceFacts, b: SourceFacts) -> list[tuple[str, int, int]]:
    """Return the counted facts of both sources as (label, A's count, B's count) rows."""
    return [
        ("Sentences", a.sentences, b.sentences),
        ("Paragraphs", a.paragraphs, b.paragraphs),
        ("Words", a.words, b.words),
        ("Characters", a.characters, b.characters),
        ("Scraper junk (sentences)", a.boilerplate, b.boilerplate),
        ("Sentences only here", a.only_here, b.only_here),
    ]


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a report shows, in the order it shows it."""

    a: SourceFacts
    b: SourceFacts
    total: int
    counts: dict[DifferenceKind, int]
    progress: ReviewProgress
    noted: int
    sections: tuple[ReportSection, ...]
    orphaned: tuple[OrphanedMark, ...]


def _source_facts(side: Side, document: Document, only_here: int) -> SourceFacts:
    article = [s for s in document.sentences if not s.boilerplate]
    return SourceFacts(
        side=side,
        name=document.name,
        path=document.path,
        title=document.title,
        sentences=len(article),
        boilerplate=len(document.sentences) - len(article),
        paragraphs=len({s.paragraph for s in article}),
        words=sum(len(word_spans(s.text)) for s in article),
        characters=len(document.text),
        only_here=only_here,
    )


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


def build_report(
    comparison: Comparison,
    review: ReviewState | None = None,
    orphaned: Sequence[OrphanedMark] = (),
) -> Report:
    """Return the :class:`Report` of a comparison with its review marks and orphaned marks."""
    state = review if review is not None else ReviewState()
    numbered = list(enumerate(comparison.differences, start=1))
    sections = []
    for kind in SECTION_ORDER:
        items = []
        for number, difference in numbered:
            if difference.kind != kind:
                continue
            a, b = difference_passages(comparison, difference)
            items.append(ReportItem(number, difference, a, b, state.mark(difference.id)))
        if items:
            sections.append(ReportSection(kind, SECTION_TITLES[kind], tuple(items)))
    counts = {
        kind: sum(1 for d in comparison.differences if d.kind == kind) for kind in SECTION_ORDER
    }
    return Report(
        a=_source_facts("a", comparison.a, len(comparison.alignment.only_a)),
        b=_source_facts("b", comparison.b, len(comparison.alignment.only_b)),
        total=len(comparison.differences),
        counts=counts,
        progress=state.progress(comparison.differences),
        noted=sum(1 for d in comparison.differences if state.mark(d.id).note.strip()),
        sections=tuple(sections),
        orphaned=tuple(o for o in orphaned if not o.mark.is_blank),
    )


def cut_by_ranges(text: str, ranges: Sequence[Range]) -> list[tuple[str, bool]]:
    """Return ``text`` as consecutive pieces, each with True when it lies in one of ``ranges``.

    Overlapping or touching ranges are merged; ranges are clipped to the text.
    """
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in ranges):
        if start >= end:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces: list[tuple[str, bool]] = []
    position = 0
    for start, end in merged:
        if start > position:
            pieces.append((text[position:start], False))
        pieces.append((text[start:end], True))
        position = end
    if position < len(text):
        pieces.append((text[position:], False))
    return pieces
