"""Fetch the one URL the user gave: a deadline, a size cap and one-line errors.

Only ``http`` and ``https`` are fetched, redirects included; nothing else on
the page (images, scripts, links) is ever requested. The whole fetch (connecting,
redirects, headers and body) has one deadline, so a server that sends a few bytes
now and then cannot hold crosscheck. A body shorter than its ``Content-Length`` is
refused as cut off; a gzip- or deflate-encoded body is decoded (within the size cap);
a body served as ``application/octet-stream`` is sniffed and read if it is text.
While it waits, :func:`fetch` reports how much has arrived and how long is left
(:class:`ReadProgress`) a few times a second.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from tui import __version__
from tui.core.errors import FetchError, TooLargeError

TIMEOUT_SECONDS = 20.0
#: The whole fetch, however the server dribbles its answer.
DEADLINE_SECONDS = 60.0
_USER_AGENT = f"crosscheck/{__version__} (article comparison; one page per request)"
_ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")
#: Types servers give to anything; the body is sniffed (binary files are still refused).
_SNIFFED_TYPES = ("application/octet-stream", "binary/octet-stream", "application/unknown")
_CHUNK = 64 * 1024
#: How often a caller waiting on a slow source hears how far it got (seconds).
PROGRESS_INTERVAL_SECONDS = 0.25


@dataclass(frozen=True, slots=True)
class ReadProgress:
    """How far reading a slow source (a web page, a pipe) got: ``received`` bytes so far, of
    ``expected`` when the server said, and ``seconds_left`` before the deadline gives up.
    ``stage`` is ``connecting`` until a server answers, then ``receiving``."""

    received: int
    expected: int | None
    seconds_left: float
    stage: str = "receiving"


#: Called with each :class:`ReadProgress`; whatever it raises ends the wait and propagates.
ProgressReport = Callable[[ReadProgress], None]


class _Arrival:
    """What the fetching thread has received so far (read by the waiting thread)."""

    def __init__(self) -> None:
        self.stage = "connecting"
        self.received = 0
        self.expected: int | None = None


@dataclass(frozen=True, slots=True)
class FetchedPage:
    """What a server sent: the body bytes, its media type and declared charset (if any)."""

    url: str
    body: bytes
    media_type: str
    charset: str | None

    @property
    def is_html(self) -> bool:
        """Return True if the server said the body is HTML."""
        return self.media_type in ("text/html", "application/xhtml+xml")


def is_url(source: str) -> bool:
    """Return True if ``source`` is an http(s) URL rather than a path."""
    scheme, found, _ = source.partition("://")
    return bool(found) and scheme.lower() in ("http", "https")


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: object,
        code: int,
        msg: str,
        headers: Message,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise FetchError(f"the server redirected to a non-web address ({newurl})")
        return super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]


def _one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _reason(error: BaseException) -> str:
    return _one_line(_raw_reason(error))


def _raw_reason(error: BaseException) -> str:
    if isinstance(error, urllib.error.HTTPError):
        if error.code in (301, 302, 303, 307, 308) and "infinite loop" in str(error.reason):
            return "the server redirects in a loop (it never answers with the page)"
        return f"the server answered HTTP {error.code} {error.reason}".rstrip()
    if isinstance(error, urllib.error.URLError):
        error = error.reason if isinstance(error.reason, BaseException) else error
    if isinstance(error, ConnectionRefusedError):
        return "connection refused (is the address right and the server up?)"
    if isinstance(error, socket.gaierror):
        return "cannot find the server (are you offline, or is the address misspelt?)"
    if isinstance(error, TimeoutError | socket.timeout):
        return f"no answer within {TIMEOUT_SECONDS:.0f} s (are you offline?)"
    if isinstance(error, ssl.SSLError):
        return f"secure connection failed ({error.reason or error})"
    if isinstance(error, urllib.error.URLError):
        return str(error.reason)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    if isinstance(error, http.client.InvalidURL | ValueError):
        return f"not a valid web address ({error})"
    if isinstance(error, http.client.IncompleteRead):
        return "the answer was cut off before its end"
    if isinstance(error, http.client.HTTPException):
        return f"the server sent a broken answer ({type(error).__name__})"
    return str(error) or type(error).__name__


def _check_address(url: str) -> None:
    """Raise FetchError for a URL that is not a valid web address."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError as error:
        raise FetchError(f"not a valid web address ({error})") from None
    if not host or any(c.isspace() or ord(c) < 32 for c in url):
        raise FetchError("not a valid web address (no server name, or spaces in it)")


