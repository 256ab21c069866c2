"""Framing on the sample pair: the gold shifts, with a hand alignment and through the pipeline."""

from __future__ import annotations

import pytest

from tests.factories import text_of
from tests.gold.gold import hand_alignment, read_gold
from tui.core.framing.find import find_framing
from tui.core.models import Comparison, Document


@pytest.fixture(scope="module")
def gold() -> dict[str, list[dict[str, list[str] | str]]]:
    loaded: dict[str, list[dict[str, list[str] | str]]] = read_gold("framing_sample")
    return loaded


def _expected(gold: dict[str, list[dict[str, list[str] | str]]]) -> set[tuple[str, str, str]]:
    return {(str(s["category"]), str(s["a"]), str(s["b"])) for s in gold["shifts"]}


def test_the_hand_aligned_sample_gives_exactly_the_gold_shifts(
    sample_a: Document, sample_b: Document, gold: dict[str, list[dict[str, list[str] | str]]]
) -> None:
    shifts = find_framing(sample_a, sample_b, hand_alignment(sample_a, sample_b, gold["pairs"]))
    assert {(s.category, text_of(s.a), text_of(s.b)) for s in shifts} == _expected(gold)
    assert len(shifts) == len(gold["shifts"])


def test_the_pipeline_reports_said_suggested_and_de_facto_effective(
    sample_comparison: Comparison,
) -> None:
    found = {(s.category, text_of(s.a), text_of(s.b)) for s in sample_comparison.framing}
    assert ("attribution", "said", "suggested") in found
    assert ("hedging", "de facto", "effective") in found
    summaries = {d.summary for d in sample_comparison.differences if d.kind == "framing"}
    assert (
        "Framing (attribution): “said” → “suggested” (B is weaker: implies, does not state)"
        in summaries
    )
    assert any(s.startswith("Framing (hedging): “de facto” → “effective”") for s in summaries)
    assert all("\n" not in s and " → nothing" not in s for s in summaries)


def test_the_pipeline_finds_most_gold_shifts_and_little_else(
    sample_comparison: Comparison, gold: dict[str, list[dict[str, list[str] | str]]]
) -> None:
    found = {(s.category, text_of(s.a), text_of(s.b)) for s in sample_comparison.framing}
    expected = _expected(gold)
    assert len(found & expected) >= 0.8 * len(expected)
    assert len(found - expected) <= 2
