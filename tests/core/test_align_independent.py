"""Alignment of independent coverage: the 16 pairs written blind to the code, with their gold."""

from __future__ import annotations

import numpy as np
import pytest

from tests.gold.gold import (
    FRESH_NAMES,
    INDEPENDENT_NAMES,
    Score,
    load_independent_gold,
    pair_names,
    score,
)
from tui.core.align import align, mirror
from tui.core.align.calibration import FEATURES, probability
from tui.core.align.context import Group
from tui.core.align.pairing import in_story_gap, story_order
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
    assert total.recall >= 0.70
    assert total.one_source >= 0.76


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
    assert held_out.recall >= 0.66


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


@pytest.mark.parametrize(
    "name",
    FRESH_NAMES
    + pair_names("holdout")
    + pair_names("unseen")
    + pair_names("design")
    + pair_names("design2")
    + pair_names("unseen2")
    + pair_names("unseen3")
    + pair_names("unseen4")
    + pair_names("unseen5")
    + pair_names("unseen6"),
)
def test_every_piece_of_a_later_gold_names_one_sentence(name: str) -> None:
    gold = load_independent_gold(name)
    assert gold.pairs and gold.only_a and gold.only_b
    assert not gold.pairs & {(i, j) for i in gold.only_a for j in range(len(gold.b.sentences))}


def test_the_fresh_set_has_eight_pairs_apart_from_the_sixteen() -> None:
    assert len(FRESH_NAMES) == 8
    assert not set(FRESH_NAMES) & set(INDEPENDENT_NAMES)


def test_a_figure_at_whole_number_precision_shares_its_rounded_term() -> None:
    # "closed down 8.2%" and "fell more than 8 percent" tell the same figure.
    assert set(word_terms("8.2")) & set(word_terms("8"))
    assert not set(word_terms("8.2")) & set(word_terms("9"))
    assert set(word_terms("0.62")) & set(word_terms("0.6200"))


def test_a_sentence_that_retells_its_neighbours_counterpart_joins_the_group() -> None:
    # One outlet tells the fact, then quotes the official saying it again; the other
    # tells it once.  The quotation adds nothing new, yet belongs with its neighbour.
    a = build_document(
        LoadedText(
            "a.txt",
            None,
            "A magnitude 5.4 earthquake struck the Andes near Ayacucho on Tuesday.\n\n"
            "The regional governor, Wilfredo Huaman, said the first damage count reflected "
            "only what his crews could see from the main road through the valley. "
            '"The first count was what our crews could see from the road," Huaman said.\n\n'
            "Schools in the valley will stay shut until Friday.",
        )
    )
    b = build_document(
        LoadedText(
            "b.txt",
            None,
            "The earthquake of magnitude 5.4 hit Ayacucho in the Andes on Tuesday.\n\n"
            "Governor Wilfredo Huaman said the first damage count from the valley showed "
            "only what crews could see from the main road.\n\n"
            "Aid flights are due to land in Lima on Thursday.",
        )
    )
    alignment = align(a, b)
    assert ((1, 2), (1,)) in [(g.a, g.b) for g in alignment.groups]


def test_the_story_order_keeps_the_groups_rising_on_both_sides_and_finds_short_gaps() -> None:
    groups = [Group({0}, {0}), Group({1}, {4}), Group({2}, {1}), Group({3}, {2}), Group({6}, {6})]
    assert story_order(groups).tolist() == [[0, 0, 0, 0], [2, 2, 1, 1], [3, 3, 2, 2], [6, 6, 6, 6]]
    a_rows, b_rows = np.array([4, 5, 4, 1]), np.array([3, 5, 0, 5])
    # (4, 3) and (5, 5) lie between the groups at (3, 2) and (6, 6); (4, 0) and (1, 5) do not.
    gap = in_story_gap(a_rows, b_rows, groups, 8, 8)
    assert gap.tolist() == [True, True, False, False]


def test_british_and_american_spellings_share_their_terms_and_other_words_keep_theirs() -> None:
    for british, american in [
        ("neighbourhoods", "neighborhoods"),
        ("criticised", "criticized"),
        ("hospitalisation", "hospitalization"),
        ("centre", "center"),
        ("defence", "defense"),
        ("paediatric", "pediatric"),
    ]:
        assert word_terms(british) == word_terms(american)
    for first, second in (("four", "for"), ("hour", "her"), ("crisis", "crises")):
        assert word_terms(first) != word_terms(second)


def test_a_two_word_fragment_apart_from_a_group_does_not_join_it() -> None:
    # "I am a coach." shares its one content word with the other outlet's "the coach
    # said", but stands paragraphs away from the quotation it would join.
    a = build_document(
        LoadedText(
            "a.txt",
            None,
            "Kingsbridge City were fined a record sum by the league on Thursday.\n\n"
            "Venturi refused to discuss the club's accounts. "
            '"I am a coach. I prepare the team for Sunday."\n\n'
            "The club's wage bill rose sharply over three seasons.\n\n"
            "Venturi said he had spoken to the owners on Friday morning. "
            '"He told me the club will fight this ruling," Venturi said.',
        )
    )
    b = build_document(
        LoadedText(
            "b.txt",
            None,
            "The league fined Kingsbridge City a record sum on Thursday.\n\n"
            '"He told me the club will fight this ruling," the coach said.',
        )
    )
    alignment = align(a, b)
    group = next(g for g in alignment.groups if g.b == (1,))
    assert group.a == (6,)


def test_a_distance_told_in_miles_and_in_kilometres_carries_a_paraphrase() -> None:
    a = build_document(
        LoadedText(
            "a.txt",
            None,
            "Kiptanui made his decisive move on the Harbor Bridge climb shortly after 32 "
            "kilometers.\n\nOrganisers said 30,000 runners had entered the race.\n\n"
            "The winner collected $50,000.",
        )
    )

    def groups(mark: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
        b = build_document(
            LoadedText(
                "b.txt",
                None,
                "Temperatures stayed cool all morning along the seafront.\n\n"
                f"He broke away on the Harbor Bridge climb at about the {mark} mark.\n\n"
                "The prize was $50,000.",
            )
        )
        return [(g.a, g.b) for g in align(a, b).groups]

    assert groups("20-mile") == [((0,), (1,)), ((2,), (2,))]
    # 30 miles is 48 kilometres: another moment of the race.
    assert groups("30-mile") == [((2,), (2,))]
