"""Pilot tests of the review keys: marks, notes, undo, review filters, sessions, the report."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import TextArea

from tests.ui.helpers import loaded_from, sentence_span_of, span_of
from tui.core.models import (
    Alignment,
    Comparison,
    Difference,
    Document,
    Span,
    difference_id,
)
from tui.core.report.write import new_report_path
from tui.core.review.session import default_session_path
from tui.ui.app import CrosscheckApp
from tui.ui.note_editor import NoteEditor
from tui.ui.report_dialog import ReportDialog

SIZE = (120, 40)


def _difference(kind: str, a: Span | None, b: Span | None, summary: str) -> Difference:
    return Difference(difference_id(kind, a, b), kind, a, b, summary)  # type: ignore[arg-type]


def _comparison(a: Document, b: Document, *, swapped: bool = False) -> Comparison:
    """The sample pair with four hand-made differences (A is the rewrite, B the report);
    ``swapped`` gives the same pair with the sources the other way round."""
    only_a = sentence_span_of(a, "Against this backdrop")
    quote = (
        span_of(a, "“China wants to underscore South Korea’s importance more than before,”"),
        span_of(b, "“China wants to emphasise South Korea’s importance slightly more"),
    )
    troops = (
        sentence_span_of(a, "Around 28,500 US troops"),
        sentence_span_of(b, "Currently, roughly"),
    )
    only_b = sentence_span_of(b, "have [Lee] visit China")
    pairs: list[tuple[str, Span | None, Span | None, str]] = [
        ("unique", only_a, None, "Only in the rewrite: backdrop"),
        ("quote", *quote, "Kang's quote: “underscore” → “emphasise”"),
        ("wording", *troops, "“Around” → “Currently, roughly”"),
        ("unique", None, only_b, "Only in the report: [Lee] visit"),
    ]
    if swapped:
        pairs = [(kind, y, x, summary) for kind, x, y, summary in pairs]
        a, b = b, a
    differences = tuple(_difference(*pair) for pair in pairs)
    return Comparison(a, b, Alignment(groups=(), only_a=(), only_b=()), differences=differences)


def _app(comparison: Comparison, session: Path) -> CrosscheckApp:
    return CrosscheckApp(
        loaded_from(comparison.a),
        loaded_from(comparison.b),
        comparison=comparison,
        session_path=session,
    )


@pytest.fixture
def pair(sample_a: Document, sample_b: Document) -> Comparison:
    """The sample pair with four differences in a known order."""
    return _comparison(sample_a, sample_b)


def _header(app: CrosscheckApp) -> str:
    return str(app.room.header.review.render())


def _rows(app: CrosscheckApp) -> list[str]:
    return [
        app.room.difference_list.row_text(row) for row in range(len(app.room.difference_list.shown))
    ]


def _notes(app: CrosscheckApp) -> list[tuple[str, str]]:
    return [(n.severity, n.message) for n in app._notifications]


async def test_space_and_f_mark_the_current_difference(pair: Comparison, tmp_path: Path) -> None:
    session = tmp_path / "session.json"
    app = _app(pair, session)
    async with app.run_test(size=SIZE) as pilot:
        assert _header(app) == "0/4 checked, 0 flagged"
        await pilot.press("n", "space")
        assert app.session is not None and app.session.mark(pair.differences[0].id).checked
        assert _rows(app)[0].startswith("✓ ")
        assert _header(app) == "1/4 checked, 0 flagged"
        await pilot.press("n", "f")
        assert _rows(app)[1].startswith("⚑ ")
        assert _header(app) == "1/4 checked, 1 flagged"
        await pilot.press("space")
        assert _rows(app)[1].startswith("✓⚑ ")
        assert _header(app) == "2/4 checked, 1 flagged"
        bar = str(app.room.filter_bar.render())
        assert "7 Unchecked 2" in bar and "8 Flagged 1" in bar
    saved = json.loads(session.read_text(encoding="utf-8"))
    assert sorted((m["checked"], m["flagged"]) for m in saved["marks"]) == [
        (True, False),
        (True, True),
    ]


async def test_space_in_a_pane_checks_instead_of_paging(pair: Comparison, tmp_path: Path) -> None:
    app = _app(pair, tmp_path / "session.json")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        view = app.room.view("a")
        view.focus()
        await pilot.pause()
        top = view.scroll_y
        await pilot.press("space")
        assert view.scroll_y == top, "space marks, it does not page the pane"
        assert _header(app) == "1/4 checked, 0 flagged"


async def test_review_keys_type_into_the_search_box(pair: Comparison, tmp_path: Path) -> None:
    app = _app(pair, tmp_path / "session.json")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "slash", "f", "a", "space", "u", "e")
        assert app.room.search_bar.input.value == "fa ue"
        assert app.session is not None and len(app.session.state) == 0
        assert _header(app) == "0/4 checked, 0 flagged"


async def test_a_opens_the_note_editor_and_saves_the_note(pair: Comparison, tmp_path: Path) -> None:
    app = _app(pair, tmp_path / "session.json")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "n", "a")
        assert isinstance(app.screen, NoteEditor)
        await pilot.press(*"ask if a fee was paid")
        await pilot.press("ctrl+s")
        assert not isinstance(app.screen, NoteEditor)
        assert app.session is not None
        second = pair.differences[1].id
        assert app.session.mark(second).note == "ask if a fee was paid"
        assert not app.session.mark(second).checked, "space typed in the note marks nothing"
        assert _rows(app)[1].startswith("✎ ")
        assert "Your note: ask if a fee was paid" in app.room.detail.content.plain
        await pilot.press("a")
        editor = app.screen
        assert isinstance(editor, NoteEditor)
        assert editor.query_one("#note-text", TextArea).text == "ask if a fee was paid"
        await pilot.press(*" twice", "escape")
        assert app.session.mark(second).note == "ask if a fee was paid", "escape cancels"
        await pilot.press("a", *["backspace"] * len("ask if a fee was paid"))
        await pilot.click("#note-save")
        assert app.session.mark(second).note == ""
        assert _rows(app)[1].startswith("  "), "an emptied note is gone from the list"


async def test_u_undoes_the_last_mark_and_goes_back_to_it(pair: Comparison, tmp_path: Path) -> None:
    app = _app(pair, tmp_path / "session.json")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "space", "n", "n", "f", "p", "p")
        assert app.room.current == 0 and _header(app) == "1/4 checked, 1 flagged"
        await pilot.press("u")
        assert app.room.current == 2, "the cursor goes to the difference the undo changed"
        assert app.room.difference_list.selected == 2
        assert _header(app) == "1/4 checked, 0 flagged"
        await pilot.press("u")
        assert app.room.current == 0 and _header(app) == "0/4 checked, 0 flagged"
        await pilot.press("u")
        assert ("information", "Nothing to undo") in _notes(app)


async def test_unchecked_and_flagged_filters_follow_the_marks(
    pair: Comparison, tmp_path: Path
) -> None:
    app = _app(pair, tmp_path / "session.json")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "space", "n", "n", "space", "f")
        await pilot.press("7")
        assert app.room.filter_name == "unchecked"
        assert app.room.difference_list.shown == (1, 3)
        assert "[7 Unchecked 2]" in str(app.room.filter_bar.render())
        assert app.room.current == 3, "the filter keeps the nearest one after the current one"
        await pilot.press("n")
        assert app.room.current == 1, "n wraps within the unchecked ones"
        await pilot.press("space")
        assert app.room.difference_list.shown == (3,), "a checked difference leaves the list"
        assert app.room.current == 3, "and the next unchecked one becomes current"
        assert "[7 Unchecked 1]" in str(app.room.filter_bar.render())
        await pilot.press("8")
        assert app.room.difference_list.shown == (2,)
        assert _rows(app)[0].startswith("✓⚑  wording")
        await pilot.press("n", "f")
        assert app.room.difference_list.shown == ()
        assert "[8 Flagged 0]" in str(app.room.filter_bar.render())


async def test_marks_come_back_when_the_pair_is_opened_again_either_way(
    pair: Comparison, sample_a: Document, sample_b: Document, tmp_path: Path
) -> None:
    session = tmp_path / "session.json"
    app = _app(pair, session)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "space", "n", "f", "a", *"check", "ctrl+s")
        await pilot.press("q")
    again = _app(pair, session)
    async with again.run_test(size=SIZE):
        assert _header(again) == "1/4 checked, 1 flagged"
        assert [row[:3] for row in _rows(again)] == ["✓  ", "⚑✎ ", "   ", "   "]
    swapped = _comparison(sample_a, sample_b, swapped=True)
    other_way = _app(swapped, session)
    async with other_way.run_test(size=SIZE):
        assert other_way.session is not None
        assert other_way.session.mark(swapped.differences[0].id).checked
        flagged = other_way.session.mark(swapped.differences[1].id)
        assert flagged.flagged and flagged.note == "check"
        assert _header(other_way) == "1/4 checked, 1 flagged"


async def test_the_default_session_is_the_pairs_file_in_the_data_folder(
    pair: Comparison, private_data_folder: Path
) -> None:
    app = CrosscheckApp(loaded_from(pair.a), loaded_from(pair.b), comparison=pair)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "space")
    path = default_session_path(pair.a, pair.b)
    assert path.is_relative_to(private_data_folder)
    assert json.loads(path.read_text(encoding="utf-8"))["marks"][0]["checked"] is True


async def test_a_corrupt_session_is_moved_aside_with_a_warning(
    pair: Comparison, tmp_path: Path
) -> None:
    session = tmp_path / "session.json"
    session.write_text('{"format": "crosscheck-session/1", "marks": [', encoding="utf-8")
    app = _app(pair, session)
    async with app.run_test(size=SIZE) as pilot:
        warnings = [message for severity, message in _notes(app) if severity == "warning"]
        assert len(warnings) == 1 and "moved aside" in warnings[0]
        assert _header(app) == "0/4 checked, 0 flagged"
        await pilot.press("n", "space")
        assert _header(app) == "1/4 checked, 0 flagged"
    aside = list(tmp_path.glob("session.corrupt-*.json"))
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8").endswith('"marks": [')
    assert json.loads(session.read_text(encoding="utf-8"))["marks"][0]["checked"] is True


async def _written(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_e_writes_an_html_report_into_the_working_folder(
    pair: Comparison, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = _app(pair, tmp_path / "session.json")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "space", "n", "f", "e")
        assert isinstance(app.screen, ReportDialog)
        await pilot.press("w")
        await _written(pilot)
        report = new_report_path(tmp_path, pair, "html")
        assert report.name.startswith("crosscheck-china-s-xi-to-host-vs-")
        report = report.with_name(report.name)  # the name written: the first free one
        written = sorted(tmp_path.glob("crosscheck-*.html"))
        assert len(written) == 1
        assert ("information", f"Report (every difference) written to {written[0]}") in _notes(app)
        await pilot.press("e", "w")
        await _written(pilot)
        assert len(sorted(tmp_path.glob("crosscheck-*.html"))) == 2, "e never overwrites"
    html = written[0].read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") or html.lower().startswith("<!doctype html>")
    assert "✓ checked" in html and "⚑ flagged" in html
    assert "have [Lee] visit China" in html


async def test_e_reports_a_folder_it_cannot_write_to(
    pair: Comparison, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    app = _app(pair, tmp_path / "session.json")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "w")
        await _written(pilot)
        errors = [message for severity, message in _notes(app) if severity == "error"]
        assert len(errors) == 1 and errors[0].startswith("Cannot write the report")
        assert "\n" not in errors[0]


async def test_marks_after_a_real_comparison(sample_paths: tuple[str, str], tmp_path: Path) -> None:
    from tui.core.loading.source import load_source

    session = tmp_path / "session.json"
    app = CrosscheckApp(
        load_source(sample_paths[0]), load_source(sample_paths[1]), session_path=session
    )
    async with app.run_test(size=SIZE) as pilot:
        await _written(pilot)
        total = len(app.room.differences)
        assert total > 0 and _header(app) == f"0/{total} checked, 0 flagged"
        await pilot.press("n", "space", "n", "f")
        assert _header(app) == f"1/{total} checked, 1 flagged"
        assert _rows(app)[0].startswith("✓") and _rows(app)[1].startswith("⚑")
    assert session.exists()


async def test_review_keys_do_nothing_under_the_help_screen(
    pair: Comparison, tmp_path: Path
) -> None:
    app = _app(pair, tmp_path / "session.json")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "question_mark", "space", "f", "u")
        assert app.session is not None and len(app.session.state) == 0
        await pilot.press("escape", "space")
        assert _header(app) == "1/4 checked, 0 flagged"


SnapCompare = Callable[..., bool]


def _sample_app(sample_paths: tuple[str, str], session: Path) -> CrosscheckApp:
    from tui.core.loading.source import load_source

    return CrosscheckApp(
        load_source(sample_paths[0]), load_source(sample_paths[1]), session_path=session
    )


def test_marks_on_screen_120x40(
    snap_compare: SnapCompare, sample_paths: tuple[str, str], tmp_path: Path
) -> None:
    """✓ and ⚑ in the list, the progress in the header, the review filter counts."""
    assert snap_compare(
        _sample_app(sample_paths, tmp_path / "session.json"),
        terminal_size=(120, 40),
        run_before=_written,
        press=["n", "space", "n", "f", "space", "n", "n"],
    )


def test_note_editor_80x24(
    snap_compare: SnapCompare, sample_paths: tuple[str, str], tmp_path: Path
) -> None:
    assert snap_compare(
        _sample_app(sample_paths, tmp_path / "session.json"),
        terminal_size=(80, 24),
        run_before=_written,
        press=["n", "a", *"Ask Yonhap: [Lee] is theirs?"],
    )
