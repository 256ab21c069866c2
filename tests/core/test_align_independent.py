"""Alignment of independent coverage: the 16 pairs written blind to the code, with their gold."""

from __future__ import annotations

import numpy as np
import pytest

from tests.gold.gold import FRESH_NAMES, INDEPENDENT_NAMES, Score, load_independent_gold, score
from tui.core.align import align, mirror
from tui.core.align.calibration import FEATURES, probability
from tui.core.align.scoring import word_terms
from tui.core.models import LoadedText
from tui.core.text.document import build_document


@pytest.fixture(scope="module")
def scores() -> dict[str, Score]:
    results = {}
    for name in INDEPENDENT_NAMES:
        gold = load_independent_gold(name)
        results[name] = score(gold, align(gold.a, gold.b))
    return results


def test_all_sixteen_pairs_have_their_gold() -> None:
    assert len(INDEPENDENT_NAMES) == 16


def test_overall_precision_recall_and_one_source_do_not_fall_back(
    scores: dict[str, Score],
) -> None:
    # The floor is what the aligner reached when this test was written (issue 11), below
    # the targets: a change that loses ground fails here.
    total = Score(0, 0, 0, 0, 0, 0)
    for result in scores.values():
        total = total + result
    assert total.precision >= 0.90
    assert total.recall >= 0.66
    assert total.one_source >= 0.73


def _half(scores: dict[str, Score], parity: int) -> Score:
    total = Score(0, 0, 0, 0, 0, 0)
    for name, result in scores.items():
        if int(name[-2:]) % 2 == parity:
            total = total + result
    return total


def test_the_held_out_even_half_keeps_its_precision(scores: dict[str, Score]) -> None:
    # The calibrated model is fitted on the odd pairs only (bench/fit_alignment.py).
    held_out = _half(scores, 0)
    assert held_out.precision >= 0.90
    assert held_out.recall >= 0.62


@pytest.mark.parametrize("name", INDEPENDENT_NAMES)
def test_aligning_b_with_a_gives_the_mirror_image(name: str) -> None:
    gold = load_independent_gold(name)
    assert align(gold.b, gold.a) == mirror(align(gold.a, gold.b))


@pytest.mark.parametrize("name", ["pair01", "pair05", "pair09"])
def test_the_two_headlines_are_a_group_of_their_own(name: str) -> None:
    gold = load_independent_gold(name)
    alignment = align(gold.a, gold.b)
    assert any(group.a == (0,) and group.b == (0,) for group in alignment.groups)
    assert ((0,), (0,)) in gold.groups


def test_a_figure_at_another_precision_shares_its_rounded_term_but_a_year_does_not() -> None:
    assert set(word_terms("12.4")) & set(word_terms("12"))
    assert set(word_terms("148.5")) & set(word_terms("150"))
    assert not set(word_terms("2015")) & set(word_terms("2019"))


def test_the_same_figure_and_name_carry_a_paraphrase() -> None:
    a = build_document(
        LoadedText(
            "a.txt",
            None,
            "Mayor Ferris spent $12.4 million on lawyers over nine years.\n\n"
            "The council meets on Friday to discuss the harbour.",
        )
    )
    b = build_document(
        LoadedText(
            "b.txt",
            None,
            "Rain is expected across the region this weekend.\n\n"
            "Since 2015 the city has paid $12 million to lawyers for Ferris.",
        )
    )
    alignment = align(a, b)
    assert [(g.a, g.b) for g in alignment.groups] == [((0,), (1,))]


def test_a_pair_sharing_more_rare_content_is_more_likely_a_counterpart() -> None:
    low = np.array([[0.1, 0.1, 0.1, 0.7, 0.5, 0, 0.1, 0.1, 0, 0.0]])
    high = np.array([[0.5, 0.6, 0.4, 1.8, 1.0, 1, 0.1, 0.1, 0, 0.6]])
    assert probability(low)[0] < 0.2 < 0.8 < probability(high)[0]
    # Aligned neighbours on both sides raise the probability, but do not decide alone.
    nothing_shared = np.zeros((1, len(FEATURES)))
    nothing_shared[0, FEATURES.index("anchored")] = 1.0
    assert probability(nothing_shared)[0] < 0.05


def test_a_quote_split_in_two_sentences_is_one_group_with_the_quote_run_as_one() -> None:
    a = build_document(
        LoadedText(
            "a.txt",
            None,
            "Talks on the Halvard fisheries treaty opened in Bergen on Monday.\n\n"
            '"I will not pretend that the Halvard talks could not fail," Minister Ostrem said. '
            '"Nobody in Bergen should pretend otherwise."',
        )
    )
    b = build_document(
        LoadedText(
            "b.txt",
            None,
            "Norway's minister spoke frankly as the Bergen talks began.\n\n"
            '"I will not pretend that the Halvard talks could not fail, and nobody in Bergen '
            'should pretend otherwise," Ostrem said on Monday.',
        )
    )
    alignment = align(a, b)
    assert ((1, 2), (1,)) in [(g.a, g.b) for g in alignment.groups]


def test_a_name_with_or_without_accents_and_a_number_in_words_or_digits_share_terms() -> None:
    assert set(word_terms("Huamán")) == set(word_terms("Huaman"))
    assert set(word_terms("seven")) & set(word_terms("7"))
    assert set(word_terms("Ninety-six")) & set(word_terms("96"))
    assert not set(word_terms("one")) & set(word_terms("1"))


@pytest.mark.parametrize("name", FRESH_NAMES)
def test_every_piece_of_a_fresh_gold_names_one_sentence(name: str) -> None:
    gold = load_independent_gold(name)
    assert gold.pairs and gold.only_a and gold.only_b
    assert not gold.pairs & {(i, j) for i in gold.only_a for j in range(len(gold.b.sentences))}


def test_the_fresh_set_has_eight_pairs_apart_from_the_sixteen() -> None:
    assert len(FRESH_NAMES) == 8
    assert not set(FRESH_NAMES) & set(INDEPENDENT_NAMES)
