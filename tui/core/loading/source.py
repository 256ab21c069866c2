"""Load a source (a file or an http(s) URL) into clean text with its title and boilerplate ranges.

The steps: read the bytes (refusing what is missing, unreadable, empty, too
large or binary), decode them (:mod:`tui.core.loading.decoding`), extract the article
from HTML (:mod:`tui.core.loading.html_extract`), make the text terminal-safe
(:mod:`tui.core.loading.cleaning`), then find the title and flag boilerplate
(:mod:`tui.core.loading.boilerplate`). Every problem is an :class:`InputError` naming the
source, which the command line prints as one line.
"""

from __future__ import annotations

import errno
import os
import re
import select
import stat
import time
from pathlib import Path

from tui.core.errors import FetchError, InputError, NotTextError, TooLargeError
from tui.core.loading.boilerplate import find_boilerplate, lines_of, reads_like_headline
from tui.core.loading.cleaning import clean_text
from tui.core.loading.decoding import declared_charset, decode_bytes
from tui.core.loading.fetch import (
    PROGRESS_INTERVAL_SECONDS,
    ProgressReport,
    ReadProgress,
    fetch,
    is_url,
)
from tui.core.loading.html_extract import extract_article, looks_like_html
from tui.core.models import LoadedText

MAX_SOURCE_BYTES = 16 * 1024 * 1024
#: How long a named pipe (``<(command)``) may take to deliver the whole source.
PIPE_DEADLINE_SECONDS = 60.0

_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
_MARKDOWN_SUFFIXES = {".md", ".markdown"}


def too_large_problem(size: int) -> str:
    """Return the message for a source of ``size`` bytes, over :data:`MAX_SOURCE_BYTES`."""
    limit = MAX_SOURCE_BYTES // (1024 * 1024)
    return f"too large ({size / 1_000_000:.1f} MB); crosscheck opens sources up to {limit} MB"


def _os_problem(error: OSError) -> str:
    if isinstance(error, FileNotFoundError | NotADirectoryError):
        return "no such file"
    if isinstance(error, IsADirectoryError):
        return "is a directory, not a file"
    if isinstance(error, PermissionError):
        return "cannot be read (permission denied)"
    reason = error.strerror or os.strerror(error.errno or errno.EIO)
    return f"cannot be read ({reason.lower()})"


def is_slow_source(source: str) -> bool:
    """Return True when loading ``source`` waits on someone else: a URL, or a named pipe
    (``<(command)``) whose writer may take its time or never come."""
    if is_url(source):
        return True
    try:
        return stat.S_ISFIFO(os.stat(source).st_mode)
    except (OSError, ValueError):
        return False


def _read_pipe(source: str, progress: ProgressReport | None = None) -> bytes:
    """Return what a named pipe delivers before its writer closes it, within the deadline.

    The pipe is opened without blocking, so a pipe nobody writes to cannot hang crosscheck;
    ``progress`` hears how much arrived a few times a second.
    """
    if not hasattr(select, "poll"):
        with open(source, "rb") as handle:
            return handle.read(MAX_SOURCE_BYTES + 1)
    descriptor = os.open(source, os.O_RDONLY | os.O_NONBLOCK)
    try:
        poller = select.poll()
        poller.register(descriptor, select.POLLIN | select.POLLHUP)
        ends = time.monotonic() + PIPE_DEADLINE_SECONDS
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_SOURCE_BYTES:
            remaining = ends - time.monotonic()
            if remaining <= 0:
                problem = (
                    "is a pipe that sent nothing" if not chunks else "is a pipe that did not end"
                )
                raise InputError(source, f"{problem} within {PIPE_DEADLINE_SECONDS:.0f} s")
            if progress is not None:
                progress(ReadProgress(size, None, remaining))
            if not poller.poll(min(remaining, PROGRESS_INTERVAL_SECONDS) * 1000):
                continue
            try:
                chunk = os.read(descriptor, 64 * 1024)
            except BlockingIOError:
                continue
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def read_file_bytes(source: str, *, progress: ProgressReport | None = None) -> bytes:
    """Return the bytes of the file ``source``; raises :class:`InputError` for bad files.

    The size is checked before reading; pipes (e.g. ``<(command)``) are read with a cap
    and a deadline, telling ``progress`` how far they got.
    """
    try:
        info = os.stat(source)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(source, "is a directory, not a file")
        is_regular = stat.S_ISREG(info.st_mode)
        if not is_regular and not stat.S_ISFIFO(info.st_mode):
            raise InputError(source, "is not a regular file")
        if is_regular and info.st_size > MAX_SOURCE_BYTES:
            raise InputError(source, too_large_problem(info.st_size))
        if is_regular:
            with open(source, "rb") as handle:
                data = handle.read(MAX_SOURCE_BYTES + 1)
        else:
            data = _read_pipe(source, progress)
    except OSError as error:
        raise InputError(source, _os_problem(error)) from error
    if len(data) > MAX_SOURCE_BYTES:
        raise InputError(source, too_large_problem(len(data)))
    if not data:
        raise InputError(source, "is empty")
    return data


