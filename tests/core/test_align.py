"""Sentence alignment on the sample pair and on hand-made pairs, against gold alignments."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys

import pytest

from tests.contract import validate
from tests.gold.gold import GOLD_NAMES, ROOT, alignment_pairs, find_sentence, load_gold
from tui.core.align import align, alignment_differences, mirror
from tui.core.models import Comparison, Document
from tui.core.report.json_output import comparison_to_dict
from tui.core.text.word_diff import group_word_edits


@pytest.mark.parametrize("name", GOLD_NAMES)
def test_alignment_matches_the_gold_pairs_exactly(name: str) -> None:
    gold = load_gold(name)
    alignment = align(gold.a, gold.b)
    assert alignment_pairs(alignment) == gold.pairs
    assert gold.only_a <= set(alignment.only_a)
    assert gold.only_b <= set(alignment.only_b)


@pytest.mark.parametrize("name", GOLD_NAMES)
def test_splits_and_merges_are_whole_groups(name: str) -> None:
    gold = load_gold(name)
    groups = {(g.a, g.b) for g in align(gold.a, gold.b).groups}
    for a_ids, b_ids in gold.groups:
        assert (a_ids, b_ids) in groups


@pytest.mark.parametrize("name", GOLD_NAMES)
def test_aligning_b_with_a_gives_the_mirror_image(name: str) -> None:
    gold = load_gold(name)
    forward = align(gold.a, gold.b)
    backward = align(gold.b, gold.a)
    assert backward == mirror(forward)
    assert {(g.b, g.a) for g in backward.groups} == {(g.a, g.b) for g in forward.groups}
    assert backward.only_a == forward.only_b


def test_lookalike_loses_to_the_real_counterpart(sample_a: Document, sample_b: Document) -> None:
    urge = find_sentence(sample_a, "urge China to facilitate dialogue")
    persuade = find_sentence(sample_b, "persuade China to take")
    real = find_sentence(sample_b, "experts expect Lee to seek Beijing")
    alignment = align(sample_a, sample_b)
    (group,) = [g for g in alignment.groups if urge in g.a]
    assert group.b == (real,)
    assert persuade in alignment.only_b


@pytest.mark.parametrize("name", GOLD_NAMES)
def test_every_sentence_is_in_at_most_one_group_and_scores_are_in_range(name: str) -> None:
    gold = load_gold(name)
    alignment = align(gold.a, gold.b)
    a_ids = [i for g in alignment.groups for i in g.a] + list(alignment.only_a)
    b_ids = [j for g in alignment.groups for j in g.b] + list(alignment.only_b)
    assert sorted(a_ids) == [s.id for s in gold.a.sentences if not s.boilerplate]
    assert sorted(b_ids) == [s.id for s in gold.b.sentences if not s.boilerplate]
    assert all(0.0 <= g.score <= 1.0 for g in alignment.groups)


def _with_boilerplate(document: Document, pieces: list[str]) -> Document:
    flagged = {find_sentence(document, piece) for piece in pieces}
    sentences = tuple(
        dataclasses.replace(s, boilerplate=s.boilerplate or s.id in flagged)
        for s in document.sentences
    )
    return dataclasses.replace(document, sentences=sentences)


def test_boilerplate_never_pairs_and_is_never_a_difference(
    sample_a: Document, sample_b: Document
) -> None:
    a = _with_boilerplate(sample_a, ["Huawei declined", "Around 28,500 US troops"])
    b = _with_boilerplate(sample_b, ["Currently, roughly 28,500"])
    flagged_a = {s.id for s in a.sentences if s.boilerplate}
    flagged_b = {s.id for s in b.sentences if s.boilerplate}
    alignment = align(a, b)
    assert not flagged_a & ({i for g in alignment.groups for i in g.a} | set(alignment.only_a))
    assert not flagged_b & ({j for g in alignment.groups for j in g.b} | set(alignment.only_b))
    for difference in alignment_differences(a, b, alignment):
        assert "Huawei declined" not in (difference.a.text if difference.a else "")
        assert "28,500" not in (difference.a.text if difference.a else "")
        assert "28,500" not in (difference.b.text if difference.b else "")


def test_alignment_does_not_depend_on_the_hash_seed() -> None:
    script = (
        "from tests.gold.gold import load_gold; from tui.core.align.aligner import align; "
        "g = load_gold('sample'); print(align(g.a, g.b))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1
    assert "AlignedGroup" in outputs.pop()


def test_differences_follow_the_json_contract(sample_a: Document, sample_b: Document) -> None:
    alignment = align(sample_a, sample_b)
    differences = alignment_differences(sample_a, sample_b, alignment)
    comparison = Comparison(sample_a, sample_b, alignment, differences=differences)
    validate(comparison_to_dict(comparison))
    assert len({d.id for d in differences}) == len(differences)
    assert all("\n" not in d.summary for d in differences)


def test_a_run_of_unique_sentences_is_one_passage(sample_a: Document, sample_b: Document) -> None:
    differences = alignment_differences(sample_a, sample_b, align(sample_a, sample_b))
    passages = [d for d in differences if d.kind == "unique" and d.b is not None]
    (wi,) = [d for d in passages if "Wi Sung-lac" in d.b.text]  # type: ignore[union-attr]
    assert "persuade China" in wi.b.text  # type: ignore[union-attr]
    assert wi.summary.startswith("Only in B: 3 sentences — “South Korea’s national security")
    huawei = [d for d in differences if d.a is not None and d.a.text.startswith("Huawei declined")]
    assert [d.summary for d in huawei] == [
        "Only in A: 1 sentence — “Huawei declined to comment further.”"
    ]


def test_wording_difference_names_the_changed_words(sample_a: Document, sample_b: Document) -> None:
    differences = alignment_differences(sample_a, sample_b, align(sample_a, sample_b))
    wording = [d for d in differences if d.kind == "wording"]
    (takaichi,) = [d for d in wording if d.a is not None and "Takaichi" in d.a.text]
    assert "“said” → “suggested”" in takaichi.summary
    assert takaichi.b is not None and takaichi.b.text.startswith("Relations between China")
    identical = find_sentence(sample_a, "“Korea is not simply responding")
    alignment = align(sample_a, sample_b)
    (group,) = [g for g in alignment.groups if identical in g.a]
    assert group.edits  # the speaker's title is worded differently


@pytest.mark.parametrize("name", GOLD_NAMES)
def test_group_edits_equal_a_full_word_diff_of_the_group(name: str) -> None:
    # align() locates only the words it needs; the result must be the full diff's
    # (taken in the order align() works in: the document with the smaller text first).
    gold = load_gold(name)
    first, second = sorted((gold.a, gold.b), key=lambda document: document.text)
    groups = align(first, second).groups
    assert any(group.edits for group in groups)
    for group in groups:
        assert group.edits == group_word_edits(first, group.a, second, group.b)
