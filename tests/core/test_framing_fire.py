"""Framing on an invented fire report and its charged rewrite: every category, and the traps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.factories import text_of
from tests.gold.gold import hand_alignment, read_gold
from tui.core.compare import compare
from tui.core.framing.find import find_framing
from tui.core.models import Document, FramingShift
from tui.core.text.document import open_document

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def gold() -> dict[str, Any]:
    loaded: dict[str, Any] = read_gold("framing_fire")
    return loaded


@pytest.fixture(scope="module")
def documents(gold: dict[str, Any]) -> tuple[Document, Document]:
    return open_document(str(ROOT / gold["a"])), open_document(str(ROOT / gold["b"]))


def _keys(shifts: tuple[FramingShift, ...]) -> set[tuple[str, str, str]]:
    return {(s.category, text_of(s.a), text_of(s.b)) for s in shifts}


def _expected(gold: dict[str, Any]) -> set[tuple[str, str, str]]:
    return {(s["category"], s["a"], s["b"]) for s in gold["shifts"]}


def test_the_hand_aligned_pair_gives_exactly_the_gold_shifts(
    documents: tuple[Document, Document], gold: dict[str, Any]
) -> None:
    a, b = documents
    shifts = find_framing(a, b, hand_alignment(a, b, gold["pairs"]))
    assert _keys(shifts) == _expected(gold)
    assert len(shifts) == len(gold["shifts"])
    assert {s.category for s in shifts} == {
        "attribution",
        "hedging",
        "intensity",
        "loaded",
        "whose-view",
        "prominence",
    }


def test_neutral_verbs_interchangeable_modals_quoted_words_and_reordering_are_not_flagged(
    documents: tuple[Document, Document], gold: dict[str, Any]
) -> None:
    a, b = documents
    flagged = " ".join(
        f"{text_of(s.a)} {text_of(s.b)}"
        for s in find_framing(a, b, hand_alignment(a, b, gold["pairs"]))
        if s.category != "prominence"
    )
    for trap in ("told", "added", "might", "could", "may", "piled", "stacked", "battled"):
        assert trap not in flagged.split(), trap
    assert "records" not in flagged and "Investigators" not in flagged


def test_the_notes_say_which_word_which_source_and_what_it_does(
    documents: tuple[Document, Document], gold: dict[str, Any]
) -> None:
    a, b = documents
    notes = {s.note for s in find_framing(a, b, hand_alignment(a, b, gold["pairs"]))}
    assert "“fire” in A, “massive fire” in B (intensifier only in B)" in notes
    assert "“said” → “claimed” (B: the writer does not vouch for it)" in notes
    assert "“criticised” → “slammed” (neutral in A, loaded in B)" in notes
    assert "leads in A (paragraph 2), buried in B (paragraph 11 of 12)" in notes
    assert "“plant” in A, “notorious plant” in B (loaded word only in B: passes judgement)" in notes


def test_the_pipeline_finds_the_gold_shifts_on_the_fire_pair(
    documents: tuple[Document, Document], gold: dict[str, Any]
) -> None:
    comparison = compare(*documents)
    found = _keys(comparison.framing)
    expected = _expected(gold)
    assert len(found & expected) >= 0.8 * len(expected)
    assert len(found - expected) <= 1
    summaries = [d.summary for d in comparison.differences if d.kind == "framing"]
    assert all("\n" not in s and s.startswith("Framing (") for s in summaries)
