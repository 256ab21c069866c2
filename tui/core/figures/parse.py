"""Read the figures in a piece of English news text: numbers, amounts, shares, dates and times.

:func:`scan_figures` returns :class:`~tui.core.models.Figure` records with offsets
into the text. Values and units are normalised so that equal figures compare
equal however they are written ("one-third" = "a third" = "1-in-3",
"$8B" = "$8 billion"). Units and value encodings:

==================  ==========================================================
unit                value
==================  ==========================================================
``count``           the number (``28,500`` → 28500, ``two dozen`` → 24)
``percent``         the percentage (``3.5%`` → 3.5)
``percentage-point``  the points (``2 percentage points`` → 2)
``fraction``        the share as a number in (0, 1] (``a third``, ``1-in-3``)
``USD``, ``GBP`` …  money in units of the ISO 4217 currency (``£1.2m`` → 1.2e6)
``cent``            cents in any currency (``7 euro cents``, ``seven cents`` → 7)
``vague``           a quantity told only roughly ("dozens", "tens of thousands"): the
                    lowest value it stands for; :func:`vague_bounds` gives its range
``ordinal``         the rank (``second`` → 2, ``21st`` → 21)
``age``             years of age (``43-year-old`` → 43)
``duration:U``      the count of unit U = year, month, week, day, hour, minute,
                    decade, century or season (``35-year`` → 35, ``two more months`` → 2)
``relative-date:U`` signed offset in unit U from the time of writing
                    (``last month`` → -1, ``next year`` → 1, ``two years ago`` → -2)
``date``            YYYYMMDD when the year is written (``Jan 2, 2026`` →
                    20260102), otherwise MMDD (``December 29`` → 1229)
``month``           1–12, or YYYYMM when the year is written (``November 2025``)
``weekday``         0–6, Monday = 0 … Sunday = 6, as ``date.weekday()``
``year``            the year (``2017``)
``decade``          its first year (``1990s`` → 1990)
``time``            HHMM on the 24-hour clock (``12:15`` → 1215, ``3 p.m.`` → 1500)
==================  ==========================================================

A hedge or bound written just before a figure ("around 28,500", "nearly half",
"more than 100") becomes part of the figure's text and sets ``approximate``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from tui.core.figures.number_words import (
    APPROXIMATORS,
    CARDINALS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DENOMINATORS,
    MONTHS,
    ORDINALS,
    RELATIVE_DIRECTIONS,
    SCALES,
    TENS,
    TIME_UNITS,
    WEEKDAYS,
    parse_number,
)
from tui.core.models import Figure
from tui.core.text.words import fold_marks

#: Units whose figures name a point in time rather than an amount.
TIME_POINT_UNITS = frozenset({"date", "weekday", "month", "year", "decade", "time"})


def _alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of ``words``, longest first so that prefixes never win."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_UNITS = _alternation(CARDINALS)
_UNITS_1_9 = _alternation(w for w, v in CARDINALS.items() if 1 <= v <= 9)
_TENS = _alternation(TENS)
_SMALL = rf"(?:(?:{_TENS})(?:[-\s](?:{_UNITS_1_9}))?|(?:{_UNITS}))(?![\w])"
_WORDNUM = rf"{_SMALL}(?:\s+hundred(?:\s+(?:and\s+)?{_SMALL})?)?"
_DIGITNUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUM = rf"(?:{_DIGITNUM}|{_WORDNUM})"
_BIG_SCALE = r"(?:hundred|thousand|million|billion|trillion)"
_QTY = rf"(?:{_NUM}(?:\s+{_BIG_SCALE})*|an?\s+{_BIG_SCALE})"
# Not inside a longer word or number; a hyphen only after "mid" ("mid-2025", not "F-35").
_START = r"(?<![\w.,/:$£€¥₩])(?:(?<=mid-)|(?<![A-Za-z]-))"
_END = r"(?![\w%]|[.,:/]\d)"
_MONTH_NAMES = _alternation(name.capitalize() for name in MONTHS)
_MONTH_FULL = _alternation(name.capitalize() for name in list(MONTHS)[:12])
_WEEKDAYS = _alternation(day.capitalize() for day in WEEKDAYS)
_DENOMS = _alternation(DENOMINATORS)
_TIME_UNITS = _alternation(TIME_UNITS)
_APPROX = re.compile(rf"(?i)(?<![\w-])({_alternation(APPROXIMATORS)})\s+$")
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2212": "-", "\u202f": " "})

#: Approximators that make sense before each kind of figure (others are read as plain words).
_TIME_HEDGES = frozenset({"around", "circa", "roughly", "approximately"})
_ONLY_AMOUNTS = frozenset({"some", "over", "up to"})
#: Words before a small number word that make it a reference, not a figure ("the two leaders").
_REFERENCE_WORDS = frozenset({"the", "both", "these", "those", "all", "other", "every"})
#: Words before a bare "May" or "March" that make it a month rather than a verb or a noun.
_MONTH_CUES = frozenset(
    [
        "in",
        "since",
        "until",
        "till",
        "by",
        "from",
        "of",
        "early",
        "late",
        "mid",
        "last",
        "next",
        "this",
        "through",
        "during",
        "end",
        "before",
        "after",
        "around",
    ]
)
_ORDINAL_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"]
)


class _Found:
    """A figure candidate: offsets into the scanned text, value and unit."""

    __slots__ = ("end", "start", "unit", "value")

    def __init__(self, start: int, end: int, value: float | None, unit: str) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.unit = unit


Reader = Callable[[re.Match[str], str], _Found | None]


def _span(match: re.Match[str], value: float | None, unit: str) -> _Found:
    return _Found(match.start(), match.end(), value, unit)


def _word_before(text: str, start: int) -> str:
    """Return the lower-case word just before ``start`` ("" at the start of the text)."""
    found = re.search(r"([\w']+)[^\w]*$", text[max(0, start - 40) : start])
    return found.group(1).lower() if found else ""


def _date_value(year: str | None, month: int, day: int) -> float | None:
    if not 1 <= day <= 31:
        return None
    return float((int(year) * 10000 if year else 0) + month * 100 + day)


def _iso_date(m: re.Match[str], text: str) -> _Found | None:
    month, day = int(m["m"]), int(m["d"])
    if not 1 <= month <= 12:
        return None
    value = _date_value(m["y"], month, day)
    return None if value is None else _span(m, value, "date")


def _month_day(m: re.Match[str], text: str) -> _Found | None:
    value = _date_value(m["y"], MONTHS[m["mon"].lower()], int(m["d"]))
    return None if value is None else _span(m, value, "date")


def _money_prefix(m: re.Match[str], text: str) -> _Found | None:
    currency = CURRENCY_SYMBOLS[m["cur"].strip().lower()]
    amount = float(m["num"].replace(",", ""))
    scale = (m["scale"] or m["abbr"] or "").lower()
    return _span(m, amount * SCALES.get(scale, 1.0), currency)


def _money_suffix(m: re.Match[str], text: str) -> _Found | None:
    amount = parse_number(m["num"])
    if amount is None:
        return None
    return _span(m, amount, CURRENCY_WORDS[m["cur"].lower()])


def _cents(m: re.Match[str], text: str) -> _Found | None:
    amount = parse_number(m["num"])
    return None if amount is None else _span(m, amount, "cent")


#: Quantities told only roughly, with the range of values each stands for.
_VAGUE: dict[str, tuple[float, float]] = {
    "a handful": (2, 9),
    "dozens": (20, 200),
    "scores": (40, 200),
    "hundreds": (100, 2_000),
    "several hundred": (200, 1_000),
    "a few hundred": (200, 900),
    "thousands": (1_000, 20_000),
    "several thousand": (2_000, 10_000),
    "a few thousand": (2_000, 9_000),
    "tens of thousands": (10_000, 200_000),
    "hundreds of thousands": (100_000, 2_000_000),
    "millions": (1_000_000, 20_000_000),
    "several million": (2_000_000, 10_000_000),
    "tens of millions": (10_000_000, 200_000_000),
}


def vague_bounds(text: str) -> tuple[float, float] | None:
    """Return the range of values a rough quantity stands for ("dozens" → 20 to 200), or None."""
    words = " ".join(re.findall(r"[a-z]+", fold_marks(text).lower()))
    for written in sorted(_VAGUE, key=len, reverse=True):
        if words.endswith(written):
            return _VAGUE[written]
    return None


def _vague(m: re.Match[str], text: str) -> _Found | None:
    bounds = vague_bounds(m.group())
    return None if bounds is None else _span(m, bounds[0], "vague")


def _percent(m: re.Match[str], text: str) -> _Found | None:
    amount = parse_number(m["num"])
    if amount is None:
        return None
    unit = "percentage-point" if m["pct"].lower().startswith("percentage") else "percent"
    return _span(m, amount, unit)


def _age(m: re.Match[str], text: str) -> _Found | None:
    years = parse_number(m["num"])
    return None if years is None else _span(m, years, "age")


def _ratio(m: re.Match[str], text: str) -> _Found | None:
    part = 1.0 if m["n"].lower() in ("a", "an") else parse_number(m["n"])
    whole = parse_number(m["d"])
    if part is None or whole is None or not 0 < part < whole <= 1000:
        return None
    return _span(m, part / whole, "fraction")


def _fraction_words(m: re.Match[str], text: str) -> _Found | None:
    numerator_text = m["n"].lower()
    denominator_text = m["den"].lower()
    part = 1.0 if numerator_text in ("a", "an") else parse_number(numerator_text)
    whole = DENOMINATORS[denominator_text]
    if part is None or part >= whole:
        return None
    plural = denominator_text.endswith("s")
    if part > 1:
        return _span(m, part / whole, "fraction") if plural else None
    # "a third" is a share in "a third of exports" but a rank in "a third term".
    hyphenated = "-" in m.group()
    followed_by_of = re.match(r"\s+of\b", text[m.end() :]) is not None
    if plural or not (hyphenated or followed_by_of or _APPROX.search(text[: m.start()])):
        return None
    return _span(m, part / whole, "fraction")


def _half(m: re.Match[str], text: str) -> _Found | None:
    return _span(m, 0.5, "fraction")


def _digit_fraction(m: re.Match[str], text: str) -> _Found | None:
    part, whole = int(m["n"]), int(m["d"])
    if not 0 < part < whole <= 12:
        return None
    return _span(m, part / whole, "fraction")


def _dozen(m: re.Match[str], text: str) -> _Found | None:
    lead = m["n"].lower()
    count = 0.5 if lead.startswith("half") else 1.0 if lead in ("a", "an") else parse_number(lead)
    return None if count is None else _span(m, count * 12, "count")


def _duration(m: re.Match[str], text: str) -> _Found | None:
    lead = m["num"].lower()
    unit = TIME_UNITS[m["u"].lower()]
    if m["ago"]:
        count = 1.0 if lead in ("a", "an") else parse_number(lead)
        return None if count is None else _span(m, -count, f"relative-date:{unit}")
    if lead in ("a", "an"):
        return None
    count = parse_number(lead)
    return None if count is None else _span(m, count, f"duration:{unit}")


def _relative(m: re.Match[str], text: str) -> _Found | None:
    unit = m["u"].lower()
    return _span(m, float(RELATIVE_DIRECTIONS[m["dir"].lower()]), f"relative-date:{unit}")


def _yesterday(m: re.Match[str], text: str) -> _Found | None:
    return _span(m, -1.0 if m.group().lower() == "yesterday" else 1.0, "relative-date:day")


def _clock(m: re.Match[str], text: str) -> _Found | None:
    hour, minute = int(m["h"]), int(m["min"] or 0)
    meridiem = (m.groupdict().get("ap") or "").lower().replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return _span(m, float(hour * 100 + minute), "time")


def _weekday(m: re.Match[str], text: str) -> _Found | None:
    return _span(m, float(WEEKDAYS[m["day"].lower()]), "weekday")


def _month_year(m: re.Match[str], text: str) -> _Found | None:
    return _span(m, float(int(m["y"]) * 100 + MONTHS[m["mon"].lower()]), "month")


def _bare_month(m: re.Match[str], text: str) -> _Found | None:
    name = m["mon"].lower()
    if name in ("may", "march") and _word_before(text, m.start()) not in _MONTH_CUES:
        return None
    return _span(m, float(MONTHS[name]), "month")


def _decade(m: re.Match[str], text: str) -> _Found | None:
    return _span(m, float(m["y"]), "decade")


def _year(m: re.Match[str], text: str) -> _Found | None:
    return _span(m, float(m["y"]), "year")


def _digit_ordinal(m: re.Match[str], text: str) -> _Found | None:
    return _span(m, float(m["n"]), "ordinal")


def _word_ordinal(m: re.Match[str], text: str) -> _Found | None:
    if _word_before(text, m.start()) not in _ORDINAL_DETERMINERS:
        return None
    return _span(m, float(ORDINALS[m["w"].lower()]), "ordinal")


def _count(m: re.Match[str], text: str) -> _Found | None:
    written = m["num"].lower()
    value = parse_number(written)
    if value is None:
        return None
    is_words = not any(ch.isdigit() for ch in written)
    if is_words and written in ("one", "zero"):
        return None  # "one of the", "one China policy": a pronoun far more often than a figure
    if is_words and value < 10 and _word_before(text, m.start()) in _REFERENCE_WORDS:
        return None
    return _span(m, value, "count")


_I = re.IGNORECASE


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
_NUMBER = _Trigger(digits=True, words=_NUMBER_WORDS)
_CURRENCY = _Trigger(words=_parts(CURRENCY_WORDS))
_PERCENT = _Trigger(words=frozenset({"percent", "cent", "percentage"}), marks="%")
_AGE = _Trigger(words=frozenset({"old"}))
_AGED = _Trigger(words=frozenset({"aged"}))
_DOZEN = _Trigger(words=frozenset({"dozen"}))
_CENTS = _Trigger(words=frozenset({"cents", "cent"}))
_VAGUE_WORDS = _Trigger(words=_parts(_VAGUE))
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
_LETTERS = re.compile(r"[a-z]+")
_ANY_DIGIT = re.compile(r"\d")

_PATTERNS: tuple[tuple[re.Pattern[str], Reader, _Trigger], ...] = (
    (re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])"), _iso_date, _DIGIT),
    (
        re.compile(
            rf"\b(?P<mon>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
            rf"(?:,?\s+(?P<y>\d{{4}}))?{_END}"
        ),
        _month_day,
        _DIGIT,
    ),
    (
        re.compile(
            rf"{_START}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH_NAMES})\b\.?"
            rf"(?:,?\s+(?P<y>\d{{4}})\b)?"
        ),
        _month_day,
        _DIGIT,
    ),
    (
        re.compile(
            r"(?<![\w$])(?P<cur>(?i:US\$|A\$|C\$|HK\$|NZ\$|S\$|USD\s?|EUR\s?|GBP\s?|KRW\s?)|[$£€¥₩])"
            rf"(?P<num>{_DIGITNUM})(?:\s?(?P<scale>(?i:{_BIG_SCALE}|bn|tn|mn))\b"
            r"|(?P<abbr>[mMbBkK])\b)?"
        ),
        _money_prefix,
        _DIGIT,
    ),
    (
        re.compile(
            rf"{_START}(?P<num>{_NUM})\s+(?:(?:euro|US|U\.S\.|euro-)\s*)?cents?\b(?![-\w])", _I
        ),
        _cents,
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
        _vague,
        _VAGUE_WORDS,
    ),
    (
        re.compile(rf"{_START}(?P<num>{_QTY})\s+(?P<cur>{_alternation(CURRENCY_WORDS)})\b", _I),
        _money_suffix,
        _CURRENCY,
    ),
    (
        re.compile(
            rf"{_START}(?P<num>{_NUM})\s?(?P<pct>%|per\s?cent\b|percent\b|percentage\s+points?\b)",
            _I,
        ),
        _percent,
        _PERCENT,
    ),
    (re.compile(rf"{_START}(?P<num>{_NUM})[-\s]years?[-\s]old\b", _I), _age, _AGE),
    (re.compile(rf"\baged\s+(?P<num>{_NUM}){_END}", _I), _age, _AGED),
    (re.compile(rf"{_START}(?P<n>{_NUM}|an?)[-\s]in[-\s](?P<d>{_NUM}){_END}", _I), _ratio, _NUMBER),
    (re.compile(rf"{_START}(?P<n>half\s+an?|an?|{_NUM})\s+dozen\b", _I), _dozen, _DOZEN),
    (
        re.compile(rf"{_START}(?P<n>{_NUM}|an?)[-\s](?P<den>{_DENOMS})\b", _I),
        _fraction_words,
        _FRACTION,
    ),
    (re.compile(r"\bhalf\b(?=\s+(?:of|the|its|their|his|her)\b)", _I), _half, _HALF),
    (re.compile(rf"{_START}(?P<n>\d{{1,2}})/(?P<d>\d{{1,2}}){_END}"), _digit_fraction, _DIGIT),
    (
        re.compile(
            rf"{_START}(?<!\d-)(?P<num>{_NUM}|an?)[-\s](?:(?:more|additional|extra|further)\s+)?"
            rf"(?P<u>{_TIME_UNITS})\b(?P<ago>\s+ago\b)?",
            _I,
        ),
        _duration,
        _DURATION,
    ),
    (
        re.compile(
            rf"\b(?P<dir>{_alternation(RELATIVE_DIRECTIONS)})\s+"
            r"(?P<u>week|weekend|month|year|decade|quarter|century)\b",
            _I,
        ),
        _relative,
        _RELATIVE,
    ),
    (re.compile(r"\b(?:yesterday|tomorrow)\b", _I), _yesterday, _NEIGHBOUR_DAYS),
    (
        re.compile(
            rf"{_START}(?P<h>\d{{1,2}})(?::(?P<min>\d{{2}}))?\s?(?P<ap>(?i:a\.m\.|p\.m\.|am|pm))"
            r"(?![\w])"
        ),
        _clock,
        _DIGIT,
    ),
    (re.compile(rf"{_START}(?P<h>\d{{1,2}}):(?P<min>\d{{2}}){_END}"), _clock, _DIGIT),
    (
        re.compile(rf"\b(?:(?i:last|next|this)\s+)?(?P<day>{_WEEKDAYS})s?\b"),
        _weekday,
        _WEEKDAY,
    ),
    (re.compile(rf"\b(?P<mon>{_MONTH_NAMES})\.?,?\s+(?P<y>\d{{4}}){_END}"), _month_year, _DIGIT),
    (re.compile(rf"\b(?P<mon>{_MONTH_FULL})\b"), _bare_month, _MONTH),
    (re.compile(rf"{_START}(?P<y>1[5-9]\d0|20\d0)'?s\b"), _decade, _DIGIT),
    (re.compile(rf"{_START}(?P<y>18\d\d|19\d\d|20\d\d){_END}"), _year, _DIGIT),
    (re.compile(rf"{_START}(?P<n>\d+)(?:st|nd|rd|th)\b", _I), _digit_ordinal, _DIGIT),
    (re.compile(rf"\b(?P<w>{_alternation(ORDINALS)})\b", _I), _word_ordinal, _ORDINAL),
    (re.compile(rf"{_START}(?P<num>{_QTY}){_END}", _I), _count, _NUMBER),
)


def _hedge_allowed(word: str, unit: str) -> bool:
    """Return True when ``word`` hedges a figure of ``unit`` rather than being a plain word."""
    kind = unit.split(":", 1)[0]
    if kind in ("year", "decade"):
        return word in _TIME_HEDGES
    if kind in TIME_POINT_UNITS or kind in ("relative-date", "ordinal"):
        return False
    if word in _ONLY_AMOUNTS:
        return kind in ("count", "percent", "percentage-point", "fraction") or kind.isupper()
    return True


def _overlaps_taken(
    start: int, end: int, taken: list[_Found], occupied: bytearray, has_empty: bool
) -> bool:
    """Return True when ``[start, end)`` overlaps a figure already found.

    Looks the span up in ``occupied`` (constant work per character instead of a scan of
    every figure found, which made a sentence of thousands of numbers quadratic). Empty
    spans, which the occupancy map cannot show, are checked against each figure.
    """
    if end > start and not has_empty:
        return occupied.find(1, start, end) != -1
    return any(start < f.end and f.start < end for f in taken)


def scan_figures(text: str, offset: int = 0) -> list[Figure]:
    """Return the figures written in ``text`` in reading order, offsets shifted by ``offset``.

    Each figure's ``text`` is ``text[start - offset:end - offset]``, including a
    leading approximator ("nearly half") when there is one.
    """
    folded = fold_marks(text).translate(_DASHES)
    taken: list[_Found] = []
    occupied = bytearray(len(folded))  # 1 where a figure already found sits
    has_empty = False
    has_digit = _ANY_DIGIT.search(folded) is not None
    tokens = set(_LETTERS.findall(folded.lower()))
    for pattern, read, trigger in _PATTERNS:
        if not trigger.fires(folded, has_digit, tokens):
            continue
        for match in pattern.finditer(folded):
            if _overlaps_taken(match.start(), match.end(), taken, occupied, has_empty):
                continue
            found = read(match, folded)
            if found is not None:
                taken.append(found)
                occupied[found.start : found.end] = b"\x01" * (found.end - found.start)
                has_empty = has_empty or found.end <= found.start
    figures: list[Figure] = []
    for found in sorted(taken, key=lambda f: f.start):
        start = found.start
        hedge = _APPROX.search(folded, max(0, start - 20), start)
        approximate = False
        if hedge is not None and _hedge_allowed(hedge.group(1).lower(), found.unit):
            start = hedge.start()
            approximate = True
        figures.append(
            Figure(
                start=offset + start,
                end=offset + found.end,
                text=text[start : found.end],
                value=found.value,
                unit=found.unit,
                approximate=approximate,
            )
        )
    return figures
