"""Pair figures across two sources: score candidate pairs (equal, equivalent or in
conflict) from aligned groups and shared words, pair left-overs that restate a figure
stated elsewhere, count the same thing, or convert one amount into another currency,
and build each pair's match with its note.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Collection

from tui.core.figures.conflicts import counts_alike, plausible_conflict, roles, shared_roles
from tui.core.figures.located import MOTION, SAYING, TIME_WORDS, Located
from tui.core.figures.notes import CONTEXT_KINDS
from tui.core.figures.parse import TIME_POINT_UNITS
from tui.core.figures.readers import tally_parts
from tui.core.figures.values import (
    age_in_years,
    calendar,
    equivalence_note,
    magnitude,
    precise_rounding,
    roughly,
    same_figures,
    stated_key,
    two_digits,
    value_key,
)
from tui.core.models import Alignment, Figure, FigureMatch

#: Minimum pairing evidence for two equal figures, and for two different ones (a conflict).
_SAME_THRESHOLD = 0.2
_CONFLICT_THRESHOLD = 0.55

#: How many candidate partners one figure may have from each index (bounds pathological input,
#: such as a table of thousands of equal numbers, without affecting news copy).
_MAX_CANDIDATES = 64

#: Small numbers (counts, ages, shares under 100) are everywhere: one meets its equal in the
#: other source only near the same words ("66" the pension age, "66" an age at death).
_SMALL_COUNT = 100
#: Kinds of bare numbers, to which ``_SMALL_COUNT`` applies (amounts of money, durations,
#: dates and days meet their equal wherever it stands).
_BARE_NUMBER_KINDS = frozenset({"count", "age", "share", "percentage-point"})


def _overlap(first: frozenset[str], second: frozenset[str]) -> float:
    """Return the Jaccard overlap of two stem sets (0 when either is empty)."""
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def group_of(alignment: Alignment) -> tuple[dict[int, int], dict[int, int]]:
    a_group: dict[int, int] = {}
    b_group: dict[int, int] = {}
    for index, group in enumerate(alignment.groups):
        for sid in group.a:
            a_group[sid] = index
        for sid in group.b:
            b_group[sid] = index
    return a_group, b_group


def pair_score(first: Located, second: Located, aligned: bool) -> tuple[float, str] | None:
    """Return (score, status) for a candidate pair, or None when they cannot be paired."""
    if first.kind != second.kind:
        return None
    sentence_overlap = _overlap(first.sentence_stems, second.sentence_stems)
    near_overlap = _overlap(first.near_stems - SAYING, second.near_stems - SAYING)
    evidence = max(sentence_overlap, 0.6 if aligned else 0.0) + 0.5 * near_overlap
    if same_figures(first, second):
        return (evidence + 1.0, "same") if evidence >= _SAME_THRESHOLD else None
    if equivalence_note(first, second) is not None:
        if not (counts_alike(first, second) or precise_rounding(first, second)):
            return None  # "roughly 12,000" people warned, "some 11,800" homes told to leave
        return (evidence + 0.9, "equivalent") if evidence >= _SAME_THRESHOLD else None
    if (
        evidence >= _CONFLICT_THRESHOLD
        and (first.near_stems & second.near_stems) - SAYING - MOTION
        and counts_alike(first, second)
        and plausible_conflict(first, second)
    ):
        return (evidence, "conflict")
    return None


def _hedge_note(a: Figure, b: Figure) -> str:
    if a.approximate and not b.approximate:
        return "hedged in A, stated flatly in B"
    if b.approximate and not a.approximate:
        return "hedged in B, stated flatly in A"
    return ""


def pair_told_two_ways(
    located_a: list[Located],
    located_b: list[Located],
    used_a: set[int],
    used_b: set[int],
    matches: list[FigureMatch],
) -> None:
    """Pair left-over figures that are one quantity told two ways in sentences that were
    not aligned: two amounts in two currencies that convert ("£410m" and "$560 million"
    for one takeover), or a figure and its rounding or hedge counting the same thing
    ("nearly 100" homes no longer safe, "Ninety-six" homes uninhabitable), when each has
    that one partner and their sentences share a word."""
    partners: dict[int, list[int]] = defaultdict(list)
    partners_b: dict[int, list[int]] = defaultdict(list)
    for i, first in enumerate(located_a):
        if i in used_a or first.kind in TIME_POINT_UNITS | CONTEXT_KINDS:
            continue
        for j, second in enumerate(located_b):
            if j in used_b or second.kind != first.kind:
                continue
            if _told_two_ways(first, second) and first.sentence_stems & second.sentence_stems:
                partners[i].append(j)
                partners_b[j].append(i)
    for i, found in partners.items():
        if len(found) == 1 and len(partners_b[found[0]]) == 1:
            used_a.add(i)
            used_b.add(found[0])
            matches.append(matched(located_a[i], located_b[found[0]], "equivalent"))


def pair_alone_in_aligned_sentences(
    located_a: list[Located],
    located_b: list[Located],
    used_a: set[int],
    used_b: set[int],
    groups: tuple[dict[int, int], dict[int, int]],
    matches: list[FigureMatch],
) -> None:
    """Pair a rounding or hedge ("more than 20" cases for "23" matters) with the figure it
    stands for when each is the only figure of its kind left over in two aligned
    sentences: what they count may be named in other words. Where several are left over
    ("more than 31,000" people in "some 11,800" homes), only counting alike pairs them
    (:func:`pair_score`)."""
    a_group, b_group = groups
    left_a: dict[tuple[int, str], list[int]] = defaultdict(list)
    left_b: dict[tuple[int, str], list[int]] = defaultdict(list)
    for located, used, group_of_sentence, left in (
        (located_a, used_a, a_group, left_a),
        (located_b, used_b, b_group, left_b),
    ):
        for index, item in enumerate(located):
            group = group_of_sentence.get(item.sentence)
            if index not in used and group is not None:
                left[(group, item.kind)].append(index)
    for key, found_a in left_a.items():
        found_b = left_b.get(key, [])
        if len(found_a) != 1 or len(found_b) != 1:
            continue
        first, second = located_a[found_a[0]], located_b[found_b[0]]
        note = equivalence_note(first, second)
        if note is None or not note.endswith(("rounded", "hedged")):
            continue
        if first.change != second.change:
            continue
        used_a.add(found_a[0])
        used_b.add(found_b[0])
        matches.append(matched(first, second, "equivalent"))


def _told_two_ways(first: Located, second: Located) -> bool:
    """Return True for an amount converted into another currency, a hedge of an exact
    figure, or a figure and its rounding or hedge that count alike (small numbers need that
    thing named on both)."""
    note = equivalence_note(first, second)
    if note is None:
        return False
    if first.kind == "money" and first.figure.unit != second.figure.unit:
        return True
    if _hedges_exact(first, second):
        return True  # "nearly 100" homes no longer safe, "Ninety-six" homes uninhabitable
    if not note.endswith(("rounded", "hedged")) or first.change != second.change:
        return False
    return bool(first.counts and second.counts) and counts_alike(first, second)


def matched(first: Located, second: Located, status: str) -> FigureMatch:
    """Return the match of two paired figures with its note."""
    fa, fb = first.figure, second.figure
    if status == "same":
        return FigureMatch("same", fa, fb, _hedge_note(fa, fb))
    if status == "equivalent":
        return FigureMatch("equivalent", fa, fb, equivalence_note(first, second) or "")
    who_a = f" ({first.source})" if first.source else ""
    who_b = f" ({second.source})" if second.source else ""
    return FigureMatch("conflict", fa, fb, f"{fa.text} in A{who_a}, {fb.text} in B{who_b}")


def restated_status(first: Located, second: Located) -> str:
    return "same" if same_figures(first, second) else "equivalent"


def _tally_told_apart(item: Located, others: list[Located]) -> Located | None:
    """Return the other source's telling of a score or vote as two counts ("34-27" / "34
    councillors in favour, 27 against"), or of a count as one side of its tally."""
    if item.kind == "tally" and item.figure.value is not None:
        high, low = tally_parts(item.figure.value)
        counts = {other.figure.value: other for other in others if other.kind == "count"}
        return counts[high] if high in counts and low in counts else None
    if item.kind != "count" or item.figure.value is None:
        return None
    for other in others:
        if (
            other.kind == "tally"
            and other.figure.value is not None
            and item.figure.value in tally_parts(other.figure.value)
            and (item.near_stems & other.near_stems or item.figure.value >= _SMALL_TALLY)
        ):
            return other
    return None


