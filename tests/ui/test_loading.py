"""Starting on a URL: the app opens at once and shows the fetch's progress (issue 15.16).

A web server on 127.0.0.1 sends its page slowly, or too slowly, or not at all; the loading
screen says how far each source got, or why it failed, and keeps what loaded.
"""

from __future__ import annotations

import importlib
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from typing import ClassVar

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

import tui.cli
import tui.ui.loading_screen
from tests.local_server import send_lines, serving
from tui.core.errors import InputError
from tui.core.loading import ProgressReport, ReadProgress
from tui.core.loading.source import load_source
from tui.core.models import LoadedText
from tui.ui.app import CrosscheckApp
from tui.ui.loading_screen import LoadingScreen
from tui.ui.open_pair import OpenPairDialog
from tui.ui.reading_room import ReadingRoomScreen

fetching = importlib.import_module("tui.core.loading.fetch")

SIZE = (120, 40)
SnapCompare = Callable[..., bool]
B_PATH = "tests/data/pairs/independent/pair03-b.txt"
LINE = b"Riverside council voted 9 to 4 on Tuesday night to build the flood barrier.\n"


class _News(BaseHTTPRequestHandler):
    """``/slow`` dribbles its page over about a second; ``/stuck`` waits ``stuck_for`` seconds
    before answering; ``/fast`` answers at once; others are not found. ``hits`` counts the
    requests per path."""

    hits: ClassVar[dict[str, int]] = {}
    stuck_for: ClassVar[float] = 0.0

    def do_GET(self) -> None:
        type(self).hits[self.path] = type(self).hits.get(self.path, 0) + 1
        if self.path not in ("/slow", "/stuck", "/fast"):
            self.send_error(404)
            return
        if self.path == "/stuck":
            time.sleep(type(self).stuck_for)
        send_lines(self, LINE, 6, 0.2 if self.path == "/slow" else 0.0)

    def log_message(self, format: str, *args: object) -> None:
        return None


@pytest.fixture
def server() -> Iterator[str]:
    _News.hits.clear()
    _News.stuck_for = 0.0
    with serving(_News) as url:
        yield url


def _row(app: CrosscheckApp, side: str) -> str:
    screen = app.screen
    assert isinstance(screen, LoadingScreen), f"expected the loading screen, not {screen!r}"
    return f"{screen.names[side].render()}\n{screen.statuses[side].render()}"  # type: ignore[index]


async def _until(pilot: Pilot[None], done: Callable[[], bool], seconds: float = 8.0) -> None:
    ends = time.monotonic() + seconds
    while not done():
        assert time.monotonic() < ends, "timed out"
        await pilot.pause(0.05)


async def test_a_slow_url_opens_the_app_at_once_with_its_progress(server: str) -> None:
    app = CrosscheckApp(f"{server}/slow", load_source(B_PATH))
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: "received" in _row(app, "a"))
        row = _row(app, "a")
        assert "/slow" in row and " of 456 bytes · " in row and " s left" in row, row
        assert "✓ loaded" in _row(app, "b")
        await _until(pilot, lambda: isinstance(app.screen, ReadingRoomScreen))
        assert app.room.panes["a"].loaded.text.count("flood barrier") == 6
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.comparison is not None and app.load_problem is None


async def test_a_failed_url_is_one_line_and_r_fetches_only_it_again(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetching, "DEADLINE_SECONDS", 1.0)
    _News.stuck_for = 3.0
    app = CrosscheckApp(f"{server}/stuck", f"{server}/fast")
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: "✗" in _row(app, "a"))
        assert "cannot fetch: no complete answer within 1 s" in _row(app, "a")
        assert app.load_problem == (
            f"{server}/stuck: cannot fetch: no complete answer within 1 s (the server is too slow)"
        )
        assert "✓ loaded" in _row(app, "b") and app.is_running
        _News.stuck_for = 0.0
        await pilot.press("r")
        await _until(pilot, lambda: isinstance(app.screen, ReadingRoomScreen))
        assert app.load_problem is None
        assert _News.hits == {"/stuck": 2, "/fast": 1}, "what loaded is not fetched again"


