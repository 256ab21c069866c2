"""Decide whether two figures state one value: equal (shares and durations across units),
or one quantity told another way (rounded, hedged, a roughly told count, another unit
of length or another currency), and how precisely a figure is told.
"""

from __future__ import annotations

import math
from functools import lru_cache

from tui.core.figures.located import SHARE_UNITS, ZONE_UNKNOWN, Located
from tui.core.figures.parse import TIME_POINT_UNITS
from tui.core.figures.readers import vague_bounds
from tui.core.figures.units import MEASURED_KINDS
from tui.core.models import Figure

#: How far apart a percentage and a fraction may be and still be one share: the rounding
#: of a whole percentage ("33%" for a third), or more when either is hedged.
_SHARE_ROUNDING = 0.0051
_SHARE_HEDGED = 0.021
#: Lengths of the duration units, in days, and how far apart two durations told in
#: different units may be and still be one length ("two months" vs "eight weeks").
_DAYS_PER_UNIT = {
    "second": 1 / 86400,
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 30.44,
    "year": 365.25,
    "decade": 3652.5,
    "century": 36525.0,
}
_DURATION_TOLERANCE = 0.1

#: How far apart two lengths in different units may be and still be one (rounding).
_LENGTH_TOLERANCE = 0.1
#: Rough value of each currency in US dollars: two amounts in different currencies within
#: ``_CURRENCY_TOLERANCE`` of each other at these rates may be one amount converted.
_USD_RATES = {
    "USD": 1.0,
    "GBP": 1.27,
    "EUR": 1.08,
    "CAD": 0.73,
    "AUD": 0.65,
    "NZD": 0.6,
    "HKD": 0.128,
    "SGD": 0.74,
    "JPY": 0.0067,
    "CNY": 0.14,
    "KRW": 0.00073,
    "INR": 0.012,
    "CHF": 1.12,
    "BRL": 0.19,
}
_CURRENCY_TOLERANCE = 0.2
#: A hedged or bounded figure ("nearly $150 million") is one with a value this close to it.
_HEDGED_TOLERANCE = 0.05

#: Below this, a whole number is written exactly: a plain "20" is no rounding of "21" (the
#: league's 20 clubs, the 21 clubs that voted); "about 20" may be, and "6%" of "6.2%" is.
_SMALL = 100

#: A large figure and its rounding ("Some 105,000" and "105,204") are one fact anywhere.
_LARGE = 1000


def rated(figure: Figure) -> bool:
    """Return True for an amount in a currency whose rate to the US dollar is known."""
    return figure.unit in _USD_RATES


def share_of(figure: Figure) -> float | None:
    """Return a percentage or fraction as a share in [0, 1]-terms, else None."""
    if figure.value is None or figure.unit not in SHARE_UNITS:
        return None
    return figure.value / 100 if figure.unit == "percent" else figure.value


def duration_days(figure: Figure) -> float | None:
    """Return a duration's length in days, or None for other figures or unknown units."""
    kind, _, unit = figure.unit.partition(":")
    if kind != "duration" or figure.value is None or unit not in _DAYS_PER_UNIT:
        return None
    return figure.value * _DAYS_PER_UNIT[unit]


def value_key(figure: Figure) -> tuple[str, float | None]:
    """Return the key under which equal figures meet: shares are keyed by percent, rounded."""
    share = share_of(figure)
    if share is not None:
        return ("share", round(share * 100))
    return (figure.unit, figure.value)


def stated_key(item: Located) -> tuple[str, tuple[str, float | None]]:
    """Return the kind and value key under which a figure is the same value wherever it
    stands; a clock time with a known zone is keyed by its moment in UTC."""
    utc = utc_minutes(item)
    if utc is not None:
        return ("time", ("utc", float(utc)))
    return (item.kind, value_key(item.figure))