#: A count this large meets the same number in a tally anywhere ("217" / "217-212").
_SMALL_TALLY = 10


def _rounded_alike(item: Located, other: Located) -> bool:
    """Return True when two amounts in one currency are one amount at two roundings, each
    hedged ("about €580 million" / "roughly €600 million"): one conversion told by both."""
    note = equivalence_note(item, other)
    return (
        note is not None
        and note.endswith("rounded")
        and item.figure.approximate
        and other.figure.approximate
    )


#: The other kind a figure may state the value of: a vague count a count ("dozens" / "41"),
#: an age a span of years (see ``roughly`` and ``age_in_years``).
_CROSS_KIND = {"count": "vague", "vague": "count", "age": "duration", "duration": "age"}


class FiguresByValue:
    """The figures of one source, indexed by kind and size, so that the figures that may
    state a given figure's value (equal, rounded, hedged, converted) are found without
    comparing it with every figure of the source."""

    def __init__(self, located: list[Located]) -> None:
        self.located = located
        #: The counts and tallies, which may tell one vote two ways (``_tally_told_apart``).
        self.tallied = [item for item in located if item.kind in ("count", "tally")]
        #: By kind: the indices of its figures without a size (compared with every figure
        #: of that kind), and its sized figures' sizes in ascending order with their indices.
        self._unsized: dict[str, list[int]] = defaultdict(list)
        sized: dict[str, list[tuple[float, int]]] = defaultdict(list)
        for index, item in enumerate(located):
            size = magnitude(item)
            if size is None:
                self._unsized[item.kind].append(index)
            else:
                sized[item.kind].append((size, index))
        self._sizes = {kind: [size for size, _ in sorted(found)] for kind, found in sized.items()}
        self._sized = {kind: [index for _, index in sorted(found)] for kind, found in sized.items()}

    def near_in_value(self, item: Located) -> list[Located]:
        """Return, in reading order, every figure that may state ``item``'s value: those of
        its kind (within a factor of four where both are plain) and of its cross kind."""
        kinds = [item.kind, _CROSS_KIND.get(item.kind, item.kind)]
        size = magnitude(item)
        chosen: list[int] = []
        for kind in dict.fromkeys(kinds):
            chosen += self._unsized.get(kind, [])
            sized = self._sized.get(kind, [])
            if size is not None and kind == item.kind:
                sizes = self._sizes.get(kind, [])
                sized = sized[
                    bisect.bisect_left(sizes, size / 4) : bisect.bisect_right(sizes, size * 4)
                ]
            chosen += sized
        return [self.located[i] for i in sorted(chosen)]


