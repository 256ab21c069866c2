"""The crosscheck reading room: two sources side by side, and every difference one key away.

The app wires widgets to the pure functions of :mod:`tui.core.navigation`;
it holds the reader's position (filter, current difference, search hits) and
nothing else. The comparison runs in a thread worker that reports progress.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import ClassVar, Literal

from textual import work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input
from textual.worker import get_current_worker

from tui.core.compare import compare_loaded
from tui.core.models import Comparison, Difference, LoadedText, Side, Span
from tui.core.navigation import (
    FILTERS,
    Counterparts,
    FilterName,
    SearchHit,
    counterparts,
    filter_counts,
    filtered_indices,
    search_hits,
    sentence_at,
    step_difference,
    step_hit,
    summarise,
)
from tui.ui.article_pane import ArticlePane, ArticleView
from tui.ui.detail_view import DetailView
from tui.ui.difference_list import DifferenceList, FilterBar
from tui.ui.help_screen import HelpScreen
from tui.ui.search_bar import SearchBar
from tui.ui.styling import base_highlights, sentence_kinds
from tui.ui.summary_header import SummaryHeader

Direction = Literal[1, -1]
SIDES: tuple[Side, Side] = ("a", "b")


class CrosscheckApp(App[None]):
    """Compare two loaded sources side by side (or show a ready ``comparison``)."""

    TITLE = "crosscheck"
    CSS_PATH = Path(__file__).with_name("crosscheck.tcss")
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]  # noqa: RUF012 - Textual's API
    VERTICAL_BREAKPOINTS = [(0, "-short"), (34, "-tall")]  # noqa: RUF012
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "step(1)", "Next diff", id="difference.next"),
        Binding("p", "step(-1)", "Prev diff", id="difference.previous"),
        *(
            Binding(str(key), f"set_filter('{item.name}')", item.label, show=False)
            for key, item in enumerate(FILTERS, start=1)
        ),
        Binding("enter", "bring_into_view", "Show", id="difference.show"),
        Binding("s", "toggle_sync", "Sync", id="panes.sync"),
        Binding("slash", "search", "Search", id="search.open"),
        Binding("right_square_bracket", "step_hit(1)", "Next hit", show=False),
        Binding("left_square_bracket", "step_hit(-1)", "Prev hit", show=False),
        Binding("question_mark", "help", "Keys", id="app.help"),
        Binding("q", "quit", "Quit", id="app.quit"),
    ]

    def __init__(
        self, loaded_a: LoadedText, loaded_b: LoadedText, *, comparison: Comparison | None = None
    ) -> None:
        super().__init__()
        self.loaded_a = loaded_a
        self.loaded_b = loaded_b
        self.comparison: Comparison | None = None
        self._ready_comparison = comparison
        self.counterparts = Counterparts((), ())
        self.filter_name: FilterName = "all"
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
        yield Footer()

    def on_mount(self) -> None:
        """Show the texts at once, and compare them in the background."""
        self.filter_bar.show({}, self.filter_name)
        self.detail.show(None, None)
        self.view("a").focus()
        if self._ready_comparison is not None:
            self.show_comparison(self._ready_comparison)
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

        comparison = compare_loaded(self.loaded_a, self.loaded_b, progress=progress)
        if not worker.is_cancelled:
            self.call_from_thread(self.show_comparison, comparison)

    def show_comparison(self, comparison: Comparison) -> None:
        """Paint the finished comparison: highlights, summary, filters and the list."""
        self.comparison = comparison
        self.counterparts = counterparts(comparison)
        for side in SIDES:
            self.view(side).set_highlights(
                base_highlights(comparison, side), sentence_kinds(comparison, side)
            )
            self.panes[side].minimap.refresh()
        self.difference_list.empty_message = "No differences here."
        self._refresh_summary()
        self.action_set_filter(self.filter_name)

    @property
    def differences(self) -> tuple[Difference, ...]:
        """Return the comparison's differences (none while comparing)."""
        return self.comparison.differences if self.comparison else ()

    def _refresh_summary(self) -> None:
        if self.comparison is not None:
            self.header.show_summary(summarise(self.comparison), synced=self.synced)

    # -- differences --------------------------------------------------------------------------

    def action_set_filter(self, name: FilterName) -> None:
        """Show only the differences of filter ``name`` in the list."""
        self.filter_name = name
        self.filter_bar.show(filter_counts(self.differences), name)
        self.difference_list.show(self.differences, filtered_indices(self.differences, name))
        if self.current is not None:
            self.difference_list.select(self.current)
        self._show_detail(self.difference_list.selected)

    def action_step(self, direction: Direction) -> None:
        """Go to the next or previous difference within the filter."""
        index = step_difference(self.differences, self.filter_name, self.current, direction)
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
        self.detail.show(self.comparison, difference)

    def on_difference_list_highlighted(self, message: DifferenceList.Highlighted) -> None:
        """Follow the list cursor in the detail view and mark it in the panes."""
        self.current = message.index
        self._show_detail(message.index)
        difference = self.differences[message.index]
        for side, span in zip(SIDES, (difference.a, difference.b), strict=True):
            self.view(side).set_current([(span.start, span.end)] if span else [])

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
        for key, item in enumerate(FILTERS, start=1):
            yield SystemCommand(
                f"Filter: {item.label} ({key})",
                "Show only these differences",
                lambda name=item.name: self.action_set_filter(name),
            )
        yield SystemCommand(
            "Bring the selected difference into view (enter)",
            "Scroll both panes to it",
            self.action_bring_into_view,
        )
        yield SystemCommand("Toggle synced scrolling (s)", "", self.action_toggle_sync)
        yield SystemCommand("Search both sources (/)", "", self.action_search)
        yield SystemCommand("Next search hit (])", "", lambda: self.action_step_hit(1))
        yield SystemCommand("Previous search hit ([)", "", lambda: self.action_step_hit(-1))
        yield SystemCommand("Keys (?)", "Every key of the reading room", self.action_help)
