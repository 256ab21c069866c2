"""Whether the figures of two sentences can tell the same thing.

Two sentences that each state figures, none of which agrees with any figure of the other
("confirmed 16 deaths and said 21 were missing" and "had confirmed 12 deaths, with 26
missing"; "shares were up 3.1%" and "earned $3.2 billion"), tell two moments or two facts.
The weaker steps of the aligner, which pair sentences on their neighbours' evidence, refuse
such a pair (:mod:`tui.core.align.pairing`, :mod:`tui.core.align.merging`); the main
best-first match does not, as two outlets do report one fact with two figures, and that
conflict is a finding.

A figure agrees with another when they are equal, when the coarser one is the finer one
rounded and within a tenth of it ("$12 million" and "$12.4 million"; "105,000" and
"105,204"), or when either is hedged ("nearly five hours" and "more than four hours") and
they lie within a quarter of each other. Years and times of day take no part: "in 2018"
and "in 2019", "3 p.m.", are not amounts.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.align.scoring import word_terms
from tui.core.text.words import fold_marks

#: Words before a figure that make it approximate ("nearly", "more than", "at least",
#: "some"; and "up to", but not "up 3%").
HEDGES = frozenset(
    {
        "about",
        "around",
        "nearly",
        "almost",
        "roughly",
        "approximately",
        "some",
        "over",
        "than",
        "least",
        "under",
        "estimated",
        "just",
    }
)
_CLOCK = frozenset({"a.m.", "p.m.", "am", "pm"})
#: Words after a figure that make it a span of time.
_TIME_UNITS = frozenset(
    {
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week",
        "weeks", "month", "months", "year", "years", "decade", "decades",
    }
)  # fmt: skip
#: A figure agrees with a finer one that rounds to it only this close: "20" is "19.2"
#: rounded, not "15" (though 15 rounds to 20 in tens).
ROUNDED_TOLERANCE = 0.1
#: Hedged figures agree within this share of the larger one.
HEDGED_TOLERANCE = 0.25


@dataclass(frozen=True)
class Figure:
    """A figure as stated: its value, its precision (decimal places, negative for trailing
    zeros of a whole number) and whether a hedge stands before it."""

    value: float
    precision: int
    hedged: bool
    #: Whether the figure is a span of time ("four days", "six years"): it is compared only
    #: with another span of time, and a count only with another figure that is no span.
    duration: bool = False


def _precision(number: str) -> int:
    digits = number.replace(",", "")
    if "." in digits:
        return len(digits.split(".", 1)[1])
    whole = digits.lstrip("0")
    return -(len(whole) - len(whole.rstrip("0"))) if whole else 0


def _figure(term: str) -> tuple[float, int] | None:
    """Return the value and precision of a figure term written out ("16", "3.1", "12,386"),
    or None for any other term, a rounded "~" term or a year."""
    if not term[:1].isdigit() or (len(term) == 4 and term.isdigit()):
        return None
    try:
        return float(term.replace(",", "")), _precision(term)
    except ValueError:
        return None


def figures(words: Sequence[str]) -> list[Figure]:
    """Return the figures a sentence states, given its words (a time of day, "3 p.m.",
    is no amount)."""
    found: list[Figure] = []
    for position, word in enumerate(words):
        following = words[position + 1].lower() if position + 1 < len(words) else ""
        if following in _CLOCK:
            continue
        for term in word_terms(word):
            figure = _figure(term)
            if figure is None:
                continue
            before = [fold_marks(w).lower() for w in words[max(0, position - 2) : position]]
            hedged = bool(HEDGES.intersection(before)) or before == ["up", "to"]
            duration = fold_marks(following).strip(".,;:") in _TIME_UNITS
            found.append(Figure(figure[0], figure[1], hedged, duration))
    return found


def agree(x: Figure, y: Figure) -> bool:
    """Return whether two figures can state the same amount."""
    if x.value == y.value:
        return True
    if x.hedged or y.hedged:
        return abs(x.value - y.value) <= HEDGED_TOLERANCE * max(abs(x.value), abs(y.value))
    if x.precision == y.precision:
        return False
    coarse, fine = (x, y) if x.precision < y.precision else (y, x)
    close = abs(fine.value - coarse.value) <= ROUNDED_TOLERANCE * abs(coarse.value)
    return close and abs(round(fine.value, coarse.precision) - coarse.value) < 1e-9


def figures_disagree(a_words: Sequence[str], b_words: Sequence[str]) -> bool:
    """Return whether both sentences state figures of one kind (spans of time, or other
    amounts) and none of one agrees with any of the other: "four days after" and "more than
    40 of his officers" tell no two values of one thing."""
    a_figures = figures(a_words)
    if not a_figures:
        return False
    b_figures = figures(b_words)
    comparable = [(x, y) for x in a_figures for y in b_figures if x.duration == y.duration]
    return bool(comparable) and not any(agree(x, y) for x, y in comparable)
