"""Figures on real-looking independent coverage: one figure told two ways, repeats, context
and conflicts found by what the figure counts (issue 12)."""

from __future__ import annotations

from tests.core.test_figures import NO_GROUPS, aligned, make_document, statuses
from tui.core.figures import compare_figures, figure_differences
from tui.core.models import Document, FigureMatch


def _compare(
    a: Document, b: Document, *pairs: tuple[int, int]
) -> tuple[tuple[FigureMatch, ...], list[str]]:
    matches = compare_figures(a, b, aligned(*pairs) if pairs else NO_GROUPS)
    return matches, [d.summary for d in figure_differences(a, b, matches)]


def test_digits_and_words_are_the_same_figure() -> None:
    a = make_document("a", "Three passengers were killed when the train left the rails.")
    b = make_document("b", "The derailment killed 3 passengers near Altoona.")
    matches, summaries = _compare(a, b)
    assert statuses(matches) == [("same", "Three", "3")]
    assert summaries == []


def test_exact_amount_and_rounded_amount_are_equivalent() -> None:
    a = make_document("a", "The club was fined $27,614,902 by the league on Friday.")
    b = make_document("b", "The league fined the club $27.6 million.")
    matches, summaries = _compare(a, b, (0, 0))
    assert [m.status for m in matches if m.a and m.b] == ["equivalent"]
    assert summaries == []


def test_truncated_round_figure_is_equivalent() -> None:
    a = make_document("a", "The governor signed an $86.1 billion budget late on Wednesday.")
    b = make_document("b", "The $86 billion, two-year spending plan was signed on Wednesday.")
    matches, _ = _compare(a, b, (0, 0))
    assert ("equivalent", "$86.1 billion", "$86 billion") in statuses(matches)


def test_hedged_round_figure_is_equivalent_but_two_precise_figures_conflict() -> None:
    a = make_document("a", "It cuts $148.5 million in operating assistance to transit agencies.")
    b = make_document("b", "Transit agencies lose nearly $150 million in operating assistance.")
    assert [m.status for m in compare_figures(a, b, aligned((0, 0)))] == ["equivalent"]
    a = make_document("a", "Firefighters said about 9,400 structures were threatened by the fire.")
    b = make_document("b", "Nearly 9,500 structures were threatened by the fire, officials said.")
    assert [m.status for m in compare_figures(a, b, aligned((0, 0)))] == ["conflict"]


def test_miles_and_kilometres_are_the_same_distance() -> None:
    a = make_document("a", "Residents within four miles of the plant were told to leave.")
    b = make_document("b", "People living within 6.5 km of the plant were evacuated.")
    matches, summaries = _compare(a, b, (0, 0))
    assert [(m.status, m.note) for m in matches] == [
        ("equivalent", "the same distance in other units")
    ]
    assert summaries == []


def test_currency_conversion_is_the_same_amount_in_another_currency() -> None:
    a = make_document("a", "The club was fined £79.8m for breaching the spending rules.")
    b = make_document("b", "The club received a $101 million fine for breaching the rules.")
    [match] = compare_figures(a, b, aligned((0, 0)))
    assert (match.status, match.note) == ("equivalent", "same amount in another currency?")


def test_conversion_in_brackets_is_not_a_fact_of_its_own() -> None:
    a = make_document("a", "Clubs may lose no more than £105m over three seasons.")
    b = make_document(
        "b",
        "Clubs may lose no more than 105 million pounds (about $133 million) over three seasons.",
    )
    _, summaries = _compare(a, b, (0, 0))
    assert summaries == []


def test_a_value_both_state_is_never_one_sided_wherever_it_stands() -> None:
    a = make_document(
        "a",
        "The budget cuts $6 million for rural library branches.",
        "Lawmakers return in January.",
    )
    b = make_document(
        "b",
        "Lawmakers return in January.",
        "Critics said the governor couldn't find $6 million for libraries.",
    )
    matches, summaries = _compare(a, b, (1, 0))
    assert summaries == []
    assert all(m.status == "same" for m in matches)


