"""Units of length, area, mass, power and energy written after a count: the figure reader
takes the unit into the figure's text ("some 3.9 billion kilometers") and the locator
measures the figure by it. The tables of units and their sizes are shared with the aligner
(:mod:`tui.core.text.measures`)."""

from __future__ import annotations

import re

from tui.core.text.measures import AREAS, ENERGIES, LENGTHS, MASSES, POWERS

__all__ = ["AREAS", "ENERGIES", "LENGTHS", "MASSES", "MEASURED_KINDS", "POWERS", "UNIT_AFTER"]

#: The kinds of figure measured in a unit (a size in the unit of its table), each with
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
