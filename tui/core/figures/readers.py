"""Turn one regular-expression match into a figure candidate: each reader normalises the
value and unit of one way of writing a figure (a date, an amount of money, a share,
a duration, a count ...) or declines the match; and the range a vague quantity stands for.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from tui.core.figures.number_words import (
    APPROXIMATORS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DENOMINATORS,
    DOLLAR_NATIONS,
    LOCAL_DOLLAR,
    MONTHS,
    ORDINALS,
    RELATIVE_DIRECTIONS,
    SCALES,
    TIME_UNITS,
    WEEKDAYS,
    parse_number,
)
from tui.core.text.words import fold_marks


def alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of ``words``, longest first so that prefixes never win."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


APPROXIMATOR = re.compile(rf"(?i)(?<![\w-])({alternation(APPROXIMATORS)})\s+$")

#: Words before a small number word that make it a reference, not a figure ("the two leaders").
_REFERENCE_WORDS = frozenset({"the", "both", "these", "those", "other", "every"})
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
#: Words before "zero" that make it a level ("fell to zero"), not "zero tolerance".
_ZERO_CUES = frozenset({"to", "at"})
_ORDINAL_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that"]
)


#: Approximators that do not bound "a year" ("some a year" is no figure; "spread over a
#: decade" tells a period, not "more than a decade").
_NOT_BOUNDS = frozenset({"some", "an estimated", "over"})


class Found:
    """A figure candidate: offsets into the scanned text, value and unit."""

    __slots__ = ("end", "start", "unit", "value")

    def __init__(self, start: int, end: int, value: float | None, unit: str) -> None:
        self.start = start
        self.end = end
        self.value = value
        self.unit = unit


Reader = Callable[[re.Match[str], str], Found | None]


def _span(match: re.Match[str], value: float | None, unit: str) -> Found:
    return Found(match.start(), match.end(), value, unit)


def _word_before(text: str, start: int) -> str:
    """Return the lower-case word just before ``start`` ("" at the start of the text)."""
    found = re.search(r"([\w']+)[^\w]*$", text[max(0, start - 40) : start])
    return found.group(1).lower() if found else ""


def _date_value(year: str | None, month: int, day: int) -> float | None:
    if not 1 <= day <= 31:
        return None
    return float((int(year) * 10000 if year else 0) + month * 100 + day)


def read_iso_date(m: re.Match[str], text: str) -> Found | None:
    month, day = int(m["m"]), int(m["d"])
    if not 1 <= month <= 12:
        return None
    value = _date_value(m["y"], month, day)
    return None if value is None else _span(m, value, "date")


def read_month_day(m: re.Match[str], text: str) -> Found | None:
    value = _date_value(m["y"], MONTHS[m["mon"].lower()], int(m["d"]))
    return None if value is None else _span(m, value, "date")


def read_listed_day(m: re.Match[str], text: str) -> Found | None:
    """Read the day a month name governs from across "and" ("November 4 and 5": the 5;
    "4 and 5 November": the 4) as a date of its own; the span is that day's number."""
    value = _date_value(m["y"], MONTHS[m["mon"].lower()], int(m["d"]))
    return None if value is None else Found(m.start("d"), m.end("d"), value, "date")


#: The hottest and coldest air temperatures ever recorded, in °C: a bare "degrees" outside
#: them cannot be Celsius ("114.8 degrees" is Fahrenheit).
_CELSIUS_RANGE = (-89.2, 56.7)


#: Words after a temperature that make it a difference of temperatures.
_DIFFERENCE_AFTER = re.compile(
    r"\s+(?:warmer|hotter|cooler|colder|higher|lower|above|below|more|less|of\s+warming)\b",
    re.IGNORECASE,
)


def read_temperature(m: re.Match[str], text: str) -> Found | None:
    """Read "41.9C", "107.4°F", "46 degrees Celsius" or "114.8 degrees" as a temperature in
    °C, to a tenth; a bare "degrees" is read only when it cannot be Celsius (then Fahrenheit)."""
    if _DIFFERENCE_AFTER.match(text, m.end()):
        return None  # "7 degrees Fahrenheit warmer": a difference, not a reading
    value = float(m["num"].replace(",", ""))
    written = m["scale"] or m["scale2"] or m["scale3"] or m["scale4"] or ""
    scale = written.lower()[:1]
    if not scale:
        low, high = _CELSIUS_RANGE
        if low <= value <= high:
            return None  # "32 degrees": Celsius or Fahrenheit, the text does not say
        scale = "f"
    celsius = (value - 32) * 5 / 9 if scale == "f" else value
    return _span(m, round(celsius, 1), "temperature")


