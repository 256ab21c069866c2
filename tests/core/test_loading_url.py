"""Loading http(s) URLs from a real server on 127.0.0.1: pages, text, errors, the size cap."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import ClassVar

import pytest

from tests.local_server import serving
from tui.core.errors import InputError
from tui.core.loading import source as loading
from tui.core.loading.fetch import is_url
from tui.core.loading.source import load_source

PAGE = (
    Path(__file__).resolve().parents[1] / "data" / "loading" / "saved-news-page.html"
).read_bytes()

ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/news/flood-barrier": (200, "text/html; charset=utf-8", PAGE),
    "/plain.txt": (
        200,
        "text/plain; charset=windows-1252",
        b"Strike ends\r\n\r\nThe union said \x93the deal is fair\x94 on Monday.\r\n",
    ),
    "/report.pdf": (200, "application/pdf", b"%PDF-1.7\n"),
    "/empty": (200, "text/html", b""),
    "/big": (200, "text/plain", b"The council met again.\n" * 2000),
    "/stream": (200, "text/plain", b"The council met again.\n" * 2000),
}


class _Handler(BaseHTTPRequestHandler):
    requested: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        self.requested.append(self.path)
        if self.path == "/moved":
            self.send_response(302)
            self.send_header("Location", "/news/flood-barrier")
            self.end_headers()
            return
        status, media_type, body = ROUTES.get(self.path, (404, "text/html", b"<h1>Not Found</h1>"))
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        if self.path != "/stream":
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return None


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    with serving(_Handler) as url:
        yield url


def test_a_news_page_is_fetched_and_extracted_like_a_saved_page(server: str) -> None:
    url = f"{server}/news/flood-barrier"
    _Handler.requested.clear()
    loaded = load_source(url)
    assert loaded.path == url
    assert loaded.title == "Council approves new flood barrier after decade of delays"
    assert "Riverside council voted 9 to 4 on Tuesday night" in loaded.text
    assert "Finally! About time" not in loaded.text
    assert "cookie" not in loaded.text
    # Only the page itself: never the tracker image, styles or links it mentions.
    assert _Handler.requested == ["/news/flood-barrier"]


def test_a_redirect_is_followed(server: str) -> None:
    loaded = load_source(f"{server}/moved")
    assert loaded.title == "Council approves new flood barrier after decade of delays"


def test_plain_text_uses_the_declared_charset_and_line_ends_are_normalised(server: str) -> None:
    loaded = load_source(f"{server}/plain.txt")
    assert loaded.text == "Strike ends\n\nThe union said “the deal is fair” on Monday.\n"
    assert loaded.title == "Strike ends"


def test_http_404_is_a_clear_error(server: str) -> None:
    with pytest.raises(InputError) as raised:
        load_source(f"{server}/missing")
    assert raised.value.problem == "cannot fetch: the server answered HTTP 404 Not Found"
    assert raised.value.source == f"{server}/missing"


def test_a_pdf_is_refused_by_its_media_type(server: str) -> None:
    with pytest.raises(InputError) as raised:
        load_source(f"{server}/report.pdf")
    assert (
        raised.value.problem
        == "cannot fetch: the server sent application/pdf, not a web page or text"
    )


def test_an_empty_page_is_a_clear_error(server: str) -> None:
    with pytest.raises(InputError) as raised:
        load_source(f"{server}/empty")
    assert raised.value.problem == "cannot fetch: the server sent an empty page"


@pytest.mark.parametrize("path", ["/big", "/stream"])
def test_a_page_over_the_cap_is_refused(
    server: str, path: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(loading, "MAX_SOURCE_BYTES", 10_000)
    with pytest.raises(InputError) as raised:
        load_source(f"{server}{path}")
    assert raised.value.problem.startswith("too large (")


def test_connection_refused_is_a_clear_error() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # Nothing listens on the port now.
    with pytest.raises(InputError) as raised:
        load_source(f"http://127.0.0.1:{port}/story")
    assert raised.value.problem == (
        "cannot fetch: connection refused (is the address right and the server up?)"
    )


def test_only_http_and_https_are_urls() -> None:
    assert is_url("https://example.com/a") and is_url("HTTP://example.com/")
    assert not is_url("file:///etc/passwd")
    assert not is_url("notes/http-guide.txt")


def test_offline_name_lookup_failure_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def offline(*args: object, **kwargs: object) -> object:
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", offline)
    with pytest.raises(InputError) as raised:
        load_source("https://news.example.com/2026/01/02/xi-lee")
    assert raised.value.problem == (
        "cannot fetch: cannot find the server (are you offline, or is the address misspelt?)"
    )
