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
``percentage-point``  the points (``2 percentage points`` → 2, ``25 basis points`` and
                    ``a quarter of a percentage point`` → 0.25)
``fraction``        the share as a number in (0, 1] (``a third``, ``1-in-3``)
``USD``, ``GBP`` …  money in units of the ISO 4217 currency (``£1.2m`` → 1.2e6,
                    ``3.5million Australian dollars`` → 3.5e6 AUD); ``LOCAL$`` for a
                    dollar whose rate is not known (``MD$1,962 million``); ``CROWN``
                    for crowns of any nation (``CZK 14.6 billion``, ``8,980 crowns``), whose
                    rates differ; a rate written after an amount is part of its text
                    (``£60,000-a-week``, ``€1.1bn a year``), not of its value
``cent``            cents in any currency (``7 euro cents``, ``seven cents`` → 7)
``vague``           a quantity told only roughly ("dozens", "tens of thousands"): the
                    lowest value it stands for; :func:`vague_bounds` gives its range
``ordinal``         the rank (``second`` → 2, ``21st`` → 21)
``temperature``     degrees Celsius to a tenth (``41.9C``, ``107.4°F`` and ``107.4 degrees
                    Fahrenheit`` → 41.9; a bare ``114.8 degrees`` only when it cannot be °C)
``tally``           a score or a vote: the first number times 1,000 plus the second
                    (``won 2-1`` → 2001, ``voted 34-27`` → 34027)
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

A count is kept with the unit of length, area or mass written after it ("some 3.9 billion
kilometers", "186km"); a duration told in two units is one ("four years and two months" →
50 ``duration:month``).

A hedge or bound written just before a figure ("around 28,500", "nearly half",
"more than 100") becomes part of the figure's text and sets ``approximate``.

