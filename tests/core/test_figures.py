"""Finding figures in documents, pairing them across sources and reporting the differences."""

from __future__ import annotations

from tests.contract import validate
from tests.factories import paragraphs
from tests.gold.gold import read_gold
from tui.core.figures import compare_figures, figure_differences, find_figures
from tui.core.models import (
    AlignedGroup,
    Alignment,
    Comparison,
    Document,
    FigureMatch,
)
from tui.core.report.json_output import comparison_to_dict


def make_document(name: str, *sentences: str, boilerplate: tuple[int, ...] = ()) -> Document:
    """Return a document whose sentences are the given strings, one paragraph each."""
    return paragraphs(name, sentences, boilerplate=boilerplate)


def aligned(*pairs: tuple[int, int]) -> Alignment:
    """Return an alignment of the given 1:1 sentence pairs."""
    return Alignment(
        groups=tuple(AlignedGroup((a,), (b,), 0.8) for a, b in pairs), only_a=(), only_b=()
    )


NO_GROUPS = Alignment(groups=(), only_a=(), only_b=())


def statuses(matches: tuple[FigureMatch, ...]) -> list[tuple[str, str | None, str | None]]:
    return [(m.status, m.a.text if m.a else None, m.b.text if m.b else None) for m in matches]


def test_find_figures_skips_boilerplate_sentences() -> None:
    document = make_document(
        "a.txt",
        "Jan 2, 2026 - 12:15",
        "Around 28,500 US troops are stationed in South Korea.",
        boilerplate=(0,),
    )
    figures = find_figures(document)
    assert [f.text for f in figures] == ["Around 28,500"]
    assert document.text[figures[0].start : figures[0].end] == "Around 28,500"


def test_same_value_hedged_on_both_sides_is_same_without_note() -> None:
    a = make_document("a", "Around 28,500 US troops are stationed in South Korea to deter threats.")
    b = make_document("b", "Currently, roughly 28,500 US troops are stationed in South Korea.")
    [match] = compare_figures(a, b, aligned((0, 0)))
    assert (match.status, match.note) == ("same", "")
    assert figure_differences(a, b, (match,)) == ()


def test_one_sided_hedge_is_same_with_note_and_not_a_difference() -> None:
    """Two outlets rarely hedge alike; "about one-third" = "a third" is the same figure (the
    note keeps the hedge for the detail), not an item to step through."""
    a = make_document("a", "China absorbs about one-third of South Korea's annual chip exports.")
    b = make_document(
        "b", "The trading partner accounts for a third of Seoul's annual chip exports."
    )
    [match] = compare_figures(a, b, aligned((0, 0)))
    assert statuses((match,)) == [("same", "about one-third", "a third")]
    assert match.note == "hedged in A, stated flatly in B"
    assert figure_differences(a, b, (match,)) == ()


def test_different_figure_for_the_same_fact_is_a_conflict() -> None:
    a = make_document("a", "Around 28,500 US troops are stationed in South Korea to deter threats.")
    b = make_document("b", "Around 23,500 US troops are stationed in South Korea to deter threats.")
    for alignment in (aligned((0, 0)), NO_GROUPS):
        [match] = compare_figures(a, b, alignment)
        assert statuses((match,)) == [("conflict", "Around 28,500", "Around 23,500")]
    [difference] = figure_differences(a, b, (match,))
    assert difference.summary == "Number conflict: “Around 28,500” (A) vs “Around 23,500” (B)"
    assert difference.a is not None and difference.a.text == "Around 28,500"
    assert difference.b is not None and difference.b.text == "Around 23,500"


def test_money_written_two_ways_is_the_same_figure() -> None:
    a = make_document("a", "Samsung will invest $8B in a new chip plant in Texas.")
    b = make_document("b", "Samsung said it would invest $8 billion in the Texas chip plant.")
    assert statuses(compare_figures(a, b, NO_GROUPS)) == [("same", "$8B", "$8 billion")]


def test_days_of_different_events_are_each_reported_one_sided() -> None:
    a = make_document(
        "a",
        "Chinese President Xi Jinping will host South Korean President Lee Jae Myung on a "
        "state visit beginning Sunday.",
    )
    b = make_document(
        "b",
        "Chinese President Xi Jinping has invited South Korean President Lee Jae Myung to a "
        "state visit in Beijing.",
        "Wi Sung-lac told reporters that Lee will meet Xi in Beijing on Monday.",
    )
    matches = compare_figures(a, b, aligned((0, 0)))
    assert statuses(matches) == [("only_a", "Sunday", None), ("only_b", None, "Monday")]
    summaries = [d.summary for d in figure_differences(a, b, matches)]
    assert summaries == [
        "Figure only in A: “Sunday” (state visit beginning); B gives “Monday”",
        "Figure only in B: “Monday” (meet Xi Beijing); A gives “Sunday”",
    ]