def stated_elsewhere(
    item: Located, index: FiguresByValue, conversions: Collection[int] = ()
) -> Located | None:
    """Return a figure of the other source with the same value (or an equivalent one near
    the same words), wherever it stands; small counts need the same words near them too.

    An amount in another currency is no restatement (rates are rough: "£64.4m" is not
    "$101 million" because both are near "rules"), and neither is a conversion the other
    source gives of its own figure (its start offset in ``conversions``), unless it is the
    very value this source states ("about $1.21 billion" both ways)."""
    told_apart = _tally_told_apart(item, index.tallied)
    if told_apart is not None:
        return told_apart
    others = index.near_in_value(item)
    value = float(abs(item.figure.value or 0))
    # A decimal ("5.4") is specific enough to meet its equal anywhere; a small whole number is not.
    small = item.kind in _BARE_NUMBER_KINDS and value < _SMALL_COUNT and value.is_integer()
    for other in others:
        if (
            other.kind != item.kind
            and roughly(item, other) is None
            and not age_in_years(item, other)
        ):
            continue
        if item.kind == "money" and item.figure.unit != other.figure.unit:
            continue
        if (
            other.figure.start in conversions
            and not same_figures(item, other)
            and not (item.kind == "money" and _rounded_alike(item, other))
        ):
            continue  # the same amount as the other's conversion is stated by both
        # The same words near both, or what one counts named next to the other
        # ("a 5.4-magnitude quake" / "measured magnitude 5.4").
        near = (
            bool(item.near_stems & other.near_stems)
            or bool(set(item.counts) & set(other.counts))
            or bool(set(item.counts[:1]) & other.near_stems)
            or bool(set(other.counts[:1]) & item.near_stems)
        )
        if same_figures(item, other):
            # A change told by both ("profit rises 9%" / "up 9% from a year earlier").
            if near or not small or (item.kind == "share" and item.change and other.change):
                return other
            continue
        if age_in_years(item, other):
            # "its 56-year-old plant" / "after 56 years, Corwin is pulling out": the span is
            # specific enough from ten years up, where the sentences name one thing ("who
            # has run the bakery for 19 years, she said" is not "a 19-year-old woman").
            shared = (item.sentence_stems & other.sentence_stems) - SAYING - MOTION
            if value >= _DISTINCTIVE and shared:
                return other
            continue
        equivalent = equivalence_note(item, other)
        if (
            item.kind == "money"
            and equivalent is not None
            and equivalent.endswith("rounded")
            and two_digits(item, other)
        ):
            return other  # "$3.2 billion" for "$3.16 billion": an amount is specific enough
        if equivalent is not None and near and _hedges_exact(item, other):
            return other  # "more than 8,400" residents signed / signed by "8,412 people"
        if equivalent is not None and not (
            counts_alike(item, other) or precise_rounding(item, other)
        ):
            continue
        if equivalent is not None and (
            near or (equivalent.endswith("rounded") and precise_rounding(item, other))
        ):
            return other
    return None


