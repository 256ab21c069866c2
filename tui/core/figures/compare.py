"""Compare the figures (numbers, amounts, dates) of two sources: pair and classify them.

Figures are read by :mod:`tui.core.figures.parse` (its docstring gives every unit
and value encoding) and located in their sentences by :mod:`tui.core.figures.located`;
values are compared in :mod:`~tui.core.figures.values` and :mod:`~tui.core.figures.conflicts`,
pairs are made in :mod:`~tui.core.figures.pairing`, one-sided figures get their notes in
:mod:`~tui.core.figures.notes`, and :mod:`~tui.core.figures.differences` reports them.

Two figures are paired when they measure the same kind of
thing (a count with a count, a weekday with a weekday, money with money) in
sentences that tell the same thing: the same aligned group, or sentences that
share many content words, plus the content words right around the figure.

Statuses: ``same`` (equal value and unit), ``equivalent`` (one quantity told another
way: "$27.6 million" for "$27,614,902", "nearly £4 billion" for "3.9 billion pounds",
"four miles" for "6.5 km", "80 million pounds" for "$101 million" — the note asks "same
amount in another currency?"), ``conflict`` (the same thing with a different figure),
``only_a`` / ``only_b``. A value both sources state is never one-sided, wherever each
states it: a figure left over after the one-to-one pairing meets its equal (or its
equivalent, near the same words) anywhere in the other source. A repeat of a one-sided
figure in the same source is listed but not reported again, and a one-sided weekday, clock
time, ordinal, year or "next week" is context: reported only when the other source names
another one (so the two can be checked). Two figures left over that count the same thing
(the same noun, or the same role word such as "arrested" or "injured", next to the figure)
are a conflict even in sentences that were not aligned; the note says who gives which
value when the sentence says ("police said"). A ``same`` pair where only one
source hedges the figure ("about one-third" vs "a third") carries a note and is
reported as a difference too. Two days named for different events ("a state
visit beginning Sunday" vs "will meet Xi on Monday") are not a conflict: a
conflict needs strong evidence that both figures describe one fact, because a
false "conflict" sends a journalist chasing an error that is not there. Each is
reported one-sided instead, with the other source's days named in its note so
the two can be checked against each other.
"""

from __future__ import annotations

from collections import defaultdict

from tui.core.figures.located import Located, locate
from tui.core.figures.notes import (
    ALSO_GIVEN,
    CONTEXT_KINDS,
    aligned_counterpart,
    conversions,
    cross_reference,
    dated_by_weekday,
    dated_in_month,
    headline_ids,
    headline_rounding,
    latest_year,
    mentions,
    month_only,
    named_by_unit,
    paired_range_ends,
    range_note,
    ratio_counterpart,
    ratio_sentences,
    span_note,
    stated_as_mention,
    timed_range_ends,
    year_only,
)
from tui.core.figures.pairing import (
    FiguresByValue,
    candidate_pairs,
    group_of,
    matched,
    pair_alone_in_aligned_sentences,
    pair_by_what_is_counted,
    pair_score,
    pair_told_two_ways,
    restated_status,
    stated_elsewhere,
    told_again,
)
from tui.core.figures.parse import TIME_POINT_UNITS
from tui.core.figures.values import stated_key
from tui.core.models import Alignment, Document, FigureMatch, NumberStatus


def _position(match: FigureMatch) -> tuple[int, int]:
    if match.a is not None:
        return (0, match.a.start)
    assert match.b is not None
    return (1, match.b.start)


def _unpaired_by_group(
    located: list[Located], used: set[int], group_of_sentence: dict[int, int]
) -> dict[tuple[int, str], list[Located]]:
    """Return the figures left unpaired, by (aligned group, kind)."""
    unpaired: dict[tuple[int, str], list[Located]] = defaultdict(list)
    for index, item in enumerate(located):
        group = group_of_sentence.get(item.sentence)
        if index not in used and group is not None:
            unpaired[(group, item.kind)].append(item)
    return unpaired