def test_unrelated_figures_of_one_kind_are_not_paired() -> None:
    a = make_document("a", "Police said 40 people were arrested after the match.")
    b = make_document("b", "The festival drew 300 visitors from across the region.")
    assert statuses(compare_figures(a, b, NO_GROUPS)) == [
        ("only_a", "40", None),
        ("only_b", None, "300"),
    ]


def test_no_figures_and_empty_documents_do_not_crash() -> None:
    plain = make_document("a", "Huawei declined to comment further.")
    empty = Document(path="e", title=None, text="", sentences=())
    for a, b in ((plain, plain), (empty, plain), (empty, empty)):
        matches = compare_figures(a, b, NO_GROUPS)
        assert matches == ()
        assert figure_differences(a, b, matches) == ()


def test_difference_ids_are_stable_and_unique() -> None:
    a = make_document("a", "Lee said in December that he would not take sides.")
    b = make_document("b", "Lee said on Friday he would not take sides, his 35-year rule aside.")
    first = figure_differences(a, b, compare_figures(a, b, NO_GROUPS))
    second = figure_differences(a, b, compare_figures(a, b, NO_GROUPS))
    assert [d.id for d in first] == [d.id for d in second]
    # "Friday" is context: one-sided, with no other weekday in A, it is no item of its own.
    assert len({d.id for d in first}) == len(first) == 2


def test_sample_pair_matches_gold(sample_a: Document, sample_b: Document) -> None:
    from tui.core.align.aligner import align

    gold = read_gold("numbers_sample_pair")["matches"]
    matches = compare_figures(sample_a, sample_b, align(sample_a, sample_b))
    expected = [(g["status"], g["a"], g["b"]) for g in gold]
    assert statuses(matches) == expected
    notes = {(g["a"], g["b"]): g["note"] for g in gold if "note" in g}
    for match in matches:
        if match.status == "same":
            assert match.a is not None and match.b is not None
            assert match.note == notes.get((match.a.text, match.b.text), "")


def test_sample_pair_third_values_equal_and_days_reported(
    sample_comparison: Comparison,
) -> None:
    thirds = [
        m for m in sample_comparison.figures if m.a is not None and m.a.text == "about one-third"
    ]
    assert [(m.status, m.b.text if m.b else None) for m in thirds] == [("same", "a third")]
    number_summaries = [d.summary for d in sample_comparison.differences if d.kind == "number"]
    assert any("“Sunday”" in s for s in number_summaries)
    assert any("“Monday”" in s for s in number_summaries)
    validate(comparison_to_dict(sample_comparison))


def test_a_percentage_and_a_fraction_of_the_same_share_are_the_same_figure() -> None:
    a = make_document("a", "A quarter of the city's voters backed the tax in the referendum.")
    b = make_document("b", "Some 25% of the city's voters backed the tax in the referendum.")
    for alignment in (aligned((0, 0)), NO_GROUPS):
        [match] = compare_figures(a, b, alignment)
        assert statuses((match,)) == [("same", "A quarter", "Some 25%")]
        assert match.note == "hedged in B, stated flatly in A"
    a = make_document("a", "China absorbs 33% of South Korea's annual chip exports.")
    b = make_document("b", "China absorbs a third of South Korea's annual chip exports.")
    [match] = compare_figures(a, b, aligned((0, 0)))
    assert (match.status, match.note) == ("same", "")


def test_a_percentage_and_a_fraction_that_disagree_are_a_conflict() -> None:
    a = make_document("a", "Nearly half of the city's voters backed the tax in the referendum.")
    b = make_document("b", "Only 30% of the city's voters backed the tax in the referendum.")
    [match] = compare_figures(a, b, aligned((0, 0)))
    assert statuses((match,)) == [("conflict", "Nearly half", "30%")]


def test_durations_in_other_units_compare_by_length() -> None:
    a = make_document("a", "The talks lasted two months before the ceasefire was signed in Doha.")
    b = make_document("b", "The talks lasted eight weeks before the ceasefire was signed in Doha.")
    [match] = compare_figures(a, b, aligned((0, 0)))
    assert statuses((match,)) == [("same", "two months", "eight weeks")]
    a = make_document("a", "The strike lasted two years before the union accepted the offer.")
    b = make_document("b", "The strike lasted 18 months before the union accepted the offer.")
    [match] = compare_figures(a, b, aligned((0, 0)))
    assert statuses((match,)) == [("conflict", "two years", "18 months")]
    a = make_document("a", "Rescuers searched for 48 hours before the rubble was cleared.")
    b = make_document("b", "Rescuers searched for two days before the rubble was cleared.")
    [match] = compare_figures(a, b, aligned((0, 0)))
    assert match.status == "same"


