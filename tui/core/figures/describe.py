"""Say what a figure's normalised value means, in words a journalist reads at a glance."""

from __future__ import annotations

import calendar

from tui.core.figures.readers import tally_parts
from tui.core.models import Figure

_DAY_NAMES = list(calendar.day_name)  # Monday first, as date.weekday()
_MONTH_NAMES = list(calendar.month_name)  # "" first, then January …


def _number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4g}"


def _money(value: float, currency: str) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{currency} {_number(value / size)} {word}"
    return f"{currency} {_number(value)}"


def _date(value: int) -> str:
    year, month_day = divmod(value, 10_000) if value >= 10_000_000 else (0, value)
    month, day = divmod(month_day, 100)
    if not 1 <= month <= 12:
        return str(value)
    written = f"{_MONTH_NAMES[month]} {day}"
    return f"{written}, {year}" if year else f"{written} (no year given)"


def _month(value: int) -> str:
    year, month = divmod(value, 100) if value > 12 else (0, value)
    if not 1 <= month <= 12:
        return str(value)
    return f"{_MONTH_NAMES[month]} {year}" if year else _MONTH_NAMES[month]


def _relative(value: float, unit: str) -> str:
    amount = abs(int(value))
    plural = "" if amount == 1 else "s"
    if value == 0:
        return f"this {unit}"
    direction = "before" if value < 0 else "after"
    return f"{amount} {unit}{plural} {direction} the time of writing"


def describe_figure(figure: Figure) -> str:
    """Return the figure's value in words, e.g. "Sunday", "USD 8 billion", "a share of 33.3%".

    Approximate figures end with "(approximate)". A figure with no value is "no value".
    """
    if figure.value is None:
        return "no value"
    value, unit = figure.value, figure.unit
    kind, _, detail = unit.partition(":")
    if kind == "weekday" and 0 <= value <= 6:
        text = _DAY_NAMES[int(value)]
    elif kind == "date":
        text = _date(int(value))
    elif kind == "month":
        text = _month(int(value))
    elif kind == "time":
        hours, minutes = divmod(int(value), 100)
        text = f"{hours:02d}:{minutes:02d}"
    elif kind in ("year", "decade"):
        text = f"{int(value)}s" if kind == "decade" else str(int(value))
    elif kind == "percent":
        text = f"{_number(value)}%"
    elif kind == "percentage-point":
        text = f"{_number(value)} percentage points"
    elif kind == "fraction":
        text = f"a share of {value * 100:.3g}%"
    elif kind == "cent":
        text = f"{_number(value)} cents"
    elif kind == "vague":
        return f"told roughly: {figure.text}"
    elif kind == "ordinal":
        text = f"rank {_number(value)}"
    elif kind == "temperature":
        text = f"{_number(value)} °C"
    elif kind == "tally":
        high, low = tally_parts(value)
        text = f"a score or vote of {_number(high)} to {_number(low)}"
    elif kind == "age":
        text = f"aged {_number(value)}"
    elif kind == "duration":
        text = f"{_number(value)} {detail}{'' if value == 1 else 's'}"
    elif kind == "relative-date":
        text = _relative(value, detail or "time unit")
    elif unit.isupper():
        text = _money(value, unit)
    else:
        text = _number(value)
    return f"{text} (approximate)" if figure.approximate else text
