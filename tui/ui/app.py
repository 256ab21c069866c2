"""The crosscheck reading room: two sources side by side, and every difference one key away.

The app wires widgets to the pure functions of :mod:`tui.core.navigation` and
to the review session of :mod:`tui.core.review.session`; it holds the reader's position
(filter, current difference, search hits) and the session, nothing else. The
comparison runs in a thread worker that reports progress and opens the session.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar, Literal

from textual import work
from textual.actions import SkipAction
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from tui.core.compare import compare_loaded
from tui.core.crash import report_crash
from tui.core.models import Comparison, Difference, LoadedText, Side, Span
from tui.core.navigation import (
    Counterparts,
    SearchHit,
    counterparts,
    filter_counts,
    filtered_indices,
    search_hits,
    sentence_at,
    step_hit,
    step_within,
    summarise,
)
from tui.core.report.write import report_file_name, write_report
from tui.core.review.marks import REVIEW_FILTERS, OrphanedMark, ReviewState, review_filter_indices
from tui.core.review.session import ReviewSession
from tui.ui.article_pane import ArticlePane, ArticleView
from tui.ui.detail_view import DetailView
from tui.ui.difference_list import FILTER_ENTRIES, DifferenceList, FilterBar, ListFilterName
from tui.ui.help_screen import HelpScreen
from tui.ui.note_editor import NoteEditor
from tui.ui.search_bar import SearchBar
from tui.ui.styling import base_highlights, sentence_kinds
from tui.ui.summary_header import SummaryHeader

Direction = Literal[1, -1]
SIDES: tuple[Side, Side] = ("a", "b")
#: Actions that change or export the review: only on the main screen, once a session is open.
REVIEW_ACTIONS = frozenset({"toggle_checked", "toggle_flagged", "edit_note", "undo_mark", "report"})


class CrosscheckApp(App[None]):
    """Compare two loaded sources side by side (or show a ready ``comparison``)."""

    TITLE = "crosscheck"
    CSS_PATH = Path(__file__).with_name("crosscheck.tcss")
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012 - Textual's API
    VERTICAL_BREAKPOINTS = [(0, "-short"), (34, "-tall")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = [
        # the footer shows the keys of a review; enter, s, [ and ] are in the help and palette
        Binding("n", "step(1)", "Next", tooltip="Next difference", id="difference.next"),
        Binding("p", "step(-1)", "Prev", tooltip="Previous difference", id="difference.previous"),
        *(
            Binding(item.key, f"set_filter('{item.name}')", item.label, show=False)
            for item in FILTER_ENTRIES
        ),
        Binding("enter", "bring_into_view", "Show", id="difference.show", show=False),
        # priority: space also pages the article panes; checking wins on the main screen
        Binding("space", "toggle_checked", "Check", id="review.check", priority=True),
        Binding("f", "toggle_flagged", "Flag", id="review.flag"),
        Binding("a", "edit_note", "Note", id="review.note"),
        Binding("u", "undo_mark", "Undo", id="review.undo"),
        Binding("e", "report", "Report", id="review.report"),
        Binding("s", "toggle_sync", "Sync", id="panes.sync", show=False),
        Binding("slash", "search", "Search", id="search.open"),
        Binding("right_square_bracket", "step_hit(1)", "Next hit", show=False),
        Binding("left_square_bracket", "step_hit(-1)", "Prev hit", show=False),
        Binding("question_mark", "help", "Keys", id="app.help"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(
        self,
        loaded_a: LoadedText,
        loaded_b: LoadedText,
        *,
        comparison: Comparison | None = None,
        session_path: Path | None = None,
    ) -> None:
        """``comparison``: a finished comparison to show instead of comparing; ``session_path``:
        the review session file (default: the pair's file under the user data directory)."""
        super().__init__()
        self.loaded_a = loaded_a
        self.loaded_b = loaded_b
        self.comparison: Comparison | None = None
        self._ready_comparison = comparison
        self.session_path = session_path
        self.session: ReviewSession | None = None
        self._warnings_shown = 0
        self.crash_line: str | None = None
        self._quit_asked = False
        self.counterparts = Counterparts((), ())
        self.filter_name: ListFilterName = "all"
        self.current: int | None = None
        self.synced = True
        self.hits: tuple[SearchHit, ...] = ()
        self.hit_index: int | None = None
        self._query = ""
        self.header = SummaryHeader(loaded_a, loaded_b, id="header")
        self.panes = {"a": ArticlePane("a", loaded_a), "b": ArticlePane("b", loaded_b)}
        self.filter_bar = FilterBar(id="filters")
        self.difference_list = DifferenceList(id="differences")
        self.detail = DetailView(id="detail")
        self.search_bar = SearchBar(id="search")

    def compose(self) -> ComposeResult:
        """Compose header, the two panes, the review area, the search bar and the footer."""
        yield self.header
        with Horizontal(id="panes"):
            yield self.panes["a"]
            yield self.panes["b"]
        with Vertical(id="review-area"):
            yield self.filter_bar
            with Horizontal(id="review"):
                yield self.difference_list
                yield self.detail
        yield self.search_bar
        # compact and without the palette hint, so every footer key fits in 80 columns
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        """Show the texts at once, and compare them in the background."""
        self.filter_bar.show({}, self.filter_name)
        self.detail.show(None, None)
        self.view("a").focus()
        if self._ready_comparison is not None:
            comparison = self._ready_comparison
            self.show_comparison(comparison, ReviewSession.open(comparison, self.session_path))
        else:
            self.compare_in_background()

    def view(self, side: Side) -> ArticleView:
        """Return the article view of ``side``."""
        return self.panes[side].view

    # -- the comparison -----------------------------------------------------------------------

    @work(thread=True, exclusive=True)
    def compare_in_background(self) -> None:
        """Segment, align and analyse the sources off the event loop, reporting progress."""
        worker = get_current_worker()

        def progress(stage: str, fraction: float) -> None:
            if not worker.is_cancelled:
                self.call_from_thread(self.header.show_progress, stage, fraction)

        try:
            comparison = compare_loaded(self.loaded_a, self.loaded_b, progress=progress)
            if worker.is_cancelled:
                return
            progress("opening the review session", 1.0)
            session = ReviewSession.open(comparison, self.session_path)
        except Exception as error:  # as the command line does: one line, details in the log
            self.crash_line = report_crash(error)
            self.call_from_thread(self.exit, None, 1)
            return
        if not worker.is_cancelled:
            self.call_from_thread(self.show_comparison, comparison, session)

    def show_comparison(self, comparison: Comparison, session: ReviewSession) -> None:
        """Paint the finished comparison and its review: highlights, summary, filters, list."""
        self.comparison = comparison
        self.session = session
        self.counterparts = counterparts(comparison)
        for side in SIDES:
            self.view(side).set_highlights(
                base_highlights(comparison, side), sentence_kinds(comparison, side)
            )
            self.panes[side].minimap.refresh()
        self.difference_list.empty_message = "No differences here."
        self._refresh_summary()
        self.action_set_filter(self.filter_name)
        self._announce_session_warnings()
        self.refresh_bindings()
        self.set_interval(1.0, self._follow_session_file)
        # The comparison lives as long as the app: keep the collector from re-scanning its
        # objects, which on book-length sources paused key presses for 150-550 ms.
        gc.freeze()

    def _follow_session_file(self) -> None:
        """Show the marks another instance saved, when the session file changed."""
        if self.session is not None and self.session.refresh_if_changed():
            self._refresh_summary()
            self.action_set_filter(self.filter_name)

    async def action_quit(self) -> None:
        """Quit; with marks that could not be saved, ask first (``q`` again quits anyway)."""
        session = self.session
        if session is not None and session.unsaved and not session.save() and not self._quit_asked:
            self._quit_asked = True
            self._refresh_summary()
            reason = session.save_error or "the session file cannot be written"
            self.notify(
                f"Marks are not saved ({reason}). Press q again to quit without them.",
                title="Unsaved marks",
                severity="error",
                timeout=10,
            )
            return
        self.exit()

    @property
    def differences(self) -> tuple[Difference, ...]:
        """Return the comparison's differences (none while comparing)."""
        return self.comparison.differences if self.comparison else ()

    def _refresh_summary(self) -> None:
        if self.comparison is not None:
            self.header.show_summary(summarise(self.comparison), synced=self.synced)
        if self.session is not None:
            self.header.show_review(self.session.progress())

    def _announce_session_warnings(self) -> None:
        """Notify each session warning once (a corrupt file moved aside, a failed save, ...)."""
        if self.session is None:
            return
        warnings = self.session.warnings
        for warning in warnings[self._warnings_shown :]:
            self.notify(warning, title="Review session", severity="warning", timeout=12)
        self._warnings_shown = len(warnings)

    # -- differences --------------------------------------------------------------------------

    def shown_indices(self, name: ListFilterName) -> tuple[int, ...]:
        """Return the indices of the differences filter ``name`` shows (review filters by mark)."""
        if name == "unchecked" or name == "flagged":
            if self.session is None:
                return ()
            return review_filter_indices(self.differences, self.session.state, name)
        return filtered_indices(self.differences, name)

    def _filter_counts(self) -> dict[ListFilterName, int]:
        counts: dict[ListFilterName, int] = dict(filter_counts(self.differences).items())
        if self.session is not None:
            for name, _label in REVIEW_FILTERS:
                counts[name] = len(self.shown_indices(name))
        return counts

    def action_set_filter(self, name: ListFilterName) -> None:
        """Show only the differences of filter ``name`` in the list."""
        self.filter_name = name
        self.filter_bar.show(self._filter_counts(), name)
        review = self.session.state if self.session is not None else None
        self.difference_list.show(self.differences, self.shown_indices(name), review)
        if self.current is not None:
            self.difference_list.select(self.current)
        self._show_detail(self.difference_list.selected)

    def action_step(self, direction: Direction) -> None:
        """Go to the next or previous difference within the filter."""
        index = step_within(self.shown_indices(self.filter_name), self.current, direction)
        if index is None:
            self.bell()
            return
        self.go_to(index)

    def action_bring_into_view(self) -> None:
        """Bring the difference selected in the list into view in both panes."""
        index = self.difference_list.selected
        if index is not None:
            self.go_to(index)

    def go_to(self, index: int) -> None:
        """Make difference ``index`` the current one and show it in the list, detail and panes."""
        with self.batch_update():
            self._go_to(index)

    def _go_to(self, index: int) -> None:
        self.current = index
        self.difference_list.select(index)
        self._show_detail(index)
        difference = self.differences[index]
        sides: tuple[tuple[Side, Span | None], ...] = (("a", difference.a), ("b", difference.b))
        for side, span in sides:
            self.view(side).set_current([(span.start, span.end)] if span else [])
            if span is not None:
                self.view(side).scroll_to_offset(span.start)
        if difference.a is not None and difference.b is None:
            self._sync_from("a")
        elif difference.b is not None and difference.a is None:
            self._sync_from("b")

    def _show_detail(self, index: int | None) -> None:
        difference = self.differences[index] if index is not None else None
        note = ""
        if difference is not None and self.session is not None:
            note = self.session.mark(difference.id).note
        self.detail.show(self.comparison, difference, note=note)

    def on_difference_list_highlighted(self, message: DifferenceList.Highlighted) -> None:
        """Follow the list cursor in the detail view and mark it in the panes."""
        self.current = message.index
        self._show_detail(message.index)
        difference = self.differences[message.index]
        for side, span in zip(SIDES, (difference.a, difference.b), strict=True):
            self.view(side).set_current([(span.start, span.end)] if span else [])

    # -- review marks -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Allow the review keys only on the main screen, and only once a session is open."""
        if action not in REVIEW_ACTIONS:
            return True
        if self.screen is not self.screen_stack[0]:
            return False
        return True if self.session is not None else None

    def _marked_index(self) -> int | None:
        """Return the difference the review keys act on: the current one, or the list's."""
        if self.current is not None:
            return self.current
        return self.difference_list.selected

    def _marked(self) -> tuple[ReviewSession, Difference]:
        """Return the session and the difference to mark; skip the key when there is none."""
        index = self._marked_index()
        if self.session is None or index is None:
            raise SkipAction()
        return self.session, self.differences[index]

    def action_toggle_checked(self) -> None:
        """Mark the current difference checked, or not checked any more."""
        session, difference = self._marked()
        session.toggle_checked(difference.id)
        self._after_mark(difference.id)

    def action_toggle_flagged(self) -> None:
        """Flag the current difference, or take the flag off."""
        session, difference = self._marked()
        session.toggle_flagged(difference.id)
        self._after_mark(difference.id)

    def action_edit_note(self) -> None:
        """Open the note editor on the current difference's note."""
        session, difference = self._marked()

        def save(note: str | None) -> None:
            if note is not None and note.strip() != session.mark(difference.id).note:
                session.set_note(difference.id, note)
                self._after_mark(difference.id)

        self.push_screen(NoteEditor(session.mark(difference.id).note, difference.summary), save)

    def action_undo_mark(self) -> None:
        """Undo the last mark made, and go to the difference it was on."""
        if self.session is None:
            raise SkipAction()
        difference_id = self.session.undo()
        if difference_id is None:
            self.notify("Nothing to undo", timeout=2)
            return
        self._after_mark(difference_id, follow=False)
        index = next(i for i, d in enumerate(self.differences) if d.id == difference_id)
        self.go_to(index)

    def _after_mark(self, difference_id: str, *, follow: bool = True) -> None:
        """Show a changed mark: list, filter counts and header; under a review filter the
        difference may leave the list, and then the next one listed becomes current."""
        assert self.session is not None
        self._refresh_summary()
        self._announce_session_warnings()
        shown = self.shown_indices(self.filter_name)
        self.filter_bar.show(self._filter_counts(), self.filter_name)
        if shown == self.difference_list.shown:
            self.difference_list.show_review(self.session.state)
            self._show_detail(self.current)
            return
        row = self.difference_list.cursor
        self.difference_list.show(self.differences, shown, self.session.state)
        if self.current is not None and self.current in shown:
            self.difference_list.select(self.current)
        elif follow and shown:
            self.go_to(shown[min(row, len(shown) - 1)])
        else:
            self._show_detail(self.difference_list.selected)

    def action_report(self) -> None:
        """Write an HTML report with the review marks into the working folder."""
        if self.comparison is None or self.session is None:
            raise SkipAction()
        self.notify("Writing the report…", timeout=2)
        self.write_report_in_background(self.comparison, self.session.state, self.session.orphaned)

    @work(thread=True, group="report")
    def write_report_in_background(
        self, comparison: Comparison, review: ReviewState, orphaned: tuple[OrphanedMark, ...]
    ) -> None:
        """Render and write the report off the event loop, then say where it went."""
        name = report_file_name(comparison, "html")
        try:
            path = Path.cwd() / name
            write_report(comparison, "html", path, review=review, orphaned=orphaned)
        except OSError as error:
            message = f"Cannot write the report {name}: {error.strerror or error}"
            self.call_from_thread(self.notify, message, severity="error", timeout=10)
            return
        self.call_from_thread(self.notify, f"Report written to {path}", title="Report", timeout=8)

    # -- synced scrolling ---------------------------------------------------------------------

    def action_toggle_sync(self) -> None:
        """Turn synced scrolling on or off."""
        self.synced = not self.synced
        self._refresh_summary()
        self.notify("Synced scrolling on" if self.synced else "Synced scrolling off", timeout=2)
        if self.synced:
            self._sync_from(self._focused_side())

    def _focused_side(self) -> Side:
        return "b" if self.focused is self.view("b") else "a"

    def on_article_view_scrolled(self, message: ArticleView.Scrolled) -> None:
        """Keep the counterpart of the top sentence in view in the other pane."""
        if message.by_user and self.synced:
            self._sync_from(message.view.side)

    def _sync_from(self, side: Side) -> None:
        if self.comparison is None:
            return
        document, other_document = (
            (self.comparison.a, self.comparison.b)
            if side == "a"
            else (self.comparison.b, self.comparison.a)
        )
        top = sentence_at(document, self.view(side).top_offset)
        partner = None if top is None else self.counterparts.of(side, top)
        if partner is not None:
            other: Side = "b" if side == "a" else "a"
            self.view(other).scroll_to_offset(other_document.sentences[partner].start, context=0)

    # -- search -------------------------------------------------------------------------------

    def action_search(self) -> None:
        """Open the search box."""
        self.search_bar.open()

    def on_input_submitted(self, message: Input.Submitted) -> None:
        """Search both sources for the box's text, or go to the next hit of the same search."""
        if self.comparison is None:
            return
        if message.value != self._query:
            self._query = message.value
            self.hits = search_hits(self.comparison, message.value)
            self.hit_index = None
        self.action_step_hit(1)

    def action_step_hit(self, direction: Direction) -> None:
        """Go to the next or previous search hit, in whichever pane it is."""
        self.hit_index = step_hit(len(self.hits), self.hit_index, direction)
        self.search_bar.show_status(self.hit_index, len(self.hits))
        current = self.hits[self.hit_index] if self.hit_index is not None else None
        for side in SIDES:
            mine = [(h.start, h.end) for h in self.hits if h.side == side]
            here = (current.start, current.end) if current and current.side == side else None
            self.view(side).set_hits(mine, here)
        if current is None:
            return
        self.view(current.side).scroll_to_offset(current.start)
        if self.synced:
            self._sync_from(current.side)

    def on_search_bar_closed(self, message: SearchBar.Closed) -> None:
        """Give the focus back to a pane."""
        self.view(self._focused_side()).focus()

    # -- help and the command palette ---------------------------------------------------------

    def action_help(self) -> None:
        """Show every key."""
        self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Return the palette's commands: the defaults and every reading-room action."""
        yield from super().get_system_commands(screen)
        yield SystemCommand("Next difference (n)", "Within the filter", lambda: self.action_step(1))
        yield SystemCommand(
            "Previous difference (p)", "Within the filter", lambda: self.action_step(-1)
        )
        for item in FILTER_ENTRIES:
            yield SystemCommand(
                f"Filter: {item.label} ({item.key})",
                "Show only these differences",
                lambda name=item.name: self.action_set_filter(name),
            )
        yield SystemCommand(
            "Bring the selected difference into view (enter)",
            "Scroll both panes to it",
            self.action_bring_into_view,
        )
        if self.session is not None:
            yield from self._review_commands()
        yield SystemCommand("Toggle synced scrolling (s)", "", self.action_toggle_sync)
        yield SystemCommand("Search both sources (/)", "", self.action_search)
        yield SystemCommand("Next search hit (])", "", lambda: self.action_step_hit(1))
        yield SystemCommand("Previous search hit ([)", "", lambda: self.action_step_hit(-1))
        yield SystemCommand("Keys (?)", "Every key of the reading room", self.action_help)

    def _review_commands(self) -> Iterable[SystemCommand]:
        """Return the palette's review commands (they act on the current difference)."""
        yield SystemCommand("Mark checked / not checked (space)", "", self.action_toggle_checked)
        yield SystemCommand("Flag / unflag (f)", "", self.action_toggle_flagged)
        yield SystemCommand("Note on this difference (a)", "Opens an editor", self.action_edit_note)
        yield SystemCommand("Undo the last mark (u)", "", self.action_undo_mark)
        yield SystemCommand(
            "Write an HTML report (e)", "Into the working folder", self.action_report
        )
