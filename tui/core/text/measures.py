"""Measures in a unit: the unit tables shared by every stage, and the measures a sentence
states ("20-mile", "32 kilometers", "5 nautical miles", "41,300 acres", "1.2 million
tonnes"), each with its size in the base unit of its kind.

The aligner reads them to see that "at about the 20-mile mark" and "shortly after 32
kilometers" give one distance (:mod:`tui.core.align.agreement`); the figure reader takes
the unit into the figure's text (:mod:`tui.core.figures.units`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.text.numerals import NUMBER_WORDS
from tui.core.text.words import fold_marks

#: Units of length after a count, in kilometres.
LENGTHS = {
    "mile": 1.609344,
    "miles": 1.609344,
    "mi": 1.609344,
    "mph": 1.609344,
    "km": 1.0,
    "kilometre": 1.0,
    "kilometres": 1.0,
    "kilometer": 1.0,
    "kilometers": 1.0,
    "kph": 1.0,
    "km/h": 1.0,
    "cm": 0.00001,
    "centimetres": 0.00001,
    "centimeters": 0.00001,
    "mm": 0.000001,
    "millimetre": 0.000001,
    "millimetres": 0.000001,
    "millimeter": 0.000001,
    "millimeters": 0.000001,
    "centimetre": 0.00001,
    "centimeter": 0.00001,
    "inch": 0.0000254,
    "inches": 0.0000254,
    "metre": 0.001,
    "meter": 0.001,
    "metres": 0.001,
    "meters": 0.001,
    "feet": 0.0003048,
    "foot": 0.0003048,
    "ft": 0.0003048,
    "yard": 0.0009144,
    "nautical mile": 1.852,
    "nautical miles": 1.852,
    "yards": 0.0009144,
}

#: Units of area after a count, in square kilometres ("41,300 acres", "65 square miles").
AREAS = {
    "acre": 0.00404686,
    "acres": 0.00404686,
    "hectare": 0.01,
    "hectares": 0.01,
    "square mile": 2.589988,
    "square miles": 2.589988,
    "sq mi": 2.589988,
    "square kilometre": 1.0,
    "square kilometres": 1.0,
    "square kilometer": 1.0,
    "square kilometers": 1.0,
    "sq km": 1.0,
    "km2": 1.0,
}
#: Units of mass after a count, in kilograms ("150 grams (5.3 ounces)", "a 1,240-kilogram
#: probe"). "Pounds" is left out: after a number it is as often money.
MASSES = {
    "g": 0.001,
    "gram": 0.001,
    "grams": 0.001,
    "gramme": 0.001,
    "grammes": 0.001,
    "kg": 1.0,
    "kilo": 1.0,
    "kilos": 1.0,
    "kilogram": 1.0,
    "kilograms": 1.0,
    "kilogramme": 1.0,
    "kilogrammes": 1.0,
    "tonne": 1000.0,
    "tonnes": 1000.0,
    "oz": 0.0283495,
    "ounce": 0.0283495,
    "ounces": 0.0283495,
    "lb": 0.453592,
    "lbs": 0.453592,
    "mg": 1e-6,
    "milligram": 1e-6,
    "milligrams": 1e-6,
    "microgram": 1e-9,
    "micrograms": 1e-9,
    "mcg": 1e-9,
    "µg": 1e-9,
    "nanogram": 1e-12,
    "nanograms": 1e-12,
}
#: Units of power after a count, in kilowatts ("41,236 MW", "41.2 gigawatts").
POWERS = {
    "watt": 0.001,
    "watts": 0.001,
    "kw": 1.0,
    "kilowatt": 1.0,
    "kilowatts": 1.0,
    "mw": 1e3,
    "megawatt": 1e3,
    "megawatts": 1e3,
    "gw": 1e6,
    "gigawatt": 1e6,
    "gigawatts": 1e6,
}
#: Units of energy after a count, in kilowatt-hours ("4.1 TWh", "800 gigawatt-hours").
ENERGIES = {
    "kwh": 1.0,
    "kilowatt-hour": 1.0,
    "kilowatt-hours": 1.0,
    "mwh": 1e3,
    "megawatt-hour": 1e3,
    "megawatt-hours": 1e3,
    "gwh": 1e6,
    "gigawatt-hour": 1e6,
    "gigawatt-hours": 1e6,
    "twh": 1e9,
    "terawatt-hour": 1e9,
    "terawatt-hours": 1e9,
}
#: Each table of units with the kind of measure it gives.
UNIT_KINDS: dict[str, dict[str, float]] = {
    "length": LENGTHS,
    "area": AREAS,
    "mass": MASSES,
    "power": POWERS,
    "energy": ENERGIES,
}
_UNIT_OF: dict[str, tuple[str, float]] = {
    unit: (kind, size) for kind, table in UNIT_KINDS.items() for unit, size in table.items()
}
#: Any unit word in a text: a cheap test before the words are read for measures.
_UNIT_WORD = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(sorted((re.escape(u) for u in _UNIT_OF), key=len, reverse=True))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
#: Scale words between a number and its unit ("1.2 million tonnes").
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9}
_TRIM = ".,;:()[]\"'"


@dataclass(frozen=True)
class Measure:
    """A measure as stated: its kind ("length"), the size of its unit in the kind's base
    unit (one size per unit, whatever its spelling: "mile" and "miles") and its own size in
    the base unit."""

    kind: str
    unit: float
    size: float


def _number(word: str) -> float | None:
    folded = fold_marks(word).lower().strip(_TRIM)
    written = NUMBER_WORDS.get(folded, folded)
    if not written[:1].isdigit():
        return None
    try:
        return float(written.replace(",", ""))
    except ValueError:
        return None


def _unit(word: str, following: str = "") -> tuple[str, float] | None:
    """Return the kind and unit size of a unit written as ``word`` (or as ``word`` and the
    word after it: "nautical miles", "square miles"), else None."""
    first = fold_marks(word).lower().strip(_TRIM)
    if following:
        pair = f"{first} {fold_marks(following).lower().strip(_TRIM)}"
        if pair in _UNIT_OF:
            return _UNIT_OF[pair]
    return _UNIT_OF.get(first)


def _glued(word: str) -> tuple[float, tuple[str, float]] | None:
    """Return the number and unit of a word that writes both ("20-mile", "4.6km")."""
    folded = fold_marks(word).lower().strip(_TRIM)
    cut = len(folded) - len(folded.lstrip("0123456789.,"))
    if cut == 0 or cut == len(folded):
        return None
    number = _number(folded[:cut].rstrip(".,"))
    unit = _UNIT_OF.get(folded[cut:].lstrip("-"))
    return None if number is None or unit is None else (number, unit)


def may_state_measure(text: str) -> bool:
    """Return whether a text holds a unit word at all ("miles", "km", "13ft"): when it does
    not, it states no measure."""
    return _UNIT_WORD.search(text) is not None


def measures(words: Sequence[str]) -> dict[int, Measure]:
    """Return the measures a sentence states, by the position of the word that carries the
    number."""
    found: dict[int, Measure] = {}
    for position, word in enumerate(words):
        glued = _glued(word)
        if glued is not None:
            count, (kind, unit) = glued
            found[position] = Measure(kind, unit, count * unit)
            continue
        written = _number(word)
        if written is None or position + 1 >= len(words):
            continue
        number, after = written, position + 1
        scale = _SCALES.get(fold_marks(words[after]).lower().strip(_TRIM))
        if scale is not None:
            number, after = number * scale, after + 1
        if after >= len(words):
            continue
        following = words[after + 1] if after + 1 < len(words) else ""
        unit_of = _unit(words[after], following)
        if unit_of is not None:
            kind, unit = unit_of
            found[position] = Measure(kind, unit, number * unit)
    return found
