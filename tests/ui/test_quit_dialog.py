"""Quitting with unsaved marks asks in a dialog: save again, quit anyway, or cancel (issue 15.5).

The session folder is blocked by a plain file, so every save fails until the test removes it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.pilot import Pilot

from tests.review_pair import build_comparison
from tui.core.models import Comparison, LoadedText
from tui.core.review.session import ReviewSession
from tui.ui.app import CrosscheckApp
from tui.ui.quit_dialog import UnsavedMarksDialog

SIZE = (120, 40)
SnapCompare = Callable[..., bool]


def _blocked_app(tmp_path: Path) -> tuple[CrosscheckApp, Path, Comparison]:
    """Return an app whose session file cannot be written, that file, and the comparison."""
    blocker = tmp_path / "desk"
    blocker.write_text("a file where the session folder should be", encoding="utf-8")
    comparison = build_comparison()
    a, b = comparison.a, comparison.b
    session = blocker / "s.json"
    app = CrosscheckApp(
        LoadedText(a.path, a.title, a.text),
        LoadedText(b.path, b.title, b.text),
        comparison=comparison,
        session_path=session,
    )
    return app, session, comparison


def _header(app: CrosscheckApp) -> str:
    return str(app.room.header.review.render())


def _dialog_text(app: CrosscheckApp) -> str:
    screen = app.screen
    assert isinstance(screen, UnsavedMarksDialog), f"expected the dialog, not {screen!r}"
    return " ".join(str(label.render()) for label in screen.query("Label"))


async def _mark_and_quit(pilot: Pilot[None], app: CrosscheckApp) -> None:
    await pilot.press("n", "space")
    await pilot.pause()
    assert "unsaved" in _header(app)
    await pilot.press("q")
    await pilot.pause()


async def test_escape_cancels_and_the_header_keeps_saying_unsaved(tmp_path: Path) -> None:
    app, _, _ = _blocked_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await _mark_and_quit(pilot, app)
        text = _dialog_text(app)
        assert "not saved" in text and "File exists" in text, text
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running and app.screen is app.room
        assert "unsaved" in _header(app)
        await pilot.press("q")
        await pilot.pause()
        assert isinstance(app.screen, UnsavedMarksDialog), "q asks again"


async def test_q_in_the_dialog_quits_without_the_marks(tmp_path: Path) -> None:
    app, session, _ = _blocked_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await _mark_and_quit(pilot, app)
        assert isinstance(app.screen, UnsavedMarksDialog)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    assert not session.exists()


async def test_s_saves_again_and_quits_once_the_save_succeeds(tmp_path: Path) -> None:
    app, session, comparison = _blocked_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await _mark_and_quit(pilot, app)
        await pilot.press("s")
        await pilot.pause()
        assert app.is_running, "the save failed again: the dialog stays"
        assert "Still not saved" in _dialog_text(app)
        session.parent.unlink()  # the folder can be made now
        await pilot.press("s")
        await pilot.pause()
        assert not app.is_running
    saved = ReviewSession.open(comparison, session)
    assert any(mark.checked for mark in saved.state.values())


async def test_the_buttons_answer_from_the_keyboard(tmp_path: Path) -> None:
    app, _, _ = _blocked_app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await _mark_and_quit(pilot, app)
        focused = app.focused
        assert focused is not None and focused.id == "quit-save", "it starts on saving again"
        await pilot.press("shift+tab", "enter")  # the button before it: quit anyway
        await pilot.pause()
        assert not app.is_running


def test_unsaved_marks_dialog_80x24(snap_compare: SnapCompare, tmp_path: Path) -> None:
    app, _, _ = _blocked_app(tmp_path)

    async def quit_with_unsaved_marks(pilot: Pilot[None]) -> None:
        await pilot.press("n", "space")
        await pilot.pause()
        app.clear_notifications()  # the toast names the temporary folder, which changes
        await pilot.press("q")
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=quit_with_unsaved_marks)
