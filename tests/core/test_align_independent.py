"""Alignment of independent coverage: the 16 pairs written blind to the code, with their gold."""

from __future__ import annotations

import pytest

from tests.gold.gold import INDEPENDENT_NAMES, Score, load_independent_gold, score
from tui.core.align import align, mirror
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
    assert total.recall >= 0.60
    assert total.one_source >= 0.69


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
