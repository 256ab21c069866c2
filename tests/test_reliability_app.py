"""The reading room when things go wrong (issue 15, points 3, 5 and 10).

Unsaved marks show in the header and ``q`` asks before they are lost; marks another
instance saves appear on screen; a crash in the background comparison ends the app with
one line and a crash log, as the command line does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tui.ui.app
from tests.review_pair import build_comparison
from tui.core.models import Comparison, LoadedText
from tui.core.review.session import ReviewSession
from tui.ui.app import CrosscheckApp

SIZE = (120, 40)


@pytest.fixture(autouse=True)
def _private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))


def _loaded(comparison: Comparison) -> tuple[LoadedText, LoadedText]:
    a, b = comparison.a, comparison.b
    return LoadedText(a.path, a.title, a.text), LoadedText(b.path, b.title, b.text)


def _app(comparison: Comparison, session: Path) -> CrosscheckApp:
    return CrosscheckApp(*_loaded(comparison), comparison=comparison, session_path=session)


def _header(app: CrosscheckApp) -> str:
    return str(app.room.header.review.render())


async def test_unsaved_marks_show_in_the_header_and_q_asks_first(tmp_path: Path) -> None:
    blocker = tmp_path / "desk"
    blocker.write_text("a file where the session folder should be", encoding="utf-8")
    comparison = build_comparison()
    app = _app(comparison, blocker / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "space")
        await pilot.pause()
        assert app.session is not None and app.session.unsaved
        assert "unsaved" in _header(app)
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running, "q with unsaved marks must ask, not quit"
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_q_quits_at_once_when_a_retry_saves_the_marks(tmp_path: Path) -> None:
    blocker = tmp_path / "desk"
    blocker.write_text("in the way", encoding="utf-8")
    comparison = build_comparison()
    app = _app(comparison, blocker / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "space")
        await pilot.pause()
        assert "unsaved" in _header(app)
        blocker.unlink()  # the folder can be made now: quitting saves first
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    assert ReviewSession.open(comparison, blocker / "s.json").state


async def test_marks_saved_by_another_instance_appear_on_screen(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    comparison = build_comparison()
    app = _app(comparison, path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "0/" in _header(app)
        other = ReviewSession.open(comparison, path)
        other.toggle_checked(comparison.differences[0].id)
        other.toggle_checked(comparison.differences[1].id)
        await pilot.pause(1.6)
        assert _header(app).startswith("2/")
        assert app.session is not None and app.session.mark(comparison.differences[1].id).checked


async def test_a_crash_in_the_background_comparison_is_one_line_and_a_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = "an article sentence that must not be printed"

    def broken(*args: object, **kwargs: object) -> None:
        text = secret  # a local holding article text, as the real comparison has
        raise RuntimeError(f"aligner exploded after {len(text)} characters")

    monkeypatch.setattr(tui.ui.app, "compare_loaded", broken)
    comparison = build_comparison()
    app = CrosscheckApp(*_loaded(comparison), session_path=tmp_path / "s.json")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.5)
    assert app.return_code == 1
    line = app.crash_line
    assert line is not None and "\n" not in line
    assert line.startswith("crosscheck: internal error: RuntimeError('aligner exploded")
    log = Path(line.split("(details in ", 1)[1].rstrip(")"))
    assert log.is_relative_to(tmp_path)
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "aligner exploded" in logged and secret not in logged
