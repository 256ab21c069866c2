"""A conflict is about one quantity, and one quantity told two ways is no difference: the
words two figures share must name what they measure (not only "rose"), two populations of
one noun are not two accounts, days dated to two events are not cross-checked, and an
amount or span told as an adjective ("half-million-dollar", "56-year-old") is read."""

from __future__ import annotations

import pytest

from tests.factories import FIRST_ALIGNED, NO_GROUPS, aligned_figure_items, paragraphs
from tests.factories import figure_items as reported
from tui.core.figures import compare_figures, figure_differences
from tui.core.figures.parse import scan_figures


def test_two_prices_that_both_rose_are_no_conflict() -> None:
    summaries = aligned_figure_items(
        "Copper futures rose 4% in London after the mine closure was announced.",
        "Shares in the miner's largest rival rose about 1% on the news.",
    )
    assert not [s for s in summaries if "conflict" in s], summaries


def test_one_price_told_with_two_rises_still_conflicts() -> None:
    summaries = aligned_figure_items(
        "Copper futures rose 4% in London after the mine closure was announced.",
        "Copper futures in London rose 6% as traders digested the closure.",
    )
    assert [s for s in summaries if "conflict" in s], summaries


def test_two_populations_counted_by_one_noun_are_no_conflict() -> None:
    summaries = reported(
        ["The settlement covers a Texas class of about 310,000 subscribers to the service."],
        ["Streamly, which has more than two million subscribers in Canada, plans to appeal."],
    )
    assert not [s for s in summaries if "conflict" in s], summaries


def test_one_crowd_counted_two_ways_still_conflicts() -> None:
    summaries = reported(
        ["Police said about 12,000 marchers crossed the Vistula bridge into the old town."],
        ["Organisers said 60,000 marchers filled the old town by early afternoon."],
    )
    assert [s for s in summaries if "conflict" in s], summaries


def test_days_of_two_events_in_aligned_sentences_are_not_cross_checked() -> None:
    summaries = aligned_figure_items(
        "Container rates on the route rose 9% in the week, according to an index published "
        "on Thursday.",
        "Brent crude rose to its highest in a month on Tuesday as tankers were rerouted.",
    )
    assert not [s for s in summaries if "gives" in s], summaries


def test_days_of_one_event_are_still_cross_checked() -> None:
    summaries = aligned_figure_items(
        "The minister will open the new bridge on Thursday, her office said.",
        "The new bridge will be opened by the minister on Friday.",
    )
    assert [s for s in summaries if "Thursday" in s and "Friday" in s], summaries


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Bidders pushed the price up in half-million-dollar steps.", "half-million-dollar",
         500_000, "USD"),
        ("She took out a two-million-pound loan against the house.", "two-million-pound",
         2_000_000, "GBP"),
        ("The club was handed a 3-million-euro fine by UEFA.", "3-million-euro", 3_000_000,
         "EUR"),
        ("For a typical 1.8 million crown mortgage, the rise means 600 crowns more a month.",
         "1.8 million crown", 1_800_000, "CROWN"),
    ],
)  # fmt: skip
def test_an_amount_used_as_an_adjective_is_money(
    sentence: str, text: str, value: float, unit: str
) -> None:
    figures = [f for f in scan_figures(sentence) if f.text == text]
    assert figures, [f.text for f in scan_figures(sentence)]
    assert figures[0].value == pytest.approx(value)
    assert figures[0].unit == unit


def test_an_amount_and_its_adjective_are_one_amount() -> None:
    assert not reported(
        ["The two phone bidders raised each other in steps of $500,000 until one gave up."],
        ["The last two bidders pushed the price up in half-million-dollar steps."],
    )


def test_the_age_of_a_thing_is_the_span_it_has_stood() -> None:
    assert not reported(
        ["Halvorsen Foods will shut its 48-year-old canning plant in Brackley next spring."],
        ["After 48 years, Halvorsen Foods is leaving Brackley."],
    )


def test_the_age_of_a_person_is_no_span_of_years() -> None:
    summaries = reported(
        ["Maria Costa, who has run the cafe for 19 years, said the street had never been "
         "this quiet."],
        ["Among the injured, she said, was a 19-year-old student hit by a falling sign."],
    )  # fmt: skip
    assert [s for s in summaries if "19-year-old" in s], summaries


def test_a_word_of_time_after_two_figures_is_not_what_they_count() -> None:
    summaries = reported(
        ["Operating margin widened to 62.5% from 60.1% a year earlier, the company said."],
        ["Its shares have gained about 30 percent this year, before Thursday's results."],
    )
    assert not [s for s in summaries if "conflict" in s], summaries


def test_a_headline_telling_its_body_figure_as_a_rise_is_no_fact_of_its_own() -> None:
    a = paragraphs("a", ["The central bank raised its main rate to 5.25% on Thursday."])
    b = paragraphs(
        "b",
        [
            "Energy bills to jump by almost £700 a year for struggling families",
            "That means an extra £57 a month, or nearly £690 a year, by our reckoning.",
        ],
    )
    found = [d.summary for d in figure_differences(a, b, compare_figures(a, b, NO_GROUPS))]
    assert not [s for s in found if "700" in s], found
    assert [s for s in found if "690" in s], found


def test_a_source_named_at_the_end_of_the_sentence_is_named_without_its_full_stop() -> None:
    a = paragraphs(
        "a.txt",
        [
            "About 12,000 people marched through central Lisbon on Saturday, according to "
            "the Interior Ministry.",
        ],
    )
    b = paragraphs(
        "b.txt",
        [
            "Some 60,000 people marched through central Lisbon on Saturday, according to the "
            "U.S. Embassy staff who counted them, and to Greenpeace.",
        ],
    )
    [conflict] = [m for m in compare_figures(a, b, FIRST_ALIGNED) if m.status == "conflict"]
    assert "(Interior Ministry)" in conflict.note
    assert "(U.S. Embassy)" in conflict.note