def test_repeats_of_a_one_sided_figure_are_one_item() -> None:
    a = make_document(
        "a",
        "The fund lost £27.6m on the scheme.",
        "Ministers were told of the £27.6m loss.",
        "The £27.6m will be covered by taxpayers.",
    )
    b = make_document("b", "The minister faced questions about the pension fund.")
    _, summaries = _compare(a, b)
    assert summaries == ["Figure only in A: “£27.6m” (scheme)"]


def test_weekdays_times_ordinals_and_years_alone_are_context() -> None:
    a = make_document(
        "a",
        "The train left at 11:40 p.m. on Wednesday, the second derailment since 2009.",
    )
    b = make_document("b", "The train derailed near Altoona.")
    _, summaries = _compare(a, b, (0, 0))
    assert summaries == []


def test_two_different_days_for_one_event_stay_a_finding() -> None:
    a = make_document("a", "Lee will begin a state visit on Sunday.")
    b = make_document("b", "Lee will meet Xi on Monday.")
    _, summaries = _compare(a, b, (0, 0))
    assert summaries == [
        "Figure only in A: “Sunday” (begin state visit); B gives “Monday”",
        "Figure only in B: “Monday” (Lee meet Xi); A gives “Sunday”",
    ]


def test_crowd_estimates_in_unaligned_sentences_conflict_and_say_who_gives_which() -> None:
    a = make_document(
        "a",
        "Thousands marched through the capital on Saturday.",
        "Police said about 12,000 marchers took part.",
    )
    b = make_document(
        "b",
        "Organizers said an estimated 60,000 marchers filled the avenue.",
        "The march ended peacefully.",
    )
    matches, summaries = _compare(a, b)
    assert ("conflict", "about 12,000", "an estimated 60,000") in statuses(matches)
    assert (
        "Number conflict: “about 12,000” (A, Police) vs “an estimated 60,000” (B, Organizers)"
        in (summaries)
    )


def test_unrelated_figures_in_aligned_sentences_do_not_conflict() -> None:
    a = make_document("a", "There were 187 passengers on board, the railroad said.")
    b = make_document("b", "Three passengers were killed, the railroad said.")
    matches, _ = _compare(a, b, (0, 0))
    assert "conflict" not in [m.status for m in matches]


def test_a_change_does_not_conflict_with_a_level() -> None:
    a = make_document("a", "The hotel population saw a rise of more than 2,500 since June.")
    b = make_document("b", "There were 29,585 asylum seekers in hotels at the end of June.")
    matches, _ = _compare(a, b, (0, 0))
    assert "conflict" not in [m.status for m in matches]


def test_a_train_number_is_not_a_figure() -> None:
    a = make_document("a", "The train derailed near Altoona late on Wednesday.")
    b = make_document("b", "Train 612 jumped the tracks near Altoona.")
    _, summaries = _compare(a, b, (0, 0))
    assert summaries == []


def test_a_figure_told_again_in_one_source_is_not_one_sided() -> None:
    a = make_document(
        "a",
        "Ohio governor signs $86.1 billion budget with cuts to libraries. "
        "Gov. Calloway signed an $86.1 billion, two-year state budget late Wednesday.",
    )
    b = make_document("b", "The $86 billion, two-year spending plan was signed at 11:40 p.m.")
    matches, summaries = _compare(a, b, (1, 0))
    assert not any("86" in s for s in summaries)
    assert [m.status for m in matches if m.a and "86" in m.a.text] == ["equivalent"] * 2


def test_a_rounded_repeat_needs_two_significant_digits() -> None:
    a = make_document(
        "a",
        "The inspection nine days earlier found no defects. "
        "Investigators expect to remain at the site for up to 10 days.",
    )
    b = make_document("b", "The curve had been inspected nine days before the derailment.")
    _, summaries = _compare(a, b, (0, 0))
    assert summaries == ["Figure only in A: “10 days” (remain site up)"]


def test_euro_cents_and_cents_are_one_figure() -> None:
    a = make_document("a", "It plans to raise the tax by 7 euro cents a litre on diesel.")
    b = make_document("b", "Nobody can pay another seven cents on every litre of diesel.")
    matches, summaries = _compare(a, b)
    assert statuses(matches) == [("same", "7 euro cents", "seven cents")]
    assert summaries == []


