"""Two independent reports word the same fact differently as a matter of course: on them the
word-swap rules speak only inside groups that are close word for word, while a rewrite (the
sample) keeps every word-swap finding."""

from __future__ import annotations

from tests.gold.gold import independent_paths
from tui.core.compare import compare_sources
from tui.core.framing.find import REWRITE_KEPT, REWRITE_SHARE
from tui.core.models import Comparison

WORD_SWAP = {"attribution", "hedging", "intensity", "whose-view"}


def test_independent_reports_get_no_word_swap_shift_from_a_paraphrase() -> None:
    path_a, path_b = independent_paths("pair01")
    comparison = compare_sources(str(path_a), str(path_b))
    assert comparison.reuse is not None
    assert min(comparison.reuse.a_in_b, comparison.reuse.b_in_a) < REWRITE_SHARE
    notes = [s.note for s in comparison.framing if s.category in WORD_SWAP]
    assert not any("“told” → “vowed”" in note for note in notes), notes
    assert not any("badly" in note for note in notes), notes


def test_a_rewrite_keeps_its_word_swap_shifts(sample_comparison: Comparison) -> None:
    categories = {s.category for s in sample_comparison.framing}
    assert {"attribution", "hedging"} <= categories
    notes = " ".join(s.note for s in sample_comparison.framing)
    assert "“said” → “suggested”" in notes


def test_reports_retelling_each_other_in_their_own_words_are_not_a_rewrite() -> None:
    """pair13: each retells two thirds of the other, but paraphrased, so "said" / "revealed"
    between two sentences is two reporters' wording, not one source editing the other."""
    path_a, path_b = independent_paths("pair13")
    comparison = compare_sources(str(path_a), str(path_b))
    assert comparison.reuse is not None
    assert min(comparison.reuse.a_in_b, comparison.reuse.b_in_a) >= REWRITE_SHARE
    assert comparison.reuse.verbatim + comparison.reuse.edited < REWRITE_KEPT
    assert [s.note for s in comparison.framing if s.category in WORD_SWAP] == []


def test_a_term_in_scare_quotes_twice_is_one_item_whatever_the_marks() -> None:
    # A quotes the air-quality category in its headline (‘hazardous’) and again in its
    # body (“hazardous”); B uses the word plainly: one choice of A, told once.
    comparison = compare_sources(*map(str, independent_paths("pair50")))
    scare = [
        s
        for s in comparison.framing
        if s.category == "scare_quote" and s.a is not None and "hazardous" in s.a.text
    ]
    assert len(scare) == 1
    assert scare[0].note.endswith("(used 2 times in A)")
