"""Measures in a unit read from a sentence's words (tui.core.text.measures)."""

from __future__ import annotations

import pytest

from tui.core.text.measures import measures
from tui.core.text.words import words


@pytest.mark.parametrize(
    ("text", "kind", "size"),
    [
        ("at about the 20-mile mark", "length", 32.18688),
        ("a 4.6km loop", "length", 4.6),
        ("some 5 nautical miles off the coast", "length", 9.26),
        ("four miles from the plant", "length", 6.437376),
        ("41,300 acres burned", "area", 167.135318),
        ("1.2 million tonnes of grain", "mass", 1.2e9),
        ("a 13-foot wave", "length", 0.0039624),
    ],
)
def test_a_measure_is_read_in_the_base_unit_of_its_kind(text: str, kind: str, size: float) -> None:
    (measure,) = measures(words(text)).values()
    assert measure.kind == kind
    assert measure.size == pytest.approx(size)


def test_money_years_and_bare_counts_are_no_measures() -> None:
    assert measures(words("It cost $4m in 2019 and 300 people came, at 6 p.m.")) == {}
