"""Property-based tests of the core: for any two texts, the pipeline keeps its promises."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.contract import validate
from tui.core.compare import compare
from tui.core.errors import InputError
from tui.core.loading.source import load_source
from tui.core.models import Comparison, LoadedText
from tui.core.report.json_output import comparison_to_json
from tui.core.text.document import build_document

# Words and marks that make article-like text: quotes, numbers, abbreviations, junk, markup.
NEWS_PIECES = [
    "Xi",
    "Lee",
    "said",
    "suggested",
    "the",
    "U.S.",
    "Gen.",
    "Dec.",
    "28,500",
    "one-third",
    "a third",
    "$8B",
    "Monday",
    "“",
    "”",
    '"',
    "'",
    "‘",
    "’",
    "[Lee]",
    "[bold]",
    "[/]",
    ".",
    ",",
    "?",
    "!",
    "...",
    "…",
    "\n",
    "\n\n",
    " ",
    "What's Your Reaction?",
    "date 2026-01-02",
    "Jan 2, 2026 - 12:15",
    "—",
    "(",
    ")",
    "1.",
    "e.g.",
    "https://example.com/a.b",
    "\t",
]

article_text = st.lists(
    st.one_of(st.sampled_from(NEWS_PIECES), st.text(min_size=1, max_size=12)), max_size=60
).map(" ".join)

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _loaded(text: str, path: str) -> LoadedText:
    return LoadedText(path=path, title=None, text=text)


def _compare_texts(text_a: str, text_b: str) -> Comparison:
    return compare(
        build_document(_loaded(text_a, "a.txt")), build_document(_loaded(text_b, "b.txt"))
    )


@FAST
@given(raw=st.binary(max_size=400))
def test_loading_any_bytes_gives_text_or_an_input_error(
    tmp_path_factory: pytest.TempPathFactory, raw: bytes
) -> None:
    path = Path(tmp_path_factory.mktemp("load")) / "source.txt"
    path.write_bytes(raw)
    try:
        loaded = load_source(str(path))
    except InputError as error:
        assert str(path) in str(error)
        assert "\n" not in str(error)
        return
    assert loaded.text.strip()
    assert "\x1b" not in loaded.text and "\x00" not in loaded.text
    for start, end in loaded.boilerplate:
        assert 0 <= start < end <= len(loaded.text)


@FAST
@given(text=article_text)
def test_sentences_tile_the_text(text: str) -> None:
    document = build_document(_loaded(text, "a.txt"))
    covered = [False] * len(text)
    previous_end = 0
    for index, sentence in enumerate(document.sentences):
        assert sentence.id == index
        assert sentence.start >= previous_end
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        for i in range(sentence.start, sentence.end):
            covered[i] = True
        previous_end = sentence.end
    uncovered = "".join(ch for ch, hit in zip(text, covered, strict=True) if not hit)
    assert uncovered.strip() == ""


@FAST
@given(text_a=article_text, text_b=article_text)
def test_every_article_sentence_is_grouped_or_unique_and_json_is_valid(
    text_a: str, text_b: str
) -> None:
    comparison = _compare_texts(text_a, text_b)
    alignment = comparison.alignment
    for side, document, only, partial in (
        ("a", comparison.a, alignment.only_a, alignment.partial_a),
        ("b", comparison.b, alignment.only_b, alignment.partial_b),
    ):
        grouped = [i for g in alignment.groups for i in getattr(g, side)]
        placed = grouped + list(only) + [own for own, _ in partial]
        article = [s.id for s in document.sentences if not s.boilerplate]
        assert sorted(placed) == article
    for group in comparison.alignment.groups:
        assert 0.0 <= group.score <= 1.0
    validate(json.loads(comparison_to_json(comparison)))


@FAST
@given(text_a=article_text, text_b=article_text)
def test_aligning_b_with_a_mirrors_a_with_b(text_a: str, text_b: str) -> None:
    forward = _compare_texts(text_a, text_b).alignment
    backward = _compare_texts(text_b, text_a).alignment
    assert sorted((g.a, g.b, round(g.score, 6)) for g in forward.groups) == sorted(
        (g.b, g.a, round(g.score, 6)) for g in backward.groups
    )
    assert forward.only_a == backward.only_b
    assert forward.only_b == backward.only_a
    assert forward.partial_a == backward.partial_b
    assert forward.partial_b == backward.partial_a


def test_mirror_on_the_sample_pair(sample_a: object, sample_b: object) -> None:
    from tui.core.align.aligner import align
    from tui.core.models import Document

    assert isinstance(sample_a, Document) and isinstance(sample_b, Document)
    forward = align(sample_a, sample_b)
    backward = align(sample_b, sample_a)
    assert {(g.a, g.b) for g in forward.groups} == {(g.b, g.a) for g in backward.groups}
    assert len(forward.groups) >= 15
