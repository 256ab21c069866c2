"""Units of length, area, mass, power and energy written after a count, with their sizes:
the figure reader takes the unit into the figure's text ("some 3.9 billion kilometers") and
the locator measures the figure by it."""

from __future__ import annotations

import re

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
#: The kinds of figure measured in a unit (a size in the unit of its table above), each with
#: the word a note uses for it.
MEASURED_KINDS = {
    "length": "distance",
    "area": "area",
    "mass": "weight",
    "power": "power",
    "energy": "energy",
}

#: A unit right after a count ("40 km", "25 miles", "150 grams", "65 square miles", "4.6km").
UNIT_AFTER = re.compile(
    r"\s?(?:"
    + "|".join(
        sorted(
            (re.escape(u) for u in (*LENGTHS, *AREAS, *MASSES, *POWERS, *ENERGIES)),
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w/])",
    re.IGNORECASE,
)
