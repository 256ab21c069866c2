"""Pure navigation over a comparison: filters, stepping, counterparts and search.

Everything a journalist relies on while walking through two sources lives here
as plain functions, so the Textual layer only calls them:

- which differences a filter shows, and how many each filter has;
- the next or previous difference within a filter;
- the sentence of the other source that tells the same thing (for synced scrolling);
- where a search term occurs in both documents;
- the finding (quote, figure, framing shift, aligned group) behind a difference.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Literal

from tui.core.kinds import DIFFERENCE_KINDS, KINDS, DifferenceKind
from tui.core.models import (
    AlignedGroup,
    Comparison,
    Difference,
    Document,
    FigureMatch,
    FramingShift,
    QuoteMatch,
    Side,
    Span,
)
from tui.core.text.headline import headline_spans
from tui.core.text.words import fold_marks

FilterName = Literal["all", "unique", "quote", "number", "framing", "wording"]


@dataclass(frozen=True, slots=True)
class DifferenceFilter:
    """A filter of the difference list: its name, a label for screens, and the kinds it shows."""

    name: FilterName
    label: str
    kinds: frozenset[DifferenceKind]


FILTERS: tuple[DifferenceFilter, ...] = (
    DifferenceFilter("all", "All", frozenset(DIFFERENCE_KINDS)),
    *(DifferenceFilter(kind.name, kind.filter_label, frozenset({kind.name})) for kind in KINDS),
)
FILTERS_BY_NAME: dict[FilterName, DifferenceFilter] = {f.name: f for f in FILTERS}


def filtered_indices(differences: Sequence[Difference], name: FilterName) -> tuple[int, ...]:
    """Return the indices (into ``differences``) of the differences the filter ``name`` shows."""
    kinds = FILTERS_BY_NAME[name].kinds
    return tuple(i for i, difference in enumerate(differences) if difference.kind in kinds)


def filter_counts(differences: Sequence[Difference]) -> dict[FilterName, int]:
    """Return how many differences each filter shows, keyed by filter name in display order."""
    return {f.name: sum(1 for d in differences if d.kind in f.kinds) for f in FILTERS}


def step_within(shown: Sequence[int], current: int | None, direction: Literal[1, -1]) -> int | None:
    """Return the index in ``shown`` (sorted) after (``direction=1``) or before ``current``.

    ``current`` need not be in ``shown``. Stepping past the last one wraps to the first,
    and back. Returns None when ``shown`` is empty.
    """
    if not shown:
        return None
    if current is None:
        return shown[0] if direction == 1 else shown[-1]
    if direction == 1:
        after = bisect.bisect_right(shown, current)
        return shown[after] if after < len(shown) else shown[0]
    before = bisect.bisect_left(shown, current)
    return shown[before - 1] if before > 0 else shown[-1]


def step_difference(
    differences: Sequence[Difference],
    name: FilterName,
    current: int | None,
    direction: Literal[1, -1],
) -> int | None:
    """Return the index of the next (``direction=1``) or previous difference within a filter.

    ``current`` is the index of the difference the reader is on (it need not be in the
    filter). Stepping past the last one wraps to the first, and back. Returns None when
    the filter shows nothing.
    """
    return step_within(filtered_indices(differences, name), current, direction)


def sentence_at(document: Document, offset: int) -> int | None:
    """Return the id of the sentence containing ``offset``, or else the last one before it.

    Returns the first sentence for offsets before any sentence, and None for a document
    with no sentences.
    """
    if not document.sentences:
        return None
    starts = [s.start for s in document.sentences]
    position = bisect.bisect_right(starts, offset) - 1
    return document.sentences[max(position, 0)].id


@dataclass(frozen=True, slots=True)
class Counterparts:
    """For each sentence of each side, the sentence of the other side that tells the same thing.

    ``a_to_b[i]`` is the B sentence shown beside A sentence ``i``: the first B sentence of its
    aligned group, or, for a sentence only A tells (or boilerplate), the counterpart of the
    nearest aligned sentence before it (so the other pane holds still through a passage only
    one source has). None where no aligned sentence precedes.
    """

    a_to_b: tuple[int | None, ...]
    b_to_a: tuple[int | None, ...]

    def of(self, side: Side, sentence: int) -> int | None:
        """Return the counterpart on the other side of ``side``'s sentence ``sentence``."""
        table = self.a_to_b if side == "a" else self.b_to_a
        return table[sentence] if 0 <= sentence < len(table) else None