def _decoded(body: bytes, encoding: str, max_bytes: int) -> bytes:
    """Return ``body`` without its Content-Encoding (gzip, deflate), at most ``max_bytes``."""
    if encoding in ("", "identity"):
        return body
    if encoding in ("gzip", "x-gzip", "deflate"):
        wbits = 31 if encoding != "deflate" else (15 if body[:1] == b"\x78" else -15)
        inflater = zlib.decompressobj(wbits)
        try:
            data = inflater.decompress(body, max_bytes + 1)
        except zlib.error as error:
            raise FetchError(f"the server sent a broken {encoding} body ({error})") from None
        if len(data) > max_bytes:
            raise TooLargeError(len(data))
        return data
    raise FetchError(
        f"the server compressed the page as {encoding!r}, which crosscheck cannot read"
    )


def _read_body(
    response: http.client.HTTPResponse, max_bytes: int, deadline: float, arrival: _Arrival
) -> bytes:
    """Read the body chunk by chunk, checking the size cap and the deadline between chunks."""
    chunks: list[bytes] = []
    size = 0
    arrival.stage = "receiving"
    while True:
        if time.monotonic() > deadline:
            raise TimeoutError("deadline")
        chunk = response.read1(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        arrival.received = size
        if size > max_bytes:
            raise TooLargeError(size)


def _fetch(
    url: str, max_bytes: int, timeout: float, deadline: float, arrival: _Arrival
) -> FetchedPage:
    request = urllib.request.Request(
        url,
        headers={"User-Agent": _USER_AGENT, "Accept": "*/*", "Accept-Encoding": "gzip, deflate"},
    )
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    with opener.open(request, timeout=timeout) as response:
        headers = response.headers
        media_type = headers.get_content_type()
        if media_type not in _ACCEPTED_TYPES and media_type not in _SNIFFED_TYPES:
            raise FetchError(f"the server sent {media_type}, not a web page or text")
        declared = headers.get("Content-Length", "").strip()
        if declared.isdigit() and int(declared) > max_bytes:
            raise TooLargeError(int(declared))
        arrival.expected = int(declared) if declared.isdigit() else None
        body = _read_body(response, max_bytes, deadline, arrival)
        if declared.isdigit() and len(body) < int(declared):
            raise FetchError(
                f"the answer was cut off ({len(body):,} of {int(declared):,} bytes arrived)"
            )
        encoding = headers.get("Content-Encoding", "").strip().lower()
        body = _decoded(body, encoding, max_bytes)
        if media_type in _SNIFFED_TYPES:
            media_type = "text/plain"  # the loader sniffs HTML and refuses binary data
        return FetchedPage(response.geturl(), body, media_type, headers.get_content_charset())


def fetch(
    url: str,
    *,
    max_bytes: int,
    timeout: float = TIMEOUT_SECONDS,
    deadline: float | None = None,
    progress: ProgressReport | None = None,
) -> FetchedPage:
    """Return the page at ``url``; raises :class:`FetchError` or :class:`TooLargeError`.

    ``deadline`` (seconds, default :data:`DEADLINE_SECONDS`) bounds the whole fetch;
    ``timeout`` bounds each wait for the server. ``progress`` hears how far the fetch got
    every :data:`PROGRESS_INTERVAL_SECONDS`; an exception it raises (the reader cancelled)
    stops the wait and propagates, and the abandoned fetch ends at the deadline.
    """
    _check_address(url)
    allowed = DEADLINE_SECONDS if deadline is None else deadline
    ends = time.monotonic() + allowed
    outcome: list[FetchedPage | BaseException] = []
    arrival = _Arrival()
    per_wait = min(timeout, allowed)

    def work() -> None:
        try:
            outcome.append(_fetch(url, max_bytes, per_wait, ends, arrival))
        except BaseException as error:  # handed to the caller's thread
            outcome.append(error)

    worker = threading.Thread(target=work, name="crosscheck-fetch", daemon=True)
    worker.start()
    gives_up = ends + 0.5
    while worker.is_alive() and time.monotonic() < gives_up:
        if progress is not None:
            left = max(ends - time.monotonic(), 0.0)
            progress(ReadProgress(arrival.received, arrival.expected, left, arrival.stage))
        worker.join(min(PROGRESS_INTERVAL_SECONDS, max(gives_up - time.monotonic(), 0.0)))
    if not outcome:
        raise FetchError(f"no complete answer within {allowed:.0f} s (the server is too slow)")
    result = outcome[0]
    if isinstance(result, FetchedPage):
        return result
    if isinstance(result, FetchError | TooLargeError):
        raise result
    cause = result
    if isinstance(result, urllib.error.URLError) and isinstance(result.reason, BaseException):
        cause = result.reason
    if isinstance(cause, TimeoutError):
        # A wait for the server as long as the whole deadline is the deadline.
        if str(cause) == "deadline" or per_wait >= allowed:
            raise FetchError(f"no complete answer within {allowed:.0f} s (the server is too slow)")
        raise FetchError(f"no answer within {per_wait:.0f} s (are you offline?)") from result
    if isinstance(result, OSError | ValueError | http.client.HTTPException):
        raise FetchError(_reason(result)) from result
    raise result
