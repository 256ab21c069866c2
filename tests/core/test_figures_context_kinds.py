"""Figures that are names, context or conversions, never findings: a grade or model number,
the period a statistic covers, a speaker's conditional threat, a half of a place, a
temperature told in both scales; and a wage told with its rate."""

from __future__ import annotations

import pytest

from tests.factories import figure_items as reported
from tui.core.figures.parse import scan_figures


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("The Portuguese was on a £60,000-a-week deal with 18 months left to run.",
         "£60,000-a-week", "GBP"),
        ("Treating type 2 diabetes costs the health service an estimated €1.1bn a year.",
         "an estimated €1.1bn a year", "EUR"),
        ("Care workers on $15 an hour say they cannot pay rent.", "$15 an hour", "USD"),
        ("That means nearly 8,980 crowns a year for a typical family.",
         "nearly 8,980 crowns a year", "CROWN"),
        ("The ministry puts the cost at CZK 14.6 billion over two years.", "CZK 14.6 billion",
         "CROWN"),
    ],
)  # fmt: skip
def test_an_amount_keeps_its_rate_and_crowns_are_money(sentence: str, text: str, unit: str) -> None:
    figures = [(f.text, f.unit) for f in scan_figures(sentence)]
    assert (text, unit) in figures, figures


def test_a_year_earlier_is_no_rate() -> None:
    figures = [f.text for f in scan_figures("Provisions rose from $940 million a year earlier.")]
    assert figures == ["$940 million"]


@pytest.mark.parametrize(
    "sentence",
    [
        "For a nurse on a typical band 5 salary of £33,000, the offer is worth £1,155.",
        "The nine people were hurt after the ATR 72-600 ran off the end of the runway.",
        "State Route 18 is closed between Township Road 40 and Mill Street.",
        "Mandatory evacuation orders covered the southern half of Pine Hollow.",
        "Prices rose 1.3% in the September quarter, up from 2.4% in the June quarter.",
    ],
)
def test_a_number_that_names_a_grade_a_model_a_road_or_a_part_is_no_finding(
    sentence: str,
) -> None:
    items = reported([sentence], ["Officials gave no other details on Tuesday."])
    assert not any(
        word in item
        for item in items
        for word in ("“5”", "“600”", "“40”", "“half”", "“June”", "“September”")
    ), items


def test_the_period_a_statistic_covers_is_context() -> None:
    items = reported(
        ["Sales of the drug jumped by nearly three-quarters in the three months through "
         "September, to almost $4 billion."],
        ["Hospitals recorded 3,870 admissions for heat-related conditions in the seven days "
         "to Tuesday."],
    )  # fmt: skip
    assert items, "the statistics themselves are still one-sided findings"
    assert not any("“three months”" in item or "“seven days”" in item for item in items), items


def test_a_duration_that_is_a_fact_is_still_reported() -> None:
    items = reported(
        ["The storm strengthened from a Category 1 to a Category 4 in less than 30 hours."],
        ["Officials gave no other details on Tuesday."],
    )
    assert any("less than 30 hours" in item for item in items), items


def test_a_speakers_conditional_threat_is_no_finding() -> None:
    items = reported(
        ["“But if the same lot who wasted all that money pick the next one, we’ll be back "
         "here in six months saying the same thing.”"],
        ["The club said a new head coach would be named within a fortnight."],
    )  # fmt: skip
    assert not any("“six months”" in item for item in items), items


def test_a_conditional_claim_of_fact_in_a_quote_is_still_reported() -> None:
    items = reported(
        ["“If one person has it, up to nine out of ten people around them who are not "
         "protected will also become infected,” the health officer said."],
        ["Officials gave no other details on Tuesday."],
    )  # fmt: skip
    assert any("nine" in item for item in items), items


@pytest.mark.parametrize(
    "sentence",
    [
        "It was 9 degrees Celsius (48 Fahrenheit) at the 7 a.m. start of the marathon.",
        "Cooler air will bring temperatures down by as much as 8 degrees Celsius (about 14 "
        "Fahrenheit) over the weekend.",
    ],
)
def test_a_temperature_and_its_conversion_are_one_figure(sentence: str) -> None:
    items = reported([sentence], ["Officials gave no other details on Tuesday."])
    assert len(items) == 1, items


def test_a_rise_from_one_temperature_to_another_is_two_figures() -> None:
    items = reported(
        ["The temperature rose from 9C at dawn to 14C (57F) by noon."],
        ["Officials gave no other details on Tuesday."],
    )
    assert len(items) == 2, items


def test_the_base_of_a_rate_is_no_figure() -> None:
    items = reported(
        ["Regular users had roughly four additional cases for every 1,000 people."],
        ["Officials gave no other details on Tuesday."],
    )
    assert items, "the rate itself is still a one-sided finding"
    assert not any("“1,000”" in item for item in items), items


def test_a_base_that_tells_the_figure_is_still_reported() -> None:
    items = reported(
        ["The agency has one reviewer for every 37,000 children in the country."],
        ["Officials gave no other details on Tuesday."],
    )
    assert any("37,000" in item for item in items), items
