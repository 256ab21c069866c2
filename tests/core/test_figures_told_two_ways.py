"""One fact told two ways by two outlets is no difference: wire abbreviations, basis points,
fractions of a point, spans of months, rounding of amounts, conversions in brackets."""

from __future__ import annotations

import pytest

from tests.factories import figure_items as reported
from tui.core.figures.parse import scan_figures


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Harbor National sets aside $1.1 bln for expected penalty", "$1.1 bln", 1.1e9, "USD"),
        ("The group booked a $450 mln charge.", "$450 mln", 4.5e8, "USD"),
        ("The bank raised its cash rate by 25 basis points to 4.10%.", "25 basis points", 0.25,
         "percentage-point"),
        ("It lifted the rate by a quarter of a percentage point, to 4.10 per cent.",
         "a quarter of a percentage point", 0.25, "percentage-point"),
        ("Markets now expect a half-point cut in March.", "a half-point", 0.5, "percentage-point"),
        ("Yields rose 8bp on the day.", "8bp", 0.08, "percentage-point"),
        ("The cuts will be spread over the next year and a half.", "the next year and a half",
         1.5, "duration:year"),
        ("Traders said takings fell by as much as a fifth.", "as much as a fifth", 0.2,
         "fraction"),
    ],
)  # fmt: skip
def test_figures_as_wires_and_rate_stories_write_them(
    sentence: str, text: str, value: float, unit: str
) -> None:
    figures = [f for f in scan_figures(sentence) if f.text == text]
    assert figures, [f.text for f in scan_figures(sentence)]
    assert figures[0].value == pytest.approx(value)
    assert figures[0].unit == unit


def test_basis_points_and_a_quarter_point_are_one_rate_rise() -> None:
    assert not reported(
        ["SYDNEY - Australia's central bank raised its cash rate by 25 basis points on Tuesday."],
        ["Borrowers were handed a fresh bill as the Reserve Bank lifted the cash rate by a "
         "quarter of a percentage point."],
    )  # fmt: skip


def test_a_fifth_and_twenty_per_cent_are_one_share() -> None:
    assert not reported(
        ["Traders said takings fell by as much as a fifth during the trial closures."],
        ["Shopkeepers say takings slumped by up to 20 per cent on the closed weekends."],
    )


def test_a_year_and_a_half_is_eighteen_months() -> None:
    assert not reported(
        ["The job cuts will be made over the next 18 months, the bank said."],
        ["They would be spread over the next year and a half, falling mostly on managers."],
    )


def test_a_rounded_amount_stated_elsewhere_in_other_words_is_not_one_sided() -> None:
    summaries = reported(
        ["Net income rose to $3.16 billion, or $1.73 per share, in the three months ended "
         "Sept. 30."],
        ["The New York-based bank earned $3.2 billion in the July-to-September quarter."],
    )  # fmt: skip
    assert summaries and not [s for s in summaries if "$3.16" in s or "$3.2" in s]


def test_amounts_told_alike_but_differing_stay_findings() -> None:
    summaries = reported(
        ["Shares were up 3.1% at $58.77 in afternoon trading."],
        ["The bank's revenue reached $14.6 billion in the quarter."],
    )
    assert any("$58.77" in s for s in summaries)
    assert any("$14.6 billion" in s for s in summaries)


def test_the_wires_abbreviation_meets_the_amount_spelled_out() -> None:
    assert not reported(
        ["Harbor National Q3 profit rises 9%, sets aside $1.1 bln for expected AML penalty"],
        ["Without the $1.1 billion it put aside for the expected penalty, profit would have "
         "been higher.", "Profit was up 9% from the same period last year."],
    )  # fmt: skip


def test_a_small_share_is_one_sided_unless_both_tell_it_as_the_same_change() -> None:
    summaries = reported(
        ["Unemployment stood at 4% after the summer."],
        ["The party won 4% of the vote in the spring."],
    )
    assert summaries == [
        "Figure only in A: “4%” (summer)",
        "Figure only in B: “4%” (vote spring)",
    ]


def test_a_toll_told_with_dead_and_died_is_one_fact() -> None:
    assert not reported(
        ["Hurricane Renata: Six dead and power cut across Louisiana"],
        ["By Thursday evening, state officials said at least six people had died."],
    )


def test_a_conversion_in_brackets_is_no_fact_of_its_own() -> None:
    assert not reported(
        ["The ferry overturned roughly 2.5 nautical miles (4.6 km) from the port of Santa Fe."],
        ["The boat capsized about 2.5 nautical miles from the Santa Fe port."],
    )


def test_a_month_the_other_source_dates_to_the_day_is_not_one_sided() -> None:
    assert not reported(
        ["Norcaster is to close its Old Town to private cars from next April."],
        ["Councillors voted to close the Old Town to private vehicles from April 6 next year."],
    )


def test_a_month_of_another_event_stays_one_sided() -> None:
    summaries = reported(
        ["Lee said in December that he would not take sides in the row."],
        ["General Brunson spoke at a forum on December 29 about the alliance."],
    )
    assert any("“December”" in s for s in summaries)


