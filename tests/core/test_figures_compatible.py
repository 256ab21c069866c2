"""A figure is one-sided or in conflict only when the other source states no compatible
value: a hedge or bound met by an exact count, two hedged lengths that agree within
rounding, one amount in two notations of a currency; a number that names a class is no
figure, and a length joined to a noun ("a 30-year career") is no account of another span."""

from __future__ import annotations

from tests.factories import aligned_figure_items, segmented
from tests.factories import figure_items as reported
from tui.core.figures.located import locate
from tui.core.figures.parse import scan_figures


def test_a_bound_met_by_the_exact_count_elsewhere_is_not_one_sided() -> None:
    summaries = reported(
        ["The mayor was handed a petition signed by 6,217 people, and the vote went ahead.",
         "The library opened in 1958."],
        ["Councillors ignored a petition signed by more than 6,200 residents.",
         "Supporters said they would keep campaigning."],
    )  # fmt: skip
    assert not [s for s in summaries if "6,217" in s or "6,200" in s], summaries


def test_a_bound_the_exact_count_breaks_stays_a_finding() -> None:
    summaries = reported(
        ["The mayor was handed a petition signed by 6,187 people, and the vote went ahead."],
        ["Councillors ignored a petition signed by more than 6,200 residents."],
    )
    assert any("6,200" in s for s in summaries), summaries


def test_a_hedge_of_a_count_in_another_role_stays_one_sided() -> None:
    summaries = reported(
        ["Officials said 2,460 houses were destroyed in the district."],
        ["Rescuers said nearly 2,500 homes were damaged across the valley."],
    )
    assert any("2,460" in s for s in summaries), summaries


def test_two_hedged_lengths_within_rounding_are_no_conflict() -> None:
    summaries = reported(
        ["Readers will have to travel around 2.7 miles to the next branch."],
        ["Pensioners face a walk of nearly three miles to the next branch."],
    )
    assert not [s for s in summaries if "conflict" in s], summaries


def test_hedged_lengths_too_far_apart_still_conflict() -> None:
    summaries = reported(
        ["Readers will have to travel around 1.2 miles to the next branch."],
        ["Pensioners face a walk of nearly three miles to the next branch."],
    )
    assert any("conflict" in s for s in summaries), summaries


def test_an_amount_rounded_half_up_is_the_same_amount() -> None:
    summaries = reported(
        ["The club paid a record £62.5 million for the striker in July."],
        ["The striker joined for a club-record £63m in the summer."],
    )
    assert not [s for s in summaries if "£62.5" in s or "£63m" in s], summaries


def test_rupees_of_a_named_nation_and_in_the_short_notation_are_rupees() -> None:
    assert [(f.text, f.unit) for f in scan_figures("It pays 300,000 Pakistani rupees.")] == [
        ("300,000 Pakistani rupees", "INR")
    ]
    assert [(f.text, f.unit) for f in scan_figures("Each family gets Rs 300,000 now.")] == [
        ("Rs 300,000", "INR")
    ]
    assert not reported(
        ["The state will pay Rs 300,000 to the family of each victim."],
        ["Families of the victims will receive 300,000 Pakistani rupees from the state."],
    )


def test_a_number_that_names_a_class_is_no_figure() -> None:
    document = segmented(
        "The pill is approved for type 2 diabetes and is in a phase 3 trial for stage 4 cancer."
    )
    assert [item.figure.text for item in locate(document)] == []


def test_the_length_of_one_thing_is_no_account_of_another() -> None:
    summaries = aligned_figure_items(
        "Coach Ana Ruiz said the club had never had a squad this deep in its 95-year history.",
        "Coach Ana Ruiz, who has led the club for 14 years, said this squad was its deepest.",
    )
    assert not [s for s in summaries if "conflict" in s], summaries


def test_two_spans_of_one_thing_still_conflict() -> None:
    summaries = aligned_figure_items(
        "Coach Ana Ruiz said the club had never had a squad this deep in its 95-year history.",
        "Coach Ana Ruiz said this squad was the deepest in the club's 59-year history.",
    )
    assert any("conflict" in s for s in summaries), summaries


def test_words_of_saying_are_not_what_two_figures_count() -> None:
    summaries = aligned_figure_items(
        "“We want the plant open and busy in 10 years,” said Dana Whitfield, the manager.",
        "Ray Ortiz, who has worked at the plant for 31 years, said he was not surprised.",
    )
    assert not [s for s in summaries if "conflict" in s], summaries


