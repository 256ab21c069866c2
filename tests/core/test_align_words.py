"""The fast word helpers of alignment give exactly what the plain ones give, on real text."""

from __future__ import annotations

import numpy as np
from nltk.stem.snowball import SnowballStemmer

from tui.core.align.scoring import _stem, unique_counts
from tui.core.models import Document
from tui.core.text.words import fold_marks, fold_words, locate_words, word_bounds, words

TRICKY = (
    "The U.S.military said “don’t” twice; Jun-young’s 3.5% rise (28,500 won) came at "
    "9 a.m. on snake_case day.ΟΔΟΣ ΣΑΣ"
)


def test_locate_words_finds_every_word_where_the_tokenizer_does(
    sample_a: Document, sample_b: Document
) -> None:
    for document in (sample_a, sample_b):
        for sentence in document.sentences:
            found = words(document.text[sentence.start : sentence.end])
            expected = word_bounds(document.text, sentence.start, sentence.end)
            assert locate_words(document.text, found, sentence.start) == expected
            assert locate_words(document.text, found, sentence.start, 3) == expected[:6]
    assert locate_words(TRICKY, words(TRICKY)) == word_bounds(TRICKY)


def test_fold_words_folds_each_word_as_fold_marks_and_lower(sample_b: Document) -> None:
    found = words(sample_b.text) + words(TRICKY)
    assert fold_words(found) == [fold_marks(word).lower() for word in found]
    # Final sigma: lower-casing a word alone and among others agrees.
    assert fold_words(["ΟΔΟΣ", "ΣΑΣ"]) == ["οδος", "σας"]


def test_digit_ending_parts_are_their_own_snowball_stem() -> None:
    stemmer = SnowballStemmer("english")
    for part in ["2024", "3.5", "28,500", "g20", "covid19", "ies9", "sses1", "y2"]:
        assert _stem(part) == part == stemmer.stem(part)
    assert _stem("restoring") == stemmer.stem("restoring") == "restor"


def test_unique_counts_matches_numpy_unique() -> None:
    values = np.array([7, 3, 7, 7, 0, 3, 12], dtype=np.int64)
    distinct, counts = unique_counts(values)
    expected, expected_counts = np.unique(values, return_counts=True)
    assert distinct.tolist() == expected.tolist() == [0, 3, 7, 12]
    assert counts.tolist() == expected_counts.tolist() == [1, 2, 3, 1]
    empty, no_counts = unique_counts(np.zeros(0, dtype=np.int64))
    assert len(empty) == len(no_counts) == 0