def test_the_months_of_a_quarter_told_as_a_span_are_not_findings() -> None:
    assert not reported(
        ["Profit rose in the July-to-September quarter."],
        ["Profit rose in the latest period, the company said."],
    )


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Nearly half a million people fled the city.", "Nearly half a million", 5e5, "count"),
        ("Half a billion dollars went missing.", "Half a billion dollars", 5e8, "USD"),
        ("They clung to a plank for nearly half an hour.", "nearly half an hour", 0.5,
         "duration:hour"),
        ("Officers arrived at around 11:40 p.m. on Saturday.", "around 11:40 p.m.", 2340, "time"),
    ],
)  # fmt: skip
def test_halves_and_hedged_clock_times(sentence: str, text: str, value: float, unit: str) -> None:
    [figure] = [f for f in scan_figures(sentence) if f.unit == unit]
    assert figure.text == text
    assert figure.value == pytest.approx(value)


def test_two_floors_of_one_count_agree() -> None:
    assert not reported(
        ["The storm cut electricity to more than 1.1 million homes and businesses."],
        ["More than a million homes and businesses across the region lost power."],
    )


def test_half_a_square_mile_is_about_120_hectares() -> None:
    assert not reported(
        ["The zone will cover roughly 120 hectares inside the inner ring road."],
        ["The zone will cover around half a square mile inside the inner ring road."],
    )


def test_the_other_end_of_a_range_of_money_stated_by_the_other_source() -> None:
    assert not reported(
        ["The bank expects a restructuring charge of $450 million to $500 million."],
        ["The bank expects to spend up to $500 million on restructuring costs."],
    )


def test_a_dash_between_counts_is_no_range() -> None:
    summaries = reported(
        ["The ferry company said 127 people were aboard."],
        ["The manifest listed 127 - 118 passengers and nine crew members."],
    )
    assert not [s for s in summaries if "127" in s]


def test_a_toll_told_at_two_times_of_day_is_no_conflict() -> None:
    summaries = reported(
        ["By midday the civil defence institute had confirmed 12 deaths, with 26 missing."],
        ["By late Saturday, the civil defence institute had confirmed 16 deaths and said 21 "
         "people were missing."],
    )  # fmt: skip
    assert summaries and not [s for s in summaries if s.startswith("Number conflict")]


def test_counts_listed_in_one_sentence_pair_by_what_each_counts() -> None:
    summaries = reported(
        ["Officials confirmed 12 deaths, with 26 missing."],
        ["Officials confirmed 16 deaths and said 21 people were missing."],
    )
    assert "Number conflict: “12” (A) vs “16” (B)" in summaries
    assert "Number conflict: “26” (A) vs “21” (B)" in summaries


def test_amounts_in_two_currencies_never_conflict() -> None:
    summaries = reported(
        ["The rise would add about A$97 a month to repayments on a A$600,000 loan."],
        ["The Ramans bought their house with a $720,000 loan two years ago."],
    )
    assert not [s for s in summaries if s.startswith("Number conflict")]


def test_a_clock_time_and_its_hedged_rounding_do_not_conflict() -> None:
    summaries = reported(
        ["A caller reported at 11:37 p.m. Saturday that a man was pulling on car doors."],
        ["Officers were sent at around 11:40 p.m. after a caller reported a man at car doors."],
    )
    assert not [s for s in summaries if s.startswith("Number conflict")]


def test_a_meeting_over_two_days_is_one_date() -> None:
    assert [(f.text, f.unit) for f in scan_figures("The next meeting is on Dec. 8-9.")] == [
        ("Dec. 8-9", "date")
    ]


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("The rocket exploded 94 seconds into flight.", ["94 seconds"]),
        ("A further 5 percent follows a year later.", ["5 percent", "a year"]),
        ("The agency raised the alert to Level III.", ["Level III"]),
        ("The affected UPCs are 0-41735-22019-6 and 0-41735-22024-0.", []),
        ("Call 1-800-555-0199 for a refund.", []),
        ("The club was docked points in the 2023-24 season.", ["2023-24"]),
    ],
)
def test_seconds_spans_levels_codes_and_seasons(sentence: str, texts: list[str]) -> None:
    assert [f.text for f in scan_figures(sentence)] == texts


def test_a_minute_and_a_half_is_94_seconds_told_roughly() -> None:
    assert not reported(
        ["The rocket exploded 94 seconds into flight, destroying both satellites."],
        ["The rocket broke apart a minute and a half into its third flight."],
    )


def test_a_roman_level_is_the_level_in_words() -> None:
    assert not reported(
        ["Seismic activity rose, so the agency raised the status to level three."],
        ["The agency had already raised the alert to Level III after days of tremors."],
    )


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        ("Northam won 2-1 at Aldgate on Saturday.", ["2-1", "Saturday"]),
        ("Councillors voted 34-27 to close the Old Town.", ["34-27"]),
        ("The team suffered a 1-2 defeat.", ["1-2"]),
        ("Between 3-5 people were hurt.", ["3", "5"]),
    ],
)
def test_a_score_or_a_vote_is_one_figure_and_a_rising_pair_a_range(
    sentence: str, texts: list[str]
) -> None:
    assert [f.text for f in scan_figures(sentence)] == texts


