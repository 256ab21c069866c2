"""Loading from servers and pipes that misbehave (issue 15, points 16, 17 and 18).

A server that dribbles its answer, cuts it short, compresses it, calls text
``application/octet-stream`` or redirects in a loop; an invalid URL; a page whose only text
is its menu; a named pipe nobody writes to. Each ends in one clear line, or loads, and
nothing hangs.
"""

from __future__ import annotations

import gzip
import importlib
import os
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import ClassVar

import pytest

from tests.local_server import serving
from tui.core.errors import InputError
from tui.core.loading import source as loading
from tui.core.loading.source import load_source

# ``tui.core.loading.fetch`` is also the name of the function the package exports.
fetching = importlib.import_module("tui.core.loading.fetch")

ARTICLE = (
    b"<!doctype html><html><head><title>Barrier approved</title></head><body><article>"
    b"<p>Riverside council voted 9 to 4 on Tuesday night to build the flood barrier.</p>"
    b"<p>Work will start in the spring, the council's engineer said.</p>"
    b"</article></body></html>"
)
NAVIGATION_ONLY = (
    "<!doctype html><html><head><title>x</title></head><body>"
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/menu'>menu</a></li></ul></nav>"
    "<div><a href='/'>x</a> / <a href='/m'>menu</a></div><footer>© 2026</footer>"
    "</body></html>"
).encode()
TEXT = b"Strike ends\n\nThe union said the deal is fair on Monday, and work resumes.\n"


class _Handler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[str, bytes, dict[str, str]]]] = {
        "/gzip": ("text/html; charset=utf-8", gzip.compress(ARTICLE), {"Content-Encoding": "gzip"}),
        "/deflate": ("text/html", zlib.compress(ARTICLE), {"Content-Encoding": "deflate"}),
        "/octet-text": ("application/octet-stream", TEXT, {}),
        "/octet-zip": ("application/octet-stream", b"PK\x03\x04rest-of-a-zip", {}),
        "/menu-only": ("text/html", NAVIGATION_ONLY, {}),
    }

    def do_GET(self) -> None:
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path == "/short":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "5000")
            self.end_headers()
            self.wfile.write(TEXT)
            self.wfile.flush()
            self.close_connection = True
            return
        if self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            try:
                for _ in range(40):
                    self.wfile.write(b"8 bytes ")
                    self.wfile.flush()
                    time.sleep(0.3)
            except OSError:
                pass
            return
        media_type, body, extra = self.routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in extra.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return None


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serving(_Handler) as url:
        yield url


def _problem(source: str) -> str:
    with pytest.raises(InputError) as raised:
        load_source(source)
    problem = raised.value.problem
    assert "\n" not in str(raised.value)
    return problem


# -- 16. one deadline for the whole fetch; a pipe with no writer -----------------------------


def test_a_server_that_dribbles_its_answer_meets_one_deadline(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fetching, "DEADLINE_SECONDS", 2.0)
    started = time.monotonic()
    problem = _problem(f"{server}/drip")
    assert time.monotonic() - started < 5
    assert problem == "cannot fetch: no complete answer within 2 s (the server is too slow)"


def test_a_named_pipe_nobody_writes_to_does_not_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loading, "PIPE_DEADLINE_SECONDS", 1.0)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    started = time.monotonic()
    assert _problem(str(fifo)) == "is a pipe that sent nothing within 1 s"
    assert time.monotonic() - started < 4


def test_a_named_pipe_with_a_writer_is_read_whole(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)

    def write() -> None:
        with fifo.open("wb") as handle:
            for _ in range(3):
                handle.write(b"The council met again and voted on the barrier.\n")
                handle.flush()
                time.sleep(0.1)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    loaded = load_source(str(fifo))
    writer.join(5)
    assert loaded.text.count("The council met again") == 3


# -- 17. cut off, compressed, octet-stream, redirect loops, invalid URLs ---------------------


def test_a_body_shorter_than_its_content_length_is_said_to_be_cut_off(server: str) -> None:
    problem = _problem(f"{server}/short")
    assert problem.startswith("cannot fetch: the answer was cut off")


@pytest.mark.parametrize("path", ["/gzip", "/deflate"])
def test_a_compressed_page_is_decoded(server: str, path: str) -> None:
    loaded = load_source(f"{server}{path}")
    assert loaded.title == "Barrier approved"
    assert "Riverside council voted 9 to 4" in loaded.text


def test_a_compressed_page_over_the_cap_is_refused(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loading, "MAX_SOURCE_BYTES", 100)
    assert _problem(f"{server}/gzip").startswith("too large (")


def test_text_served_as_octet_stream_is_sniffed_and_read(server: str) -> None:
    loaded = load_source(f"{server}/octet-text")
    assert "The union said the deal is fair" in loaded.text


def test_a_binary_file_served_as_octet_stream_is_still_refused(server: str) -> None:
    assert "ZIP archive" in _problem(f"{server}/octet-zip")


def test_a_redirect_loop_is_one_clear_line(server: str) -> None:
    problem = _problem(f"{server}/loop")
    assert (
        problem == "cannot fetch: the server redirects in a loop (it never answers with the page)"
    )


@pytest.mark.parametrize(
    "url", ["http://[::1/story", "http://exa mple.com/story", "http:///story", "http://a:99999/"]
)
def test_an_invalid_url_is_said_to_be_invalid(url: str) -> None:
    assert _problem(url).startswith("cannot fetch: not a valid web address")


# -- 18. a page with only navigation --------------------------------------------------------


def test_a_page_of_only_menus_has_no_article_text(server: str) -> None:
    assert _problem(f"{server}/menu-only").startswith(
        "holds no article text that crosscheck can find"
    )


def test_a_saved_page_of_only_menus_has_no_article_text(tmp_path: Path) -> None:
    page = tmp_path / "menu.html"
    page.write_bytes(NAVIGATION_ONLY)
    assert "menus" in _problem(str(page))


def test_connection_errors_are_unchanged() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert _problem(f"http://127.0.0.1:{port}/story").startswith("cannot fetch: connection refused")
