"""The review session file: its format (``crosscheck-session/1``), where it lives, and its I/O.

A session file belongs to a pair of sources, whichever order they are given in: its
default name is an order-independent hash of both texts' digests, under the user data
directory. It lists the two sources (digest, path, title) and one record per mark, with
its difference's kind, spans and passage texts. Reading never trusts the file: a bad
one raises :class:`SessionFileError` (or :class:`NewerSessionError`) with the reason.
The merging of records into an open comparison lives in :mod:`tui.core.review.session`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tui.core.errors import InputError, NewerSessionError, SessionFileError
from tui.core.kinds import DIFFERENCE_KINDS, DifferenceKind
from tui.core.models import Difference, Document
from tui.core.review.marks import ReviewMark
from tui.core.text.words import fold_marks

SESSION_FORMAT = "crosscheck-session/1"
_FORMAT_FAMILY = "crosscheck-session/"

Bounds = tuple[int, int] | None
RecordKey = tuple[str, Bounds, Bounds, str | None, str | None]
TextKey = tuple[str, str | None, str | None]
#: What identifies the file on disk between two looks (device, inode, size, mtime).
Fingerprint = tuple[int, int, int, int] | None


class SessionPairError(InputError):
    """A session file made on another pair of sources: it is refused, never rewritten."""


def session_key(a: Document, b: Document) -> str:
    """Return the session key of a pair of documents; the same for (a, b) and (b, a)."""
    first, second = sorted((a.digest, b.digest))
    return hashlib.sha256(f"{first}:{second}".encode()).hexdigest()[:32]


def sessions_folder() -> Path:
    """Return the folder that holds session files by default (under the user data directory)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("crosscheck", appauthor=False)) / "sessions"


def default_session_path(a: Document, b: Document) -> Path:
    """Return the default session file of a pair of documents."""
    return sessions_folder() / f"{session_key(a, b)}.json"


def source_path(document: Document) -> str:
    """Return how the session file names a source: its URL, or its absolute path."""
    if "://" in document.path:
        return document.path
    return str(Path(document.path).resolve())


def normalise_passage(text: str | None) -> str | None:
    """Return a passage as marks are re-attached by: folded quotes, one space, case-folded."""
    if text is None:
        return None
    return re.sub(r"\s+", " ", fold_marks(text)).strip().casefold()


@dataclass(frozen=True, slots=True)
class Record:
    """One saved mark with the difference it was made on (sides as in the open comparison)."""

    kind: DifferenceKind
    a: Bounds
    b: Bounds
    a_text: str | None
    b_text: str | None
    mark: ReviewMark

    @property
    def key(self) -> RecordKey:
        """Return what identifies the difference exactly: kind, spans and passages."""
        return (self.kind, self.a, self.b, self.a_text, self.b_text)

    @property
    def text_key(self) -> TextKey:
        """Return what identifies the difference when a source moved: kind and passages."""
        return (self.kind, normalise_passage(self.a_text), normalise_passage(self.b_text))

    def swapped(self) -> Record:
        """Return the record with its sides exchanged."""
        return Record(self.kind, self.b, self.a, self.b_text, self.a_text, self.mark)


def record_for(difference: Difference, mark: ReviewMark) -> Record:
    """Return the record of ``mark`` made on ``difference``."""
    a, b = difference.a, difference.b
    return Record(
        kind=difference.kind,
        a=None if a is None else (a.start, a.end),
        b=None if b is None else (b.start, b.end),
        a_text=None if a is None else a.text,
        b_text=None if b is None else b.text,
        mark=mark,
    )


@dataclass(frozen=True, slots=True)
class SessionFile:
    """A parsed session file: its two sources, its records and when it was saved."""

    sources: tuple[dict[str, Any], dict[str, Any]]
    records: tuple[Record, ...]
    saved: str


def _bounds(value: Any) -> Bounds:
    if value is None:
        return None
    start, end = value
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
        raise ValueError("bad span")
    return (start, end)