def _decode(source: str, data: bytes, *, suffix: str = "", declared: str | None = None) -> str:
    if declared is None and (suffix in _HTML_SUFFIXES or is_url(source)):
        declared = declared_charset(data)
    try:
        return decode_bytes(data, suffix=suffix, declared=declared)
    except NotTextError as error:
        raise InputError(source, str(error)) from error


def _text_title(text: str, *, markdown: bool) -> str | None:
    first = next(lines_of(text), None)
    if first is None:
        return None
    if markdown and first.text.startswith("# "):
        return first.text[2:].strip().rstrip("#").strip() or None
    has_more = first.end < len(text.rstrip())
    return first.text if has_more and reads_like_headline(first.text) else None


def _finish(source: str, text: str, title: str | None, *, markdown: bool = False) -> LoadedText:
    if not text.strip():
        raise InputError(source, "holds no text (only white space)")
    if title is None:
        title = _text_title(text, markdown=markdown)
    boilerplate = find_boilerplate(text, title=title)
    furniture = sum(len("".join(text[start:end].split())) for start, end in boilerplate)
    if furniture == len("".join(text.split())):
        raise InputError(source, f"{NO_ARTICLE} (only page furniture: by-lines, ads, links)")
    return LoadedText(path=source, title=title, text=text, boilerplate=boilerplate)


_SENTENCE_END = re.compile(r"[.!?…][”\"’')\]]*$")
NO_ARTICLE = "holds no article text that crosscheck can find"


def _has_prose(blocks: tuple[str, ...], title: str | None) -> bool:
    """Return True when some line outside the title reads like prose: four words or more
    ending a sentence, or twelve words or more. Menus and link lists never do."""
    for block in blocks:
        for line in block.split("\n"):
            words = len(line.split())
            if line.strip() == (title or "").strip():
                continue
            if words >= 12 or (words >= 4 and _SENTENCE_END.search(line.strip())):
                return True
    return False


def _from_html(source: str, html: str) -> LoadedText:
    page = extract_article(html, url=source if is_url(source) else None)
    text = clean_text(page.text)
    if not text.strip():
        raise InputError(source, NO_ARTICLE)
    if not _has_prose(page.blocks, page.title):
        raise InputError(source, f"{NO_ARTICLE} (only menus, links or page furniture)")
    title = clean_text(page.title or "").strip() or None
    return _finish(source, text, title)


def load_file(source: str, *, progress: ProgressReport | None = None) -> LoadedText:
    """Return the clean text of the file ``source`` (text, Markdown or a saved web page)."""
    suffix = Path(source).suffix.lower()
    decoded = _decode(source, read_file_bytes(source, progress=progress), suffix=suffix)
    if suffix in _HTML_SUFFIXES or (suffix not in _TEXT_SUFFIXES and looks_like_html(decoded)):
        return _from_html(source, decoded)
    return _finish(source, clean_text(decoded), None, markdown=suffix in _MARKDOWN_SUFFIXES)


def load_url(url: str, *, progress: ProgressReport | None = None) -> LoadedText:
    """Return the clean text of the web page (or text) at ``url``; raises InputError.

    ``progress`` hears how far the fetch got, a few times a second."""
    try:
        page = fetch(url, max_bytes=MAX_SOURCE_BYTES, progress=progress)
    except TooLargeError as error:
        raise InputError(url, too_large_problem(error.size)) from error
    except FetchError as error:
        raise InputError(url, f"cannot fetch: {error}") from error
    if not page.body:
        raise InputError(url, "cannot fetch: the server sent an empty page")
    decoded = _decode(url, page.body, declared=page.charset)
    if page.is_html or looks_like_html(decoded):
        return _from_html(url, decoded)
    markdown = page.media_type == "text/markdown"
    return _finish(url, clean_text(decoded), None, markdown=markdown)


def load_source(source: str, *, progress: ProgressReport | None = None) -> LoadedText:
    """Return the clean text of ``source`` (a path or an http(s) URL); raises InputError.

    ``progress`` hears how far a slow source (a URL, a pipe) got, a few times a second;
    whatever it raises (the reader cancelled) ends the wait and propagates."""
    if is_url(source):
        return load_url(source, progress=progress)
    return load_file(source, progress=progress)
