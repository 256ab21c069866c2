"""The review keys of the reading room: check, flag, note, undo and redo, copy, report.

Every one acts on the difference the reader sees selected in the list. Kept apart from the
screen's navigation so each module stays small; :class:`ReviewKeys` is mixed into
:class:`tui.ui.reading_room.ReadingRoomScreen`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.actions import SkipAction
from textual.screen import Screen

from tui.core.models import Comparison, Difference
from tui.core.report.model import REPORT_SCOPES, ReportScope
from tui.core.report.passages import clipboard_text
from tui.core.report.write import ReportFormat, new_report_path, write_report
from tui.core.review.marks import OrphanedMark, ReviewMark, ReviewState
from tui.core.review.session import ReviewSession
from tui.ui.note_editor import NoteEditor
from tui.ui.report_dialog import ReportChoice, ReportDialog

if TYPE_CHECKING:
    from tui.core.navigation import Row
    from tui.ui.difference_list import DifferenceList, ListFilterName
    from tui.ui.summary_header import SummaryHeader

#: Actions that change or export the review: only once a session is open.
REVIEW_ACTIONS = frozenset(
    {"toggle_checked", "toggle_flagged", "edit_note", "undo_mark", "redo_mark", "report", "copy"}
)


@dataclass(frozen=True, slots=True)
class Redo:
    """What ``U`` puts back: the mark a difference had before ``u`` undid it."""

    difference_id: str
    mark: ReviewMark


class ReviewKeys(Screen[None]):
    """The review actions of the reading room (a mix-in of the screen)."""

    if TYPE_CHECKING:
        comparison: Comparison | None
        session: ReviewSession | None
        current: int | None
        filter_name: ListFilterName
        difference_list: DifferenceList
        header: SummaryHeader

        @property
        def differences(self) -> tuple[Difference, ...]: ...
        def go_to(self, index: int) -> None: ...
        def shown_rows(self, name: ListFilterName | None = None) -> tuple[Row, ...]: ...
        def _refresh_summary(self) -> None: ...
        def _refresh_list(self, *, follow: bool = True) -> None: ...
        def _show_detail(self, index: int | None) -> None: ...
        def _show_position(self, *, recount: bool = False) -> None: ...

    _redo: list[Redo]
    report_choice: ReportChoice = ("all", "html")
    #: Where reports go (the working folder when None).
    report_folder: Path | None = None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Allow the review keys only once a session is open."""
        if action not in REVIEW_ACTIONS:
            return True
        return True if self.session is not None else None

    def _marked(self) -> tuple[ReviewSession, Difference]:
        """Return the session and the selected difference; skip the key when there is none."""
        index = self.difference_list.selected
        if self.session is None or index is None:
            raise SkipAction()
        return self.session, self.differences[index]

    def action_toggle_checked(self) -> None:
        """Mark the selected difference checked, or not checked any more."""
        session, difference = self._marked()
        session.toggle_checked(difference.id)
        self._after_mark(difference.id, fresh=True)

    def action_toggle_flagged(self) -> None:
        """Flag the selected difference, or take the flag off."""
        session, difference = self._marked()
        session.toggle_flagged(difference.id)
        self._after_mark(difference.id, fresh=True)

    def action_edit_note(self) -> None:
        """Open the note editor on the selected difference's note."""
        session, difference = self._marked()

        def save(note: str | None) -> None:
            if note is not None and note.strip() != session.mark(difference.id).note:
                session.set_note(difference.id, note)
                self._after_mark(difference.id, fresh=True)

        self.app.push_screen(NoteEditor(session.mark(difference.id).note, difference.summary), save)

    def action_undo_mark(self) -> None:
        """Undo the last mark or note, say what came back, and go to its difference."""
        if self.session is None:
            raise SkipAction()
        before = self.session.state
        difference_id = self.session.undo()
        if difference_id is None:
            self.notify("Nothing to undo", timeout=2)
            return
        previous = before.mark(difference_id)
        self._redos.append(Redo(difference_id, previous))
        change = _change(previous, self.session.mark(difference_id))
        self.notify(f"Undone: {change}", timeout=3)
        self._after_mark(difference_id)

    def action_redo_mark(self) -> None:
        """Put back what the last ``u`` undid."""
        if self.session is None:
            raise SkipAction()
        if not self._redos:
            self.notify("Nothing to redo", timeout=2)
            return
        redo = self._redos.pop()
        now = self.session.mark(redo.difference_id)
        if now.checked != redo.mark.checked:
            self.session.toggle_checked(redo.difference_id)
        if now.flagged != redo.mark.flagged:
            self.session.toggle_flagged(redo.difference_id)
        if now.note != redo.mark.note:
            self.session.set_note(redo.difference_id, redo.mark.note)
        self.notify(f"Redone: {_change(now, redo.mark)}", timeout=3)
        self._after_mark(redo.difference_id)

    @property
    def _redos(self) -> list[Redo]:
        if not hasattr(self, "_redo"):
            self._redo = []
        return self._redo

    def _after_mark(self, difference_id: str, *, fresh: bool = False) -> None:
        """Show a changed mark in the list, the counts and the header. Under a review filter
        the difference may leave the list; the nearest one after it is then selected."""
        assert self.session is not None
        if fresh:
            self._redos.clear()
        self._refresh_summary()
        self.crosscheck_announce()
        index = next((i for i, d in enumerate(self.differences) if d.id == difference_id), None)
        rows = self.shown_rows()
        if rows == self.difference_list.rows:
            self.difference_list.show_review(self.session.state)
            self._show_position(recount=True)
            if index is not None and index != self.difference_list.selected:
                self.go_to(index)
            else:
                self._show_detail(self.difference_list.selected)
            return
        if index is not None:
            self.current = index
        self._refresh_list()

    def crosscheck_announce(self) -> None:
        """Let the app notify new session warnings."""
        announce = getattr(self.app, "announce_session_warnings", None)
        if announce is not None:
            announce()

    # -- copy and report ----------------------------------------------------------------------

    def action_copy(self) -> None:
        """Copy the selected difference with both sources' wording to the clipboard."""
        _, difference = self._marked()
        assert self.comparison is not None
        text = clipboard_text(self.comparison, difference)
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied {len(text.splitlines())} lines: both sources' wording", timeout=3)

    def action_report(self) -> None:
        """Ask for the report's scope and format, then write it to a new file."""
        if self.comparison is None or self.session is None:
            raise SkipAction()
        comparison, session = self.comparison, self.session
        scope, fmt = self.report_choice

        def chosen(choice: ReportChoice | None) -> None:
            if choice is None:
                return
            self.report_choice = choice
            self.write_report_in_background(
                comparison, session.state, session.orphaned, self.report_folder, *choice
            )

        self.app.push_screen(ReportDialog(scope, fmt), chosen)

    @work(thread=True, group="report")
    def write_report_in_background(
        self,
        comparison: Comparison,
        review: ReviewState,
        orphaned: tuple[OrphanedMark, ...],
        folder: Path | None,
        scope: ReportScope,
        fmt: ReportFormat,
    ) -> None:
        """Render and write the report to a new file off the event loop (into ``folder``, or
        the working folder), then say where it went."""
        try:
            path = new_report_path(folder or Path.cwd(), comparison, fmt)
            write_report(comparison, fmt, path, review=review, orphaned=orphaned, scope=scope)
        except OSError as error:
            message = f"Cannot write the report: {error.strerror or error}"
            self.app.call_from_thread(self.notify, message, severity="error", timeout=10)
            return
        message = f"Report ({REPORT_SCOPES[scope]}) written to {path}"
        self.app.call_from_thread(self.notify, message, title="Report", timeout=10)


def _change(before: ReviewMark, after: ReviewMark) -> str:
    """Return in words what changed from ``before`` to ``after``."""
    changes = []
    if before.checked != after.checked:
        changes.append("checked" if after.checked else "not checked")
    if before.flagged != after.flagged:
        changes.append("flagged" if after.flagged else "flag removed")
    if before.note != after.note:
        note = " ".join(after.note.split())
        changes.append(f"note back to “{note[:40]}”" if note else "note removed")
    return ", ".join(changes) or "no change"
