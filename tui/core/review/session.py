"""Review sessions: marks saved the moment they change, keyed by the two sources' content.

A session file belongs to a pair of sources, whichever order they are given in: its
default name is an order-independent hash of both texts' digests, under the user data
directory. Each mark is stored with its difference's kind, spans and passage text, so
that when a source has changed the marks are re-attached to the differences with the
same passages, and the rest are kept and listed as orphaned.

Every change is written at once and atomically (see :mod:`tui.core.review.atomic`), under a
file lock, after re-reading the file and merging what another instance of the app saved
in the meantime. A corrupt file is moved aside with a warning, never overwritten.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from tui.core.errors import NewerSessionError, SessionFileError
from tui.core.kinds import DIFFERENCE_KINDS, DifferenceKind
from tui.core.models import Comparison, Difference, Document
from tui.core.review.atomic import write_text_atomically
from tui.core.review.marks import BLANK, OrphanedMark, ReviewMark, ReviewProgress, ReviewState
from tui.core.text.words import fold_marks

SESSION_FORMAT = "crosscheck-session/1"
_FORMAT_FAMILY = "crosscheck-session/"

Bounds = tuple[int, int] | None
RecordKey = tuple[str, Bounds, Bounds, str | None, str | None]
TextKey = tuple[str, str | None, str | None]
Field = Literal["checked", "flagged", "note"]


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


def _source_path(document: Document) -> str:
    if "://" in document.path:
        return document.path
    return str(Path(document.path).resolve())


def _normalise(text: str | None) -> str | None:
    if text is None:
        return None
    return re.sub(r"\s+", " ", fold_marks(text)).strip().casefold()


@dataclass(frozen=True, slots=True)
class _Record:
    """One saved mark with the difference it was made on (sides as in the open comparison)."""

    kind: DifferenceKind
    a: Bounds
    b: Bounds
    a_text: str | None
    b_text: str | None
    mark: ReviewMark

    @property
    def key(self) -> RecordKey:
        return (self.kind, self.a, self.b, self.a_text, self.b_text)

    @property
    def text_key(self) -> TextKey:
        return (self.kind, _normalise(self.a_text), _normalise(self.b_text))

    def swapped(self) -> _Record:
        return _Record(self.kind, self.b, self.a, self.b_text, self.a_text, self.mark)


def _with_field(mark: ReviewMark, field_name: Field, value: bool | str, stamp: int) -> ReviewMark:
    if field_name == "note":
        return replace(mark, note=str(value), stamp=stamp)
    if field_name == "checked":
        return replace(mark, checked=bool(value), stamp=stamp)
    return replace(mark, flagged=bool(value), stamp=stamp)


def _record_for(difference: Difference, mark: ReviewMark) -> _Record:
    a, b = difference.a, difference.b
    return _Record(
        kind=difference.kind,
        a=None if a is None else (a.start, a.end),
        b=None if b is None else (b.start, b.end),
        a_text=None if a is None else a.text,
        b_text=None if b is None else b.text,
        mark=mark,
    )


@dataclass(frozen=True, slots=True)
class _SessionFile:
    sources: tuple[dict[str, Any], dict[str, Any]]
    records: tuple[_Record, ...]
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


def _parse_record(raw: Any) -> _Record:
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
    return _Record(
        kind=kind,
        a=_bounds(a),
        b=_bounds(b),
        a_text=_optional_text(a_text),
        b_text=_optional_text(b_text),
        mark=ReviewMark(checked, flagged, note, stamp),
    )


def _parse_session(text: str) -> _SessionFile:
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
    return _SessionFile((first, second), records, saved)


def _read_session(path: Path) -> _SessionFile | None:
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
    return _parse_session(text)


def _move_aside(path: Path) -> Path:
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
def _file_lock(path: Path) -> Iterator[None]:
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


def _remove_interrupted_writes(path: Path) -> None:
    """Delete temporary files left by a write that was killed (call only under the lock)."""
    if sys.platform == "win32":
        return
    for leftover in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _swapped_order(stored: tuple[dict[str, Any], dict[str, Any]], a: Document, b: Document) -> bool:
    """Return True when the file's first source is the open comparison's B side."""

    def likeness(source: dict[str, Any], document: Document) -> int:
        if source["digest"] == document.digest:
            return 2
        return 1 if source["path"] == _source_path(document) else 0

    straight = likeness(stored[0], a) + likeness(stored[1], b)
    crossed = likeness(stored[0], b) + likeness(stored[1], a)
    return crossed > straight


def _find_previous_session(folder: Path, a: Document, b: Document) -> Path | None:
    """Return the most recent session file in ``folder`` made on the same two source paths."""
    wanted = {_source_path(a), _source_path(b)}
    best: tuple[str, Path] | None = None
    with contextlib.suppress(OSError):
        for candidate in folder.glob("*.json"):
            if ".corrupt-" in candidate.name:
                continue
            try:
                loaded = _read_session(candidate)
            except (SessionFileError, NewerSessionError):
                continue
            if loaded is None or {s["path"] for s in loaded.sources} != wanted:
                continue
            if best is None or loaded.saved > best[0]:
                best = (loaded.saved, candidate)
    return None if best is None else best[1]


class ReviewSession:
    """The review marks of one comparison, saved to a session file as they change.

    Open one with :meth:`open`. Read :attr:`state` (difference id → mark),
    :attr:`warnings` (problems met with the file, for the user) and :attr:`orphaned`
    (saved marks whose difference no longer exists). Each change method saves at once.
    """

    def __init__(self, comparison: Comparison, path: Path) -> None:
        self.comparison = comparison
        self.path = path
        self._differences = {d.id: d for d in comparison.differences}
        self._records: dict[RecordKey, _Record] = {}
        self._aliases: dict[RecordKey, RecordKey] = {}
        self._attached: dict[str, RecordKey] = {}
        self._orphans: list[RecordKey] = []
        self._undo: list[tuple[str, Field, bool | str]] = []
        self._warnings: list[str] = []
        self._read_only = False
        self._last_stamp = 0
        self._state = ReviewState()

    @classmethod
    def open(cls, comparison: Comparison, path: Path | None = None) -> ReviewSession:
        """Return the session of ``comparison``'s pair of sources, with its saved marks.

        ``path`` chooses the session file; by default it is :func:`default_session_path`,
        and when that does not exist yet, the latest session made on the same two source
        paths (whose text has since changed) is carried over. Never raises for a bad or
        unreadable file: it is moved aside and reported in :attr:`warnings`.
        """
        target = path if path is not None else default_session_path(comparison.a, comparison.b)
        session = cls(comparison, target)
        loaded = session._load(target)
        if loaded is None and path is None:
            previous = _find_previous_session(target.parent, comparison.a, comparison.b)
            if previous is not None:
                loaded = session._load(previous)
        if loaded is not None:
            session._merge(loaded)
        session._attach()
        if session._orphans and session.orphaned:
            session._warn(
                f"{len(session.orphaned)} saved mark(s) no longer match any difference "
                "(a source changed); they are kept and listed as orphaned"
            )
        return session

    # -- what the UI reads -------------------------------------------------------------

    @property
    def state(self) -> ReviewState:
        """Return the current marks, by difference id."""
        return self._state

    @property
    def warnings(self) -> tuple[str, ...]:
        """Return the problems met with the session file so far, one sentence each."""
        return tuple(self._warnings)

    @property
    def orphaned(self) -> tuple[OrphanedMark, ...]:
        """Return the saved marks that match no difference of this comparison (not blank ones)."""
        found = []
        for key in self._orphans:
            record = self._records[key]
            if not record.mark.is_blank:
                found.append(OrphanedMark(record.kind, record.a_text, record.b_text, record.mark))
        return tuple(found)

    @property
    def read_only(self) -> bool:
        """Return True when changes are kept in memory only (the file could not be used)."""
        return self._read_only

    def mark(self, difference_id: str) -> ReviewMark:
        """Return the mark of a difference (blank when it has none)."""
        return self._state.mark(difference_id)

    def progress(self) -> ReviewProgress:
        """Return checked and flagged counts out of all the comparison's differences."""
        return self._state.progress(self.comparison.differences)

    # -- changes -----------------------------------------------------------------------

    def toggle_checked(self, difference_id: str) -> ReviewMark:
        """Flip the checked mark of a difference, save, and return its new mark."""
        return self._change(difference_id, "checked", lambda mark: not mark.checked)

    def toggle_flagged(self, difference_id: str) -> ReviewMark:
        """Flip the flag of a difference, save, and return its new mark."""
        return self._change(difference_id, "flagged", lambda mark: not mark.flagged)

    def set_note(self, difference_id: str, note: str) -> ReviewMark:
        """Set the note of a difference (empty removes it), save, and return its new mark."""
        return self._change(difference_id, "note", lambda mark: note.strip())

    def undo(self) -> str | None:
        """Undo the last change made in this session, save, and return the id it restored.

        Returns None when there is nothing to undo.
        """
        if not self._undo:
            return None
        difference_id, field_name, previous = self._undo.pop()
        self._change(difference_id, field_name, lambda mark: previous, remember=False)
        return difference_id

    def refresh(self) -> ReviewState:
        """Merge in what another instance saved since, without writing; return the state."""
        self._merge(self._load(self.path))
        self._attach()
        return self._state

    # -- internals ---------------------------------------------------------------------

    def _warn(self, message: str) -> None:
        if message not in self._warnings:
            self._warnings.append(message)

    def _next_stamp(self, previous: int) -> int:
        self._last_stamp = max(time.time_ns(), self._last_stamp + 1, previous + 1)
        return self._last_stamp

    def _change(
        self,
        difference_id: str,
        field_name: Field,
        new_value: Callable[[ReviewMark], bool | str],
        *,
        remember: bool = True,
    ) -> ReviewMark:
        difference = self._differences[difference_id]

        def apply() -> None:
            key = self._attached.get(difference_id)
            record = self._records.get(key) if key is not None else None
            mark = record.mark if record is not None else BLANK
            if remember:
                self._undo.append((difference_id, field_name, getattr(mark, field_name)))
            value = new_value(mark)
            changed = _with_field(mark, field_name, value, self._next_stamp(mark.stamp))
            updated = _record_for(difference, changed)
            if key is not None and key != updated.key:
                del self._records[key]
            self._records[updated.key] = updated
            self._attached[difference_id] = updated.key

        self._transact(apply)
        return self.mark(difference_id)

    def _transact(self, apply: Callable[[], None]) -> None:
        """Under the file lock: merge the file, ``apply`` the change, write the file back.

        When the file cannot be written the change is kept in memory and a warning recorded.
        """
        applied = False
        try:
            with contextlib.ExitStack() as stack:
                if not self._read_only:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                    stack.enter_context(_file_lock(self.path))
                    _remove_interrupted_writes(self.path)
                    self._merge(self._load(self.path))
                    self._attach()
                apply()
                applied = True
                if not self._read_only:
                    write_text_atomically(self.path, self._serialise(), mode=0o600)
        except OSError as error:
            self._warn(f"cannot save review marks to {self.path}: {error.strerror or error}")
            if not applied:
                apply()
        self._attach()

    def _load(self, path: Path) -> _SessionFile | None:
        if path.exists() and not path.is_file():
            # A folder or device given as the session: never move or write over it.
            self._read_only = True
            self._warn(
                f"session path {path} is not a regular file; it is left as it is and "
                "marks made now will not be saved"
            )
            return None
        try:
            return _read_session(path)
        except NewerSessionError as error:
            self._read_only = True
            self._warn(
                f"session file {path} was written by a newer crosscheck ({error}); "
                "it is left as it is and marks made now will not be saved"
            )
        except SessionFileError as error:
            try:
                moved = _move_aside(path)
            except OSError as move_error:
                self._read_only = True
                self._warn(
                    f"session file {path} is {error} and could not be moved aside "
                    f"({move_error.strerror or move_error}); marks made now will not be saved"
                )
            else:
                self._warn(
                    f"session file {path} was {error}; moved aside to {moved}, "
                    "starting with no saved marks"
                )
        return None

    def _merge(self, loaded: _SessionFile | None) -> None:
        """Take in the file's records; for the same difference the later change wins."""
        if loaded is None:
            return
        swapped = _swapped_order(loaded.sources, self.comparison.a, self.comparison.b)
        for stored in loaded.records:
            record = stored.swapped() if swapped else stored
            key = self._aliases.get(record.key, record.key)
            mine = self._records.get(key)
            if mine is None:
                self._records[record.key] = record
            elif record.mark.stamp > mine.mark.stamp:
                self._records[key] = replace(mine, mark=record.mark)
            self._last_stamp = max(self._last_stamp, record.mark.stamp)

    def _attach(self) -> None:
        """Attach records to differences: same spans first, then same passage text."""
        by_key = {_record_for(d, BLANK).key: d for d in self.comparison.differences}
        attached: dict[str, RecordKey] = {}
        loose: list[_Record] = []
        for key, record in self._records.items():
            difference = by_key.get(key)
            if difference is not None:
                attached[difference.id] = key
            else:
                loose.append(record)
        by_text: dict[TextKey, list[Difference]] = {}
        for difference in self.comparison.differences:
            if difference.id not in attached:
                text_key = _record_for(difference, BLANK).text_key
                by_text.setdefault(text_key, []).append(difference)
        orphans: list[RecordKey] = []
        for record in sorted(loose, key=lambda r: -r.mark.stamp):
            candidates = by_text.get(record.text_key)
            if not candidates:
                orphans.append(record.key)
                continue
            difference = candidates.pop(0)
            moved = _record_for(difference, record.mark)
            del self._records[record.key]
            self._records[moved.key] = moved
            self._aliases[record.key] = moved.key
            attached[difference.id] = moved.key
        self._attached = attached
        self._orphans = orphans
        self._state = ReviewState(
            {difference_id: self._records[key].mark for difference_id, key in attached.items()}
        )

    def _serialise(self) -> str:
        a, b = self.comparison.a, self.comparison.b
        swap = a.digest > b.digest
        first, second = (b, a) if swap else (a, b)
        records: Iterable[_Record] = self._records.values()
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
                {"digest": d.digest, "path": _source_path(d), "title": d.title}
                for d in (first, second)
            ],
            "marks": marks,
        }
        return json.dumps(document, ensure_ascii=False, indent=1) + "\n"
