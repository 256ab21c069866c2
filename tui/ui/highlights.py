"""Where the article panes are highlighted: core results turned into character ranges.

Highlight kinds are names; each pane maps a kind to its component class
``article-view--<kind>`` so themes restyle them in ``crosscheck.tcss``. Nothing here
styles text: :mod:`tui.ui.rendering` does that.
"""

from __future__ import annotations

import bisect
import itertools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tui.core.models import Comparison, Document, FigureMatch, FramingShift, QuoteMatch, Side

#: Highlight kinds drawn in the article panes, in the order their styles are layered.
BASE_KINDS: tuple[str, ...] = ("boilerplate", "only", "framing", "changed", "quote", "figure")
OVERLAY_KINDS: tuple[str, ...] = ("hit", "current", "hit-current")
ALL_KINDS: tuple[str, ...] = BASE_KINDS + OVERLAY_KINDS

#: What a display line shows, for the minimap (higher wins when a line holds several).
LINE_BLANK, LINE_BOILERPLATE, LINE_SHARED, LINE_ONLY = 0, 1, 2, 3


def sentence_kinds(comparison: Comparison, side: Side) -> list[tuple[int, int, int]]:
    """Return ``(start, end, line kind)`` for each sentence of one side."""
    document = comparison.a if side == "a" else comparison.b
    only = set(comparison.alignment.only_a if side == "a" else comparison.alignment.only_b)
    kinds = []
    for sentence in document.sentences:
        if sentence.boilerplate:
            kind = LINE_BOILERPLATE
        elif sentence.id in only:
            kind = LINE_ONLY
        else:
            kind = LINE_SHARED
        kinds.append((sentence.start, sentence.end, kind))
    return kinds


@dataclass(frozen=True, slots=True)
class Highlight:
    """A highlight kind over a half-open character range of one document."""

    start: int
    end: int
    kind: str


def _sentence_ranges(document: Document, ids: Iterable[int]) -> Iterable[tuple[int, int]]:
    for sentence_id in ids:
        if 0 <= sentence_id < len(document.sentences):
            sentence = document.sentences[sentence_id]
            yield sentence.start, sentence.end


def base_highlights(comparison: Comparison, side: Side) -> list[Highlight]:
    """Return the standing highlights of one side: boilerplate, passages only it has,
    changed words, and the quotes, figures and framing involved in a difference."""
    document = comparison.a if side == "a" else comparison.b
    only = comparison.alignment.only_a if side == "a" else comparison.alignment.only_b
    found: list[Highlight] = [
        Highlight(s.start, s.end, "boilerplate") for s in document.sentences if s.boilerplate
    ]
    found.extend(Highlight(s, e, "only") for s, e in _sentence_ranges(document, only))
    for group in comparison.alignment.groups:
        for edit in group.edits:
            start, end = (edit.a_start, edit.a_end) if side == "a" else (edit.b_start, edit.b_end)
            if end > start:
                found.append(Highlight(start, end, "changed"))
    found.extend(_finding_highlights(comparison.quotes, side, "quote"))
    found.extend(_finding_highlights(comparison.figures, side, "figure"))
    found.extend(_framing_highlights(comparison.framing, side))
    return found


def _finding_highlights(
    matches: Sequence[QuoteMatch | FigureMatch], side: Side, kind: str
) -> Iterable[Highlight]:
    for match in matches:
        if match.status == "same":
            continue
        item = match.a if side == "a" else match.b
        if item is not None and item.end > item.start:
            yield Highlight(item.start, item.end, kind)


def _framing_highlights(shifts: Sequence[FramingShift], side: Side) -> Iterable[Highlight]:
    for shift in shifts:
        span = shift.a if side == "a" else shift.b
        if span is not None and span.end > span.start:
            yield Highlight(span.start, span.end, "framing")


@dataclass(frozen=True, slots=True)
class Runs:
    """A document cut into consecutive runs, each carrying the set of highlight kinds over it.

    Run ``i`` covers ``boundaries[i]:boundaries[i + 1]`` (the last run reaches the end).
    """

    boundaries: tuple[int, ...]
    kinds: tuple[frozenset[str], ...]

    def kinds_at(self, offset: int) -> frozenset[str]:
        """Return the highlight kinds over character ``offset``."""
        index = bisect.bisect_right(self.boundaries, offset) - 1
        return self.kinds[index] if index >= 0 else frozenset()

    def cuts_within(self, start: int, end: int) -> list[int]:
        """Return the run boundaries strictly inside ``start:end``."""
        low = bisect.bisect_right(self.boundaries, start)
        high = bisect.bisect_left(self.boundaries, end)
        return list(self.boundaries[low:high])


EMPTY_RUNS = Runs((0,), (frozenset(),))


def build_runs(highlights: Iterable[Highlight]) -> Runs:
    """Return the :class:`Runs` that layer possibly overlapping highlights."""
    events: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for item in highlights:
        if item.end > item.start:
            events[item.start].append((item.kind, 1))
            events[item.end].append((item.kind, -1))
    if not events:
        return EMPTY_RUNS
    active: dict[str, int] = defaultdict(int)
    boundaries: list[int] = [0]
    kinds: list[frozenset[str]] = [frozenset()]
    for offset in sorted(events):
        for kind, change in events[offset]:
            active[kind] += change
        current = frozenset(kind for kind, count in active.items() if count > 0)
        if current == kinds[-1]:
            continue
        if boundaries[-1] == offset:
            kinds[-1] = current
        else:
            boundaries.append(offset)
            kinds.append(current)
    return Runs(tuple(boundaries), tuple(kinds))


def line_pieces(
    runs: Runs, overlays: Sequence[Highlight], start: int, end: int
) -> list[tuple[int, int, frozenset[str]]]:
    """Return ``start:end`` cut into ``(start, end, kinds)`` pieces of uniform highlighting.

    ``overlays`` are few transient highlights (search hits, the current difference)
    layered over the standing runs.
    """
    if end <= start:
        return []
    cuts = {start, end, *runs.cuts_within(start, end)}
    touching = [o for o in overlays if o.start < end and start < o.end]
    for overlay in touching:
        cuts.update(c for c in (overlay.start, overlay.end) if start < c < end)
    ordered = sorted(cuts)
    pieces: list[tuple[int, int, frozenset[str]]] = []
    for piece_start, piece_end in itertools.pairwise(ordered):
        kinds = runs.kinds_at(piece_start)
        extra = {o.kind for o in touching if o.start <= piece_start < o.end}
        pieces.append((piece_start, piece_end, kinds | extra if extra else kinds))
    return pieces


def gutter_mark(kinds: Iterable[frozenset[str]]) -> tuple[str, str | None]:
    """Return the gutter character for a display line and the kind that chose it.

    The gutter gives every highlight a shape as well as a colour: ``▶`` the current
    difference, ``▌`` a passage only this source has, ``≠`` changed words, quotes,
    figures or framing.
    """
    seen: set[str] = set()
    for kind_set in kinds:
        seen.update(kind_set)
    if "current" in seen:
        return "▶", "current"
    if "only" in seen:
        return "▌", "only"
    if seen & {"changed", "quote", "figure", "framing"}:
        return "≠", "changed"
    return " ", None