def test_two_more_weeks_is_two_weeks() -> None:
    a = make_document("a", "Staff will receive two weeks for each year of service, the memo said.")
    b = make_document("b", "Workers get two more weeks of pay for each year of service.")
    assert statuses(compare_figures(a, b, aligned((0, 0)))) == [
        ("same", "two weeks", "two more weeks")
    ]


def test_a_rough_quantity_stands_for_the_count_the_other_gives() -> None:
    a = make_document("a", "The company is cutting about 4,000 workers across the country.")
    b = make_document("b", "Thousands of workers at the company will lose their jobs.")
    matches, summaries = _compare(a, b)
    assert [m.status for m in matches] == ["equivalent"]
    assert summaries == []


def test_a_rough_quantity_alone_is_no_figure_to_check() -> None:
    # "Hundreds of thousands" in one source only is a manner of speaking; the sentence is
    # still listed as one-sided when the other source lacks it.
    a = make_document("a", "The fire destroyed barns near the town.")
    b = make_document("b", "Hundreds of thousands of residents depend on the buses.")
    _, summaries = _compare(a, b)
    assert summaries == []


def test_a_value_the_other_source_also_states_is_not_one_sided() -> None:
    a = make_document("a", "More than 140 people were rescued from rooftops.")
    b = make_document("b", "Crews said they had pulled 140 residents out of the water.")
    _, summaries = _compare(a, b)
    assert summaries == []


def test_units_written_onto_their_numbers_are_read() -> None:
    a = make_document("a", "Winds of 140 miles per hour battered the coast.")
    b = make_document("b", "Winds of 140mph (225km/h) battered the coast.")
    matches, summaries = _compare(a, b, (0, 0))
    assert summaries == []
    assert {m.status for m in matches} <= {"same", "equivalent"}


def test_a_street_block_number_is_an_address_not_a_figure() -> None:
    a = make_document("a", "Police were called to the 1400 block of Garfield Avenue.")
    b = make_document("b", "Police were called to a house on Garfield Avenue.")
    _, summaries = _compare(a, b)
    assert summaries == []


def test_homes_destroyed_and_homes_damaged_are_two_quantities() -> None:
    a = make_document("a", "Officials said 37 homes destroyed by the storm lay along the coast.")
    b = make_document(
        "b", "Ninety-six homes damaged by the storm lay along the coast, officials said."
    )
    matches, _ = _compare(a, b, (0, 0))
    assert "conflict" not in [m.status for m in matches]
    a = make_document("a", "Officials said 37 homes were destroyed by the storm on the coast.")
    b = make_document("b", "Officials said 52 homes were destroyed by the storm on the coast.")
    matches, _ = _compare(a, b, (0, 0))
    assert [m.status for m in matches] == ["conflict"]


def test_a_bound_the_other_figure_meets_is_no_conflict() -> None:
    a = make_document("a", "At least 30 people were killed in the flooding, officials said.")
    b = make_document("b", "The flooding killed 45 people, officials said on Monday.")
    matches, _ = _compare(a, b, (0, 0))
    assert "conflict" not in [m.status for m in matches]
    a = make_document("a", "At least six of them were in critical condition on Thursday.")
    b = make_document("b", "Four of them remained in critical condition on Thursday.")
    matches, _ = _compare(a, b, (0, 0))
    assert ("conflict", "At least six", "Four") in statuses(matches)


def test_a_number_joined_to_a_noun_counts_that_noun() -> None:
    a = make_document("a", "City have played 13 league games and sit three off the top places.")
    b = make_document("b", "City is seventh in the 20-team league after 13 league games.")
    matches, _ = _compare(a, b, (0, 0))
    assert "conflict" not in [m.status for m in matches]


