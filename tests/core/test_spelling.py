"""British and American spellings of a word share one key; different words never do."""

from __future__ import annotations

import pytest

from tui.core.text.spelling import spelling_key


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("apologise", "apologize"),
        ("organisation", "organization"),
        ("criticised", "criticized"),
        ("analyse", "analyze"),
        ("colour", "color"),
        ("favourite", "favorite"),
        ("honourable", "honorable"),
        ("neighbours", "neighbors"),
        ("centre", "center"),
        ("theatre", "theater"),
        ("metres", "meters"),
        ("fibre", "fiber"),
        ("travelled", "traveled"),
        ("cancelling", "canceling"),
        ("defence", "defense"),
        ("programme", "program"),
        ("judgement", "judgment"),
    ],
)
def test_the_two_spellings_of_a_word_share_a_key(british: str, american: str) -> None:
    assert spelling_key(british) == spelling_key(american)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("four", "for"),
        ("hour", "her"),
        ("filled", "filed"),
        ("called", "caled"),
        ("rise", "rize"),
        ("tour", "tor"),
        ("acre", "acer"),
    ],
)
def test_different_words_keep_different_keys(first: str, second: str) -> None:
    assert spelling_key(first) != spelling_key(second)