#: A nation named right after an amount in dollars says whose dollars they are ("$6.2 million
#: Canadian, in bitcoin"), when nothing follows it that it could qualify instead.
_NATION_AFTER = re.compile(
    rf"\s+\(?({alternation(DOLLAR_NATIONS)})\b\)?(?=\s*(?:dollars?\b|[,.;:)\u2014\u2013-]|$))",
    re.IGNORECASE,
)


def read_money_prefix(m: re.Match[str], text: str) -> Found | None:
    written = m["cur"].strip().lower()
    currency = CURRENCY_SYMBOLS.get(written, LOCAL_DOLLAR)
    amount = float(m["num"].replace(",", ""))
    scale = (m["scale"] or m["abbr"] or "").lower()
    nation = _NATION_AFTER.match(text, m.end())
    if written == "$" and nation is not None:
        currency = DOLLAR_NATIONS[nation.group(1).lower()]
    return _span(m, amount * SCALES.get(scale, 1.0), currency)


def read_money_suffix(m: re.Match[str], text: str) -> Found | None:
    amount = parse_number(m["num"])
    if amount is None:
        return None
    currency = CURRENCY_WORDS[m["cur"].lower()]
    if m["nation"]:
        currency = DOLLAR_NATIONS.get(" ".join(m["nation"].lower().split()), LOCAL_DOLLAR)
    return _span(m, amount, currency)


def read_money_adjective(m: re.Match[str], text: str) -> Found | None:
    """Read an amount joined to its currency as an adjective ("half-million-dollar")."""
    number, _, scale = m["num"].lower().rpartition("-")
    amount = parse_number(f"half a {scale}" if number == "half" else f"{number} {scale}")
    return None if amount is None else _span(m, amount, CURRENCY_WORDS[m["cur"].lower()])


def read_cents(m: re.Match[str], text: str) -> Found | None:
    """Read "15 cents", "212.4 pence" and the pence written onto the number ("212.4p")."""
    amount = parse_number(m["num"] or m["glued"])
    return None if amount is None else _span(m, amount, "cent")