def _carry_forward(direct: list[int | None]) -> tuple[int | None, ...]:
    carried: list[int | None] = []
    last: int | None = None
    for value in direct:
        if value is not None:
            last = value
        carried.append(last)
    return tuple(carried)


def counterparts(comparison: Comparison) -> Counterparts:
    """Return the :class:`Counterparts` of the comparison's aligned sentences."""
    a_direct: list[int | None] = [None] * len(comparison.a.sentences)
    b_direct: list[int | None] = [None] * len(comparison.b.sentences)
    for group in comparison.alignment.groups:
        if not group.a or not group.b:
            continue
        for a_id in group.a:
            if 0 <= a_id < len(a_direct):
                a_direct[a_id] = min(group.b)
        for b_id in group.b:
            if 0 <= b_id < len(b_direct):
                b_direct[b_id] = min(group.a)
    return Counterparts(_carry_forward(a_direct), _carry_forward(b_direct))


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One occurrence of a search term: the side it is in and its character range."""

    side: Side
    start: int
    end: int


def _search_pattern(query: str) -> re.Pattern[str] | None:
    folded = fold_marks(query).strip()
    if not folded:
        return None
    parts = [re.escape(part) for part in folded.split()]
    return re.compile(r"\s+".join(parts), re.IGNORECASE)


def search_hits(comparison: Comparison, query: str) -> tuple[SearchHit, ...]:
    """Return every occurrence of ``query`` in A, then in B, each in reading order.

    Matching ignores case, treats curly and straight quote marks and dashes alike,
    and lets any run of whitespace match a space (a phrase can span a line break).
    """
    pattern = _search_pattern(query)
    if pattern is None:
        return ()
    hits: list[SearchHit] = []
    sides: tuple[tuple[Side, Document], ...] = (("a", comparison.a), ("b", comparison.b))
    for side, document in sides:
        folded = fold_marks(document.text)
        hits.extend(SearchHit(side, m.start(), m.end()) for m in pattern.finditer(folded))
    return tuple(hits)


def step_hit(count: int, current: int | None, direction: Literal[1, -1]) -> int | None:
    """Return the index of the next or previous of ``count`` search hits, wrapping around."""
    if count == 0:
        return None
    if current is None:
        return 0 if direction == 1 else count - 1
    return (current + direction) % count


RelatedFinding = QuoteMatch | FigureMatch | FramingShift | AlignedGroup


def related_finding(comparison: Comparison, difference: Difference) -> RelatedFinding | None:
    """Return the quote, figure, framing shift or aligned group a difference reports, if any.

    Quote, figure and framing differences carry a pointer to their finding; a ``wording``
    difference reports the aligned group its sentences belong to.
    """
    a, b = difference.a, difference.b
    pointer = difference.finding
    if pointer is not None:
        entries: Sequence[RelatedFinding]
        if pointer.list == "quotes":
            entries = comparison.quotes
        elif pointer.list == "numbers":
            entries = comparison.figures
        else:
            entries = comparison.framing
        return entries[pointer.index] if 0 <= pointer.index < len(entries) else None
    if difference.kind == "wording" and a is not None and b is not None:
        a_id, b_id = sentence_at(comparison.a, a.start), sentence_at(comparison.b, b.start)
        for group in comparison.alignment.groups:
            if a_id in group.a and b_id in group.b:
                return group
    return None


@dataclass(frozen=True, slots=True)
class Summary:
    """The headline figures of a comparison, for the header."""

    matched: int
    only_a: int
    only_b: int
    quote_changes: int
    number_conflicts: int
    framing: int


def summarise(comparison: Comparison) -> Summary:
    """Return the :class:`Summary` counts of a comparison.

    ``quote_changes`` counts quotations altered or found in one source only;
    ``number_conflicts`` counts figures whose values disagree.
    """
    return Summary(
        matched=len(comparison.alignment.groups),
        only_a=len(comparison.alignment.only_a),
        only_b=len(comparison.alignment.only_b),
        quote_changes=sum(1 for q in comparison.quotes if q.status != "same"),
        number_conflicts=sum(1 for f in comparison.figures if f.status == "conflict"),
        framing=len(comparison.framing),
    )


# -- the worklist: story order, nesting, scope ---------------------------------------------------

Scope = Literal["major", "all"]


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the difference list: a difference (index into the comparison's list) and its
    depth (1 when nested under the row it follows: a finding inside a one-source passage, a
    re-wording that only restates a quotation or figure)."""

    index: int
    depth: int


