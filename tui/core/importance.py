"""What an editor must see: each difference's importance, and the passage that holds it.

One rule a line; a difference is ``major`` when

- it is a quotation altered, shortened, extended or given another speaker;
- it is a figure conflict;
- it is a one-source passage that holds a quotation, a figure that is not mere context (a
  day, a time, a year; the day of a story's dateline), or loaded wording (a sentence that
  the other source perhaps tells another way is no such passage: it is never major);
- it is a framing shift of loaded wording, or any framing of the headlines;
- it is the re-wording of the headline pair;

and ``minor`` otherwise. A quotation, figure or framing item that stands inside a one-source
passage is ``within`` that passage: the passage reports it, the item does not repeat it.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import replace

from tui.core.models import (
    Alignment,
    Difference,
    Document,
    FigureMatch,
    FramingShift,
    QuoteMatch,
    Span,
)
from tui.core.text.dateline import dateline_date
from tui.core.text.headline import headline_spans

#: Figure kinds that are context (when, not how much): findings only where they conflict.
CONTEXT_FIGURE_KINDS = frozenset(
    {"weekday", "time", "year", "decade", "ordinal", "month", "relative-date"}
)
#: Framing categories whose shift is loaded wording.
LOADED_FRAMING = frozenset({"loaded", "term_choice", "epistemic", "headline", "scare_quote"})
#: A framing shift at least this strong is major whatever its category.
MAJOR_FRAMING_STRENGTH = 0.7


def _inside(span: Span | None, outer: Span | None) -> bool:
    return span is not None and outer is not None and outer.start <= span.start < outer.end


class _Passages:
    """The one-source passages of one side, searchable by offset."""

    def __init__(self, passages: Sequence[Difference], side: str) -> None:
        spans = [(d.a if side == "a" else d.b, d) for d in passages]
        self._items = sorted(
            ((s.start, s.end, d) for s, d in spans if s is not None), key=lambda item: item[0]
        )
        self._starts = [start for start, _, _ in self._items]

    def holding(self, span: Span | None) -> Difference | None:
        if span is None:
            return None
        at = bisect.bisect_right(self._starts, span.start) - 1
        if at < 0:
            return None
        start, end, passage = self._items[at]
        return passage if start <= span.start < end else None


def _quote_is_major(match: QuoteMatch) -> bool:
    if match.status in ("altered", "shortened", "extended"):
        return True
    return "attributed to" in match.note or "told to" in match.note


def _figure_is_context(match: FigureMatch, filed: dict[str, set[tuple[int, int]]]) -> bool:
    """Return whether a figure is context: a kind that says when, not how much, or the day
    of the dateline that opens a story ("VELDHAVEN, Nov 14 - ..."), which says when the
    story was filed (``filed``: the dateline days of each side, by offsets)."""
    figure = match.a or match.b
    if figure is None:
        return False
    if figure.unit.partition(":")[0] in CONTEXT_FIGURE_KINDS:
        return True
    days = filed["a" if match.a is not None else "b"]
    return any(start <= figure.start and figure.end <= end for start, end in days)


def _filing_days(document: Document) -> set[tuple[int, int]]:
    """Return the offsets of the day each dateline of ``document`` gives."""
    days = set()
    for sentence in document.sentences:
        day = dateline_date(sentence.text)
        if day is not None:
            days.add((sentence.start + day[0], sentence.start + day[1]))
    return days


def _framing_is_major(shift: FramingShift) -> bool:
    return shift.category in LOADED_FRAMING or shift.strength >= MAJOR_FRAMING_STRENGTH


def rank_differences(
    a: Document,
    b: Document,
    alignment: Alignment,
    differences: Sequence[Difference],
    *,
    quotes: Sequence[QuoteMatch],
    figures: Sequence[FigureMatch],
    framing: Sequence[FramingShift],
) -> tuple[Difference, ...]:
    """Return ``differences`` with their ``importance`` and ``within`` set (same order)."""
    passages = [d for d in differences if d.kind == "unique"]
    by_side = {"a": _Passages(passages, "a"), "b": _Passages(passages, "b")}
    headline_a, headline_b = headline_spans(a, b)
    holds_finding: set[str] = set()
    filed = {"a": _filing_days(a), "b": _filing_days(b)}
    tentative_a = {a.sentences[i].start for i, _ in alignment.partial_a}
    tentative_b = {b.sentences[j].start for j, _ in alignment.partial_b}
    placed: list[Difference] = []
    for difference in differences:
        within = None
        if difference.kind in ("quote", "number", "framing"):
            one_sided = (difference.a is None) != (difference.b is None)
            if one_sided:
                side = "a" if difference.a is not None else "b"
                passage = by_side[side].holding(difference.a or difference.b)
                within = None if passage is None else passage.id
        if within is not None:
            pointer = difference.finding
            context = (
                pointer is not None
                and pointer.list == "numbers"
                and _figure_is_context(figures[pointer.index], filed)
            )
            loaded = (
                pointer is not None
                and pointer.list == "framing"
                and _framing_is_major(framing[pointer.index])
            )
            counted = difference.kind == "quote" or (difference.kind == "number" and not context)
            if counted or loaded:
                holds_finding.add(within)
        placed.append(replace(difference, within=within))
    ranked = []
    for difference in placed:
        major = False
        pointer = difference.finding
        if difference.kind == "unique":
            perhaps = (difference.a is not None and difference.a.start in tentative_a) or (
                difference.b is not None and difference.b.start in tentative_b
            )
            major = difference.id in holds_finding and not perhaps
        elif pointer is not None and pointer.list == "quotes":
            major = _quote_is_major(quotes[pointer.index])
        elif pointer is not None and pointer.list == "numbers":
            major = figures[pointer.index].status == "conflict"
        elif pointer is not None and pointer.list == "framing":
            shift = framing[pointer.index]
            major = (
                _framing_is_major(shift)
                or _inside(shift.a, headline_a)
                or _inside(shift.b, headline_b)
            )
        elif difference.kind == "wording":
            major = _inside(difference.a, headline_a) and _inside(difference.b, headline_b)
        ranked.append(replace(difference, importance="major" if major else "minor"))
    return tuple(ranked)
