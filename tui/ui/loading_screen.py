"""The loading screen: the two sources while a slow one (a URL, a pipe) loads.

Each source loads in its own thread worker and says how far it got (bytes received, of how
many, and the seconds left before the deadline gives up); a failure is one line under its
source, and nothing already loaded is lost: ``r`` retries only what failed, ``o`` opens the
open dialog filled with both sources, so a mistyped one is fixed, not typed again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static
from textual.worker import get_current_worker

from tui.core.compare import check_distinct
from tui.core.errors import InputError
from tui.core.loading import ReadProgress, is_url, load_source
from tui.core.models import LoadedText, Side
from tui.ui.open_pair import OpenPairDialog, Pair
from tui.ui.rendering import printable

SIDES: tuple[Side, Side] = ("a", "b")
#: Checks a loaded pair can be opened (its review session file, say); raises InputError.
PairCheck = Callable[[LoadedText, LoadedText], None]
LoadedPair = tuple[LoadedText, LoadedText]

_BADGE = Style(bold=True, reverse=True)
_FAILED = Style(bold=True, color="red")


class _Cancelled(Exception):
    """The screen stopped waiting for a source (the reader left or opened another pair)."""


def amount(size: int) -> str:
    """Return a byte count for reading: ``812 bytes``, ``12.3 KB``, ``4.1 MB``."""
    if size < 10_000:
        return f"{size:,} bytes"
    if size < 1_000_000:
        return f"{size / 1000:.1f} KB"
    return f"{size / 1_000_000:.1f} MB"


def progress_line(source: str, progress: ReadProgress) -> str:
    """Return how far loading ``source`` got, e.g. ``received 12.3 KB of 40.0 KB · 47 s left``."""
    left = f"{progress.seconds_left:.0f} s left"
    if is_url(source) and progress.stage == "connecting":
        return f"connecting to the server… · {left}"
    if progress.received == 0:
        waiting = "waiting for the server's page" if is_url(source) else "waiting for the pipe"
        return f"{waiting}… · {left}"
    received = f"received {amount(progress.received)}"
    if progress.expected:
        received += f" of {amount(progress.expected)}"
    return f"{received} · {left}"


class LoadingScreen(Screen[LoadedPair | None]):
    """Load the sources not loaded yet; answers with both loaded texts, or None when the reader
    goes back (only when ``can_go_back``: another pair is open beneath)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "retry", "Retry"),
        Binding("o", "open_other", "Open another pair"),
        Binding("escape", "back", "Back"),
        Binding("q", "app.quit", "Quit"),
    ]

    def __init__(
        self,
        sources: Pair,
        loaded: dict[Side, LoadedText] | None = None,
        *,
        check: PairCheck | None = None,
        can_go_back: bool = False,
    ) -> None:
        """``loaded``: sources loaded already (kept, never loaded again); ``check``: run on
        the loaded pair before it is answered; ``can_go_back``: escape returns None."""
        super().__init__()
        self.sources = sources
        self.loaded: dict[Side, LoadedText] = dict(loaded or {})
        self.problems: dict[Side | None, str] = {}
        self.check = check
        self.can_go_back = can_go_back
        self.names = {side: Static("", classes="loading-name", markup=False) for side in SIDES}
        #: What each source is doing: how far it got, loaded, or why it failed.
        self.statuses = {side: Static("", classes="loading-status", markup=False) for side in SIDES}
        self.pair_problem = Static("", id="loading-pair", markup=False)

    @property
    def problem(self) -> str | None:
        """Return the first failure still on screen, as one line naming its source."""
        return next(iter(self.problems.values()), None)

    def compose(self) -> ComposeResult:
        """Compose the title, one row per source and the keys."""
        with Vertical(id="loading-box"):
            yield Static(
                Text("crosscheck: opening two sources", Style(bold=True)), id="loading-title"
            )
            for side in SIDES:
                yield self.names[side]
                yield self.statuses[side]
            yield self.pair_problem
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        """Start loading every source not loaded yet."""
        self._start()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Offer retry only after a failure, and back only with a pair beneath."""
        if action == "retry":
            return bool(self.problems)
        if action == "back":
            return self.can_go_back
        return True

    # -- loading ------------------------------------------------------------------------------

    def _start(self) -> None:
        self.problems.clear()
        self.pair_problem.display = False
        try:
            check_distinct(*self.sources)
        except InputError as error:
            for side in SIDES:
                self._show(side, Text(""))
            self._failed(None, str(error))
            return
        for side, source in zip(SIDES, self.sources, strict=True):
            if side in self.loaded:
                self._show(side, self._loaded_text(self.loaded[side]))
            else:
                self._show(side, Text("waiting…"))
                self.load(side, source)
        self.refresh_bindings()
        self._finish_if_loaded()

    @work(thread=True, group="load-source")
    def load(self, side: Side, source: str) -> None:
        """Load ``source`` off the event loop, showing how far it got."""
        worker = get_current_worker()

        def tell(callback: Callable[..., None], *args: object) -> None:
            """Run ``callback`` on the event loop, unless the screen stopped waiting."""
            if worker.is_cancelled or not self.app.is_running:
                raise _Cancelled
            try:
                self.app.call_from_thread(callback, *args)
            except RuntimeError:  # the app closed meanwhile
                raise _Cancelled from None

        def progress(arrived: ReadProgress) -> None:
            tell(self._show, side, Text(progress_line(source, arrived)))

        try:
            try:
                loaded = load_source(source, progress=progress)
            except InputError as error:
                tell(self._failed, side, str(error), error.problem)
                return
            tell(self._arrived, side, source, loaded)
        except _Cancelled:
            return

    def _arrived(self, side: Side, source: str, loaded: LoadedText) -> None:
        if self.sources[SIDES.index(side)] != source:
            return  # another pair was asked for meanwhile
        self.loaded[side] = loaded
        self._show(side, self._loaded_text(loaded))
        self._finish_if_loaded()

    def _failed(self, side: Side | None, problem: str, shown: str | None = None) -> None:
        """Keep ``problem`` (one line naming the source) and show ``shown`` (default: the
        same) under its source, or under both when ``side`` is None."""
        self.problems[side] = problem
        line = Text("✗ ", _FAILED)
        line.append(printable(shown or problem), _FAILED)
        if side is None:
            self.pair_problem.update(line)
            self.pair_problem.display = True
        else:
            self._show(side, line)
        self.refresh_bindings()

    def on_screen_resume(self) -> None:
        """Answer now if both sources loaded while a dialog stood over this screen."""
        self._finish_if_loaded()

    def _finish_if_loaded(self) -> None:
        if self.app.screen is not self or not all(side in self.loaded for side in SIDES):
            return
        pair = (self.loaded["a"], self.loaded["b"])
        if self.check is not None:
            try:
                self.check(*pair)
            except InputError as error:
                self._failed(None, str(error))
                return
        self.problems.clear()
        self.dismiss(pair)

    # -- showing ------------------------------------------------------------------------------

    def _show(self, side: Side, status: Text) -> None:
        name = Text(f" {side.upper()} ", _BADGE)
        name.append(f" {printable(self.sources[SIDES.index(side)])}")
        self.names[side].update(name)
        self.statuses[side].update(status)

    @staticmethod
    def _loaded_text(loaded: LoadedText) -> Text:
        words = len(loaded.text.split())
        title = f": {printable(loaded.title)}" if loaded.title else ""
        return Text(f"✓ loaded{title} ({words:,} words)")

    # -- keys ---------------------------------------------------------------------------------

    def action_retry(self) -> None:
        """Load again what failed; what loaded stays loaded."""
        self.workers.cancel_group(self, "load-source")
        self._start()

    def action_open_other(self) -> None:
        """Ask for another pair, filled with these two sources so one can be corrected."""
        self.app.push_screen(OpenPairDialog(initial=self.sources), self._restart)

    def _restart(self, pair: Pair | None) -> None:
        if pair is None:
            return
        self.workers.cancel_group(self, "load-source")
        for side, source in zip(SIDES, pair, strict=True):
            if self.sources[SIDES.index(side)] != source:
                self.loaded.pop(side, None)
        self.sources = pair
        self._start()

    def action_back(self) -> None:
        """Stop loading and go back to the pair that is open."""
        self.workers.cancel_group(self, "load-source")
        self.dismiss(None)