def same_figures(first: Located, second: Located) -> bool:
    """Return True for equal figures (lengths: the same number of the same unit)."""
    if first.length_km is not None or second.length_km is not None:
        return first.length_unit == second.length_unit and _same_value(first.figure, second.figure)
    utc = utc_minutes(first), utc_minutes(second)
    if first.zone != second.zone and None not in utc:
        return False  # "21:47 CET" is not "2147 GMT" (the same moment told in two zones is
        # equivalent: see ``equivalence_note``)
    return _same_value(first.figure, second.figure)


def _same_value(first: Figure, second: Figure) -> bool:
    first_share, second_share = share_of(first), share_of(second)
    if first_share is not None and second_share is not None and first.unit != second.unit:
        # "33%" is how "a third" is written as a percentage: equal within the rounding of
        # a whole percentage, or of a hedged figure ("nearly half" and "49%").
        hedged = first.approximate or second.approximate
        return abs(first_share - second_share) <= (_SHARE_HEDGED if hedged else _SHARE_ROUNDING)
    first_days, second_days = duration_days(first), duration_days(second)
    if first_days is not None and second_days is not None and first.unit != second.unit:
        # "two months" and "eight weeks" are one length told in other units.
        return abs(first_days - second_days) <= _DURATION_TOLERANCE * max(first_days, second_days)
    if first.unit != second.unit:
        return False
    if first.value is None or second.value is None:
        return first.value is None and second.value is None
    return math.isclose(first.value, second.value, rel_tol=1e-9, abs_tol=1e-12)


@lru_cache(maxsize=65536)
def _granularity(value: float) -> float:
    """Return the place of a figure's last significant digit (86e9 -> 1e9, 6140 -> 10)."""
    value = abs(value)
    if value == 0 or not math.isfinite(value):
        return 1.0
    step = 10.0 ** math.floor(math.log10(value))
    while step > 1e-6 and abs(value / step - round(value / step)) > 1e-9:
        step /= 10
    return step


#: Bounds a figure may state, which a value past them satisfies ("at least 30" and "45"
#: agree); "just over" and "nearly" bound loosely, so they are bounds but not strict ones.
STRICT_LOWER = ("more than", "over", "at least", "upwards of", "well over")
STRICT_UPPER = (
    "less than",
    "fewer than",
    "under",
    "at most",
    "up to",
    "as much as",
    "as many as",
    "as high as",
)
_LOWER_BOUNDS = (*STRICT_LOWER, "just over")
_UPPER_BOUNDS = (*STRICT_UPPER, "nearly", "almost")


def _breaks_bound(bounded: Figure, other: Figure) -> bool:
    """Return True when ``other``'s value falls outside the bound ``bounded`` states."""
    text, other_text = bounded.text.lower(), other.text.lower()
    if bounded.value is None or other.value is None:
        return False
    if text.startswith(_LOWER_BOUNDS):
        # "more than a million" and "more than 1.1 million": two floors, no disagreement
        return other.value <= bounded.value and not other_text.startswith(_LOWER_BOUNDS)
    if text.startswith(_UPPER_BOUNDS):
        return other.value >= bounded.value and not other_text.startswith(_UPPER_BOUNDS)
    return False


def _floor_rounded_up(coarse: Figure, fine: Figure) -> bool:
    """Return True when two floors ("more than") or two ceilings ("up to") are rounded the
    wrong way: a rounder floor can only be lower ("more than a million" for "more than 1.1
    million"), a rounder ceiling only higher."""
    coarse_text, fine_text = coarse.text.lower(), fine.text.lower()
    if coarse.value is None or fine.value is None:
        return False
    if coarse_text.startswith(_LOWER_BOUNDS) and fine_text.startswith(_LOWER_BOUNDS):
        return coarse.value > fine.value
    if coarse_text.startswith(_UPPER_BOUNDS) and fine_text.startswith(_UPPER_BOUNDS):
        return coarse.value < fine.value
    return False