#: Quantities told only roughly, with the range of values each stands for.
VAGUE_QUANTITIES: dict[str, tuple[float, float]] = {
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
    for written in sorted(VAGUE_QUANTITIES, key=len, reverse=True):
        if words.endswith(written):
            low, high = VAGUE_QUANTITIES[written]
            return float(low), float(high)
    return None


def read_vague(m: re.Match[str], text: str) -> Found | None:
    bounds = vague_bounds(m.group())
    return None if bounds is None else _span(m, bounds[0], "vague")


def read_percent(m: re.Match[str], text: str) -> Found | None:
    amount = parse_number(m["num"])
    if amount is None:
        return None
    unit = "percentage-point" if m["pct"].lower().startswith("percentage") else "percent"
    return _span(m, amount, unit)


def read_basis_points(m: re.Match[str], text: str) -> Found | None:
    """Read "25 basis points" as the percentage points it is (0.25)."""
    amount = parse_number(m["num"])
    return None if amount is None else _span(m, amount / 100, "percentage-point")


_POINT_PART_VALUES = {"quarter": 0.25, "three quarters": 0.75, "half": 0.5, "tenth": 0.1}


def read_part_of_point(m: re.Match[str], text: str) -> Found | None:
    """Read "a quarter of a percentage point" or "a half-point cut" as percentage points."""
    part = re.sub(r"^an?\s+", "", m["part"].lower()).replace("-", " ")
    value = _POINT_PART_VALUES.get(" ".join(part.split()))
    return None if value is None else _span(m, value, "percentage-point")


def read_age(m: re.Match[str], text: str) -> Found | None:
    years = parse_number(m["num"])
    return None if years is None else _span(m, years, "age")


def read_ratio(m: re.Match[str], text: str) -> Found | None:
    part = 1.0 if m["n"].lower() in ("a", "an") else parse_number(m["n"])
    whole = parse_number(m["d"])
    if part is None or whole is None or not 0 < part < whole <= 1000:
        return None
    return _span(m, part / whole, "fraction")


def read_fraction_words(m: re.Match[str], text: str) -> Found | None:
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
    # "fallen by a fifth", "cut by a third": the size of a change, a share.
    by = _word_before(text, m.start()) == "by" and numerator_text in ("a", "an")
    if plural or not (hyphenated or followed_by_of or by or APPROXIMATOR.search(text[: m.start()])):
        return None
    return _span(m, part / whole, "fraction")


def read_half(m: re.Match[str], text: str) -> Found | None:
    return _span(m, 0.5, "fraction")


def read_half_unit(m: re.Match[str], text: str) -> Found | None:
    """Read "half a mile", "half a square mile": half of the unit that follows."""
    return _span(m, 0.5, "count")


def read_digit_fraction(m: re.Match[str], text: str) -> Found | None:
    part, whole = int(m["n"]), int(m["d"])
    if not 0 < part < whole <= 12:
        return None
    return _span(m, part / whole, "fraction")


def read_unit_and_a_half(m: re.Match[str], text: str) -> Found | None:
    """Read "an hour and a half" (a duration) and "a mile and a half" (1.5 of a length)."""
    unit = m["u"].lower()
    if unit in TIME_UNITS:
        return _span(m, 1.5, f"duration:{TIME_UNITS[unit]}")
    return _span(m, 1.5, "count")


def read_dozen(m: re.Match[str], text: str) -> Found | None:
    lead = m["n"].lower()
    count = 0.5 if lead.startswith("half") else 1.0 if lead in ("a", "an") else parse_number(lead)
    return None if count is None else _span(m, count * 12, "count")


#: Words after "a year", "a month" that make it a span of time ("a year later", "a year of
#: strikes").
_SPAN_AFTER = re.compile(r"\s+(?:later|afterwards|of)\b", re.IGNORECASE)


#: Words after "more than a year" that make it the time compared with ("12 percent more
#: than a year earlier"), not a span.
_COMPARED = re.compile(r"\s+(?:earlier|ago|before|previously)\b", re.IGNORECASE)


def read_duration(m: re.Match[str], text: str) -> Found | None:
    lead = m["num"].lower()
    unit = TIME_UNITS[m["u"].lower()]
    if m["ago"]:
        count = 1.0 if lead in ("a", "an") else parse_number(lead)
        return None if count is None else _span(m, -count, f"relative-date:{unit}")
    if lead in ("a", "an"):
        # "more than a year", "nearly a decade": one unit, bounded; a bare "a year" is a rate
        # ("a million passengers a year") or a phrase, not a figure.
        hedge = APPROXIMATOR.search(text, max(0, m.start() - 20), m.start())
        span_after = _SPAN_AFTER.match(text, m.end()) is not None  # "a year later"
        if not span_after and (hedge is None or hedge.group(1).lower() in _NOT_BOUNDS):
            return None
        if hedge is not None and _COMPARED.match(text, m.end()):
            return None  # "12 percent more than a year earlier": a comparison, not a span
        return _span(m, 1.0, f"duration:{unit}")
    if lead.startswith("half"):
        return _span(m, 0.5, f"duration:{unit}")  # "nearly half an hour", "half a day"
    count = parse_number(lead)
    return None if count is None else _span(m, count, f"duration:{unit}")


def read_relative(m: re.Match[str], text: str) -> Found | None:
    unit = m["u"].lower()
    return _span(m, float(RELATIVE_DIRECTIONS[m["dir"].lower()]), f"relative-date:{unit}")


def read_yesterday(m: re.Match[str], text: str) -> Found | None:
    return _span(m, -1.0 if m.group().lower() == "yesterday" else 1.0, "relative-date:day")


def read_clock(m: re.Match[str], text: str) -> Found | None:
    hour, minute = int(m["h"]), int(m["min"] or 0)
    meridiem = (m.groupdict().get("ap") or "").lower().replace(".", "")
    if meridiem == "pm" and hour < 12:
        hour += 12
    elif meridiem == "am" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59:
        return None
    return _span(m, float(hour * 100 + minute), "time")


#: Words before "eight in the evening" that make it a time of day.
_HOUR_CUES = frozenset(
    {"at", "by", "until", "till", "since", "before", "after", "around", "about", "and", "to"}
)


def read_hour_of_day(m: re.Match[str], text: str) -> Found | None:
    """Read "eight in the evening", "six in the morning", "ten o'clock at night" as a time."""
    if _word_before(text, m.start()) not in _HOUR_CUES:
        return None  # "the toll rose from four in the morning to 12": four dead, not 4 a.m.
    hour = parse_number(m["h"])
    if hour is None or not 1 <= hour <= 12 or not hour.is_integer():
        return None
    part = (m["part"] or "").lower()
    hour = int(hour)
    if part in ("afternoon", "evening", "night") and hour < 12:
        hour += 12
    elif part == "morning" and hour == 12:
        hour = 0
    return _span(m, float(hour * 100), "time")


def read_weekday(m: re.Match[str], text: str) -> Found | None:
    return _span(m, float(WEEKDAYS[m["day"].lower()]), "weekday")


def read_month_year(m: re.Match[str], text: str) -> Found | None:
    return _span(m, float(int(m["y"]) * 100 + MONTHS[m["mon"].lower()]), "month")


def read_bare_month(m: re.Match[str], text: str) -> Found | None:
    name = m["mon"].lower()
    if name in ("may", "march") and _word_before(text, m.start()) not in _MONTH_CUES:
        return None
    return _span(m, float(MONTHS[name]), "month")


def read_decade(m: re.Match[str], text: str) -> Found | None:
    return _span(m, float(m["y"]), "decade")


#: Words near two numbers joined by a dash that make them a score or a vote ("won 2-1",
#: "a 1-2 defeat", "voted 22-4"), not a range.
_TALLY_WORDS = re.compile(
    r"\b(?:won|wins?|lost|lose|loses|beat|beats|defeat|defeats|defeated|victory|draw|drew|"
    r"score|scored|vote|votes|voted|ballot|margin|split|decision|verdict)\b",
    re.IGNORECASE,
)


def read_tally(m: re.Match[str], text: str) -> Found | None:
    """Read a score or a vote ("2-1", "34-27") as one figure: the first number times a
    thousand plus the second. Two numbers falling from the first to the second, or next to
    a word of winning or voting, are a tally; two rising ones are a range ("3-5 people")."""
    first, second = int(m["x"]), int(m["y"])
    near = text[max(0, m.start() - 30) : m.end() + 30]
    if first < second and _TALLY_WORDS.search(near) is None:
        return None
    return _span(m, float(first * TALLY_BASE + second), "tally")


#: A tally's value is its first number times this plus its second.
TALLY_BASE = 1000


def tally_parts(value: float) -> tuple[float, float]:
    """Return the two numbers of a tally's value (34027 → 34, 27)."""
    high, low = divmod(int(value), TALLY_BASE)
    return float(high), float(low)


_ROMAN = {
    "I": 1,
    "II": 2,
    "III": 3,
    "IV": 4,
    "V": 5,
    "VI": 6,
    "VII": 7,
    "VIII": 8,
    "IX": 9,
    "X": 10,
}


def read_roman_level(m: re.Match[str], text: str) -> Found | None:
    """Read the Roman numeral of a level, category or phase ("Level III") as its number."""
    value = _ROMAN.get(m["r"])
    return None if value is None else _span(m, float(value), "count")


def read_year(m: re.Match[str], text: str) -> Found | None:
    return _span(m, float(m["y"]), "year")


def read_digit_ordinal(m: re.Match[str], text: str) -> Found | None:
    return _span(m, float(m["n"]), "ordinal")


def read_word_ordinal(m: re.Match[str], text: str) -> Found | None:
    if _word_before(text, m.start()) not in _ORDINAL_DETERMINERS:
        return None
    return _span(m, float(ORDINALS[m["w"].lower()]), "ordinal")


def read_count(m: re.Match[str], text: str) -> Found | None:
    written = m["num"].lower()
    value = parse_number(written)
    if value is None:
        return None
    is_words = not any(ch.isdigit() for ch in written)
    if is_words and written == "zero" and _word_before(text, m.start()) in _ZERO_CUES:
        return _span(m, 0.0, "count")  # "drops to zero", "at zero"
    if is_words and written in ("one", "zero"):
        return None  # "one of the", "one China policy": a pronoun far more often than a figure
    if is_words and value < 10 and _word_before(text, m.start()) in _REFERENCE_WORDS:
        return None
    return _span(m, value, "count")