async def test_o_after_a_failure_offers_both_sources_to_correct_one(server: str) -> None:
    app = CrosscheckApp(f"{server}/missing", load_source(B_PATH))
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: "✗" in _row(app, "a"))
        assert "cannot fetch: the server answered HTTP 404" in _row(app, "a")
        await pilot.press("o")
        dialog = app.screen
        assert isinstance(dialog, OpenPairDialog)
        box_a, box_b = dialog.query_one("#open-a", Input), dialog.query_one("#open-b", Input)
        assert (box_a.value, box_b.value) == (f"{server}/missing", B_PATH)
        box_a.value = f"{server}/fast"
        box_b.focus()
        await pilot.press("enter")
        await _until(pilot, lambda: isinstance(app.screen, ReadingRoomScreen))
        assert app.room.panes["a"].loaded.path == f"{server}/fast"
        assert _News.hits == {"/missing": 1, "/fast": 1}


async def test_o_from_the_reading_room_shows_progress_and_escape_goes_back(server: str) -> None:
    _News.stuck_for = 20.0
    app = CrosscheckApp(
        load_source(B_PATH), load_source("tests/data/pairs/independent/pair03-a.txt")
    )
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        room, comparison = app.room, app.comparison
        assert comparison is not None
        await pilot.press("o")
        dialog = app.screen
        assert isinstance(dialog, OpenPairDialog)
        dialog.query_one("#open-a", Input).value = f"{server}/stuck"
        dialog.query_one("#open-b", Input).value = B_PATH
        dialog.query_one("#open-b", Input).focus()
        await pilot.press("enter")
        await _until(pilot, lambda: "connecting" in _row(app, "a"))
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is room and app.comparison is comparison, "the open pair stays"


async def test_q_while_a_url_loads_quits_at_once(server: str) -> None:
    _News.stuck_for = 20.0
    app = CrosscheckApp(f"{server}/stuck", load_source(B_PATH))
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: "connecting" in _row(app, "a"))
        started = time.monotonic()
        await pilot.press("q")
    assert time.monotonic() - started < 3, "quitting does not wait for the server"


async def test_an_escape_sequence_in_a_url_is_shown_escaped() -> None:
    hostile = "http://127.0.0.1:9/\x1b]52;c;aGk=\x1b\\"
    app = CrosscheckApp(hostile, load_source(B_PATH))
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: "✗" in _row(app, "a"))
        row = _row(app, "a")
        assert "\x1b" not in row and "␛]52" in row and "not a valid web address" in row


async def test_a_loaded_pair_with_a_session_of_another_pair_is_refused_on_screen(
    server: str,
) -> None:
    def refuse(a: LoadedText, b: LoadedText) -> None:
        raise InputError("s.json", "is the review session of another pair")

    app = CrosscheckApp(f"{server}/fast", load_source(B_PATH), check_pair=refuse)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: app.load_problem is not None)
        assert app.load_problem == "s.json: is the review session of another pair"
        assert isinstance(app.screen, LoadingScreen) and app.is_running


def test_the_command_line_starts_the_app_before_fetching(
    server: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CLI hands the URL to the app unfetched, and a failure left on screen is one line
    on stderr and exit status 2 when the reader quits."""
    built: list[CrosscheckApp] = []

    def run(app: CrosscheckApp) -> None:
        built.append(app)
        app.start.problems["a"] = f"{server}/slow: cannot fetch: gone"  # type: ignore[union-attr]

    monkeypatch.setattr(tui.cli, "_needs_terminal", lambda: False)
    monkeypatch.setattr(CrosscheckApp, "run", run)
    assert tui.cli.main([f"{server}/slow", B_PATH]) == 2
    assert _News.hits == {}, "nothing was fetched before the app started"
    assert isinstance(built[0].start, LoadingScreen)
    assert built[0].start.sources == (f"{server}/slow", B_PATH)
    assert capsys.readouterr().err == f"crosscheck: {server}/slow: cannot fetch: gone\n"


def test_loading_screen_120x24(snap_compare: SnapCompare, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed source and one still arriving (the loading is stubbed: nothing blinks)."""
    released = threading.Event()

    def stub(source: str, *, progress: ProgressReport | None = None) -> LoadedText:
        if "news.example" in source:
            raise InputError(source, "cannot fetch: the server answered HTTP 503 Unavailable")
        assert progress is not None
        while not released.wait(0.05):
            progress(ReadProgress(12_345, 40_000, 42.0))
        raise InputError(source, "stopped")

    monkeypatch.setattr(tui.ui.loading_screen, "load_source", stub)
    app = CrosscheckApp("https://news.example/story", "https://wire.example/original")

    async def arrived(pilot: Pilot[None]) -> None:
        await _until(pilot, lambda: "received" in _row(app, "b") and "✗" in _row(app, "a"))

    try:
        assert snap_compare(app, terminal_size=(120, 24), run_before=arrived)
    finally:
        released.set()
