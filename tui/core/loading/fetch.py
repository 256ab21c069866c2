"""Fetch the one URL the user gave: a time limit, a size cap and one-line errors.

Only ``http`` and ``https`` are fetched, redirects included; nothing else on
the page (images, scripts, links) is ever requested.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from tui import __version__
from tui.core.errors import FetchError, TooLargeError

TIMEOUT_SECONDS = 20.0
_USER_AGENT = f"crosscheck/{__version__} (article comparison; one page per request)"
_ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "text/markdown")


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
    return urlsplit(source).scheme.lower() in ("http", "https") and "://" in source


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


def _reason(error: BaseException) -> str:
    if isinstance(error, urllib.error.HTTPError):
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
    if isinstance(error, http.client.HTTPException):
        return f"the server sent a broken answer ({type(error).__name__})"
    return str(error) or type(error).__name__


def fetch(url: str, *, max_bytes: int, timeout: float = TIMEOUT_SECONDS) -> FetchedPage:
    """Return the page at ``url``; raises :class:`FetchError` or :class:`TooLargeError`."""
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept": "*/*"})
    opener = urllib.request.build_opener(_HttpOnlyRedirects)
    try:
        with opener.open(request, timeout=timeout) as response:
            headers = response.headers
            media_type = headers.get_content_type()
            if media_type not in _ACCEPTED_TYPES:
                raise FetchError(f"the server sent {media_type}, not a web page or text")
            declared = headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > max_bytes:
                raise TooLargeError(int(declared))
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise TooLargeError(len(body))
            return FetchedPage(response.geturl(), body, media_type, headers.get_content_charset())
    except (FetchError, TooLargeError):
        raise
    except (OSError, ValueError, http.client.HTTPException) as error:
        raise FetchError(_reason(error)) from error