def test_an_end_of_a_range_is_not_a_figure_of_its_own() -> None:
    a = make_document("a", "Almost 12,000 people crossed the Channel in the third quarter.")
    b = make_document("b", "Some 11,912 people crossed the Channel between July and September.")
    _, summaries = _compare(a, b, (0, 0))
    assert summaries == []
    a = make_document("a", "The line will open between 2026 and 2028, the ministry said.")
    b = make_document("b", "The line will open in 2027, the ministry said.")
    matches, _ = _compare(a, b, (0, 0))
    assert "conflict" not in [m.status for m in matches]


def test_a_month_and_year_against_the_year_alone_is_not_one_sided() -> None:
    a = make_document("a", "Markby was appointed pensions minister in 2022.")
    b = make_document("b", "Ms Markby became pensions minister in February 2022.")
    matches, summaries = _compare(a, b)
    assert summaries == []
    assert [m.note for m in matches if m.b] == ["A gives only the year 2022"]


def test_one_takeover_price_in_two_currencies_is_one_amount() -> None:
    a = make_document("a", "Halden completed a £410m takeover of City in 2021.")
    b = make_document(
        "b", "Halden Capital, which bought Kingsbridge in 2021 for $560 million, spends."
    )
    matches, summaries = _compare(a, b)
    assert ("equivalent", "£410m", "$560 million") in statuses(matches)
    assert summaries == []


def test_a_count_near_a_rough_one_is_no_repeat_of_the_other_sources_count() -> None:
    a = make_document(
        "a",
        "Three people were killed and dozens of others were injured in the derailment.",
        "State police said 38 people were taken to hospitals.",
    )
    b = make_document("b", "Three were killed and 43 people were injured in the derailment.")
    matches, _ = _compare(a, b, (0, 0))
    assert ("equivalent", "dozens", "43") in statuses(matches)
    assert ("only_a", "38", None) in statuses(matches)


def test_critical_counts_in_differently_worded_sentences_conflict() -> None:
    a = make_document("a", "Police said at least six of them had critical injuries.")
    b = make_document(
        "b", "The derailment hit the rural line hard.", "Four remained in critical condition."
    )
    matches, summaries = _compare(a, b)
    assert ("conflict", "at least six", "Four") in statuses(matches)
    assert summaries == ["Number conflict: “at least six” (A, Police) vs “Four” (B)"]


def test_a_rounding_of_a_count_of_other_things_is_not_the_same_figure() -> None:
    a = make_document(
        "a",
        "About 30,000 people were told to leave, with roughly 12,000 more under warnings.",
    )
    b = make_document(
        "b",
        "About 30,000 were under orders; more than 31,000 people in some 11,800 homes were told.",
    )
    matches, summaries = _compare(a, b, (0, 0))
    assert ("only_a", "roughly 12,000", None) in statuses(matches)
    assert ("only_b", None, "some 11,800") in statuses(matches)
    assert len(summaries) == 3


def test_an_amount_is_not_restated_by_the_conversion_of_another() -> None:
    a = make_document(
        "a",
        "The club was fined £79.8m under the league's rules.",
        "Its losses exceeded the limit permitted under the rules by £64.4m.",
    )
    b = make_document(
        "b", "The club was fined 79.8 million pounds, or about $101 million, under the rules."
    )
    matches, summaries = _compare(a, b, (0, 0))
    assert ("only_a", "£64.4m", None) in statuses(matches)
    assert any("£64.4m" in summary for summary in summaries)


def test_yards_are_a_length_compared_with_metres() -> None:
    a = make_document("a", "She lives about 200 yards from the tracks.")
    b = make_document("b", "Her house stands about 180 metres from the tracks.")
    matches, summaries = _compare(a, b, (0, 0))
    assert [(m.status, m.note) for m in matches] == [
        ("equivalent", "the same distance in other units")
    ]
    assert summaries == []


def test_a_duration_the_other_source_tells_by_its_ends_is_not_one_sided() -> None:
    a = make_document("a", "Sandoval was the mayor's chief of staff from 2014 to 2019.")
    b = make_document("b", "Sandoval spent five years as the mayor's chief of staff.")
    matches, summaries = _compare(a, b)
    assert ("only_b", None, "five years") in statuses(matches)
    assert [m.note for m in matches if m.b is not None] == ["A tells the span as “2014 to 2019”"]
    assert summaries == []


