"""A figure restated is no fact of its own: a conversion inside its sentence, a value both
sources state however each writes it, a figure told at another precision or granularity,
and a clock time told in another time zone."""

from __future__ import annotations

import pytest

from tests.factories import NO_GROUPS, paragraphs
from tests.factories import figure_items as reported
from tui.core.figures import compare_figures, figure_differences
from tui.core.figures.parse import scan_figures


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("It earns Almeida a cheque for 3.5million Australian dollars, about £1.78m.",
         "3.5million Australian dollars", 3.5e6, "AUD"),
        ("The 26-year-old earned 3.5 million Australian dollars for the win.",
         "3.5 million Australian dollars", 3.5e6, "AUD"),
        ("A ransom reported to be US$4.5 million, or roughly $6.2 million Canadian, in bitcoin.",
         "roughly $6.2 million", 6.2e6, "CAD"),
        ("Receipts rose to 1.96 billion Marenne dollars last year.",
         "1.96 billion Marenne dollars", 1.96e9, "LOCAL$"),
        ("Tourism revenue had reached MD$1,962 million.", "MD$1,962 million", 1.962e9, "LOCAL$"),
        ("The fund raised 2.5million from donors.", "2.5million", 2.5e6, "count"),
        ("The group will publish the data within a week.", "within a week", 1.0,
         "duration:week"),
        ("After a journey of four years and two months, the probe landed.",
         "four years and two months", 50.0, "duration:month"),
    ],
)  # fmt: skip
def test_figures_written_the_ways_copy_writes_them(
    sentence: str, text: str, value: float, unit: str
) -> None:
    figures = [f for f in scan_figures(sentence) if f.text == text]
    assert figures, [f.text for f in scan_figures(sentence)]
    assert figures[0].value == pytest.approx(value)
    assert figures[0].unit == unit


def test_a_company_named_after_an_amount_is_no_currency() -> None:
    figures = scan_figures("It bought a $5 million Canadian company last year.")
    assert [f.unit for f in figures if f.text == "$5 million"] == ["USD"]


@pytest.mark.parametrize(
    ("sentence", "conversion"),
    [
        ("About 180 millimetres of rain — more than seven inches — fell on the valley.",
         "more than seven"),
        ("The drill will collect at least 150 grams (5.3 ounces) of rock and dust.", "5.3"),
        ("The group demands a ransom of US$4.5 million, or roughly $6.2 million Canadian.",
         "$6.2 million"),
        ("The winner earned 3.5 million Australian dollars (about $2.3 million) for the title.",
         "$2.3 million"),
        ("Receipts rose to 1.96 billion Marenne dollars, or about US$1.21 billion, last year.",
         "US$1.21 billion"),
    ],
)  # fmt: skip
def test_a_conversion_inside_its_sentence_is_no_fact_of_its_own(
    sentence: str, conversion: str
) -> None:
    found = reported([sentence], ["Officials gave no figures on Tuesday."])
    assert len(found) == 1, found  # the amount itself
    assert conversion not in found[0], found  # never its conversion too


def test_an_amount_both_give_is_never_one_sided_though_one_gives_it_as_a_conversion() -> None:
    found = reported(
        ["Receipts rose 11.8 per cent to 1.96 billion Marenne dollars, or about US$1.21 billion "
         "at current exchange rates."],
        ["Revenue did grow, by 11.8%, to the equivalent of about $1.21 billion."],
    )  # fmt: skip
    assert not [s for s in found if "1.21" in s], found


def test_a_glued_scale_meets_its_spaced_equal() -> None:
    assert not reported(
        ["Almeida earned 3.5 million Australian dollars for the win."],
        ["The title earns Almeida a cheque for 3.5million Australian dollars."],
    )


def test_a_local_dollar_told_in_millions_and_in_billions_is_one_amount() -> None:
    assert not reported(
        ["Tourism receipts rose to 1.96 billion Marenne dollars, the ministry said."],
        ["The minister said tourism revenue had reached MD$1,962 million."],
    )


def test_a_date_and_its_month_of_one_year_are_one_date() -> None:
    found = reported(
        ["A capsule with the sample should land near Woomera around 12 December 2029."],
        ["The capsule carrying the sample is due to touch down in the desert in December 2029."],
    )
    assert not found, found


def test_a_date_and_a_month_of_another_year_stay_apart() -> None:
    found = reported(
        ["A capsule with the sample should land near Woomera around 12 December 2029."],
        ["The capsule carrying the sample is due to touch down in the desert in December 2030."],
    )
    assert found, found