def equivalence_note(first: Located, second: Located) -> str | None:
    """Return a note when two different-looking figures are one quantity told another way
    (precision, hedge, unit of length, currency), else None."""
    a, b = first.figure, second.figure
    rough = roughly(first, second)
    if rough is not None:
        return rough
    if age_in_years(first, second):
        return "the same span of years, told as an age"
    if first.length_km is not None and second.length_km is not None:
        if first.length_unit == second.length_unit:
            # "around 1.8 miles" and "nearly two miles"; not the looser hedge ("about
            # 41,300 megawatts" is no "40,870 MW").
            note = _rounded_or_hedged(a, b)
            return note if note == _ROUNDED else None
        larger = max(first.length_km, second.length_km)
        close = abs(first.length_km - second.length_km) <= _LENGTH_TOLERANCE * larger
        measure = MEASURED_KINDS.get(first.kind, "distance")
        return f"the same {measure} in other units" if close else None
    if a.value is None or b.value is None or a.value <= 0 or b.value <= 0:
        return None
    if first.kind == "money" and a.unit != b.unit:
        rate_a, rate_b = _USD_RATES.get(a.unit), _USD_RATES.get(b.unit)
        if rate_a is None or rate_b is None:
            return None
        usd_a, usd_b = a.value * rate_a, b.value * rate_b
        close = abs(usd_a - usd_b) <= _CURRENCY_TOLERANCE * max(usd_a, usd_b)
        return "same amount in another currency?" if close else None
    if a.unit == b.unit == "time" and first.zone != second.zone:
        minutes = utc_minutes(first), utc_minutes(second)
        if minutes[0] is not None and minutes[0] == minutes[1]:
            return "the same time in another time zone"
        return None
    if a.unit == b.unit and a.unit in ("date", "month") and _same_calendar(a, b):
        return "the same date, the year given by one"
    if first.kind == "share" and a.unit != b.unit:
        return _share_told_roughly(a, b)
    if a.unit != b.unit or first.kind in TIME_POINT_UNITS:
        return None
    return _rounded_or_hedged(a, b)


_ROUNDED = "the same figure, rounded"


def _rounded_or_hedged(a: Figure, b: Figure) -> str | None:
    """Return a note when two values in one unit are one told less precisely (rounded) or
    hedged within a few per cent, on the side any bound says, else None."""
    if a.value is None or b.value is None or a.value <= 0 or b.value <= 0:
        return None
    if _breaks_bound(a, b) or _breaks_bound(b, a):
        return None  # "more than $12.4 million" and "$12,386,540" disagree
    coarse, fine = (a, b) if _granularity(a.value) >= _granularity(b.value) else (b, a)
    if _floor_rounded_up(coarse, fine):
        return None  # "just over three million" is no rounding of "more than 2.6 million"
    step = _granularity(coarse.value or 0.0)
    if step < 10 * _granularity(fine.value or 0.0):
        return None  # "about 9,400" and "nearly 9,500": two figures told as precisely
    fine_value, coarse_value = float(fine.value or 0.0), float(coarse.value or 0.0)
    # Half up, as a writer rounds ("£85m" for "£84.5 million"), or down (a floor).
    rounded = {math.floor(fine_value / step + 0.5) * step, math.floor(fine_value / step) * step}
    may_round = coarse.approximate or coarse_value >= _SMALL or not fine_value.is_integer()
    if may_round and any(math.isclose(coarse_value, value, rel_tol=1e-9) for value in rounded):
        return _ROUNDED
    hedged = a.approximate or b.approximate
    if hedged and abs(a.value - b.value) <= _HEDGED_TOLERANCE * max(a.value, b.value):
        return "the same figure, hedged"
    return None


