"""Candidate pairs as documents grow: the share of sentences aligned must not fall with size
(issue 15, point 14).

Fixed limits on the index of rare terms once left a sentence with many equal twins (a line
a live blog or wire copy repeats) with no partner at all once its terms were found in more
than 60 sentences, and, below that, proposed the same first few twins to every copy.
"""

from __future__ import annotations

import random

import pytest

from tests.factories import paragraphs
from tui.core.align.aligner import align

_WORDS = """council river bridge budget school water plan week road police court vote market
price energy hospital teacher farmer strike harbour storm flood museum festival"""
_NAMES_TEXT = "Okafor Lindqvist Haddad Moreau Tanaka Kowalski Ferreira Novak Quispe Abebe"
_VOCABULARY, _NAMES = _WORDS.split(), _NAMES_TEXT.split()


def _repeating(sentences: int) -> tuple[list[str], list[str]]:
    """Return A, drawn from a pool of 30 sentences used again and again, and B: A with
    every tenth sentence dropped and every fifth lightly reworded."""
    rng = random.Random(7)
    pool = [
        f"{_NAMES[k % 10]} {_NAMES[k // 10]} said the "
        + " ".join(rng.choice(_VOCABULARY) for _ in range(8))
        + "."
        for k in range(30)
    ]
    a = [rng.choice(pool) for _ in range(sentences)]
    b = [
        text.replace(" the ", " a ", 1) if k % 5 == 2 else text
        for k, text in enumerate(a)
        if k % 10 != 9
    ]
    return a, b


@pytest.mark.parametrize("sentences", [300, 2_400])
def test_text_that_repeats_its_sentences_stays_aligned_as_it_grows(sentences: int) -> None:
    a_texts, b_texts = _repeating(sentences)
    alignment = align(paragraphs("a.txt", a_texts), paragraphs("b.txt", b_texts))
    pairs = [(g.a[0], g.b[0]) for g in alignment.groups if len(g.a) == len(g.b) == 1]
    aligned = sum(len(g.a) + len(g.b) for g in alignment.groups)
    # B keeps nine sentences in ten, each with its twin in A: all of B and 90% of A.
    assert aligned / (len(a_texts) + len(b_texts)) > 0.85
    # Each pair is the same line told twice (a twin, not a neighbour sharing a few words).
    twins = sum(a_texts[i].split(" said")[0] == b_texts[j].split(" said")[0] for i, j in pairs)
    assert twins == len(pairs)
