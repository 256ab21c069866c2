"""The sample pair's quotations against the hand-checked gold in tests/gold/quotes_sample.json."""

from __future__ import annotations

from typing import Any

import pytest

from tests.contract import validate
from tests.gold.gold import read_gold
from tui.core.models import Alignment, Comparison, Document, QuoteMatch
from tui.core.quotes import compare_quotes, quote_differences
from tui.core.report.json_output import comparison_to_dict


def _gold() -> list[dict[str, Any]]:
    entries: list[dict[str, Any]] = read_gold("quotes_sample")["quotes"]
    return entries


def _check_against_gold(matches: tuple[QuoteMatch, ...]) -> None:
    gold = _gold()
    assert len(matches) == len(gold)
    for match, expected in zip(matches, gold, strict=True):
        assert match.status == expected["status"], expected
        assert (match.a.text if match.a else None) == expected["a"]
        assert (match.b.text if match.b else None) == expected["b"]
        if match.a is not None:
            assert match.a.speaker == expected["speaker_a"], expected
        if match.b is not None:
            assert match.b.speaker == expected["speaker_b"], expected
        for change in expected.get("changed", []):
            assert change in match.note, (change, match.note)
        if match.status == "same":
            assert "attributed" not in match.note


def test_sample_quotes_match_gold_without_alignment(sample_a: Document, sample_b: Document) -> None:
    matches = compare_quotes(sample_a, sample_b, Alignment(groups=(), only_a=(), only_b=()))
    _check_against_gold(matches)


def test_sample_quotes_match_gold_in_the_full_comparison(sample_comparison: Comparison) -> None:
    _check_against_gold(sample_comparison.quotes)


def test_sample_quote_spans_follow_the_contract(sample_comparison: Comparison) -> None:
    document = comparison_to_dict(sample_comparison)
    validate(document)
    for entry in document["quotes"]:
        for side in ("a", "b"):
            if entry[side] is not None:
                text = document["sources"][side]["text"]
                assert text[entry[side]["start"] : entry[side]["end"]] == entry[side]["text"]


@pytest.mark.parametrize(
    "summary",
    [
        "Quote altered (Kang Jun-young): “underscore” → “emphasise”, added “slightly”",
        "Quote only in B (Wi Sung-lac): “practical cooperation”",
        "Quote only in B (Wi Sung-lac): “constructive”",
        "Quote only in B: “practical diplomacy”",
        "Quote altered (Xavier Brunson): “It” → “Korea”, “shaping” → “that shape”, “in” → “across”",
        "Quote altered (Lee administration): “restore” → “restoring”",
    ],
)
def test_sample_quote_differences(sample_comparison: Comparison, summary: str) -> None:
    summaries = [d.summary for d in sample_comparison.differences if d.kind == "quote"]
    assert summary in summaries


def test_sample_same_quotes_are_not_differences(sample_a: Document, sample_b: Document) -> None:
    matches = compare_quotes(sample_a, sample_b, Alignment(groups=(), only_a=(), only_b=()))
    differences = quote_differences(sample_a, sample_b, matches)
    assert len(differences) == sum(1 for m in matches if m.status != "same") == 9