def utc_minutes(item: Located) -> int | None:
    """Return a clock time in minutes after midnight UTC, None when its zone is not known."""
    if item.zone is None or item.zone == ZONE_UNKNOWN or item.figure.value is None:
        return None
    value = int(item.figure.value)
    return (value // 100 * 60 + value % 100 - item.zone) % 1440


#: How far (as a share) a bounded or hedged share may be from a precise one and still be it
#: told roughly ("less than a third full" / "31 percent of capacity").
_SHARE_ROUGH = 0.05


def _share_told_roughly(a: Figure, b: Figure) -> str | None:
    """Return a note when one share is a hedge or bound of the other told as a fraction or a
    percentage ("less than a third" / "31 percent"), within a few points and on the side
    the bound says, else None."""
    rough, exact = (a, b) if a.approximate else (b, a)
    if not rough.approximate or exact.approximate:
        return None
    rough_share, exact_share = share_of(rough), share_of(exact)
    if rough_share is None or exact_share is None:
        return None
    if abs(rough_share - exact_share) > _SHARE_ROUGH:
        return None
    text = rough.text.lower()
    if text.startswith(_LOWER_BOUNDS) and exact_share <= rough_share:
        return None
    if text.startswith(_UPPER_BOUNDS) and exact_share >= rough_share:
        return None
    return "the same share, told roughly"


def calendar(figure: Figure) -> tuple[int, int, int]:
    """Return (year or 0, month, day or 0) of a date or a month."""
    value = int(figure.value or 0)
    if figure.unit == "month":
        return (value // 100, value % 100, 0) if value > 12 else (0, value, 0)
    if value >= 10_000_000:
        return value // 10_000, value // 100 % 100, value % 100
    return 0, value // 100, value % 100


def _same_calendar(first: Figure, second: Figure) -> bool:
    """Return True for one month or day told with its year by one source only ("December"
    and "December 2023")."""
    year_a, month_a, day_a = calendar(first)
    year_b, month_b, day_b = calendar(second)
    return (month_a, day_a) == (month_b, day_b) and bool(year_a) != bool(year_b)


def age_in_years(first: Located, second: Located) -> bool:
    """Return True for an age and a span of as many years ("its 56-year-old assembly
    plant" / "after 56 years, the company is pulling out"): one span told two ways."""
    if {first.kind, second.kind} != {"age", "duration"}:
        return False
    age, span = (first, second) if first.kind == "age" else (second, first)
    return span.figure.unit == "duration:year" and age.figure.value == span.figure.value


def roughly(first: Located, second: Located) -> str | None:
    """Return a note when one figure tells only roughly ("dozens", "tens of thousands")
    a count the other gives ("41"), else None."""
    if {first.kind, second.kind} != {"vague", "count"}:
        return None
    rough, exact = (first, second) if first.kind == "vague" else (second, first)
    bounds = vague_bounds(rough.figure.text)
    value = exact.figure.value
    if bounds is None or value is None or not bounds[0] <= value <= bounds[1]:
        return None
    return f"told roughly (“{rough.figure.text}”) where the other gives a count"


def magnitude(item: Located) -> float | None:
    """Return the size of a plain figure (a positive value in one unit, an amount in US
    dollars), or None for a figure that may equal one of another size (a share, duration,
    length, date, time or point in time, a vague count, an age).

    Two plain figures of one kind that :func:`same_figures` or :func:`equivalence_note`
    holds for are within a factor of two of each other (a rounding, a hedge, a currency)."""
    figure = item.figure
    value, unit = figure.value, figure.unit
    if (
        value is None
        or not 0 < value < math.inf
        or item.kind in TIME_POINT_UNITS | {"vague", "age", "share"}
        or item.length_km is not None
        or item.zone is not None
        or unit in SHARE_UNITS
        or unit in ("time", "date", "month")
        or unit.startswith("duration")
    ):
        return None
    return value * _USD_RATES.get(unit, 1.0) if item.kind == "money" else value


def two_digits(first: Located, second: Located) -> bool:
    """Return True when the rounder of two figures keeps at least two significant digits
    ("$86 billion" for "$86.1 billion"; not "10 days" for "nine days")."""
    values = [abs(first.figure.value or 0.0), abs(second.figure.value or 0.0)]
    coarse = max(values, key=_granularity)
    return coarse / _granularity(coarse) >= 10


def precise_rounding(first: Located, second: Located) -> bool:
    """Return True when the rounder of two figures still keeps three significant digits
    ("Some 105,000" for "105,204"; not "12,000" for "11,800"): one fact wherever it stands."""
    values = [abs(first.figure.value or 0.0), abs(second.figure.value or 0.0)]
    coarse = max(values, key=_granularity)
    return coarse >= _LARGE and coarse / _granularity(coarse) >= 100