#: A hedge or bound of an exact count from this value up is specific enough to be it
#: wherever the two stand near the same words (smaller ones recur for other things).
_HEDGED_EXACT = 100


def _hedges_exact(first: Located, second: Located) -> bool:
    """Return True when one figure is a hedge or bound ("more than 8,400", "nearly 100")
    of the other, an exact figure told more precisely ("8,412", "Ninety-six"), the roles
    around them not apart ("destroyed" / "damaged"): one fact, whatever noun each names."""
    rough, exact = (first, second) if first.figure.approximate else (second, first)
    if not rough.figure.approximate or exact.figure.approximate:
        return False
    if abs(rough.figure.value or 0) < _HEDGED_EXACT or first.change != second.change:
        return False
    roles_a, roles_b = roles(first), roles(second)
    if roles_a and roles_b and not roles_a & roles_b:
        return False
    if roughly(first, second) is not None:
        return True  # "more than 800" people, "hundreds" of people
    if rough.figure.unit != exact.figure.unit or rough.length_unit != exact.length_unit:
        return False  # "about 25,000ft" is no hedge of a "7 km" zone
    return (equivalence_note(first, second) or "").endswith(("rounded", "hedged"))


def told_again(item: Located, own: list[Located], partners: dict[int, Located]) -> Located | None:
    """Return the other source's partner of a figure this source already paired that ``item``
    repeats (the headline's "$86.1 billion" again, "more than £19million" for its own
    "£19.2million", "aged 65" for "65 and older"), else None: one fact, told twice in a source.
    Small numbers repeat only near the same words ("six cars" is not "at least six" critical)."""
    for index, partner in partners.items():
        told = own[index]
        if told is item:
            continue
        if told.kind == item.kind:
            alike = same_figures(item, told) or (
                (equivalence_note(item, told) or "").endswith(("rounded", "hedged"))
                and two_digits(item, told)
            )
        else:
            alike = roughly(item, told) is not None or (
                {told.kind, item.kind} == {"age", "count"}
                and told.figure.value == item.figure.value
            )
        if not alike or not _agrees(item, partner):
            continue
        # Small numbers of any kind ("two years", "six") recur for other facts.
        small = item.kind != "money" and abs(item.figure.value or 0) < _SMALL_COUNT
        if small and not (item.near_stems & told.near_stems or set(item.counts) & set(told.counts)):
            continue
        return partner
    return None


def _agrees(item: Located, partner: Located) -> bool:
    """Return True unless ``item`` gives a plainly different value from ``partner``, the
    other source's account of the fact it would repeat ("38" taken to hospital is no repeat
    of "dozens" injured where the other source's count for "dozens" is "43")."""
    if item.kind != partner.kind or "vague" in (item.kind, partner.kind):
        return True
    return same_figures(item, partner) or equivalence_note(item, partner) is not None


def _also_states(item: Located, others: list[Located], rival: Located) -> bool:
    """Return True when the other source states ``item``'s value too, so that its ``rival``
    figure is no other account of it ("nine abstentions. Twenty-one members were absent" /
    "Nine members abstained"): a distinctive value anywhere, a small one (under ten: they
    recur for other things) in the rival's sentence or next to it."""
    key = stated_key(item)
    value = float(abs(item.figure.value or 0))
    distinctive = value >= _DISTINCTIVE or not value.is_integer()
    return any(
        stated_key(other) == key and (distinctive or abs(other.sentence - rival.sentence) <= 1)
        for other in others
    )