def test_a_vote_told_as_a_tally_and_as_two_counts_is_one_fact() -> None:
    assert not reported(
        ["Councillors voted 34-27 to close the Old Town to private cars."],
        ["After a stormy meeting, 34 councillors backed the plan and 27 opposed it."],
    )


def test_two_different_scores_of_one_match_conflict() -> None:
    [summary] = reported(
        ["Northam won 2-1 at Aldgate on Saturday, their last league win."],
        ["Northam won 3-1 at Aldgate on Saturday, their last league win."],
    )
    assert summary.startswith("Number conflict: “2-1” (A) vs “3-1” (B)")


def test_a_date_without_its_year_does_not_conflict_with_one_that_gives_it() -> None:
    summaries = reported(
        ["The ban is backdated to March 14, the day Whitaker was provisionally suspended."],
        ["The ban runs through March 13, 2029, counting from the day he was suspended."],
    )
    assert not [s for s in summaries if s.startswith("Number conflict")]
    assert reported(
        ["The hearing is set for March 14, 2029, the court said."],
        ["The hearing is set for March 13, 2029, the court said."],
    ) == ["Number conflict: “March 14, 2029” (A) vs “March 13, 2029” (B)"]


@pytest.mark.parametrize(
    ("sentence", "texts", "value"),
    [
        ("The station recorded 41.9C (107.4F) shortly after 5 pm.", ["41.9C", "107.4F"], 41.9),
        ("It reached 107.4 degrees Fahrenheit, or 41.9 Celsius.", ["107.4 degrees Fahrenheit",
         "41.9 Celsius"], 41.9),
        ("The temperature reached 114.8 degrees on the riverbank.", ["114.8 degrees"], 46.0),
        ("Lows fell to -5°C overnight.", ["-5°C"], -5.0),
    ],
)  # fmt: skip
def test_temperatures_are_read_in_celsius(sentence: str, texts: list[str], value: float) -> None:
    found = [f for f in scan_figures(sentence) if f.unit == "temperature"]
    assert [f.text for f in found] == texts
    assert all(f.value == pytest.approx(value) for f in found)


def test_a_bare_degrees_that_may_be_celsius_is_not_a_temperature() -> None:
    assert [f.unit for f in scan_figures("It was 32 degrees in the shade.")] == ["count"]


def test_one_temperature_in_two_scales_is_one_fact() -> None:
    assert not reported(
        ["Madrid's Retiro station recorded 41.9C (107.4F), a record, AEMET said."],
        ["Madrid's Retiro station reached 107.4 degrees Fahrenheit, or 41.9 Celsius, a record."],
    )


def test_an_hour_told_in_words_is_a_time_but_a_toll_in_the_morning_is_a_count() -> None:
    assert [(f.text, f.unit) for f in scan_figures("She stays in until eight in the evening.")] == [
        ("eight in the evening", "time")
    ]
    texts = [f.unit for f in scan_figures("The toll rose from four in the morning to 12 by noon.")]
    assert "time" not in texts


def test_two_days_of_one_month_are_two_dates() -> None:
    assert [(f.text, f.value) for f in scan_figures("A strike on November 4 and 5.")] == [
        ("November 4", 1104),
        ("5", 1105),
    ]
    dates = [f.value for f in scan_figures("A strike on Tuesday 4 and Wednesday 5 November.")
             if f.unit == "date"]  # fmt: skip
    assert dates == [1104, 1105]


def test_a_share_under_a_bound_told_as_a_fraction_does_not_conflict() -> None:
    summaries = reported(
        ["Reservoirs in the Guadalquivir basin stand at 31 percent of capacity."],
        ["Reservoirs in the Guadalquivir basin are less than a third full."],
    )
    assert not [s for s in summaries if s.startswith("Number conflict")]


def test_a_difference_of_temperatures_is_no_reading() -> None:
    units = [f.unit for f in scan_figures("Summers are about 7 degrees Fahrenheit warmer now.")]
    assert "temperature" not in units


def test_all_nine_counts_states_the_count() -> None:
    assert not reported(
        ["A jury convicted Halloran on nine counts, including conspiracy."],
        ["A jury found Halloran guilty on all nine counts against him."],
    )


def test_the_base_of_a_rate_and_a_price_in_pence() -> None:
    assert [f.text for f in scan_figures("Drinks with 8 grams of sugar per 100 millilitres.")] == [
        "8 grams",  # a measure keeps its unit in its text
        "100",
    ]
    reported_texts = reported(["Drinks with at least 8 grams of sugar per 100 millilitres pay."],
                              ["The tax is charged on sugary drinks."])  # fmt: skip
    assert not [s for s in reported_texts if "“100”" in s]
    [price] = [f for f in scan_figures("Shares fell to 212.4 pence by noon.") if f.unit == "cent"]
    assert price.text == "212.4 pence"


def test_a_floor_rounded_up_is_no_rounding() -> None:
    summaries = reported(
        ["Just over three million people voted in the referendum."],
        ["More than 2.6 million people voted No or stayed at home in the referendum."],
    )
    assert len(summaries) == 2
