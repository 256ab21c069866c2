"""Hostile and broken text goes from file to JSON, report and screen literally and harmlessly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.contract import validate
from tui.core.compare import compare_sources
from tui.core.loading.source import load_source
from tui.core.report.json_output import comparison_to_json
from tui.core.report.write import render_report
from tui.ui.app import CrosscheckApp

MARKUP = "The minister said [bold]taxes[/bold] will rise [/] and [link=file:///etc/passwd]x[/link]."
ESCAPES = (
    "Colour \x1b[31mred\x1b[0m, a title \x1b]0;pwned\x07, a clipboard write "
    "\x1b]52;c;aGVsbG8=\x07 and cursor moves \x1b[2J\x1b[H here."
)
INVISIBLE = "Bidi \u202eevil\u202c text, zero\u200bwidth and a NUL\x00byte in one sentence."

#: Each case: the file's text, and a piece of it that must survive loading unchanged.
HOSTILE = {
    "markup": (MARKUP, "[link=file:///etc/passwd]x[/link]"),
    "escapes": (ESCAPES, "Colour red, a title , a clipboard write  and cursor moves  here."),
    "invisible": (INVISIBLE, "zero\u200bwidth and a NULbyte"),
    "combining": ("Z" + "\u0301" * 10_000 + " carries ten thousand marks.", "carries ten"),
    "long-line": ("word " * 200_000, "word word"),
    "only-quotes": ("“”\"'‘’" * 400, "“”"),
    "only-numbers": (" ".join(str(n) for n in range(3000)), "2998 2999"),
    "one-sentence": ("One sentence without a full stop", "One sentence without a full stop"),
    "rtl": ("قال الوزير إن الضرائب سترتفع. وأضاف أن المدارس ستغلق.", "قال الوزير"),
    "cjk": ("北京は晴れです。習近平国家主席は李在明大統領を招いた。", "北京は晴れです。"),
    "emoji": ("Officials cheered 🎉 the deal 😀. Markets rose 📈 on Monday.", "📈"),
    "html-and-markdown": ("<script>alert(1)</script> **bold** # heading | a | b |", "<script>"),
}

TERMINAL_CONTROLS = ("\x1b", "\x07", "\x00", "\u202e", "\u202c", "\x9b")


@pytest.fixture(params=sorted(HOSTILE))
def hostile_file(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, str]:
    """A file holding one hostile text, and the piece of it that must be shown literally."""
    text, survivor = HOSTILE[request.param]
    path = tmp_path / f"{request.param}.txt"
    path.write_text(text, encoding="utf-8")
    return path, survivor


def test_hostile_text_loads_literally_without_terminal_controls(
    hostile_file: tuple[Path, str],
) -> None:
    path, survivor = hostile_file
    loaded = load_source(str(path))
    assert survivor in loaded.text
    for control in TERMINAL_CONTROLS:
        assert control not in loaded.text


def test_hostile_text_gives_valid_json_and_safe_reports(
    hostile_file: tuple[Path, str], sample_paths: tuple[str, str]
) -> None:
    path, survivor = hostile_file
    comparison = compare_sources(str(path), sample_paths[1])
    doc = json.loads(comparison_to_json(comparison))
    validate(doc)
    assert survivor in doc["sources"]["a"]["text"]
    html = render_report(comparison, "html")
    assert "<script>alert" not in html
    assert html.count("<script") == 0
    markdown = render_report(comparison, "md")
    for control in TERMINAL_CONTROLS:
        assert control not in html and control not in markdown


@pytest.mark.parametrize("name", ["markup", "escapes", "invisible", "rtl", "cjk", "emoji"])
async def test_hostile_text_is_shown_literally_on_screen(
    name: str, tmp_path: Path, sample_paths: tuple[str, str]
) -> None:
    text, survivor = HOSTILE[name]
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    app = CrosscheckApp(
        load_source(str(path)), load_source(sample_paths[1]), session_path=tmp_path / "s.json"
    )
    async with app.run_test(size=(140, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.room.view("a")
        shown = "".join(view.render_line(y).text for y in range(len(view.lines)))
        assert survivor.split()[0] in shown
        for control in TERMINAL_CONTROLS:
            assert control not in shown