@dataclass(frozen=True, slots=True)
class Worklist:
    """The differences in story order with what each is nested under.

    ``order`` lists every difference index in reading order of the story (by position in A;
    a B-only item stands after the A sentence its neighbour tells), each nested item right
    after its parent; ``parent[i]`` is the index item ``i`` is nested under, if any; ``rank[i]``
    is the place of item ``i`` in ``order``.
    """

    order: tuple[int, ...]
    parent: tuple[int | None, ...]
    rank: tuple[int, ...]

    def rows(self, shown: Collection[int]) -> tuple[Row, ...]:
        """Return the rows listing ``shown`` in story order; an item is nested (depth 1) only
        when its parent is shown too."""
        keep = set(shown)
        return tuple(
            Row(i, 1 if self.parent[i] is not None and self.parent[i] in keep else 0)
            for i in self.order
            if i in keep
        )

    def in_scope(self, differences: Sequence[Difference], scope: Scope) -> frozenset[int]:
        """Return the indices a scope shows: every one, or the major ones.

        In the major scope a finding inside a one-source passage is told by that passage's
        row (the passage is major when it holds one); the detail lists it, and the all
        scope nests it under the passage.
        """
        if scope == "all":
            return frozenset(range(len(differences)))
        return frozenset(
            i for i, d in enumerate(differences) if d.importance == "major" and d.within is None
        )

    def children(self, index: int) -> tuple[int, ...]:
        """Return the items nested under item ``index``, in story order."""
        return tuple(i for i in self.order if self.parent[i] == index)

    def nearest(self, rows: Sequence[Row], index: int | None) -> int:
        """Return the row of ``index`` in ``rows``, or else the first row after it in story
        order (the last row when none is after it); 0 when ``index`` is None."""
        if index is None or not rows:
            return 0
        target = self.rank[index]
        for position, row in enumerate(rows):
            if self.rank[row.index] >= target:
                return position
        return len(rows) - 1


def _story_key(
    comparison: Comparison, parts: Counterparts, difference: Difference
) -> tuple[int, int, int]:
    if difference.a is not None:
        return (difference.a.start, 0, difference.b.start if difference.b else -1)
    assert difference.b is not None
    sentence = sentence_at(comparison.b, difference.b.start)
    anchor = None if sentence is None else parts.of("b", sentence)
    if anchor is None:
        # before B's first shared sentence: at the top; with nothing aligned: after A's items
        start = -1 if comparison.alignment.groups else len(comparison.a.text)
        return (start, 1, difference.b.start)
    return (comparison.a.sentences[anchor].end, 1, difference.b.start)


