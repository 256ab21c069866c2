"""Review sessions: marks saved the moment they change, merged with other instances, undone.

Each mark is kept as a record of its difference's kind, spans and passage text (the file
format and its I/O are in :mod:`tui.core.review.session_file`). When a source has changed,
records are re-attached to the differences with the same passages, and the rest are kept
and listed as orphaned. Attaching is done once when the session opens, then kept up to
date record by record, so a mark costs the same on a book as on a brief.

Every change is written at once and atomically, under a file lock, after merging what
another instance of the app saved in the meantime (only when the file changed since this
session last read or wrote it). A change means what the screen showed, changed: pressing
``space`` on a difference shown unchecked checks it, even if another instance checked it
meanwhile, so a conflict keeps the mark. When a save fails, the session says so in
:attr:`ReviewSession.unsaved` until a later save succeeds.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Literal

from tui.core.errors import NewerSessionError, SessionFileError
from tui.core.models import Comparison
from tui.core.review.atomic import write_target, write_text_atomically
from tui.core.review.marks import BLANK, OrphanedMark, ReviewMark, ReviewProgress, ReviewState
from tui.core.review.session_file import (
    Fingerprint,
    Record,
    RecordKey,
    SessionFile,
    TextKey,
    default_session_path,
    file_lock,
    find_previous_session,
    fingerprint,
    is_same_pair,
    move_aside,
    read_session,
    record_for,
    remove_interrupted_writes,
    serialise_session,
    session_key,
    swapped_order,
)

__all__ = ["ReviewSession", "default_session_path", "session_key"]

Field = Literal["checked", "flagged", "note"]


def _with_field(mark: ReviewMark, field_name: Field, value: bool | str, stamp: int) -> ReviewMark:
    if field_name == "note":
        return replace(mark, note=str(value), stamp=stamp)
    if field_name == "checked":
        return replace(mark, checked=bool(value), stamp=stamp)
    return replace(mark, flagged=bool(value), stamp=stamp)


class ReviewSession:
    """The review marks of one comparison, saved to a session file as they change.

    Open one with :meth:`open`. Read :attr:`state` (difference id → mark),
    :attr:`warnings` (problems met with the file, for the user), :attr:`orphaned`
    (saved marks whose difference no longer exists) and :attr:`unsaved` (marks that
    are not in the file yet). Each change method saves at once.
    """

    def __init__(self, comparison: Comparison, path: Path) -> None:
        self.comparison = comparison
        self.path = path
        self._differences = {d.id: d for d in comparison.differences}
        self._by_key: dict[RecordKey, str] = {}
        for difference in comparison.differences:
            self._by_key.setdefault(record_for(difference, BLANK).key, difference.id)
        self._by_text: dict[TextKey, list[str]] | None = None
        self._records: dict[RecordKey, Record] = {}
        self._aliases: dict[RecordKey, RecordKey] = {}
        self._attached: dict[str, RecordKey] = {}
        self._orphans: dict[RecordKey, None] = {}
        self._undo: list[tuple[str, Field, bool | str]] = []
        self._warnings: list[str] = []
        self._read_only = False
        self._unsaved = False
        self._save_error: str | None = None
        self._seen: Fingerprint = None
        self._last_stamp = 0
        self._state: ReviewState | None = ReviewState()

    @classmethod
    def open(cls, comparison: Comparison, path: Path | None = None) -> ReviewSession:
        """Return the session of ``comparison``'s pair of sources, with its saved marks.

        ``path`` chooses the session file; by default it is :func:`default_session_path`,
        and when that does not exist yet, the latest session made on the same two source
        paths (whose text has since changed) is carried over. Never raises for a bad,
        unreadable or another pair's file: a broken one is moved aside, the others are
        left as they are, and the problem is reported in :attr:`warnings`.
        """
        target = path if path is not None else default_session_path(comparison.a, comparison.b)
        session = cls(comparison, target)
        session._seen = fingerprint(session._file)
        loaded = session._load(target)
        if loaded is None and path is None:
            previous = find_previous_session(target.parent, comparison.a, comparison.b)
            if previous is not None:
                loaded = session._load(previous)
        if loaded is not None:
            session._attach_all(session._merge(loaded))
        if session.orphaned:
            session._warn(
                f"{len(session.orphaned)} saved mark(s) no longer match any difference "
                "(a source changed); they are kept and listed as orphaned"
            )
        return session

    # -- what the UI reads -------------------------------------------------------------

    @property
    def state(self) -> ReviewState:
        """Return the current marks, by difference id."""
        if self._state is None:
            self._state = ReviewState(
                {d: self._records[key].mark for d, key in self._attached.items()}
            )
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

    @property
    def unsaved(self) -> bool:
        """Return True when a change is not in the session file (its save failed)."""
        return self._unsaved

    @property
    def save_error(self) -> str | None:
        """Return why the last save failed, in a few words; None after a save succeeded."""
        return self._save_error

    def mark(self, difference_id: str) -> ReviewMark:
        """Return the mark of a difference (blank when it has none)."""
        return self.state.mark(difference_id)

    def progress(self) -> ReviewProgress:
        """Return checked and flagged counts out of all the differences, and unsaved."""
        counted = self.state.progress(self.comparison.differences)
        return replace(counted, unsaved=self._unsaved)

    # -- changes -----------------------------------------------------------------------

    def toggle_checked(self, difference_id: str) -> ReviewMark:
        """Flip the checked mark as shown now (see :attr:`state`), save, and return the mark."""
        return self._change(difference_id, "checked", not self.mark(difference_id).checked)

    def toggle_flagged(self, difference_id: str) -> ReviewMark:
        """Flip the flag as shown now (see :attr:`state`), save, and return the mark."""
        return self._change(difference_id, "flagged", not self.mark(difference_id).flagged)

    def set_note(self, difference_id: str, note: str) -> ReviewMark:
        """Set the note of a difference (empty removes it), save, and return its new mark."""
        return self._change(difference_id, "note", note.strip())

    def undo(self) -> str | None:
        """Undo the last change made in this session, save, and return the id it restored.

        Returns None when there is nothing to undo.
        """
        if not self._undo:
            return None
        difference_id, field_name, previous = self._undo.pop()
        self._change(difference_id, field_name, previous, remember=False)
        return difference_id

    def changed_on_disk(self) -> bool:
        """Return True when the session file changed since this session read or wrote it."""
        return not self._read_only and fingerprint(self._file) != self._seen

    def refresh(self) -> ReviewState:
        """Merge in what another instance saved since, without writing; return the state."""
        if not self._read_only:
            self._seen = fingerprint(self._file)
            self._attach_all(self._merge(self._load(self.path)))
        return self.state

    def refresh_if_changed(self) -> bool:
        """Merge in the file when it changed under this session; return True if it did."""
        if not self.changed_on_disk():
            return False
        before = self.state
        return self.refresh() != before

    def save(self) -> bool:
        """Write the marks to the file again (after a failed save); return True on success."""
        self._transact(lambda: None)
        return not self._unsaved

    # -- internals ---------------------------------------------------------------------

    @property
    def _file(self) -> Path:
        """Return the file written: the end of the session path's symlinks."""
        return write_target(self.path)

    def _warn(self, message: str) -> None:
        if message not in self._warnings:
            self._warnings.append(message)

    def _next_stamp(self, previous: int) -> int:
        self._last_stamp = max(time.time_ns(), self._last_stamp + 1, previous + 1)
        return self._last_stamp

    def _change(
        self, difference_id: str, field_name: Field, value: bool | str, *, remember: bool = True
    ) -> ReviewMark:
        difference = self._differences[difference_id]
        if remember:
            self._undo.append(
                (difference_id, field_name, getattr(self.mark(difference_id), field_name))
            )

        def apply() -> None:
            key = self._attached.get(difference_id)
            record = self._records.get(key) if key is not None else None
            mark = record.mark if record is not None else BLANK
            changed = _with_field(mark, field_name, value, self._next_stamp(mark.stamp))
            updated = record_for(difference, changed)
            if key is not None and key != updated.key:
                del self._records[key]
            self._records[updated.key] = updated
            self._attached[difference_id] = updated.key
            self._orphans.pop(updated.key, None)
            self._state = None

        self._transact(apply, changes=True)
        return self.mark(difference_id)

    def _transact(self, apply: Callable[[], None], *, changes: bool = False) -> None:
        """Under the file lock: merge the file if it changed, ``apply``, write the file back.

        When the file cannot be written the change is kept in memory, :attr:`unsaved` is
        set and a warning recorded.
        """
        applied = False
        if self._read_only:
            apply()
            self._unsaved = self._unsaved or changes
            return
        try:
            self._file.parent.mkdir(parents=True, exist_ok=True)
            with file_lock(self._file):
                remove_interrupted_writes(self._file)
                if fingerprint(self._file) != self._seen:
                    self._attach_all(self._merge(self._load(self.path)))
                apply()
                applied = True
                if not self._read_only:
                    text = serialise_session(
                        self.comparison.a, self.comparison.b, self._records.values()
                    )
                    write_text_atomically(self.path, text, mode=0o600)
                    self._seen = fingerprint(self._file)
        except OSError as error:
            reason = str(error.strerror or error)
            self._warn(f"cannot save review marks to {self.path}: {reason}")
            self._save_error = reason
            self._unsaved = True
            if not applied:
                apply()
            return
        if self._read_only:
            self._unsaved = self._unsaved or changes
            return
        self._unsaved = False
        self._save_error = None

    def _load(self, path: Path) -> SessionFile | None:
        if path.exists() and not path.is_file():
            # A folder or device given as the session: never move or write over it.
            self._read_only = True
            self._save_error = "the session path is not a regular file"
            self._warn(
                f"session path {path} is not a regular file; it is left as it is and "
                "marks made now will not be saved"
            )
            return None
        try:
            loaded = read_session(path)
        except NewerSessionError as error:
            self._read_only = True
            self._save_error = "the session file is from a newer crosscheck"
            self._warn(
                f"session file {path} was written by a newer crosscheck ({error}); "
                "it is left as it is and marks made now will not be saved"
            )
            return None
        except SessionFileError as error:
            try:
                moved = move_aside(path)
            except OSError as move_error:
                self._read_only = True
                self._save_error = "the session file is broken"
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
        a, b = self.comparison.a, self.comparison.b
        if loaded is not None and not is_same_pair(loaded.sources, a, b):
            self._read_only = True
            self._save_error = "the session file belongs to another pair of sources"
            self._warn(
                f"session file {path} belongs to another pair of sources; it is left as it "
                "is and marks made now will not be saved"
            )
            return None
        return loaded

    def _merge(self, loaded: SessionFile | None) -> list[RecordKey]:
        """Take in the file's records (the later change wins); return the keys to attach."""
        if loaded is None:
            return []
        swapped = swapped_order(loaded.sources, self.comparison.a, self.comparison.b)
        fresh: list[RecordKey] = []
        for stored in loaded.records:
            record = stored.swapped() if swapped else stored
            key = self._aliases.get(record.key, record.key)
            mine = self._records.get(key)
            if mine is None:
                self._records[record.key] = record
                fresh.append(record.key)
            elif record.mark.stamp > mine.mark.stamp:
                self._records[key] = replace(mine, mark=record.mark)
                self._state = None
            self._last_stamp = max(self._last_stamp, record.mark.stamp)
        return fresh

    def _texts(self) -> dict[TextKey, list[str]]:
        """Return the differences by passage text (normalised once, when first needed)."""
        if self._by_text is None:
            self._by_text = {}
            for difference in self.comparison.differences:
                text_key = record_for(difference, BLANK).text_key
                self._by_text.setdefault(text_key, []).append(difference.id)
        return self._by_text

    def _attach_all(self, keys: list[RecordKey]) -> None:
        """Attach new records: same spans first, then same passage text, newest first."""
        if not keys:
            return
        self._state = None
        loose: list[Record] = []
        for key in keys:
            difference_id = self._by_key.get(key)
            if difference_id is not None and difference_id not in self._attached:
                self._attached[difference_id] = key
            else:
                loose.append(self._records[key])
        if not loose:
            return
        by_text = self._texts()
        for record in sorted(loose, key=lambda r: -r.mark.stamp):
            candidates = [d for d in by_text.get(record.text_key, ()) if d not in self._attached]
            if not candidates:
                self._orphans[record.key] = None
                continue
            difference_id = candidates[0]
            moved = record_for(self._differences[difference_id], record.mark)
            del self._records[record.key]
            self._records[moved.key] = moved
            self._aliases[record.key] = moved.key
            self._attached[difference_id] = moved.key