def test_a_duration_against_a_start_year_counts_to_the_latest_year_named() -> None:
    a = make_document("a", "She has led the agency since 2015. Its budget for 2024 was cut.")
    b = make_document("b", "After nine years in charge, she will step down.")
    matches, summaries = _compare(a, b)
    assert [m.note for m in matches if m.b is not None] == ["A tells the span as “since 2015”"]
    assert summaries == []
    b = make_document("b", "After four years in charge, she will step down.")
    _, summaries = _compare(a, b)
    assert summaries == ["Figure only in B: “four years” (charge step)"]


def test_a_contest_of_seven_weeks_is_the_resignation_seven_weeks_ago() -> None:
    a = make_document("a", "The result ends a seven-week contest for the party leadership.")
    b = make_document("b", "Hale resigned seven weeks ago after the party was routed.")
    _, summaries = _compare(a, b)
    assert summaries == []


def test_a_rounding_alone_in_an_aligned_sentence_stands_for_the_figure_in_other_words() -> None:
    a = make_document(
        "a", "The city paid seven firms to represent the mayor in 23 separate matters."
    )
    b = make_document("b", "The total covers more than 20 cases, handled by seven outside firms.")
    matches, summaries = _compare(a, b, (0, 0))
    assert ("equivalent", "23", "more than 20") in statuses(matches)
    assert summaries == []
    matches, _ = _compare(a, b)  # not aligned: what they count must meet
    assert ("only_a", "23", None) in statuses(matches)


def test_days_of_unrelated_events_are_context_not_a_cross_check() -> None:
    a = make_document("a", "The stock slipped another 2.1% in early trading Tuesday.")
    b = make_document("b", "On Friday, before the files were made public, a law firm wrote.")
    matches, summaries = _compare(a, b)
    assert ("only_b", None, "Friday") in statuses(matches)
    assert [s for s in summaries if "Friday" in s or "Tuesday" in s] == []


def test_a_plain_small_whole_number_is_no_rounding_of_another() -> None:
    a = make_document("a", "Chelsea was one of 21 clubs that voted for the rule change.")
    b = make_document("b", "All of the league's 20 clubs voted on the rule change.")
    matches, _ = _compare(a, b, (0, 0))
    assert ("equivalent", "21", "20") not in statuses(matches)
    b = make_document("b", "About 20 clubs voted for the rule change.")
    matches, _ = _compare(a, b, (0, 0))
    assert ("equivalent", "21", "About 20") in statuses(matches)
    a = make_document("a", "The company cut 6.2% of its workforce.")
    b = make_document("b", "The company cut 6% of its workforce.")
    matches, _ = _compare(a, b, (0, 0))
    assert statuses(matches) == [("equivalent", "6.2%", "6%")]


def test_a_magnitude_told_two_ways_in_different_sentences_is_one_figure() -> None:
    a = make_document("a", "A 5.4-magnitude quake struck the coast.")
    b = make_document(
        "b", "The earthquake measured magnitude 5.4, officials said.", "It hit the coast."
    )
    matches, summaries = _compare(a, b)
    assert statuses(matches) == [("same", "5.4-magnitude", "5.4")]
    assert summaries == []


def test_a_month_the_other_source_names_with_its_year_is_no_conflict() -> None:
    a = make_document("a", "The company filed the clot analysis with regulators in December.")
    b = make_document("b", "It filed the clot analysis in December 2023, records show.")
    matches, summaries = _compare(a, b)
    assert [(m.status, m.note) for m in matches] == [
        ("equivalent", "the same date, the year given by one")
    ]
    assert summaries == []


def test_who_gives_a_figure_is_the_body_not_the_conjunction_before_it() -> None:
    a = make_document("a", "Police said 63 people were arrested overnight.")
    b = make_document(
        "b", "By Friday, 67 people had been arrested, and officials said more would be."
    )
    _, summaries = _compare(a, b)
    assert summaries == ["Number conflict: “63” (A, Police) vs “67” (B, officials)"]