#: A value from this up, or any decimal, is specific enough to meet its equal anywhere.
_DISTINCTIVE = 10


def _years_by_sentence(located: list[Located]) -> defaultdict[int, frozenset[int]]:
    """Return the years each sentence names (by sentence id; none for an undated one)."""
    years: defaultdict[int, frozenset[int]] = defaultdict(frozenset)
    for item in located:
        if item.kind in ("year", "date", "month") and item.figure.value is not None:
            year = calendar(item.figure)[0] if item.kind != "year" else int(item.figure.value)
            if year:
                years[item.sentence] = years[item.sentence] | {year}
    return years


def _other_populations(first: Located, second: Located) -> bool:
    """Return True when each figure is told of a place or body the other's sentence does
    not name: "a California subclass of about 580,000 users" and "more than four million
    users in Britain" count two populations, not one told two ways."""
    return bool(first.names - second.sentence_stems) and bool(second.names - first.sentence_stems)


def pair_by_what_is_counted(
    located_a: list[Located],
    located_b: list[Located],
    used_a: set[int],
    used_b: set[int],
    matches: list[FigureMatch],
) -> None:
    """Pair left-over figures that count the same thing (a word right after them in
    common: "hospitals", "critical", "arrested") with different values: a conflict, even
    where the sentences were not aligned. Only an unambiguous pair counts: each figure has
    that one partner and no other."""

    def countable(item: Located) -> bool:
        return (
            bool(item.counts)
            and item.kind not in TIME_POINT_UNITS | CONTEXT_KINDS
            and not item.change
        )

    partners_a: dict[int, list[int]] = defaultdict(list)
    partners_b: dict[int, list[int]] = defaultdict(list)
    years_a, years_b = _years_by_sentence(located_a), _years_by_sentence(located_b)
    for i, first in enumerate(located_a):
        if i in used_a or not countable(first):
            continue
        for j, second in enumerate(located_b):
            if j in used_b or second.kind != first.kind or not countable(second):
                continue
            if _also_states(first, located_b, second) or _also_states(second, located_a, first):
                continue  # the other source states this value too: no disagreement
            counted = (
                (first.counts[0] == second.counts[0] and first.counts[0] not in TIME_WORDS)
                or bool(shared_roles(first, second))
            ) and counts_alike(first, second)
            apart = _other_populations(first, second)
            if counted and not apart and plausible_conflict(first, second):
                partners_a[i].append(j)
                partners_b[j].append(i)
    for i, found in partners_a.items():
        if len(found) != 1 or len(partners_b[found[0]]) != 1:
            continue
        j = found[0]
        first, second = located_a[i], located_b[j]
        dated_a, dated_b = years_a[first.sentence], years_b[second.sentence]
        if dated_a != dated_b and not dated_a & dated_b:
            continue  # "In July 2023, 27 people died" is another event than today's toll
        if same_figures(first, second) or equivalence_note(first, second) is not None:
            status = restated_status(first, second)
        else:
            status = "conflict"
        used_a.add(i)
        used_b.add(j)
        matches.append(matched(first, second, status))


def candidate_pairs(
    located_a: list[Located],
    located_b: list[Located],
    a_group: dict[int, int],
    b_group: dict[int, int],
) -> list[tuple[int, int]]:
    """Return the (A index, B index) pairs that could score: the rest never can.

    A pair can score only when its figures are equal (same unit and value), sit in one
    aligned group, or share a content word right around them (what a conflict needs).
    """
    by_value: dict[tuple[str, float | None], list[int]] = defaultdict(list)
    by_group: dict[tuple[str, int], list[int]] = defaultdict(list)
    by_near: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j, second in enumerate(located_b):
        by_value[value_key(second.figure)].append(j)
        group = b_group.get(second.sentence)
        if group is not None:
            by_group[(second.kind, group)].append(j)
        for word in second.near_stems:
            by_near[(second.kind, word)].append(j)
    pairs: set[tuple[int, int]] = set()
    for i, first in enumerate(located_a):
        partners = by_value.get(value_key(first.figure), [])[:_MAX_CANDIDATES]
        group = a_group.get(first.sentence)
        if group is not None:
            partners = partners + by_group.get((first.kind, group), [])[:_MAX_CANDIDATES]
        for word in sorted(first.near_stems):
            partners = partners + by_near.get((first.kind, word), [])[:_MAX_CANDIDATES]
        pairs.update((i, j) for j in partners)
    return sorted(pairs)
