"""The framing word lists: shipped with the package, documented, and matched on stems."""

from __future__ import annotations

from importlib import resources

import pytest

from tui.core.framing.lexicon import (
    LEXICON_CATEGORIES,
    Word,
    load_lexicon,
    make_word,
    parse_lexicon,
)
from tui.core.text.words import word_spans


def _words(text: str) -> list[Word]:
    return [make_word(start, end, word) for start, end, word in word_spans(text)]


def _phrases(category: str, text: str) -> list[tuple[str, str]]:
    words = _words(text)
    return [
        (" ".join(w.text for w in words[m.first : m.last]), m.entry.word_class)
        for m in load_lexicon(category).find(words)
    ]


@pytest.mark.parametrize("category", LEXICON_CATEGORIES)
def test_each_word_list_ships_in_the_package_and_names_its_sources(category: str) -> None:
    path = resources.files("tui.core.framing").joinpath("lexicon_data", f"{category}.txt")
    header = [
        line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")
    ]
    assert any(line.startswith(f"# Category: {category}") for line in header)
    assert any("Sources of the category" in line for line in header)
    lexicon = load_lexicon(category)
    assert len(lexicon.entries) >= 10
    assert len({e.keys for e in lexicon.entries}) == len(lexicon.entries), "duplicate entries"


def test_reporting_verbs_match_in_any_inflection() -> None:
    assert _phrases("attribution", "Takaichi suggested it; she suggests it; he said so.") == [
        ("suggested", "tentative"),
        ("suggests", "tentative"),
        ("said", "neutral"),
    ]
    assert _phrases("attribution", "He added that the talks went well.") == [("added", "neutral")]


def test_adverbs_match_only_as_written() -> None:
    assert _phrases("hedging", "Local media report that Lee will go.") == []
    assert _phrases("hedging", "Lee will reportedly go.") == [("reportedly", "evidential")]


def test_phrases_are_matched_whole_and_before_their_words() -> None:
    assert _phrases("hedging", "China’s de facto ban on K-pop content") == [
        ("de facto", "qualifier")
    ]
    assert _phrases("intensity", "relations have sunk to their lowest point in years") == [
        ("sunk", "amplifier"),
        ("lowest", "amplifier"),
        ("in years", "amplifier"),
    ]


def test_an_entry_before_any_class_is_refused() -> None:
    with pytest.raises(ValueError, match="before any"):
        parse_lexicon("attribution", "# header\nsaid\n")


def test_an_unknown_category_has_no_word_list() -> None:
    with pytest.raises(ValueError, match="no word list"):
        load_lexicon("prominence")
