"""The crosscheck app: start-up, the comparison worker, the review session, notifications.

Everything the reader does happens on the :class:`~tui.ui.reading_room.ReadingRoomScreen`;
the app opens a pair (the one given, another one from the open dialog, or the same one with
the sides swapped), compares it in a thread worker, opens its review session, and remembers
the theme, the recent pairs and the last difference viewed (:mod:`tui.core.review.app_state`).
A source that may be slow (a URL, a pipe) loads on the :class:`~tui.ui.loading_screen.
LoadingScreen` first, which shows how far it got.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from functools import partial
from pathlib import Path

from textual import work
from textual.app import App, SystemCommand
from textual.screen import Screen
from textual.timer import Timer
from textual.worker import get_current_worker

from tui.core.compare import compare_loaded
from tui.core.crash import report_crash
from tui.core.models import Comparison, LoadedText, Side
from tui.core.review.app_state import AppState, read_state, write_state
from tui.core.review.session import ReviewSession, session_key
from tui.core.samples import sample_pair
from tui.ui.keys import palette_rows
from tui.ui.loading_screen import SIDES, LoadedPair, LoadingScreen, PairCheck
from tui.ui.open_pair import OpenPairDialog, Pair
from tui.ui.quit_dialog import QuitChoice, UnsavedMarksDialog
from tui.ui.reading_room import ReadingRoomScreen


class CrosscheckApp(App[None]):
    """Compare two sources side by side (or show a ready ``comparison``).

    Each source is given loaded, or as a path or URL to load on the loading screen first.
    """

    TITLE = "crosscheck"
    CSS_PATH = Path(__file__).with_name("crosscheck.tcss")
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012 - Textual's API
    VERTICAL_BREAKPOINTS = [(0, "-short"), (34, "-tall")]  # noqa: RUF012

    def __init__(
        self,
        loaded_a: LoadedText | str,
        loaded_b: LoadedText | str,
        *,
        comparison: Comparison | None = None,
        session_path: Path | None = None,
        offer_recent: bool | None = None,
        check_pair: PairCheck | None = None,
    ) -> None:
        """``comparison``: a finished comparison to show instead of comparing; ``session_path``:
        the review session file (default: the pair's file under the user data directory);
        ``offer_recent``: offer the recent pairs at start (default: when opened on the sample);
        ``check_pair``: run on sources loaded by the app before they are opened (raises
        InputError, shown on the loading screen)."""
        super().__init__()
        self.loaded_a: LoadedText
        self.loaded_b: LoadedText
        #: The reading room, once both sources are loaded.
        self.room: ReadingRoomScreen
        #: The loading screen of the sources given, until the reading room opens.
        self.start: LoadingScreen | None = None
        self.comparison: Comparison | None = None
        self._ready_comparison = comparison
        self.session_path = session_path
        self.session: ReviewSession | None = None
        self._warnings_shown = 0
        #: The one line a crash in the background comparison left (printed by the CLI on exit).
        self.crash_line: str | None = None
        self._follower: Timer | None = None
        paths = tuple(s.path if isinstance(s, LoadedText) else s for s in (loaded_a, loaded_b))
        is_sample = paths == sample_pair()
        self.offer_recent = is_sample if offer_recent is None else offer_recent
        self.remembered: AppState = read_state()
        if isinstance(loaded_a, LoadedText) and isinstance(loaded_b, LoadedText):
            self._set_pair(loaded_a, loaded_b)
        else:
            loaded: dict[Side, LoadedText] = {}
            for side, given in zip(SIDES, (loaded_a, loaded_b), strict=True):
                if isinstance(given, LoadedText):
                    loaded[side] = given
            self.start = LoadingScreen((paths[0], paths[1]), loaded, check=check_pair)
        if not is_sample:
            self._remember(self.remembered.with_recent(*paths))

    def _set_pair(self, loaded_a: LoadedText, loaded_b: LoadedText) -> None:
        self.loaded_a, self.loaded_b = loaded_a, loaded_b
        self.room = ReadingRoomScreen(loaded_a, loaded_b)

    @property
    def load_problem(self) -> str | None:
        """Return why the sources given could not be opened, while the loading screen says so."""
        return self.start.problem if self.start is not None else None

    def on_mount(self) -> None:
        """Restore the theme, offer the recent pairs, and compare the sources."""
        if self.remembered.theme and self.remembered.theme in self.available_themes:
            self.theme = self.remembered.theme
        if self.start is not None:
            self.push_screen(self.start, self._started)
            return
        # the reading room stands over the default screen, so another pair can replace it
        self.push_screen(self.room)
        if self.offer_recent and self.remembered.recent:
            self.push_screen(
                OpenPairDialog(self.remembered.recent, title="Recent pairs (escape: the sample)"),
                self._opened,
            )

    def _started(self, pair: LoadedPair | None) -> None:
        """Open the reading room on the sources the loading screen loaded."""
        if pair is None:
            self.exit()
            return
        self.start = None
        self._set_pair(*pair)
        self.push_screen(self.room)

    def on_reading_room_screen_ready(self, message: ReadingRoomScreen.Ready) -> None:
        """Show the ready comparison on the new reading room, or compare in the background."""
        self._start(self._ready_comparison)
        self._ready_comparison = None

    def watch_theme(self, theme: str) -> None:
        """Remember the theme the reader chose."""
        if self.is_running and theme != self.remembered.theme:
            self._remember(self.remembered.with_theme(theme))

    def _remember(self, state: AppState) -> None:
        self.remembered = state
        problem = write_state(state)
        if problem is not None and self.is_running:
            self.notify(problem, severity="warning", timeout=8)

    # -- the comparison -----------------------------------------------------------------------

    def _start(self, comparison: Comparison | None) -> None:
        if comparison is not None:
            self.show_comparison(comparison, ReviewSession.open(comparison, self.session_path))
        else:
            self.compare_in_background()

    @work(thread=True, exclusive=True, group="compare")
    def compare_in_background(self) -> None:
        """Segment, align and analyse the sources off the event loop, reporting progress."""
        worker = get_current_worker()
        header = self.room.header

        def progress(stage: str, fraction: float) -> None:
            if not worker.is_cancelled:
                self.call_from_thread(header.show_progress, stage, fraction)

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
        """Hand the finished comparison and its session to the reading room."""
        self.comparison = comparison
        self.session = session
        self._warnings_shown = 0
        resume = self.remembered.position(session_key(comparison.a, comparison.b))
        self.room.show_comparison(comparison, session, resume=resume)
        self.announce_session_warnings()
        if self._follower is None:
            self._follower = self.set_interval(1.0, self._follow_session_file)
        # The comparison lives as long as the app: keep the collector from re-scanning its
        # objects, which on book-length sources paused key presses for 150-550 ms.
        gc.freeze()

    def announce_session_warnings(self) -> None:
        """Notify each session warning once (a corrupt file moved aside, a failed save, ...)."""
        if self.session is None:
            return
        warnings = self.session.warnings
        for warning in warnings[self._warnings_shown :]:
            self.notify(warning, title="Review session", severity="warning", timeout=12)
        self._warnings_shown = len(warnings)

    # -- another pair -------------------------------------------------------------------------

    def remember_position(self) -> None:
        """Remember the difference selected in this pair, for the next time it is opened."""
        if self.comparison is None or self.room.current is None:
            return
        index = self.room.current
        key = session_key(self.comparison.a, self.comparison.b)
        difference_id = self.comparison.differences[index].id
        if self.remembered.position(key) != difference_id:
            self._remember(self.remembered.with_position(key, difference_id))

    def open_loaded(
        self, loaded_a: LoadedText, loaded_b: LoadedText, *, same_pair: bool = False
    ) -> None:
        """Replace the reading room with one on another pair (or, ``same_pair``, the same
        pair with the sides swapped: it keeps its session file)."""
        self.remember_position()
        self.workers.cancel_group(self, "compare")
        self.loaded_a, self.loaded_b = loaded_a, loaded_b
        self.comparison, self.session = None, None
        if not same_pair:
            self.session_path = None
        room = ReadingRoomScreen(loaded_a, loaded_b)
        self.room = room
        self.switch_screen(room)

    def swap_sides(self) -> None:
        """Open the same pair with B on the left and A on the right."""
        self.open_loaded(self.loaded_b, self.loaded_a, same_pair=True)
        self.notify("Sides swapped", timeout=2)

    def action_open_pair(self) -> None:
        """Ask for another pair of sources and open it."""
        self.push_screen(OpenPairDialog(self.remembered.recent), self._opened)

    def _opened(self, pair: Pair | None) -> None:
        if pair is not None:
            self.push_screen(LoadingScreen(pair, can_go_back=True), self._open_new)

    def _open_new(self, pair: LoadedPair | None) -> None:
        if pair is None:
            return
        loaded_a, loaded_b = pair
        self._remember(self.remembered.with_recent(loaded_a.path, loaded_b.path))
        self.open_loaded(loaded_a, loaded_b)

    def _follow_session_file(self) -> None:
        """Show the marks another instance saved, when the session file changed under us."""
        if self.session is not None and self.session.refresh_if_changed():
            self.room.refresh_marks()

    async def action_quit(self) -> None:
        """Remember where the reader is, then quit; with marks that could not be saved, try
        once more and, if that fails, ask: save again, quit anyway, or stay."""
        self.remember_position()
        session = self.session
        if session is not None and session.unsaved and not session.save():
            self.room.refresh_marks()
            self._ask_about_unsaved_marks(retried=False)
            return
        self.exit()

    def _ask_about_unsaved_marks(self, *, retried: bool) -> None:
        session = self.session
        reason = (session.save_error if session else None) or "it cannot be written"
        self.push_screen(UnsavedMarksDialog(reason, retried=retried), self._answered_quit)

    def _answered_quit(self, choice: QuitChoice | None) -> None:
        session = self.session
        if choice == "quit":
            self.exit()
        elif choice == "save":
            if session is None or session.save():
                self.exit()
                return
            self.room.refresh_marks()
            self._ask_about_unsaved_marks(retried=True)

    # -- the command palette ------------------------------------------------------------------

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Return the palette's commands: the defaults and every reading-room action."""
        yield from super().get_system_commands(screen)
        if self.start is not None:
            return  # no reading room yet
        for title, action in palette_rows():
            yield SystemCommand(title, "", partial(self.room.run_action, action))
