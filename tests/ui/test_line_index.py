"""Wrapping article text into display lines."""

from __future__ import annotations

from tui.core.models import Document
from tui.ui.line_index import wrap_text

PARAGRAPHS = (
    "Chinese President Xi Jinping will host South Korean President Lee Jae Myung on a state "
    "visit beginning Sunday.\n\n\n"
    "Around 28,500 US troops are stationed in South Korea.\n"
    " 0\n"
)


def _lines(text: str, width: int) -> list[str]:
    index = wrap_text(text, width)
    return [text[s:e] for s, e in zip(index.starts, index.ends, strict=True)]


def test_wraps_at_word_boundaries_and_keeps_paragraphs_apart() -> None:
    lines = _lines(PARAGRAPHS, 40)
    assert lines == [
        "Chinese President Xi Jinping will host",
        "South Korean President Lee Jae Myung on",
        "a state visit beginning Sunday.",
        "",
        "Around 28,500 US troops are stationed in",
        "South Korea.",
        " 0",
    ]
    assert all(len(line) <= 40 for line in lines)


def test_every_word_is_shown_exactly_once() -> None:
    index = wrap_text(PARAGRAPHS, 17)
    shown = " ".join(PARAGRAPHS[s:e] for s, e in zip(index.starts, index.ends, strict=True))
    assert shown.split() == PARAGRAPHS.split()


def test_a_word_longer_than_the_line_is_cut() -> None:
    url = "https://example.org/" + "x" * 30
    lines = _lines(f"See {url} now", 20)
    assert lines[0] == "See"
    assert "".join(lines[1:-1]) + lines[-1].split(" ")[0] == url
    assert all(len(line) <= 20 for line in lines)


def test_wide_characters_count_two_cells() -> None:
    lines = _lines("北京 欢迎 李在明 总统 访问 中国", 10)
    assert lines == ["北京 欢迎", "李在明", "总统 访问", "中国"]


def test_line_of_finds_the_line_showing_an_offset(sample_b: Document) -> None:
    index = wrap_text(sample_b.text, 60)
    offset = sample_b.text.index("[Lee]")
    line = index.line_of(offset)
    assert index.starts[line] <= offset < index.ends[line]
    assert not index.is_blank(line)