def compare_figures(a: Document, b: Document, alignment: Alignment) -> tuple[FigureMatch, ...]:
    """Return the figures of both sources paired and classified, in reading order (A, then B).

    Works with an empty alignment too: sentence similarity then stands in for it.
    """
    located_a = locate(a)
    located_b = locate(b)
    a_group, b_group = group_of(alignment)
    values_a = {stated_key(item) for item in located_a}
    values_b = {stated_key(item) for item in located_b}
    candidates: list[tuple[float, int, int, str]] = []
    for i, j in candidate_pairs(located_a, located_b, a_group, b_group):
        first, second = located_a[i], located_b[j]
        group = a_group.get(first.sentence)
        aligned = group is not None and group == b_group.get(second.sentence)
        scored = pair_score(first, second, aligned)
        if (
            scored is not None
            and scored[1] == "conflict"
            and (stated_key(first) in values_b or stated_key(second) in values_a)
        ):
            continue  # each source also states the other's value: no disagreement
        if scored is not None:
            candidates.append((scored[0], i, j, scored[1]))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    converted_a, converted_b = conversions(located_a, a.text), conversions(located_b, b.text)
    # A conversion ("50 km (31 miles)") is its twin told again: it pairs with nothing.
    used_a = {i for i, item in enumerate(located_a) if item.figure.start in converted_a}
    used_b = {j for j, item in enumerate(located_b) if item.figure.start in converted_b}
    matches: list[FigureMatch] = []
    #: Figures paired as one fact (same or equivalent), each side's index to its partner.
    partner_of_a: dict[int, Located] = {}
    partner_of_b: dict[int, Located] = {}
    for _, i, j, paired_as in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        matches.append(matched(located_a[i], located_b[j], paired_as))
        if paired_as != "conflict":
            partner_of_a[i], partner_of_b[j] = located_b[j], located_a[i]
    pair_alone_in_aligned_sentences(
        located_a, located_b, used_a, used_b, (a_group, b_group), matches
    )
    # A figure left over meets its equal in the other source wherever it stands; then a
    # figure still left over may repeat one its own source has already paired.
    claimed: set[int] = set()  # ids of figures already paired by such a restatement
    by_value_a, by_value_b = FiguresByValue(located_a), FiguresByValue(located_b)
    for find in ("elsewhere", "told again"):
        for located, other_values, used, side, partners, twins in (
            (located_a, by_value_b, used_a, "a", partner_of_a, converted_b),
            (located_b, by_value_a, used_b, "b", partner_of_b, converted_a),
        ):
            for index, item in enumerate(located):
                if index in used:
                    continue
                if id(item) in claimed:
                    used.add(index)  # already paired from the other side
                    continue
                restated = (
                    stated_elsewhere(item, other_values, twins)
                    if find == "elsewhere"
                    else told_again(item, located, partners)
                )
                if restated is None:
                    continue
                used.add(index)
                if item.kind in CONTEXT_KINDS | TIME_POINT_UNITS:
                    # "Friday" for two events: one-sided as a mention, never as a finding.
                    other = "B" if side == "a" else "A"
                    note = f"{ALSO_GIVEN} {other}: “{restated.figure.text}”"
                    one_sided: NumberStatus = "only_a" if side == "a" else "only_b"
                    figure_a, figure_b = (item.figure, None) if side == "a" else (None, item.figure)
                    matches.append(FigureMatch(one_sided, figure_a, figure_b, note))
                    continue
                partners[index] = restated
                claimed.add(id(restated))
                first, second = (item, restated) if side == "a" else (restated, item)
                matches.append(matched(first, second, restated_status(first, second)))
    pair_by_what_is_counted(located_a, located_b, used_a, used_b, matches)
    pair_told_two_ways(located_a, located_b, used_a, used_b, matches)
    leftover_a = [located_a[i].figure for i in range(len(located_a)) if i not in used_a]
    leftover_b = [located_b[j].figure for j in range(len(located_b)) if j not in used_b]
    named_in_a = named_by_unit(located_a, leftover_a)
    named_in_b = named_by_unit(located_b, leftover_b)
    where_a = {id(item.figure): item for item in located_a}
    where_b = {id(item.figure): item for item in located_b}
    years_a = [item for item in located_a if item.kind == "year"]
    years_b = [item for item in located_b if item.kind == "year"]
    months_a = [item for item in located_a if item.kind == "month"]
    months_b = [item for item in located_b if item.kind == "month"]
    dates_a = [item for item in located_a if item.kind == "date"]
    dates_b = [item for item in located_b if item.kind == "date"]
    # Ends of ranges that are no fact of their own: of a span of time ("between July and
    # September"), and of a range whose other end the other source states ("$450 million to
    # $500 million" / "up to $500 million").
    ranged_a = timed_range_ends(located_a) | paired_range_ends(located_a, used_a)
    ranged_b = timed_range_ends(located_b) | paired_range_ends(located_b, used_b)
    unpaired_a = _unpaired_by_group(located_a, used_a, a_group)
    ratios_a, ratios_b = ratio_sentences(a), ratio_sentences(b)
    unpaired_b = _unpaired_by_group(located_b, used_b, b_group)
    latest = latest_year(located_a, located_b)
    mentions_a, mentions_b = mentions(a), mentions(b)
    headline_a, headline_b = headline_ids(a), headline_ids(b)
    sides = (
        ("only_a", leftover_a, where_a, converted_a, years_b, months_b, dates_b, ranged_a,
         named_in_b, a_group, b_group, unpaired_b, located_a, ratios_b, located_b, b.text, "B",
         mentions_b, headline_a),
        ("only_b", leftover_b, where_b, converted_b, years_a, months_a, dates_a, ranged_b,
         named_in_a, b_group, a_group, unpaired_a, located_b, ratios_a, located_a, a.text, "A",
         mentions_a, headline_b),
    )  # fmt: skip
    for (status, leftover, where, converted, years, months, dates, ranged, named, groups,
         other_groups, unpaired, located, ratios, others, other_text, other, mentioned,
         headline) in sides:  # fmt: skip
        for figure in leftover:
            item = where[id(figure)]
            # How the other source tells it, where it does in another way (else no note).
            note = (
                converted.get(figure.start)
                or stated_as_mention(item, mentioned, other)
                or dated_by_weekday(item, others, other)
                or headline_rounding(item, located, headline)
                or year_only(item, years, other)
                or month_only(item, months, other)
                or dated_in_month(item, dates, other)
                or range_note(figure, ranged)
                or cross_reference(item, named, other, (groups.get(item.sentence), other_groups))
                or aligned_counterpart(item, groups.get(item.sentence), unpaired, other)
                or ratio_counterpart(item, located, ratios, other)
                or span_note(item, others, other_text, latest, other)
            )
            if status == "only_a":
                matches.append(FigureMatch("only_a", figure, None, note))
            else:
                matches.append(FigureMatch("only_b", None, figure, note))
    return tuple(sorted(matches, key=_position))
