"""The patterns that find figures, in the order they are tried, each with its reader and
the trigger words that must be in a sentence for it to be worth trying; and the regular
expression parts (numbers in digits or words, months, weekdays ...) they are built from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from tui.core.figures.number_words import (
    CARDINALS,
    CURRENCY_WORDS,
    DENOMINATORS,
    DOLLAR_NATIONS,
    MONTHS,
    ORDINALS,
    RELATIVE_DIRECTIONS,
    TENS,
    TIME_UNITS,
    WEEKDAYS,
)
from tui.core.figures.readers import (
    VAGUE_QUANTITIES,
    Reader,
    alternation,
    read_age,
    read_bare_month,
    read_basis_points,
    read_cents,
    read_clock,
    read_count,
    read_decade,
    read_digit_fraction,
    read_digit_ordinal,
    read_dozen,
    read_duration,
    read_fraction_words,
    read_half,
    read_half_unit,
    read_hour_of_day,
    read_iso_date,
    read_listed_day,
    read_money_adjective,
    read_money_prefix,
    read_money_suffix,
    read_month_day,
    read_month_year,
    read_part_of_point,
    read_percent,
    read_ratio,
    read_relative,
    read_roman_level,
    read_tally,
    read_temperature,
    read_unit_and_a_half,
    read_vague,
    read_weekday,
    read_word_ordinal,
    read_year,
    read_yesterday,
)

_UNITS = alternation(CARDINALS)
_UNITS_1_9 = alternation(w for w, v in CARDINALS.items() if 1 <= v <= 9)
_UNITS_1_12 = alternation(w for w, v in CARDINALS.items() if 1 <= v <= 12)
_TENS = alternation(TENS)
_SMALL = rf"(?:(?:{_TENS})(?:[-\s](?:{_UNITS_1_9}))?|(?:{_UNITS}))(?![\w])"
_WORDNUM = rf"{_SMALL}(?:\s+hundred(?:\s+(?:and\s+)?{_SMALL})?)?"
_DIGITNUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUM = rf"(?:{_DIGITNUM}|{_WORDNUM})(?:\s+and\s+a\s+half\b)?"
_BIG_SCALE = r"(?:hundred|thousand|million|billion|trillion)"
#: A quantity: digits with a scale, spaced or glued ("3.5 million", "3.5million"), a number
#: in words with its scales, or "half a million".
_QTY = (
    rf"(?:(?:{_DIGITNUM})(?:\s*{_BIG_SCALE})+|{_NUM}(?:\s+{_BIG_SCALE})*"
    rf"|(?:half\s+)?an?\s+{_BIG_SCALE})"
)
#: A unit written onto its number, as British copy does ("140mph", "225km/h", "4.6km", "15cm"):
#: the number ends there and the unit is read as the word after it.
_GLUED_UNIT = r"(?=(?:mph|km/h|kph|km|mi|cm|mm|ft|kg|(?-i:g)|oz|lbs?|ha|sq\s?km|km2)(?![\w/]|/h))"
# Not inside a longer word or number; a hyphen only after "mid" ("mid-2025", not "F-35").
_START = r"(?<![\w.,/:$£€¥₩])(?:(?<=mid-)|(?<![A-Za-z]-))"
_END = rf"(?:(?![\w%]|[.,:/]\d)|{_GLUED_UNIT})"
_MONTH_NAMES = alternation(name.capitalize() for name in MONTHS)
_MONTH_FULL = alternation(name.capitalize() for name in list(MONTHS)[:12])
_WEEKDAYS = alternation(day.capitalize() for day in WEEKDAYS)
_DENOMS = alternation(DENOMINATORS)
_TIME_UNITS = alternation(TIME_UNITS)

_I = re.IGNORECASE
_NATIONS = alternation(DOLLAR_NATIONS)
_SINGULAR_CURRENCIES = alternation(word for word in CURRENCY_WORDS if not word.endswith("s"))
#: Units of length read in "a mile and a half" (its unit stays in the figure's text).
_HALVED_LENGTHS = r"mile|kilometre|kilometer|metre|meter"


@dataclass(frozen=True, slots=True)
class _Trigger:
    """What a sentence must contain for a pattern to possibly match in it.

    A pattern is tried only when the sentence has a digit (``digits``), one of
    ``words`` as a whole lower-case letter run, or one of ``marks``. Each trigger is
    a necessary condition of its pattern (it names a part every match contains), so
    skipping a pattern never loses a figure; it saves running some twenty-five
    regular expressions over every sentence of a long text.
    """

    digits: bool = False
    words: frozenset[str] = frozenset()
    marks: str = ""

    def fires(self, folded: str, has_digit: bool, tokens: set[str]) -> bool:
        """Return True when the pattern may match ``folded`` (with its digits and tokens)."""
        if self.digits and has_digit:
            return True
        if not self.words.isdisjoint(tokens):
            return True
        return any(mark in folded for mark in self.marks)


def _parts(words: Iterable[str]) -> frozenset[str]:
    return frozenset(part for word in words for part in re.findall(r"[a-z]+", word.lower()))


_NUMBER_WORDS = _parts([*CARDINALS, *TENS, "hundred", "thousand", "million", "billion", "trillion"])
_DIGIT = _Trigger(digits=True)
_AND_A_HALF = _Trigger(words=frozenset({"half"}))
_NUMBER = _Trigger(digits=True, words=_NUMBER_WORDS)
_CURRENCY = _Trigger(words=_parts(CURRENCY_WORDS))
_ROMAN_LEVEL = _Trigger(
    words=frozenset({"level", "category", "phase", "stage", "tier", "grade", "class"})
)
_HOUR_WORDS = _Trigger(words=frozenset({"morning", "afternoon", "evening", "night"}))
_BASIS_POINTS = _Trigger(words=frozenset({"basis", "bp", "bps"}))
_POINT = _Trigger(words=frozenset({"point"}))
#: Parts of a percentage point, as rate decisions are told ("a quarter of a percentage point",
#: "a half-point cut", "three-quarters of a point").
_POINT_PARTS = r"an?\s+quarter|quarter|three[-\s]quarters|an?\s+half|half|an?\s+tenth"
_PERCENT = _Trigger(words=frozenset({"percent", "cent", "percentage"}), marks="%")
_AGE = _Trigger(words=frozenset({"old"}))
_AGED = _Trigger(words=frozenset({"aged"}))
_DOZEN = _Trigger(words=frozenset({"dozen"}))
_CENTS = _Trigger(digits=True, words=frozenset({"cents", "cent", "pence"}))
_VAGUE_WORDS = _Trigger(words=_parts(VAGUE_QUANTITIES))
_FRACTION = _Trigger(words=_parts(DENOMINATORS))
_HALF = _Trigger(words=frozenset({"half"}))
_DURATION = _Trigger(words=_parts(TIME_UNITS))
_RELATIVE = _Trigger(
    words=frozenset({"week", "weekend", "month", "year", "decade", "quarter", "century"})
)
_NEIGHBOUR_DAYS = _Trigger(words=frozenset({"yesterday", "tomorrow"}))
_WEEKDAY = _Trigger(words=_parts([*WEEKDAYS, *(day + "s" for day in WEEKDAYS)]))
_MONTH = _Trigger(words=_parts(list(MONTHS)[:12]))
_ORDINAL = _Trigger(words=_parts(ORDINALS))
LETTERS = re.compile(r"[a-z]+")
ANY_DIGIT = re.compile(r"\d")

PATTERNS: tuple[tuple[re.Pattern[str], Reader, _Trigger], ...] = (
    (
        re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])"),
        read_iso_date,
        _DIGIT,
    ),
    # Two days of one month ("November 4 and 5", "Tuesday 4 and Wednesday 5 November"): the
    # day the month name is not next to, read first so each day is a date.
    (
        re.compile(
            rf"\b(?P<mon>{_MONTH_NAMES})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?:and|&)\s+"
            rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?{_END}"
        ),
        read_listed_day,
        _DIGIT,
    ),
    (
        re.compile(
            rf"{_START}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:and|&)\s+(?:(?:{_WEEKDAYS})\s+)?"
            rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH_NAMES})\b\.?"
            rf"(?:,?\s+(?P<y>\d{{4}})\b)?"
        ),
        read_listed_day,
        _DIGIT,
    ),
    (
        re.compile(
            rf"\b(?P<mon>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
            r"(?:[-–]\d{1,2}(?!\d))?"  # "Dec. 8-9": a meeting over two days, dated by its first
            rf"(?:,?\s+(?P<y>\d{{4}}))?{_END}"
        ),
        read_month_day,
        _DIGIT,
    ),
    (
        re.compile(
            rf"{_START}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH_NAMES})\b\.?"
            rf"(?:,?\s+(?P<y>\d{{4}})\b)?"
        ),
        read_month_day,
        _DIGIT,
    ),
    (
        re.compile(
            r"(?<![\w$])(?P<cur>(?i:US\$|A\$|C\$|HK\$|NZ\$|S\$|USD\s?|EUR\s?|GBP\s?|KRW\s?|INR\s?|(?-i:CZK|SEK|DKK|NOK|ISK)\s?)|[A-Z]{1,3}\$"
            r"|Rs\.?\s?|[$£€¥₩₹])"
            # A space after the mark, as Brazilian and some agency copy writes it ("R$ 2.3
            # billion", "US$ 418 million").
            r"[ \u00a0]?"
            rf"(?P<num>{_DIGITNUM})(?:\s?(?P<scale>(?i:{_BIG_SCALE}|bln|bn|mln|mn|trln|trn|tn))\b"
            r"|(?P<abbr>[mMbBkK])\b)?"
        ),
        read_money_prefix,
        _DIGIT,
    ),
    (
        re.compile(
            rf"{_START}(?:(?P<num>{_NUM})\s+(?:(?:(?:euro|US|U\.S\.|euro-)\s*)?cents?|pence)\b(?![-\w])"
            r"|(?P<glued>\d+(?:\.\d+)?)p(?![\w'’-]|\.?m\b))",
            _I,
        ),
        read_cents,
        _CENTS,
    ),
    (
        re.compile(
            r"(?<![\w-])(?:(?:several|a\s+few)\s+(?:hundred|thousand|million)"
            r"|(?:tens|hundreds)\s+of\s+(?:thousands|millions)"
            r"|a\s+handful|dozens|scores|hundreds|thousands|millions)\b(?=\s+(?:of|more)\b)"
            r"|(?<![\w-])(?:several|a\s+few)\s+(?:hundred|thousand|million)\b",
            _I,
        ),
        read_vague,
        _VAGUE_WORDS,
    ),
    (
        # An amount joined to its currency as an adjective: "in half-million-dollar steps",
        # "a two-million-pound deal", "a 2-million-euro fine".
        re.compile(
            rf"{_START}(?P<num>(?:half|{_DIGITNUM}|{_WORDNUM})-{_BIG_SCALE})"
            rf"-(?P<cur>{_SINGULAR_CURRENCIES})\b",
            _I,
        ),
        read_money_adjective,
        _CURRENCY,
    ),
    (
        re.compile(
            rf"{_START}(?P<num>{_QTY})\s+(?:(?P<nation>{_NATIONS}|(?-i:[A-Z][a-z]+))\s+(?=dollars?\b)"
            # Rupees, like dollars, are the currency of several nations ("Nepali rupees").
            r"|(?-i:[A-Z][a-z]+)\s+(?=rupees\b))?"
            rf"(?P<cur>{alternation(CURRENCY_WORDS)})\b",
            _I,
        ),
        read_money_suffix,
        _CURRENCY,
    ),
    (
        re.compile(rf"{_START}(?P<num>{_NUM})\s?(?:basis[-\s]points?|bps?)\b", _I),
        read_basis_points,
        _BASIS_POINTS,
    ),
    (
        re.compile(
            rf"\b(?P<part>{_POINT_PARTS})(?:\s+of)?(?:\s+an?)?[-\s](?:percentage[-\s])?point\b", _I
        ),
        read_part_of_point,
        _POINT,
    ),
    (
        re.compile(
            r"(?<![\w.,/:$£€¥₩-])(?P<num>-?\d{1,3}(?:\.\d+)?)(?:\s?°\s?(?P<scale>[CF])\b|"
            r"(?P<scale2>[CF])\b(?![-'’])|\s+degrees?\b(?:\s+(?P<scale3>Celsius|Fahrenheit|"
            r"centigrade|C\b|F\b))?|\s+(?P<scale4>Celsius|Fahrenheit|centigrade)\b)"
        ),
        read_temperature,
        _DIGIT,
    ),
    (
        re.compile(
            rf"{_START}(?P<num>{_NUM})\s?(?P<pct>%|per\s?cent\b|percent\b|percentage\s+points?\b)",
            _I,
        ),
        read_percent,
        _PERCENT,
    ),
    (re.compile(rf"{_START}(?P<num>{_NUM})[-\s]years?[-\s]old\b", _I), read_age, _AGE),
    (re.compile(rf"\baged\s+(?P<num>{_NUM}){_END}", _I), read_age, _AGED),
    (
        re.compile(rf"{_START}(?P<n>{_NUM}|an?)[-\s]in[-\s](?P<d>{_NUM}){_END}", _I),
        read_ratio,
        _NUMBER,
    ),
    (
        re.compile(
            rf"\b(?:an?|one|(?:the\s+)?(?:next|past|last|previous|coming|following))\s+"
            rf"(?P<u>{_TIME_UNITS}|{_HALVED_LENGTHS})\s+and\s+a\s+half\b",
            _I,
        ),
        read_unit_and_a_half,
        _AND_A_HALF,
    ),
    (re.compile(rf"{_START}(?P<n>half\s+an?|an?|{_NUM})\s+dozen\b", _I), read_dozen, _DOZEN),
    (
        re.compile(rf"{_START}(?P<n>{_NUM}|an?)[-\s](?P<den>{_DENOMS})\b", _I),
        read_fraction_words,
        _FRACTION,
    ),
    (re.compile(r"\bhalf\b(?=\s+(?:of|the|its|their|his|her)\b)", _I), read_half, _HALF),
    (
        re.compile(rf"\bhalf\s+an?\b(?=\s+(?:square\s+)?(?:{_HALVED_LENGTHS}))", _I),
        read_half_unit,
        _HALF,
    ),
    (re.compile(rf"{_START}(?P<n>\d{{1,2}})/(?P<d>\d{{1,2}}){_END}"), read_digit_fraction, _DIGIT),
    (
        re.compile(
            rf"{_START}(?<!\d-)(?P<num>{_NUM}|half\s+an?|an?)[-\s]"
            r"(?:(?:more|additional|extra|further)\s+)?"
            rf"(?P<u>{_TIME_UNITS})\b(?P<ago>\s+ago\b)?",
            _I,
        ),
        read_duration,
        _DURATION,
    ),
    (
        re.compile(
            rf"\b(?P<dir>{alternation(RELATIVE_DIRECTIONS)})\s+"
            r"(?P<u>week|weekend|month|year|decade|quarter|century)\b",
            _I,
        ),
        read_relative,
        _RELATIVE,
    ),
    (re.compile(r"\b(?:yesterday|tomorrow)\b", _I), read_yesterday, _NEIGHBOUR_DAYS),
    (
        re.compile(
            rf"{_START}(?P<h>\d{{1,2}})(?::(?P<min>\d{{2}}))?\s?(?P<ap>(?i:a\.m\.|p\.m\.|am|pm))"
            r"(?![\w])"
        ),
        read_clock,
        _DIGIT,
    ),
    (re.compile(rf"{_START}(?P<h>\d{{1,2}}):(?P<min>\d{{2}}){_END}"), read_clock, _DIGIT),
    # An hour told in words with the part of the day ("eight in the evening", "ten o'clock").
    (
        re.compile(
            rf"{_START}(?P<h>{_UNITS_1_12}|\d{{1,2}})"
            r"(?:\s+o['’]clock)?\s+(?:in\s+the|at)\s+(?P<part>morning|afternoon|evening|night)\b",
            _I,
        ),
        read_hour_of_day,
        _HOUR_WORDS,
    ),
    # A 24-hour clock time with its zone, as wires write it ("1700 GMT", "0930 UTC").
    (
        re.compile(rf"{_START}(?P<h>[01]\d|2[0-3]):?(?P<min>[0-5]\d)\s?(?:GMT|UTC)\b"),
        read_clock,
        _DIGIT,
    ),
    (
        # The day of the month in brackets after a weekday, as agency copy dates a day
        # ("this Tuesday (14)", "Monday night (13)"), is that day's date: part of the weekday.
        re.compile(
            rf"\b(?:(?i:last|next|this)\s+)?(?P<day>{_WEEKDAYS})s?\b"
            r"(?:(?:\s+(?:morning|afternoon|evening|night))?\s+\((?:[1-9]|[12]\d|3[01])\)(?!\w))?"
        ),
        read_weekday,
        _WEEKDAY,
    ),
    (
        re.compile(rf"\b(?P<mon>{_MONTH_NAMES})\.?,?\s+(?P<y>\d{{4}}){_END}"),
        read_month_year,
        _DIGIT,
    ),
    (re.compile(rf"\b(?P<mon>{_MONTH_FULL})\b"), read_bare_month, _MONTH),
    (re.compile(rf"{_START}(?P<y>1[5-9]\d0|20\d0)'?s\b"), read_decade, _DIGIT),
    # A season or a financial year ("the 2023-24 season"): dated by its first year.
    (re.compile(rf"{_START}(?P<y>19\d\d|20\d\d)[-–/]\d\d(?![\d-])"), read_year, _DIGIT),
    (re.compile(rf"{_START}(?P<y>18\d\d|19\d\d|20\d\d){_END}"), read_year, _DIGIT),
    # A score or a vote ("won 2-1", "voted 34-27"); two rising numbers stay a range.
    (
        re.compile(rf"{_START}(?P<x>\d{{1,3}})[-–](?P<y>\d{{1,3}})(?![\d-]|\.\d)"),
        read_tally,
        _DIGIT,
    ),
    (
        re.compile(r"\b(?:Level|Category|Phase|Stage|Tier|Grade|Class)\s+(?P<r>[IVX]{1,4})\b"),
        read_roman_level,
        _ROMAN_LEVEL,
    ),
    (re.compile(rf"{_START}(?P<n>\d+)(?:st|nd|rd|th)\b", _I), read_digit_ordinal, _DIGIT),
    (re.compile(rf"\b(?P<w>{alternation(ORDINALS)})\b", _I), read_word_ordinal, _ORDINAL),
    (re.compile(rf"{_START}(?P<num>{_QTY}){_END}", _I), read_count, _NUMBER),
)
