"""The one table of difference kinds: their order, labels, filter names and report sections.

Every screen, filter, report and test that names a kind reads it from :data:`KINDS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

DifferenceKind = Literal["unique", "quote", "number", "framing", "wording"]


@dataclass(frozen=True, slots=True)
class Kind:
    """One kind of difference and every name it goes by."""

    name: DifferenceKind
    #: The label of its filter ("One source only").
    filter_label: str
    #: The short label of its filter tab ("Only").
    tab_label: str
    #: The label of a list row of this kind ("quote").
    row_label: str
    #: The title of its report section ("Quotations").
    section_title: str


#: Kinds in the order of the filters; ``unique`` rows say which side (see :func:`row_label`).
KINDS: tuple[Kind, ...] = (
    Kind("unique", "One source only", "Only", "only in", "Found in one source only"),
    Kind("quote", "Quotes", "Quo", "quote", "Quotations"),
    Kind("number", "Numbers", "Num", "number", "Numbers and dates"),
    Kind("framing", "Framing", "Fram", "framing", "Framing"),
    Kind("wording", "Wording", "Word", "wording", "Wording"),
)
KINDS_BY_NAME: dict[DifferenceKind, Kind] = {kind.name: kind for kind in KINDS}

#: Every kind, in filter order.
DIFFERENCE_KINDS: tuple[DifferenceKind, ...] = tuple(kind.name for kind in KINDS)

#: Report sections in reading order: what matters most to a fact-checker first.
SECTION_ORDER: tuple[DifferenceKind, ...] = ("quote", "number", "framing", "unique", "wording")


def row_label(kind: DifferenceKind, *, side: Literal["a", "b"] | None = None) -> str:
    """Return the short label of a list row: ``only A`` / ``only B`` for one-source passages."""
    if kind == "unique" and side is not None:
        return f"only {side.upper()}"
    return KINDS_BY_NAME[kind].row_label