def test_one_sided_figure_beside_an_uncompared_one_in_the_aligned_sentence_is_not_reported() -> (
    None
):
    """Two aligned sentences each give a duration we cannot compare ("more than four hours" /
    "nearly five hours"): each stays one-sided in the list, with the other named in its note,
    but "only in A" would be a guess, so neither is a difference."""
    a = make_document("a", "The talks in the capital lasted more than four hours on Tuesday.")
    b = make_document("b", "After nearly five hours of talks, the ministers left the capital.")
    matches = compare_figures(a, b, aligned((0, 0)))
    durations = [m for m in matches if any(f and f.text.endswith("hours") for f in (m.a, m.b))]
    assert [(m.status, m.note) for m in durations] == [
        ("only_a", "B's aligned sentence gives “nearly five hours”"),
        ("only_b", "A's aligned sentence gives “more than four hours”"),
    ]
    assert figure_differences(a, b, tuple(durations)) == ()


def test_aligned_quantities_of_another_order_stay_one_sided_findings() -> None:
    """A rise of "more than 2,500" beside a level of "29,585" is not one figure told two ways."""
    a = make_document("a", "The number of asylum seekers in hotels rose by more than 2,500.")
    b = make_document("b", "There were 29,585 asylum seekers in hotels at the end of June.")
    matches = compare_figures(a, b, aligned((0, 0)))
    assert all(m.note == "" for m in matches if m.status in ("only_a", "only_b"))


def test_an_area_in_acres_and_in_square_miles_is_one_figure() -> None:
    a = make_document("a", "The fire had burned nearly 65 square miles of brush by evening.")
    b = make_document("b", "The fire has scorched around 16,700 hectares of brush and forest.")
    [match] = compare_figures(a, b, aligned((0, 0)))
    assert (match.status, match.note) == ("equivalent", "the same area in other units")


def test_a_24_hour_clock_time_with_its_zone_is_a_time_not_a_count() -> None:
    document = make_document("a", "Talks ended at 1700 GMT, and the 1900 law still applies.")
    assert [(f.text, f.unit) for f in find_figures(document)] == [
        ("1700 GMT", "time"),
        ("1900", "year"),
    ]


def test_a_noun_joined_to_a_count_is_part_of_the_figure() -> None:
    """Readers quote "the 84-page reasons", not "84"; the joined noun still says what is
    counted, and a joined unit of length still makes a length."""
    document = make_document(
        "a", "In its 84-page written reasons, the panel cited a 249-mile route."
    )
    assert [f.text for f in find_figures(document)] == ["84-page", "249-mile"]
    a = make_document("a", "Trains run on a 249-mile route across the state every day.")
    b = make_document("b", "Trains run on a route of about 400 km across the state.")
    [match] = compare_figures(a, b, aligned((0, 0)))
    assert (match.status, match.note) == ("equivalent", "the same distance in other units")


def test_and_a_half_is_read_as_a_half() -> None:
    """ "two and a half hours", "3 and a half million" and "a mile and a half" are 2.5, 3.5
    million and 1.5 miles, so "up to 2.4 kilometres" is the same distance."""
    document = make_document(
        "a", "The trip took two and a half hours for 3 and a half million riders."
    )
    assert [(f.text, f.value) for f in find_figures(document)] == [
        ("two and a half hours", 2.5),
        ("3 and a half million", 3_500_000.0),
    ]
    a = make_document("a", "Spot fires were landing a mile and a half ahead of the main front.")
    b = make_document("b", "Embers started spot fires up to 2.4 kilometres ahead of the front.")
    [match] = compare_figures(a, b, aligned((0, 0)))
    assert (match.status, match.note) == ("equivalent", "the same distance in other units")


def test_a_change_from_six_to_three_is_not_one_sided_where_the_other_says_in_half() -> None:
    a = make_document(
        "a",
        "The union warned the railroad for two years.",
        "He said the railroad had cut the number of maintenance crews on the route in half.",
    )
    b = make_document(
        "b", "They cut track maintenance crews on this line from six to three, the union said."
    )
    matches = compare_figures(a, b, aligned((0, 0)))
    changed = [m for m in matches if m.b is not None and m.b.text in ("six", "three")]
    assert [(m.status, m.note) for m in changed] == [
        ("only_b", "A tells the change as “in half”"),
        ("only_b", "A tells the change as “in half”"),
    ]
    assert figure_differences(a, b, tuple(changed)) == ()


def test_a_full_date_is_not_one_sided_where_the_other_source_gives_only_its_month() -> None:
    a = make_document("a", "The union sent its warning letter to management on March 12, 2023.")
    b = make_document("b", "The union sent a warning letter to management in March 2023.")
    matches = compare_figures(a, b, NO_GROUPS)
    dated = [m for m in matches if m.a is not None and m.a.unit == "date"]
    assert [(m.status, m.note) for m in dated] == [
        ("only_a", "B gives only the month “March 2023”")
    ]
    assert figure_differences(a, b, tuple(dated)) == ()