def test_shares_told_at_other_times_of_day_are_no_conflict() -> None:
    summaries = aligned_figure_items(
        "By Monday morning the blaze was 15% contained, the incident team said.",
        "As of Monday evening the blaze was 25 percent contained, fire officials said.",
    )
    assert not [s for s in summaries if "conflict" in s], summaries


def test_more_than_a_year_earlier_is_a_comparison_not_a_span() -> None:
    assert [f.text for f in scan_figures("Costs were 9 percent more than a year earlier.")] == [
        "9 percent"
    ]
    assert [f.text for f in scan_figures("The strike lasted more than a year.")] == [
        "more than a year"
    ]


def test_a_bound_on_the_dead_and_a_higher_toll_are_two_tolls() -> None:
    summaries = aligned_figure_items(
        "At least 57 people were killed when the storm struck the coast late on Friday.",
        "The death toll from the storm that struck the coast rose to 61 on Saturday.",
    )
    assert any("conflict" in s and "57" in s and "61" in s for s in summaries), summaries


def test_a_bound_on_a_count_met_by_a_higher_count_is_no_conflict() -> None:
    summaries = aligned_figure_items(
        "At least 57 people were taken to hospital when the storm struck the coast.",
        "Some 61 people were taken to hospital after the storm struck the coast.",
    )
    assert not [s for s in summaries if "conflict" in s], summaries


def test_said_near_two_spans_is_no_sign_they_count_one_thing() -> None:
    summaries = aligned_figure_items(
        "The reform of the port took 10 years, Dana Whitfield said on Monday.",
        "Ray Ortiz, a docker at the port, said he had worked at sea for 24 years.",
    )
    assert not [s for s in summaries if "conflict" in s], summaries


def test_a_toll_of_another_year_is_no_conflict_with_todays_toll() -> None:
    summaries = reported(
        ["Rescue teams searched the river all day for the missing passengers.",
         "In March 2019, 18 people died when a ferry sank on the same river."],
        ["The death toll from the sinking of the ferry rose to 23 on Monday, police said.",
         "Divers worked through the night."],
    )  # fmt: skip
    assert not [s for s in summaries if "conflict" in s], summaries
    assert any("“18”" in s for s in summaries), summaries


def test_a_toll_in_sentences_that_were_not_aligned_still_conflicts() -> None:
    summaries = reported(
        ["Rescue teams searched the river all day for the missing passengers.",
         "By Monday, 18 people had died in the sinking, officials said."],
        ["The death toll from the sinking of the ferry rose to 23 on Monday, police said.",
         "Divers worked through the night."],
    )  # fmt: skip
    assert any("conflict" in s and "18" in s and "23" in s for s in summaries), summaries


def test_twelve_months_and_another_year_are_one_span() -> None:
    summaries = reported(
        ["Councillors asked for the depot to stay open for another year while buyers were sought."],
        ["A motion to delay the sale by 12 months was voted down.",
         "The depot will save the council £90,000 a year."],
    )  # fmt: skip
    assert not [s for s in summaries if "12 months" in s], summaries


def test_a_rate_a_year_is_no_span() -> None:
    summaries = reported(
        ["The depot costs the council £90,000 a year to run, officials said."],
        ["A motion to delay the sale by 12 months was voted down."],
    )
    assert any("12 months" in s for s in summaries), summaries


def test_a_bound_and_the_exact_count_in_other_words_are_one_fact() -> None:
    summaries = reported(
        ["By Friday the appeal had drawn more than 3,400 donations from across the county."],
        ["Organisers said 3,452 people had given money to the appeal by the deadline."],
    )
    assert not [s for s in summaries if "3,4" in s], summaries


def test_a_conflict_told_in_the_headline_and_again_in_the_body_is_one_item() -> None:
    from tui.core.compare import compare

    a = segmented(
        "Andean earthquake: At least 128 killed as rescuers struggle to reach villages\n\n"
        "At least 128 people have been killed in the earthquake, officials said.\n\n"
        "Rescuers worked through the night in the worst-hit villages.",
        "a.txt",
    )
    b = segmented(
        "Andean quake death toll rises to 132 as aftershocks rattle survivors\n\n"
        "The death toll from the earthquake rose to 132 on Saturday, officials said.\n\n"
        "Rescuers worked through the night in the villages.",
        "b.txt",
    )
    comparison = compare(a, b)
    conflicts = [f for f in comparison.figures if f.status == "conflict"]
    assert len(conflicts) == 2  # the headlines and the body both tell it
    items = [d.summary for d in comparison.differences if d.summary.startswith("Number conflict")]
    assert len(items) == 1, items
