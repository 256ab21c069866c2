"""What a report says, independent of its format: sources, summary, differences by kind.

:func:`build_report` gathers everything the Markdown and HTML writers show, as plain
values with offsets into the passages they show, so each writer only escapes and styles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from tui.core.kinds import KINDS, SECTION_ORDER, DifferenceKind
from tui.core.models import Comparison, Difference, Document, Reuse, Side
from tui.core.report.passages import Passage, Range, difference_passages
from tui.core.review.marks import OrphanedMark, ReviewMark, ReviewProgress, ReviewState
from tui.core.text.words import word_spans

SECTION_TITLES: dict[DifferenceKind, str] = {kind.name: kind.section_title for kind in KINDS}


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


ReportScope = Literal["all", "major", "marked"]
REPORT_SCOPES: dict[ReportScope, str] = {
    "all": "every difference",
    "major": "the major differences",
    "marked": "the flagged and noted differences",
}


def _percent(share: float) -> str:
    return f"{round(100 * share)}%"


def reuse_summary(reuse: Reuse | None, *, short: bool = False) -> str:
    """Return how much each source retells of the other, e.g. ``B repeats 62% of A: 41%
    verbatim, 12% lightly edited, 9% paraphrased; A repeats 55% of B`` (``short``: "edited").

    The three parts are shares of A's text, so they add up to the first figure."""
    if reuse is None:
        return ""
    edited = "edited" if short else "lightly edited"
    parts = (
        f"{_percent(reuse.a_in_b * reuse.verbatim)} verbatim",
        f"{_percent(reuse.a_in_b * reuse.edited)} {edited}",
        f"{_percent(reuse.a_in_b * reuse.paraphrased)} paraphrased",
    )
    b_repeats = f"B repeats {_percent(reuse.a_in_b)} of A: {', '.join(parts)}"
    return f"{b_repeats}{' ·' if short else ';'} A repeats {_percent(reuse.b_in_a)} of B"


def in_report_scope(difference: Difference, review: ReviewState, scope: ReportScope) -> bool:
    """True when a report of ``scope`` lists ``difference``."""
    if scope == "major":
        return difference.importance == "major"
    if scope == "marked":
        mark = review.mark(difference.id)
        return mark.flagged or bool(mark.note.strip())
    return True


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
    #: How much each source retells of the other, as one sentence ("" when not measured).
    reuse: str = ""
    #: Which differences the report lists: ``all``, ``major``, or ``marked`` (flagged or noted).
    scope: ReportScope = "all"
    major: int = 0


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


def build_report(
    comparison: Comparison,
    review: ReviewState | None = None,
    orphaned: Sequence[OrphanedMark] = (),
    *,
    scope: ReportScope = "all",
) -> Report:
    """Return the :class:`Report` of a comparison with its review marks and orphaned marks.

    ``scope`` chooses the differences listed; within each section the major ones come first.
    """
    state = review if review is not None else ReviewState()
    numbered = [
        (number, difference)
        for number, difference in enumerate(comparison.differences, start=1)
        if in_report_scope(difference, state, scope)
    ]
    numbered.sort(key=lambda item: item[1].importance != "major")
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
        reuse=reuse_summary(comparison.reuse),
        scope=scope,
        major=sum(1 for d in comparison.differences if d.importance == "major"),
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