def _restates(
    wording: Difference, edits: Sequence[tuple[int, int, int, int]], other: Difference
) -> bool:
    """True when every changed word of ``wording`` lies in ``other``'s quotation or figure."""
    if other.a is None or other.b is None:
        return False
    return bool(edits) and all(
        (other.a.start <= a0 and a1 <= other.a.end) or (other.b.start <= b0 and b1 <= other.b.end)
        for a0, a1, b0, b1 in edits
    )


def _wording_edits(
    comparison: Comparison, difference: Difference
) -> tuple[tuple[int, int, int, int], ...]:
    group = related_finding(comparison, difference)
    a, b = difference.a, difference.b
    if not isinstance(group, AlignedGroup) or a is None or b is None:
        return ()
    return tuple(
        (e.a_start, e.a_end, e.b_start, e.b_end)
        for e in group.edits
        if a.start <= e.a_start <= a.end and b.start <= e.b_start <= b.end
    )


def _headline_framing(comparison: Comparison) -> int | None:
    """Return the index of the framing item comparing the two headlines, if there is one."""
    for index, difference in enumerate(comparison.differences):
        finding = difference.finding
        if difference.kind != "framing" or finding is None or difference.a is None:
            continue
        if difference.b is not None and comparison.framing[finding.index].category == "headline":
            return index
    return None


def _inside_headlines(headlines: tuple[Span | None, Span | None], difference: Difference) -> bool:
    """True when every side a difference has lies inside that side's headline."""
    a_line, b_line = headlines
    sides = ((difference.a, a_line), (difference.b, b_line))
    present = [(span, line) for span, line in sides if span is not None]
    return bool(present) and all(
        line is not None and line.start <= span.start and span.end <= line.end
        for span, line in present
    )


def build_worklist(comparison: Comparison) -> Worklist:
    """Return the :class:`Worklist` of a comparison."""
    differences = comparison.differences
    by_id = {d.id: i for i, d in enumerate(differences)}
    parent: list[int | None] = [by_id.get(d.within) if d.within else None for d in differences]
    findings = [
        i for i, d in enumerate(differences) if d.kind in ("quote", "number") and d.a and d.b
    ]
    headline = _headline_framing(comparison)
    headlines = headline_spans(comparison.a, comparison.b)
    for i, difference in enumerate(differences):
        if parent[i] is not None or i == headline:
            continue
        if headline is not None and _inside_headlines(headlines, difference):
            # the headlines' framing item already shows their re-wording and charged words
            parent[i] = headline if difference.kind in ("wording", "framing") else None
            continue
        if difference.kind != "wording":
            continue
        edits = _wording_edits(comparison, difference)
        parent[i] = next(
            (j for j in findings if _restates(difference, edits, differences[j])), None
        )
    parts = counterparts(comparison)
    keys = [_story_key(comparison, parts, d) for d in differences]
    top = sorted((i for i in range(len(differences)) if parent[i] is None), key=lambda i: keys[i])
    children: dict[int, list[int]] = {}
    for i in sorted(range(len(differences)), key=lambda i: keys[i]):
        if parent[i] is not None:
            children.setdefault(parent[i], []).append(i)  # type: ignore[arg-type]
    order = [k for i in top for k in (i, *children.get(i, ()))]
    rank = [0] * len(differences)
    for position, i in enumerate(order):
        rank[i] = position
    return Worklist(tuple(order), tuple(parent), tuple(rank))


def step_row(count: int, current: int | None, direction: Literal[1, -1]) -> tuple[int | None, bool]:
    """Return the row after (or before) row ``current`` of ``count`` rows, and whether the
    step wrapped around the end (or the start). ``(None, False)`` when there are no rows."""
    if count == 0:
        return None, False
    if current is None:
        return (0 if direction == 1 else count - 1), False
    target = current + direction
    return target % count, not 0 <= target < count


def worklist_counts(comparison: Comparison) -> tuple[int, int]:
    """Return how many rows the list shows in the major scope and in all."""
    worklist = build_worklist(comparison)
    differences = comparison.differences
    return len(worklist.in_scope(differences, "major")), len(differences)
