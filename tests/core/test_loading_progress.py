"""A slow source says how far it got while it loads, and the reader can stop waiting (15.16).

The servers run on 127.0.0.1; nothing leaves this machine.
"""

from __future__ import annotations

import importlib
import os
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from tests.local_server import send_lines, serving
from tui.core.errors import InputError
from tui.core.loading import ReadProgress, is_slow_source, load_source
from tui.core.loading import source as loading

fetching = importlib.import_module("tui.core.loading.fetch")

LINE = b"The council voted 9 to 4 on Tuesday night to build the flood barrier.\n"


class _Dribble(BaseHTTPRequestHandler):
    """Sends eight lines, one every 0.15 s, with their length declared."""

    def do_GET(self) -> None:
        send_lines(self, LINE, 8, 0.15)

    def log_message(self, format: str, *args: object) -> None:
        return None


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serving(_Dribble) as url:
        yield url


def test_a_slow_page_reports_bytes_received_of_expected_and_time_left(server: str) -> None:
    heard: list[ReadProgress] = []
    loaded = load_source(f"{server}/story", progress=heard.append)
    assert loaded.text.count("flood barrier") == 8
    assert len(heard) >= 3, "a fetch of over a second is heard from several times"
    received = [p.received for p in heard]
    assert received == sorted(received) and 0 < received[-1] <= len(LINE) * 8
    assert {p.expected for p in heard if p.stage == "receiving"} == {len(LINE) * 8}
    left = [p.seconds_left for p in heard]
    assert left == sorted(left, reverse=True)
    assert fetching.DEADLINE_SECONDS - 0.5 < left[0] <= fetching.DEADLINE_SECONDS


class _Stop(Exception):
    pass


def test_what_the_progress_raises_stops_the_wait_at_once(server: str) -> None:
    def stop_soon(progress: ReadProgress) -> None:
        if progress.received > 0:
            raise _Stop

    started = time.monotonic()
    with pytest.raises(_Stop):
        load_source(f"{server}/story", progress=stop_soon)
    assert time.monotonic() - started < 0.8, "the wait ends before the page does"


def test_a_pipe_reports_its_bytes_and_a_silent_one_gives_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loading, "PIPE_DEADLINE_SECONDS", 0.8)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    heard: list[ReadProgress] = []
    with pytest.raises(InputError, match="is a pipe that sent nothing within 1 s"):
        load_source(str(fifo), progress=heard.append)
    assert len(heard) >= 2 and all(p.received == 0 for p in heard)
    assert heard[-1].seconds_left < heard[0].seconds_left <= 0.8

    def write() -> None:
        with fifo.open("wb") as handle:
            handle.write(LINE)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    heard.clear()
    assert "flood barrier" in load_source(str(fifo), progress=heard.append).text
    writer.join(5)


def test_slow_sources_are_urls_and_pipes(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    page = tmp_path / "page.txt"
    page.write_bytes(LINE)
    assert is_slow_source("https://example.org/story") and is_slow_source(str(fifo))
    assert not is_slow_source(str(page)) and not is_slow_source(str(tmp_path / "missing.txt"))


class _Silent(BaseHTTPRequestHandler):
    """Takes the request and answers nothing for two seconds."""

    def do_GET(self) -> None:
        time.sleep(2)

    def log_message(self, format: str, *args: object) -> None:
        return None


def test_a_deadline_shorter_than_one_wait_is_named_as_the_deadline() -> None:
    with serving(_Silent) as url, pytest.raises(fetching.FetchError) as raised:
        fetching.fetch(url, max_bytes=1000, deadline=0.6)
    assert str(raised.value) == "no complete answer within 1 s (the server is too slow)"