def test_a_duration_told_in_two_units_meets_its_rounding() -> None:
    assert not reported(
        ["After a journey of four years and two months, the probe landed on the asteroid."],
        ["The probe touched down on the asteroid after a flight of more than four years."],
    )


def test_seven_days_and_within_a_week_are_one_deadline() -> None:
    assert not reported(
        ["A countdown timer gives the network seven days to pay before the data is published."],
        ["The group says it will publish the data within a week if it is not paid."],
    )


def test_a_clock_time_in_another_zone_is_no_conflict() -> None:
    found = reported(
        ["The probe touched down at 21:47 Central European Time on Thursday."],
        ["The probe landed at 2047 GMT on Thursday, the agency said."],
    )
    assert not [s for s in found if "conflict" in s], found


def test_clock_times_that_differ_once_converted_still_conflict() -> None:
    found = reported(
        ["The probe touched down at 21:47 Central European Time on Thursday."],
        ["The probe touched down at 2147 GMT on Thursday."],
    )
    assert [s for s in found if "conflict" in s], found


def test_a_zoned_time_against_an_unzoned_one_is_left_unsaid() -> None:
    found = reported(
        ["The dam failed at 3:40 a.m. local time, officials said."],
        ["The dam failed at 0140 GMT, officials said."],
    )
    assert not [s for s in found if "conflict" in s], found


def test_small_counts_of_one_thing_pair_however_the_other_writes_them() -> None:
    found = reported(
        ["Rescue teams using boats and six army helicopters were searching flooded farmland."],
        ["Villages are reachable only by boat or by one of the six army helicopters now flying "
         "over the valley."],
    )  # fmt: skip
    assert not found, found


def test_a_duration_and_a_count_of_its_days_are_one_figure() -> None:
    found = reported(
        ["The dispute led to 17 days of strike action across the operator's network."],
        ["Train drivers who brought the network to a standstill on 17 separate days have won."],
    )
    assert not found, found


def test_the_same_small_number_counting_another_thing_stays_one_sided() -> None:
    found = reported(
        ["Rescue teams using boats and six army helicopters were searching flooded farmland."],
        ["The six villages nearest the dam were evacuated before dawn."],
    )
    assert any("six" in s for s in found), found


def test_a_headline_rounding_its_own_body_is_no_fact_of_its_own() -> None:
    a = paragraphs(
        "a",
        ["The company said it would close 11 locations, eliminating about 480 jobs."],
    )
    b = paragraphs(
        "b",
        [
            "TV chef's empire goes bust as almost 500 workers are axed",
            "Eleven eateries were shuttered overnight, and about 480 workers lost their jobs.",
        ],
    )
    found = [d.summary for d in figure_differences(a, b, compare_figures(a, b, NO_GROUPS))]
    assert not [s for s in found if "500" in s], found


def test_a_headline_figure_nowhere_in_its_body_is_still_reported() -> None:
    a = paragraphs("a", ["The company said it would close 11 locations on Monday."])
    b = paragraphs(
        "b",
        [
            "TV chef's empire goes bust as almost 500 workers are axed",
            "Eleven eateries were shuttered overnight, the company said on Monday.",
        ],
    )
    found = [d.summary for d in figure_differences(a, b, compare_figures(a, b, NO_GROUPS))]
    assert [s for s in found if "500" in s], found


def test_an_amount_repeated_without_its_currency_is_one_item() -> None:
    found = reported(
        ["Officials said arrivals rose last year."],
        ["The statutory minimum wage in the sector, MD$11.50 an hour, has not changed.",
         "A chambermaid still earns 11.50 an hour, the same as before."],
    )  # fmt: skip
    assert len([s for s in found if "11.50" in s]) == 1, found


def test_counting_the_same_members_two_ways_is_no_conflict_when_both_give_the_value() -> None:
    found = reported(
        ["The bill passed by 178 votes to 141, with nine abstentions.",
         "Twenty-one members were absent."],
        ["The final tally was 178 to 141. Nine members abstained."],
    )  # fmt: skip
    assert not [s for s in found if "conflict" in s], found


def test_a_small_count_told_elsewhere_for_another_thing_does_not_hide_a_conflict() -> None:
    found = reported(
        ["State police said 38 people were taken to hospitals, at least six of them with "
         "critical injuries.",
         "The railroad put the number of injured at 41.",
         "The locomotive and four of the train's six cars derailed near the river."],
        ["By evening, 43 people had been treated at hospitals, and four remained in critical "
         "condition."],
    )  # fmt: skip
    assert [s for s in found if "conflict" in s and "six" in s], found


