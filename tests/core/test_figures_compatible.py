"""A figure is one-sided or in conflict only when the other source states no compatible
value: a hedge or bound met by an exact count, two hedged lengths that agree within
rounding, one amount in two notations of a currency; a number that names a class is no
figure, and a length joined to a noun ("a 30-year career") is no account of another span."""

from __future__ import annotations

from tests.factories import figure_items as reported
from tests.factories import paragraphs, segmented
from tui.core.figures import compare_figures, figure_differences
from tui.core.figures.located import locate
from tui.core.figures.parse import scan_figures
from tui.core.models import AlignedGroup, Alignment


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


def _aligned(a_sentence: str, b_sentence: str) -> list[str]:
    """Return the figure items of two one-sentence sources whose sentences are aligned."""
    a, b = paragraphs("a", [a_sentence]), paragraphs("b", [b_sentence])
    alignment = Alignment(groups=(AlignedGroup((0,), (0,), 0.8),), only_a=(), only_b=())
    return [d.summary for d in figure_differences(a, b, compare_figures(a, b, alignment))]


def test_the_length_of_one_thing_is_no_account_of_another() -> None:
    summaries = _aligned(
        "Coach Ana Ruiz said the club had never had a squad this deep in its 95-year history.",
        "Coach Ana Ruiz, who has led the club for 14 years, said this squad was its deepest.",
    )
    assert not [s for s in summaries if "conflict" in s], summaries


def test_two_spans_of_one_thing_still_conflict() -> None:
    summaries = _aligned(
        "Coach Ana Ruiz said the club had never had a squad this deep in its 95-year history.",
        "Coach Ana Ruiz said this squad was the deepest in the club's 59-year history.",
    )
    assert any("conflict" in s for s in summaries), summaries
