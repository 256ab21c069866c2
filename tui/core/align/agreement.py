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
and "in 2019", "3 p.m.", are not amounts. A measure in a unit is compared only with a
measure of its kind, in the size of both: "the 20-mile mark" and "after 32 kilometers" agree
(a conversion rounds, so within :data:`CONVERTED_TOLERANCE`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.align.scoring import word_terms
from tui.core.text.measures import Measure, measures
from tui.core.text.numerals import NUMBER_WORDS
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
#: A measure two sentences give in different units counts as this many shared figure terms
#: (a figure both write alike shares two: the figure and its rounded form).
CONVERTED_FIGURE_TERMS = 1
#: Two measures in different units agree within this share of the larger: "four miles"
#: and "6.5 km", "5 nautical miles" and "9 kilometers".
CONVERTED_TOLERANCE = 0.08


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
    #: The measure the figure states in a unit ("32 kilometers"), else None.
    measure: Measure | None = None

    @property
    def kind(self) -> str:
        """What the figure can be compared with: a span of time, a measure of one kind (a
        length, a mass…) or any other amount."""
        if self.measure is not None:
            return self.measure.kind
        return "duration" if self.duration else "amount"


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
    measured = measures(words) if any(_may_measure(word) for word in words) else {}
    for position, word in enumerate(words):
        following = words[position + 1].lower() if position + 1 < len(words) else ""
        if following in _CLOCK:
            continue
        measure = measured.get(position)
        for term in word_terms(word):
            figure = _figure(term)
            if figure is None:
                continue
            before = [fold_marks(w).lower() for w in words[max(0, position - 2) : position]]
            hedged = bool(HEDGES.intersection(before)) or before == ["up", "to"]
            duration = fold_marks(following).strip(".,;:") in _TIME_UNITS
            found.append(Figure(figure[0], figure[1], hedged, duration, measure))
            measure = None
        if measure is not None:
            # A number glued to its unit ("13ft") is no figure term of its own.
            found.append(Figure(measure.size / measure.unit, 0, False, False, measure))
    return found


def _may_measure(word: str) -> bool:
    """Return whether a word may carry or follow a figure (a cheap test before the measure
    reader runs)."""
    return word[:1].isdigit() or word.lower() in NUMBER_WORDS


def agree(x: Figure, y: Figure) -> bool:
    """Return whether two figures can state the same amount."""
    if x.measure is not None and y.measure is not None and x.measure.unit != y.measure.unit:
        larger = max(abs(x.measure.size), abs(y.measure.size))
        return abs(x.measure.size - y.measure.size) <= CONVERTED_TOLERANCE * larger
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
    """Return whether both sentences state figures of one kind (spans of time, measures of
    one kind, or other amounts) and none of one agrees with any of the other: "four days
    after" and "more than 40 of his officers" tell no two values of one thing."""
    a_figures = figures(a_words)
    if not a_figures:
        return False
    b_figures = figures(b_words)
    comparable = [(x, y) for x in a_figures for y in b_figures if x.kind == y.kind]
    return bool(comparable) and not any(agree(x, y) for x, y in comparable)


def converted_measures(a_words: Sequence[str], b_words: Sequence[str]) -> int:
    """Return how many measures of one sentence agree with a measure of the other written in
    another unit ("the 20-mile mark" and "after 32 kilometers"): figures the two share that
    no shared term shows."""
    a_measured = [f for f in figures(a_words) if f.measure is not None]
    if not a_measured:
        return 0
    b_measured = [f for f in figures(b_words) if f.measure is not None]
    return sum(any(_converted(x, y) for y in b_measured) for x in a_measured)


def _converted(x: Figure, y: Figure) -> bool:
    """Return whether two measures of one kind in different units agree."""
    if x.measure is None or y.measure is None or x.measure.kind != y.measure.kind:
        return False
    return x.measure.unit != y.measure.unit and agree(x, y)