def test_a_duration_with_a_comma_between_its_units_is_one_duration() -> None:
    assert not reported(
        ["The match on Rod Laver Arena lasted 2 hours, 51 minutes."],
        ["It was all over after two hours and 51 minutes of drama on the arena."],
    )


def test_the_first_end_of_a_range_takes_the_unit_of_the_second() -> None:
    assert not reported(
        ["Drinks with between 5g and 8g of sugar will pay a lower rate of 15 cents a litre."],
        ["A lower band of 15 cents per litre will apply to drinks with 5 to 8 grams of sugar."],
    )


def test_a_small_number_counting_another_thing_after_it_is_not_stated_by_both() -> None:
    found = reported(
        ["The bank raised its rate on Tuesday, reversing course after two cuts earlier this year."],
        ["The Ramans bought a house two years ago with a $720,000 loan."],
    )
    assert any("two" in s and "cuts" in s for s in found), found


def test_small_numbers_counting_different_things_are_two_items() -> None:
    found = reported(
        ["The probe landed within about 3 meters of its target.",
         "It will anchor itself with three harpoons and run a drill."],
        ["The probe touched down on the asteroid on Thursday."],
    )  # fmt: skip
    assert len(found) == 2, found


def test_pence_written_onto_the_number_meet_pence_in_words() -> None:
    assert not reported(
        ["Shares in Greenway fell 14.6% to 212.4 pence by 1100 GMT."],
        ["Greenway shares crashed 14.6 per cent to 212.4p as investors headed for the exits."],
    )


def test_a_clock_time_is_no_pence() -> None:
    assert [f.unit for f in scan_figures("The vote closes at 2p.m. on Monday.")][:1] == ["time"]


def test_a_bounded_fraction_and_the_percentage_it_bounds_are_one_share() -> None:
    assert not reported(
        ["Reservoirs in the Guadalquivir river basin stand at 31 percent of capacity."],
        ["Reservoirs in the Guadalquivir basin are less than a third full after years of drought."],
    )


def test_a_bound_the_other_share_breaks_is_no_rounding() -> None:
    found = reported(
        ["Reservoirs in the Guadalquivir river basin stand at 36 percent of capacity."],
        ["Reservoirs in the Guadalquivir basin are less than a third full after years of drought."],
    )
    assert found, found


def test_eleven_months_and_a_year_of_disruption_are_one_span() -> None:
    found = reported(
        ["Drivers accepted the deal, ending an 11-month dispute over pay."],
        ["Drivers accepted the deal, ending a year of disruption for commuters."],
    )
    assert not found, found


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("After some 3.9 billion kilometers, the probe landed.", "some 3.9 billion kilometers"),
        ("Traffic queued for 186km into Lisbon.", "186km"),
        ("The fire has burned 65 square miles of forest.", "65 square miles"),
        ("The drill will collect at least 150 grams of rock.", "at least 150 grams"),
    ],
)
def test_a_measure_keeps_its_unit_in_its_text(sentence: str, text: str) -> None:
    assert text in [f.text for f in scan_figures(sentence)]


def test_a_distance_with_its_unit_in_its_text_still_converts() -> None:
    found = reported(
        ["The plane stopped about 140 metres (460 feet) beyond the end of the runway."],
        ["Officials gave no figures on Tuesday."],
    )
    assert len(found) == 1 and "140 metres" in found[0], found


def test_power_told_in_megawatts_and_in_gigawatts_is_one_figure() -> None:
    assert not reported(
        ["The grid operator reported a new peak in demand of 41,236 MW on Tuesday."],
        ["The grid operator said demand peaked at 41.2 gigawatts on Tuesday afternoon."],
    )
    # Two different peaks in the same unit still differ.
    assert reported(
        ["The grid operator reported a new peak in demand of 41,236 MW on Tuesday."],
        ["The grid operator said demand peaked at 18.5 gigawatts on Tuesday afternoon."],
    )


def test_a_mass_restated_in_micrograms_is_no_fact_of_its_own() -> None:
    assert not reported(
        ["The acceptable daily intake is 96 nanograms, or 0.096 micrograms, the agency said."],
        ["The agency's limit for the impurity is 96 nanograms a day."],
    )
