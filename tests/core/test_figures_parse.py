"""Reading figures from real news sentences: text as written, normalised value, unit, hedge."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.factories import segmented
from tui.core.align import align
from tui.core.figures.compare import compare_figures
from tui.core.figures.located import find_figures
from tui.core.figures.number_words import parse_number
from tui.core.figures.parse import scan_figures

# (sentence, figure text as written, value, unit, approximate)
CASES: list[tuple[str, str, float, str, bool]] = [
    # numerals
    (
        "Around 28,500 US troops are stationed in South Korea to deter threats from the North.",
        "Around 28,500",
        28500,
        "count",
        True,
    ),
    (
        "Inflation eased to 3.5 percent in March, the statistics office said.",
        "3.5 percent",
        3.5,
        "percent",
        False,
    ),
    (
        "Organisers said 100,000 people marched through central Seoul.",
        "100,000",
        100000,
        "count",
        False,
    ),
    ("The city has 3.5 million registered voters.", "3.5 million", 3.5e6, "count", False),
    # percentages
    ("Exports to China fell 12% in the first quarter.", "12%", 12, "percent", False),
    (
        "The ruling party's support dropped five per cent in a week.",
        "five per cent",
        5,
        "percent",
        False,
    ),
    (
        "The central bank raised rates by 2 percentage points.",
        "2 percentage points",
        2,
        "percentage-point",
        False,
    ),
    # money
    ("Samsung announced an $8B investment in Texas.", "$8B", 8e9, "USD", False),
    ("Samsung announced an $8 billion investment in Texas.", "$8 billion", 8e9, "USD", False),
    ("The regulator imposed a £1.2m fine on the bank.", "£1.2m", 1.2e6, "GBP", False),
    ("Seoul pledged 1.2 trillion won for chipmakers.", "1.2 trillion won", 1.2e12, "KRW", False),
    ("The deal is worth roughly €3.5bn, officials said.", "roughly €3.5bn", 3.5e9, "EUR", True),
    # ordinals
    (
        "It will be the second meeting between Xi and Lee in just two months.",
        "second",
        2,
        "ordinal",
        False,
    ),
    ("Lee is seeking a third term in office.", "third", 3, "ordinal", False),
    ("The 21st summit opened in Busan on Tuesday.", "21st", 21, "ordinal", False),
    # number words and fractions
    (
        "China absorbs about one-third of South Korea's annual chip exports.",
        "about one-third",
        1 / 3,
        "fraction",
        True,
    ),
    (
        "The trading partner accounts for a third of Seoul's annual chip exports.",
        "a third",
        1 / 3,
        "fraction",
        False,
    ),
    (
        "Nearly half of South Korea's rare earth supplies come from China.",
        "Nearly half",
        0.5,
        "fraction",
        True,
    ),
    ("Two-thirds of respondents backed the plan.", "Two-thirds", 2 / 3, "fraction", False),
    ("Police said two dozen protesters were detained.", "two dozen", 24, "count", False),
    ("The survey found 1-in-3 adults skipped meals.", "1-in-3", 1 / 3, "fraction", False),
    (
        "The survey found one-in-three adults skipped meals.",
        "one-in-three",
        1 / 3,
        "fraction",
        False,
    ),
    ("Seventeen people were killed and twenty-five injured.", "Seventeen", 17, "count", False),
    ("Rescuers reached more than 200 villages.", "more than 200", 200, "count", True),
    # durations and ages
    (
        "Lee will visit the site of the government in exile during Japan's 35-year colonial rule.",
        "35-year",
        35,
        "duration:year",
        False,
    ),
    (
        "It will be the second meeting between Xi and Lee in just two months.",
        "two months",
        2,
        "duration:month",
        False,
    ),
    ("A 43-year-old man was arrested at the scene.", "43-year-old", 43, "age", False),
    ("The suspect, aged 61, was released on bail.", "aged 61", 61, "age", False),
    # dates, months, weekdays, years
    ("Xi will host Lee on a state visit beginning Sunday.", "Sunday", 6, "weekday", False),
    (
        "Lee will meet Xi in Beijing on Monday before travelling to Shanghai.",
        "Monday",
        0,
        "weekday",
        False,
    ),
    ("General Xavier Brunson said at a forum on December 29.", "December 29", 1229, "date", False),
    ("The agreement was signed on Jan 2, 2026 in Beijing.", "Jan 2, 2026", 20260102, "date", False),
    (
        "The talks ended on 29 December 2025 without a deal.",
        "29 December 2025",
        20251229,
        "date",
        False,
    ),
    (
        "Takaichi said in November that an attack could prompt a response.",
        "November",
        11,
        "month",
        False,
    ),
    ("The election is set for May 2027.", "May 2027", 202705, "month", False),
    ("The ban has been in place since around 2017.", "around 2017", 2017, "year", True),
    ("Exports boomed in the 1990s.", "1990s", 1990, "decade", False),
    # relative dates
    (
        "Last month, officials from both countries agreed to stabilise supplies.",
        "Last month",
        -1,
        "relative-date:month",
        False,
    ),
    (
        "Huawei plans to launch its chips in South Korea next year.",
        "next year",
        1,
        "relative-date:year",
        False,
    ),
    (
        "North Korea dismissed Lee's outreach two years ago.",
        "two years ago",
        -2,
        "relative-date:year",
        False,
    ),
    ("The minister resigned yesterday.", "yesterday", -1, "relative-date:day", False),
    # times
    ("The blast happened at 3 p.m. local time.", "3 p.m.", 1500, "time", False),
    # one unit of time, bounded; the size of a change as a share; a level of zero; yards
    (
        "Pennington had raised the issue internally for more than a year.",
        "more than a year",
        1,
        "duration:year",
        True,
    ),
    (
        "The plan gives people more than a decade's notice.",
        "more than a decade",
        1,
        "duration:decade",
        True,
    ),
    ("Nurses' pay has fallen by a fifth in real terms.", "a fifth", 0.2, "fraction", False),
    (
        "The latest reduction is its second in under two years.",
        "under two years",
        2,
        "duration:year",
        True,
    ),
    ("The state's contribution to running buses drops to zero.", "zero", 0, "count", False),
]


@pytest.mark.parametrize(("sentence", "text", "value", "unit", "approximate"), CASES)
def test_figure_is_read_with_value_and_unit(
    sentence: str, text: str, value: float, unit: str, approximate: bool
) -> None:
    found = [f for f in scan_figures(sentence) if f.text == text]
    assert found, f"{text!r} not found; got {[f.text for f in scan_figures(sentence)]}"
    figure = found[0]
    assert figure.value == pytest.approx(value)
    assert figure.unit == unit
    assert figure.approximate is approximate
    assert sentence[figure.start : figure.end] == text


def test_equal_figures_written_differently_have_equal_values() -> None:
    [third_hyphen] = scan_figures("about one-third of exports")
    [third_article] = scan_figures("a third of exports")
    [one_in_three] = scan_figures("one in three exports")
    assert third_hyphen.value == third_article.value == one_in_three.value
    [short] = scan_figures("an $8B deal")
    [long] = scan_figures("an $8 billion deal")
    assert (short.value, short.unit) == (long.value, long.unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "Wi said the country does respect the one China policy.",
        "SM Entertainment heads one of the country's leading K-pop agencies.",
        "The two leaders may also address contentious issues.",
        "The visit may also explore partnerships in AI.",
        "The US deployed F-35 jets and tracked COVID-19 cases at a G7 meeting.",
        "Xi's push to strengthen ties with Seoul comes at a time of tensions.",
        "The line carries passengers a year on a zero tolerance policy.",
        "The cost is spread over a decade, some a year.",
    ],
)
def test_words_that_only_look_like_figures_are_not_read(sentence: str) -> None:
    assert scan_figures(sentence) == []


def test_ordinal_third_is_not_a_fraction_and_fraction_needs_of() -> None:
    [term] = scan_figures("Lee won a third term.")
    assert (term.unit, term.value) == ("ordinal", 3)
    [share] = scan_figures("Lee won a third of the vote.")
    assert share.unit == "fraction"


def test_offsets_are_shifted_and_curly_marks_keep_offsets() -> None:
    sentence = "China’s share fell to about one‑third of exports."
    [figure] = scan_figures(sentence, offset=100)
    assert figure.start == 100 + sentence.index("about")
    assert figure.text == "about one‑third"


def test_sentence_without_figures_gives_nothing() -> None:
    assert scan_figures("Huawei declined to comment further.") == []
    assert scan_figures("") == []


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("28,500", 28500),
        ("3.5", 3.5),
        ("twenty-five", 25),
        ("two hundred and ten", 210),
        ("3.5 million", 3.5e6),
        ("a dozen", 12),
        ("troops", None),
    ],
)
def test_parse_number(written: str, value: float | None) -> None:
    assert parse_number(written) == value


NEWS_ALPHABET = "0123456789 ,.-%$£€/:abcdehilmnorstuyADJMNSTW‑’"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=NEWS_ALPHABET, max_size=60))
def test_any_text_reads_without_error_and_offsets_hold(text: str) -> None:
    for figure in scan_figures(text, offset=7):
        assert text[figure.start - 7 : figure.end - 7] == figure.text
        assert figure.text


NEWS_PIECES = [
    "about",
    "one",
    "third",
    "-",
    "in",
    "a",
    "half",
    "of",
    "$",
    "US$",
    "£",
    "8",
    "1.2",
    "m",
    "B",
    "billion",
    "28,500",
    "December",
    "29",
    "May",
    "Sunday",
    "last",
    "next",
    "month",
    "year",
    "ago",
    "2017",
    "s",
    "%",
    "per cent",
    "aged",
    "old",
    "dozen",
    "twenty",
    "hundred",
    "and",
    "p.m.",
    ":",
    "15",
    "the",
    "second",
    ",",
    ".",
    " ",
    "’",
    "won",
    "mid-",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(NEWS_PIECES), max_size=14), st.booleans())
def test_figure_like_word_runs_read_without_error(pieces: list[str], spaced: bool) -> None:
    text = (" " if spaced else "").join(pieces)
    for figure in scan_figures(text):
        assert text[figure.start : figure.end] == figure.text


def test_a_vague_quantity_and_a_rounding_of_another_figure_compare_without_error() -> None:
    # "dozens" reads as the lowest value it stands for; every value is a float, so the
    # rounding rules may ask whether it is whole.
    a = segmented("Officials said dozens of homes were damaged on Monday.\n")
    b = segmented("Officials said 23 homes were damaged on Monday.\n")
    assert all(isinstance(f.value, float) for f in find_figures(a) if f.value is not None)
    compare_figures(a, b, align(a, b))