def _optional_text(value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ValueError("bad passage text")
    return value


def _parse_record(raw: Any) -> Record:
    kind = raw["kind"]
    if kind not in DIFFERENCE_KINDS:
        raise ValueError(f"unknown kind {kind!r}")
    checked, flagged, note, stamp = raw["checked"], raw["flagged"], raw["note"], raw["stamp"]
    if not (isinstance(checked, bool) and isinstance(flagged, bool) and isinstance(note, str)):
        raise ValueError("bad mark")
    if not isinstance(stamp, int):
        raise ValueError("bad stamp")
    a, b = raw["spans"]
    a_text, b_text = raw["texts"]
    return Record(
        kind=kind,
        a=_bounds(a),
        b=_bounds(b),
        a_text=_optional_text(a_text),
        b_text=_optional_text(b_text),
        mark=ReviewMark(checked, flagged, note, stamp),
    )


def parse_session(text: str) -> SessionFile:
    """Return the session in ``text``; raises SessionFileError or NewerSessionError."""
    try:
        data = json.loads(text)
    except ValueError as error:
        raise SessionFileError(f"not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise SessionFileError("not a session object")
    found = data.get("format")
    if found != SESSION_FORMAT:
        if isinstance(found, str) and found.startswith(_FORMAT_FAMILY):
            raise NewerSessionError(found)
        raise SessionFileError("not a crosscheck session")
    try:
        first, second = data["sources"]
        for source in (first, second):
            if not (isinstance(source["digest"], str) and isinstance(source["path"], str)):
                raise ValueError("bad source")
        records = tuple(_parse_record(raw) for raw in data["marks"])
        saved = str(data.get("saved", ""))
    except (KeyError, TypeError, ValueError) as error:
        raise SessionFileError(f"malformed content ({error})") from None
    return SessionFile((first, second), records, saved)


def read_session(path: Path) -> SessionFile | None:
    """Return the parsed session file, None when it does not exist; raises on a bad one."""
    try:
        raw = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as error:
        raise SessionFileError(f"unreadable: {error.strerror or error}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SessionFileError("not UTF-8 text") from None
    return parse_session(text)


def fingerprint(path: Path) -> Fingerprint:
    """Return what changes when ``path`` is written (None when it does not exist)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def serialise_session(a: Document, b: Document, records: Iterable[Record]) -> str:
    """Return the session file's text for the pair ``a``/``b`` and ``records`` (sides a/b)."""
    swap = a.digest > b.digest
    first, second = (b, a) if swap else (a, b)
    if swap:
        records = (record.swapped() for record in records)
    marks = [
        {
            "kind": r.kind,
            "spans": [None if r.a is None else list(r.a), None if r.b is None else list(r.b)],
            "texts": [r.a_text, r.b_text],
            "checked": r.mark.checked,
            "flagged": r.mark.flagged,
            "note": r.mark.note,
            "stamp": r.mark.stamp,
        }
        for r in sorted(records, key=lambda r: (r.kind, r.a or (-1, -1), r.b or (-1, -1)))
    ]
    document = {
        "format": SESSION_FORMAT,
        "saved": datetime.now(UTC).isoformat(timespec="microseconds"),
        "sources": [
            {"digest": d.digest, "path": source_path(d), "title": d.title} for d in (first, second)
        ],
        "marks": marks,
    }
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


def move_aside(path: Path) -> Path:
    """Rename a bad session file to ``<name>.corrupt-<timestamp>.json``; return the new path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.stem}.corrupt-{stamp}.json")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.stem}.corrupt-{stamp}-{counter}.json")
    path.rename(target)
    return target


@contextlib.contextmanager
def file_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock beside ``path`` (POSIX; on Windows, no lock)."""
    if sys.platform == "win32":
        yield
        return
    import fcntl

    with open(path.with_name(f"{path.name}.lock"), "a", encoding="utf-8") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def remove_interrupted_writes(path: Path) -> None:
    """Delete temporary files left by a write that was killed (call only under the lock)."""
    if sys.platform == "win32":
        return
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _likeness(source: dict[str, Any], document: Document) -> int:
    if source["digest"] == document.digest:
        return 2
    return 1 if source["path"] == source_path(document) else 0


def swapped_order(stored: tuple[dict[str, Any], dict[str, Any]], a: Document, b: Document) -> bool:
    """Return True when the file's first source is the open comparison's B side."""
    straight = _likeness(stored[0], a) + _likeness(stored[1], b)
    crossed = _likeness(stored[0], b) + _likeness(stored[1], a)
    return crossed > straight


def is_same_pair(stored: tuple[dict[str, Any], dict[str, Any]], a: Document, b: Document) -> bool:
    """Return True when the file was made on this pair: each source the same text or path.

    A source whose text changed (same path) is the same pair; so is a pair of files that
    moved (same texts). A file that shares at most one source with the pair is another's.
    """
    straight = _likeness(stored[0], a) and _likeness(stored[1], b)
    crossed = _likeness(stored[0], b) and _likeness(stored[1], a)
    return bool(straight or crossed)


def _shown_name(source: dict[str, Any]) -> str:
    path = str(source.get("path", "?"))
    return path if "://" in path else os.path.basename(path) or path


def check_session_pair(path: Path, a: Document, b: Document) -> None:
    """Raise :class:`SessionPairError` when the file at ``path`` is another pair's session.

    A missing, unreadable or broken file passes: opening the session deals with it.
    """
    try:
        loaded = read_session(path)
    except (SessionFileError, OSError):
        return
    if loaded is None or is_same_pair(loaded.sources, a, b):
        return
    theirs = " and ".join(_shown_name(s) for s in loaded.sources)
    ours = " and ".join(os.path.basename(d.path) or d.path for d in (a, b))
    raise SessionPairError(
        str(path), f"is the review session of {theirs}, not of {ours}; give another --session"
    )


def find_previous_session(folder: Path, a: Document, b: Document) -> Path | None:
    """Return the most recent session file in ``folder`` made on the same two source paths."""
    wanted = {source_path(a), source_path(b)}
    best: tuple[str, Path] | None = None
    with contextlib.suppress(OSError):
        for candidate in folder.glob("*.json"):
            if ".corrupt-" in candidate.name:
                continue
            try:
                loaded = read_session(candidate)
            except SessionFileError:
                continue
            if loaded is None or {s["path"] for s in loaded.sources} != wanted:
                continue
            if best is None or loaded.saved > best[0]:
                best = (loaded.saved, candidate)
    return None if best is None else best[1]