The patterns, tried in order, are in :mod:`tui.core.figures.patterns`; the readers that
normalise each match are in :mod:`tui.core.figures.readers`.
"""

from __future__ import annotations

import re

from tui.core.figures.patterns import ANY_DIGIT, LETTERS, PATTERNS
from tui.core.figures.readers import APPROXIMATOR, Found
from tui.core.figures.units import UNIT_AFTER
from tui.core.models import Figure
from tui.core.text.words import fold_marks

#: Units whose figures name a point in time rather than an amount.
TIME_POINT_UNITS = frozenset({"date", "weekday", "month", "year", "decade", "time"})

_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2212": "-", "\u202f": " "})

#: Approximators that make sense before each kind of figure (others are read as plain words).
_TIME_HEDGES = frozenset({"around", "circa", "roughly", "approximately"})
_ONLY_AMOUNTS = frozenset({"some", "over", "up to"})


def _hedge_allowed(word: str, unit: str) -> bool:
    """Return True when ``word`` hedges a figure of ``unit`` rather than being a plain word."""
    kind = unit.split(":", 1)[0]
    if kind in ("year", "decade"):
        return word in _TIME_HEDGES
    if kind == "time":
        return word in _TIME_HEDGES or word == "about"  # "at around 11:40 p.m."
    if kind in TIME_POINT_UNITS or kind in ("relative-date", "ordinal"):
        return False
    if word in _ONLY_AMOUNTS:
        return kind in ("count", "percent", "percentage-point", "fraction") or kind.isupper()
    return True


def _overlaps_taken(
    start: int, end: int, taken: list[Found], occupied: bytearray, has_empty: bool
) -> bool:
    """Return True when ``[start, end)`` overlaps a figure already found.

    Looks the span up in ``occupied`` (constant work per character instead of a scan of
    every figure found, which made a sentence of thousands of numbers quadratic). Empty
    spans, which the occupancy map cannot show, are checked against each figure.
    """
    if end > start and not has_empty:
        return occupied.find(1, start, end) != -1
    return any(start < f.end and f.start < end for f in taken)


#: Three or more digit groups joined by dashes: a product code, a phone number, a case number
#: ("0-41735-22019-6", "1-800-555-0199"), never a figure; an ISO date is read as a date.
_CODE = re.compile(r"(?<![\w-])\d+(?:-\d+){2,}(?![\w-])")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

#: A noun joined to a count by a hyphen ("84-page", "20-team"): read as part of the figure.
_JOINED_NOUN = re.compile(r"-[A-Za-z]+\b(?!-)")


#: How many of the smaller unit make one of the larger, for a duration told in two units.
_SUBUNITS = {
    ("year", "month"): 12,
    ("week", "day"): 7,
    ("day", "hour"): 24,
    ("hour", "minute"): 60,
    ("minute", "second"): 60,
}
_AND = re.compile(r",?\s+and\s+|,\s*")

#: The rate an amount of money is paid at, written right after it ("£60,000-a-week",
#: "€1.1bn a year", "$15 an hour", "$2m per season"): part of the figure, which is a wage,
#: a cost or a fee per period rather than a sum.
_RATE_AFTER = re.compile(
    r"(?:-an?-|\s+an?\s+|[-\s]per[-\s]|\s?/\s?)"
    r"(?:year|annum|month|week|day|hour|season|game|match|head|person|night)\b(?!-)"
    r"(?!\s+(?:earlier|ago|before|after|later|on|from|prior|previously)\b)",  # a time
    re.IGNORECASE,
)


def _compound_durations(found: list[Found], text: str) -> list[Found]:
    """Join a duration told in two units ("four years and two months", "2 hours, 51 minutes")
    into one, counted in the smaller unit: the second part is no span of time of its own."""
    joined: list[Found] = []
    for item in found:
        before = joined[-1] if joined else None
        if (
            before is not None
            and before.value is not None
            and item.value is not None
            and before.unit.startswith("duration:")
            and item.unit.startswith("duration:")
            and _AND.fullmatch(text, before.end, item.start)
        ):
            pair = (before.unit.partition(":")[2], item.unit.partition(":")[2])
            if pair in _SUBUNITS:
                value = before.value * _SUBUNITS[pair] + item.value
                joined[-1] = Found(before.start, item.end, value, item.unit)
                continue
        joined.append(item)
    return joined


def scan_figures(text: str, offset: int = 0) -> list[Figure]:
    """Return the figures written in ``text`` in reading order, offsets shifted by ``offset``.

    Each figure's ``text`` is ``text[start - offset:end - offset]``, including a
    leading approximator ("nearly half") when there is one.
    """
    folded = fold_marks(text).translate(_DASHES)
    taken: list[Found] = []
    occupied = bytearray(len(folded))  # 1 where a figure already found sits
    for code in _CODE.finditer(folded):
        if not _ISO_DATE.fullmatch(code.group()):
            occupied[code.start() : code.end()] = b"\x01" * (code.end() - code.start())
    has_empty = False
    has_digit = ANY_DIGIT.search(folded) is not None
    tokens = set(LETTERS.findall(folded.lower()))
    for pattern, read, trigger in PATTERNS:
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
    for found in _compound_durations(sorted(taken, key=lambda f: f.start), folded):
        start, end = found.start, found.end
        if found.unit == "count":
            joined = _JOINED_NOUN.match(folded, end)
            end = joined.end() if joined else end  # "84-page", "a 249-mile line": one figure
            unit = None if joined else UNIT_AFTER.match(folded, end)
            end = unit.end() if unit else end  # "some 3.9 billion kilometers": the unit too
        elif found.unit.isupper():
            rate = _RATE_AFTER.match(folded, end)
            end = rate.end() if rate else end  # "£60,000-a-week": a wage, with its rate
        hedge = APPROXIMATOR.search(folded, max(0, start - 20), start)
        approximate = False
        if hedge is not None and _hedge_allowed(hedge.group(1).lower(), found.unit):
            start = hedge.start()
            approximate = True
        figures.append(
            Figure(
                start=offset + start,
                end=offset + end,
                text=text[start:end],
                value=found.value,
                unit=found.unit,
                approximate=approximate,
            )
        )
    return figures
