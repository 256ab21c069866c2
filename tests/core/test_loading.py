"""Loading files: encodings, line ends, paragraphs, terminal safety, titles, HTML, sample junk."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.errors import InputError
from tui.core.loading.cleaning import clean_text
from tui.core.loading.source import MAX_SOURCE_BYTES, load_source

DATA = Path(__file__).resolve().parents[1] / "data" / "loading"

QUOTE = "“We will not back down,” the minister said — and the crowd cheered."
ACCENTS = "Café owners in São Paulo called the plan naïve, said François Müller."
PARAGRAPHS = f"Storm closes schools\n\n{QUOTE}\n\n{ACCENTS}\n"


def _write(folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("encoding", "text"),
    [
        ("utf-8", PARAGRAPHS),
        ("utf-8-sig", PARAGRAPHS),
        ("utf-16", PARAGRAPHS),
        ("utf-16-le", PARAGRAPHS),
        ("utf-16-be", PARAGRAPHS),
        ("cp1252", PARAGRAPHS),
        ("latin-1", f"Storm closes schools\n\n{ACCENTS}\n"),
    ],
)
def test_every_newsroom_encoding_decodes_to_the_same_text(
    tmp_path: Path, encoding: str, text: str
) -> None:
    loaded = load_source(_write(tmp_path, f"story-{encoding}.txt", text.encode(encoding)))
    assert loaded.text == text
    assert loaded.title == "Storm closes schools"


def test_windows_1252_curly_quotes_and_dashes_are_not_mangled(tmp_path: Path) -> None:
    data = b"He said \x93we will win\x94 \x96 it\x92s over \x85 \x80 12m"
    loaded = load_source(_write(tmp_path, "wire.txt", data))
    assert loaded.text == "He said “we will win” – it’s over … € 12m"


def test_cyrillic_single_byte_text_is_detected_not_read_as_western(tmp_path: Path) -> None:
    text = "Президент заявил сегодня о новых мерах поддержки экономики страны."
    loaded = load_source(_write(tmp_path, "ru.txt", text.encode("cp1251")))
    assert loaded.text == text


def test_utf8_with_a_stray_windows_1252_byte_keeps_both(tmp_path: Path) -> None:
    data = "Le président a dit « non » à la réforme. ".encode() + b"He said \x93no\x94."
    loaded = load_source(_write(tmp_path, "mixed.txt", data))
    assert loaded.text == "Le président a dit « non » à la réforme. He said “no”."


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_crlf_and_cr_line_ends_become_newlines(tmp_path: Path, line_end: str) -> None:
    raw = PARAGRAPHS.replace("\n", line_end)
    loaded = load_source(_write(tmp_path, "dos.txt", raw.encode("utf-8")))
    assert loaded.text == PARAGRAPHS
    assert loaded.text.count("\n\n") == 2


def test_escape_sequences_and_control_characters_never_survive(tmp_path: Path) -> None:
    raw = (
        "\x1b]0;pwned\x07Mayor \x1b[31mresigns\x1b[0m\x00 over\x07 budget\x7f.\n"
        "Clipboard \x1b]52;c;ZWNobyBoaQ==\x07attack and \u202eevil\u202c text\x9b2J here.\n"
        "Tabs\tbecome spaces; ordinary letters stay: 中文, עברית, 😀."
    )
    loaded = load_source(_write(tmp_path, "escapes.txt", raw.encode("utf-8")))
    assert loaded.text == (
        "Mayor resigns over budget.\n"
        "Clipboard attack and evil text here.\n"
        "Tabs become spaces; ordinary letters stay: 中文, עברית, 😀."
    )
    assert not any(ord(ch) < 32 and ch != "\n" for ch in loaded.text)


def test_clean_text_removes_unterminated_osc_up_to_the_line_end() -> None:
    assert clean_text("a\x1b]8;;http://evil.example\nnext") == "a\nnext"


def test_title_is_the_first_line_only_when_it_reads_like_a_headline(tmp_path: Path) -> None:
    sentence_first = "The council met on Tuesday. It voted to build a barrier.\n\nMore follows.\n"
    assert load_source(_write(tmp_path, "a.txt", sentence_first.encode())).title is None
    date_first = "January 2, 2026\n\nThe council met on Tuesday.\n"
    assert load_source(_write(tmp_path, "b.txt", date_first.encode())).title is None
    only_line = "Council approves flood barrier\n"
    assert load_source(_write(tmp_path, "c.txt", only_line.encode())).title is None


def test_markdown_heading_is_the_title_and_text_is_kept_verbatim(tmp_path: Path) -> None:
    raw = "# Council approves flood barrier\n\nThe council voted **9 to 4** on Tuesday.\n"
    loaded = load_source(_write(tmp_path, "story.md", raw.encode()))
    assert loaded.title == "Council approves flood barrier"
    assert loaded.text == raw


def test_saved_news_page_keeps_the_article_and_drops_the_furniture() -> None:
    loaded = load_source(str(DATA / "saved-news-page.html"))
    assert loaded.title == "Council approves new flood barrier after decade of delays"
    paragraphs = loaded.text.split("\n\n")
    assert paragraphs[0] == loaded.title
    assert paragraphs[1].startswith("Riverside council voted 9 to 4 on Tuesday night")
    assert "What happens next" in paragraphs
    assert paragraphs[-1].endswith("her shop had flooded three times since 2015.")
    assert len(paragraphs) == 6
    for furniture in (
        "cookie",
        "Accept all",
        "Sport",
        "Opinion",
        "Share on Facebook",
        "Finally! About time",
        "waste of taxpayers",
        "Comments (3)",
        "All rights reserved",
        "Privacy",
        "Flood warnings issued",
        "newsletter",
        "tracking",
        "font-family",
    ):
        assert furniture not in loaded.text, furniture


def test_html_in_windows_1252_with_a_meta_charset(tmp_path: Path) -> None:
    page = (
        '<html><head><meta charset="windows-1252"><title>Strike ends</title></head><body>'
        "<article><p>The union said \u201cthe deal is fair\u201d after talks on Monday night.</p>"
        "<p>Workers will return on Wednesday, the union\u2019s leader said.</p></article>"
        "</body></html>"
    )
    loaded = load_source(_write(tmp_path, "strike.htm", page.encode("cp1252")))
    assert loaded.title == "Strike ends"
    assert loaded.text == (
        "Strike ends\n\n"
        "The union said \u201cthe deal is fair\u201d after talks on Monday night.\n\n"
        "Workers will return on Wednesday, the union\u2019s leader said."
    )


def test_html_without_article_text_is_a_clear_error(tmp_path: Path) -> None:
    page = b"<html><head><title>x</title></head><body></body></html>"
    path = _write(tmp_path, "blank.html", page)
    with pytest.raises(InputError) as raised:
        load_source(path)
    assert raised.value.problem == "holds no article text that crosscheck can find"


def test_a_file_over_the_size_cap_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: nothing is written to disk
    with pytest.raises(InputError) as raised:
        load_source(str(path))
    assert raised.value.problem == "too large (52.4 MB); crosscheck opens sources up to 16 MB"


def test_a_file_just_under_the_cap_loads(tmp_path: Path) -> None:
    line = "The council voted to build a flood barrier on the east bank.\n\n"
    body = line * ((MAX_SOURCE_BYTES - 1024) // len(line))
    loaded = load_source(_write(tmp_path, "long.txt", body.encode()))
    assert len(loaded.text) == len(body)


def test_sample_a_title_and_junk(sample_paths: tuple[str, str]) -> None:
    loaded = load_source(sample_paths[0])
    title = "China’s Xi to host South Korea’s Lee for New Year talks amid tensions with Japan"
    assert loaded.title == title
    assert loaded.text.startswith(title + "\n")
    junk = [loaded.text[start:end] for start, end in loaded.boilerplate]
    assert junk == [
        title,
        "Jan 2, 2026\u00a0-\u00a012:15",
        "0",
        title,
        title,
        "What's Your Reaction?",
        "like",
        "dislike",
        "love",
        "funny",
        "angry",
        "sad",
        "wow",
    ]
    first_title_end = len(title)
    assert loaded.boilerplate[0][0] > first_title_end


def test_sample_b_date_marker_is_junk_and_the_first_sentence_is_not(
    sample_paths: tuple[str, str],
) -> None:
    loaded = load_source(sample_paths[1])
    assert loaded.title is None
    assert loaded.boilerplate == ((1, 16),)
    assert loaded.text[1:16] == "date 2026-01-02"
    assert loaded.text[17:].startswith("Chinese President Xi Jinping has invited")
    assert "[Lee]" in loaded.text


def test_sample_paragraphs_are_kept(sample_paths: tuple[str, str]) -> None:
    loaded = load_source(sample_paths[1])
    paragraphs = [p for p in loaded.text.split("\n\n") if p.strip()]
    assert len(paragraphs) >= 20
    assert paragraphs[1].startswith("South Korea’s national security adviser, Wi Sung-lac")


def test_an_unterminated_osc_in_the_text_loses_only_the_sequence(tmp_path: Path) -> None:
    # Issue 15.8: a title-setting OSC that is never terminated used to swallow the line.
    line = "The minister said the plan would be reviewed next spring, aides confirmed. " * 4
    raw = f"First paragraph.\n\nBefore \x1b]0;{line}\nAfter.\n".encode()
    loaded = load_source(_write(tmp_path, "osc.txt", raw))
    assert f"Before {line}\nAfter." in loaded.text
    assert "\x1b" not in loaded.text and "]0;" not in loaded.text
    assert clean_text("x\x9d2;kept text") == "xkept text"
    assert clean_text("a\x1b]0;title\x07b \x1bP1$r text\x1b\\ c") == "ab  c"
