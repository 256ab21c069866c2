"""Figures as agency and Latin-American copy writes them: a currency mark set apart from its
amount ("R$ 2.3 billion", "US$ 418 million"), a conversion in brackets or after a comma whose
rounding differs between outlets, and the day of the month in brackets after a weekday ("this
Tuesday (14)"). Each is one fact told another way, never a figure only one source gives."""

from __future__ import annotations

import pytest

from tests.factories import figure_items as reported
from tests.factories import paragraphs
from tui.core.figures.located import locate
from tui.core.figures.parse import scan_figures


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The survey puts the damage at R$ 2.3 billion, the governor said.", "R$ 2.3 billion",
         2.3e9, "BRL"),
        ("That is around US$ 418 million at today's rate.", "around US$ 418 million", 4.18e8,
         "USD"),
        ("Losses reached 1.5 billion reais last year.", "1.5 billion reais", 1.5e9, "BRL"),
        ("Tickets cost $ 25 each.", "$ 25", 25.0, "USD"),
    ],
)  # fmt: skip
def test_a_currency_mark_set_apart_from_its_amount_is_read_with_it(
    sentence: str, text: str, value: float, unit: str
) -> None:
    figures = [f for f in scan_figures(sentence) if f.text == text]
    assert figures, [f.text for f in scan_figures(sentence)]
    assert figures[0].value == pytest.approx(value)
    assert figures[0].unit == unit


def test_two_roundings_of_one_conversion_are_not_two_one_sided_amounts() -> None:
    assert not reported(
        ["Preliminary estimates put the damage at about 2.3 billion reais ($420 million), "
         "a figure he said was likely to rise."],
        ["According to the governor, a first survey puts the damage to homes and roads at "
         "R$ 2.3 billion, around US$ 418 million."],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The death toll rose to 29 this Tuesday (14), according to the bulletin.",
         "this Tuesday (14)"),
        ("The rain began on Saturday (11) and did not stop.", "Saturday (11)"),
        ("It went on until Monday night (13) in the upper valley.", "Monday night (13)"),
    ],
)  # fmt: skip
def test_the_day_in_brackets_after_a_weekday_is_that_weekday_not_a_count(
    sentence: str, text: str
) -> None:
    figures = scan_figures(sentence)
    assert [f.unit for f in figures if f.text == text] == ["weekday"]
    assert not [f for f in figures if f.unit == "count" and f.text in text]


def test_a_bracketed_number_that_is_no_day_of_a_weekday_stays_a_count() -> None:
    figures = scan_figures("Only one town (40) reported on Monday (the others did not).")
    assert "40" in [f.text for f in figures if f.unit == "count"]


def test_a_dated_day_and_the_weekday_with_that_day_in_brackets_are_one_date() -> None:
    assert not reported(
        ["SAO JORGE, Brazil, May 14 - Floods have killed people in the valley, officials "
         "said Tuesday."],
        ["The number of deaths in the valley rose this Tuesday (14), according to the "
         "Civil Defense."],
    )  # fmt: skip


def test_a_dated_day_the_other_source_brackets_with_another_day_stays_one_sided() -> None:
    items = reported(
        ["SAO JORGE, Brazil, May 14 - Floods have killed people in the valley, officials "
         "said Tuesday."],
        ["The number of deaths in the valley rose this Wednesday (15), according to the "
         "Civil Defense."],
    )  # fmt: skip
    assert any("May 14" in item for item in items), items


def test_a_toll_told_by_a_killing_verb_conflicts_with_the_other_sources_toll() -> None:
    items = reported(
        ["Brazil floods kill at least 27, thousands flee as river valley submerged"],
        ["Floods in Piracema Valley: death toll rises to 29 as state declares calamity"],
    )
    assert items == ["Number conflict: “at least 27” (A) vs “29” (B)"], items


@pytest.mark.parametrize(
    "sentence",
    [
        "The number of deaths caused by the floods in the valley rose to 29 this Tuesday (14).",
        "Brazil floods kill at least 29, thousands flee as river valley submerged",
    ],
)
def test_a_toll_named_before_its_figure_counts_deaths(sentence: str) -> None:
    located = [item for item in locate(paragraphs("a", [sentence])) if item.kind == "count"]
    assert located[0].counts[:1] == ("death",), located[0].counts
