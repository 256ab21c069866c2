"""The reading room: two sources side by side, the worklist of differences, and every key.

The screen owns the bindings (from :mod:`tui.ui.keys`) and the reader's position: the scope
(major or all), the filter, the current difference, the search hits. It calls the pure
functions of :mod:`tui.core.navigation`; the review keys live in :mod:`tui.ui.review_keys`
and the search in :mod:`tui.ui.search_keys`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.events import DescendantFocus
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer

from tui.core.models import Comparison, Difference, LoadedText, Side
from tui.core.navigation import (
    Counterparts,
    Row,
    Scope,
    SearchHit,
    Worklist,
    build_worklist,
    counterparts,
    filtered_indices,
    sentence_at,
    step_row,
)
from tui.core.report.model import reuse_summary
from tui.core.review.marks import REVIEW_FILTERS, review_filter_indices
from tui.core.review.session import ReviewSession
from tui.ui.article_pane import ArticlePane, ArticleView
from tui.ui.detail_view import DetailView
from tui.ui.difference_list import (
    FILTER_ENTRIES,
    DifferenceList,
    FilterBar,
    ListFilterName,
    position_text,
)
from tui.ui.help_screen import HelpScreen
from tui.ui.highlights import base_highlights, sentence_kinds
from tui.ui.keys import bindings
from tui.ui.review_keys import ReviewKeys
from tui.ui.search_bar import SearchBar
from tui.ui.search_keys import SearchKeys
from tui.ui.summary_header import SummaryHeader

if TYPE_CHECKING:
    from tui.ui.app import CrosscheckApp

Direction = Literal[1, -1]
SIDES: tuple[Side, Side] = ("a", "b")
REVIEW_FILTER_NAMES = frozenset(name for name, _ in REVIEW_FILTERS)


class ReadingRoomScreen(SearchKeys, ReviewKeys, Screen[None]):
    """Both sources, the worklist and the detail; every key of the reading room."""

    BINDINGS: ClassVar[list[BindingType]] = list(bindings())

    def __init__(self, loaded_a: LoadedText, loaded_b: LoadedText) -> None:
        super().__init__()
        self.comparison: Comparison | None = None
        self.session: ReviewSession | None = None
        self.worklist = Worklist((), (), ())
        self.counterparts = Counterparts((), ())
        self.scope: Scope = "major"
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
        self.review_area = Vertical(id="review-area")
        self.review = Horizontal(id="review")

    class Ready(Message):
        """The screen is mounted: the comparison can be shown on it."""

    @property
    def crosscheck(self) -> CrosscheckApp:
        """Return the app (typed)."""
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        """Compose header, the two panes, the review area, the search bar and the footer."""
        yield self.header
        with Horizontal(id="panes"):
            yield self.panes["a"]
            yield self.panes["b"]
        with self.review_area:
            yield self.filter_bar
            with self.review:
                yield self.difference_list
                yield self.detail
        yield self.search_bar
        # compact and without the palette hint, so every footer key fits in 80 columns
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        """Show the texts at once; the comparison comes later (or came already)."""
        if self.comparison is None:
            self.filter_bar.show({}, self.filter_name, scope=self.scope)
            self.detail.show(None, None)
        self.view("a").focus()
        self.post_message(self.Ready())

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        """Mark the pane that has focus (its title takes the accent colour)."""
        for pane in self.panes.values():
            pane.set_class(event.widget is pane.view, "-focused")

    def view(self, side: Side) -> ArticleView:
        """Return the article view of ``side``."""
        return self.panes[side].view

    # -- the comparison -----------------------------------------------------------------------

    def show_comparison(
        self, comparison: Comparison, session: ReviewSession, *, resume: str | None = None
    ) -> None:
        """Paint the finished comparison and its review, at difference ``resume`` if given."""
        self.comparison = comparison
        self.session = session
        self.worklist = build_worklist(comparison)
        self.counterparts = counterparts(comparison)
        for side in SIDES:
            self.view(side).set_highlights(
                base_highlights(comparison, side), sentence_kinds(comparison, side)
            )
            self.panes[side].minimap.refresh()
        self.difference_list.empty_message = "No differences here."
        index = next((i for i, d in enumerate(self.differences) if d.id == resume), None)
        if not any(d.importance == "major" for d in self.differences) or (
            index is not None and self.differences[index].importance != "major"
        ):
            self.scope = "all"
        self._refresh_summary()
        self._refresh_list()
        if index is not None:
            self.go_to(index)
        self.refresh_bindings()

    @property
    def differences(self) -> tuple[Difference, ...]:
        """Return the comparison's differences (none while comparing)."""
        return self.comparison.differences if self.comparison else ()

    def _refresh_summary(self) -> None:
        if self.comparison is not None:
            # As the list counts them: a finding inside a one-source passage is its passage's.
            major = len(self.worklist.in_scope(self.differences, "major"))
            reuse = reuse_summary(self.comparison.reuse, short=True)
            self.header.show_summary(reuse, major, len(self.differences), synced=self.synced)
        if self.session is not None:
            self.header.show_review(self.session.progress())

    # -- the worklist -------------------------------------------------------------------------

    def _filter_indices(self, name: ListFilterName) -> tuple[int, ...]:
        if name == "unchecked" or name == "flagged":
            if self.session is None:
                return ()
            return review_filter_indices(self.differences, self.session.state, name)
        return filtered_indices(self.differences, name)

    def shown_rows(self, name: ListFilterName | None = None) -> tuple[Row, ...]:
        """Return the rows filter ``name`` (default: the active one) shows in the scope."""
        scope = self.worklist.in_scope(self.differences, self.scope)
        indices = self._filter_indices(name or self.filter_name)
        return self.worklist.rows([i for i in indices if i in scope])

    def _filter_counts(self) -> dict[ListFilterName, int]:
        scope = self.worklist.in_scope(self.differences, self.scope)
        names = [*(item.name for item in FILTER_ENTRIES)]
        counts: dict[ListFilterName, int] = {}
        for name in names:
            if name in REVIEW_FILTER_NAMES and self.session is None:
                continue
            counts[name] = sum(1 for i in self._filter_indices(name) if i in scope)
        return counts

    def _show_position(self, *, recount: bool = False) -> None:
        """Say where the reader is in the list (``12 / 31 major``); ``recount`` the filters
        too (after the list, the scope or a mark changed)."""
        row = self.difference_list.cursor if self.difference_list.shown else None
        if recount or not self.filter_bar.counts:
            self.filter_bar.show(self._filter_counts(), self.filter_name, scope=self.scope)
        total = len(self.difference_list.shown)
        title = position_text(row, total, self.scope, self.filter_name)
        if title != self.review_area.border_title:
            self.review_area.border_title = title

    def _refresh_list(self, *, follow: bool = True) -> None:
        """List the rows of the scope and filter, keeping the current difference selected, or
        else the nearest one after it (brought into view in both panes when ``follow``)."""
        review = self.session.state if self.session is not None else None
        rows = self.shown_rows()
        self.difference_list.show(self.differences, rows, review)
        self._show_position(recount=True)
        if not rows:
            self._show_detail(None)
            return
        row = self.worklist.nearest(rows, self.current)
        index = rows[row].index
        if self.current is not None and index != self.current and follow:
            self.go_to(index)
            return
        self.difference_list.select(index)
        if self.current is not None:
            self.current = index
        self._show_position()
        self._show_detail(index)

    def refresh_marks(self) -> None:
        """Show the session's marks again (another instance saved, or a save failed)."""
        self._refresh_summary()
        self._refresh_list(follow=False)

    def action_set_filter(self, name: ListFilterName) -> None:
        """Show only the differences of filter ``name`` in the list."""
        self.filter_name = name
        self._refresh_list()

    def action_toggle_scope(self) -> None:
        """Show all differences, or only the major ones."""
        self.scope = "all" if self.scope == "major" else "major"
        self._refresh_list()
        self.notify(
            "All differences" if self.scope == "all" else "Major differences only", timeout=2
        )

    def action_step(self, direction: Direction) -> None:
        """Go to the next or previous row of the list, from the selected one."""
        rows = self.difference_list.rows
        start = self.difference_list.cursor if self.current is not None else None
        row, wrapped = step_row(len(rows), start, direction)
        if row is None:
            self.app.bell()
            return
        if wrapped:
            where = "first" if direction == 1 else "last"
            self.notify(f"Wrapped around to the {where} difference", timeout=2)
        self.go_to(rows[row].index)

    def action_bring_into_view(self) -> None:
        """Bring the difference selected in the list into view in both panes."""
        index = self.difference_list.selected
        if index is not None:
            self.go_to(index)

    def go_to(self, index: int) -> None:
        """Make difference ``index`` current: select it, show its detail, scroll both panes."""
        with self.app.batch_update():
            self.current = index
            self.difference_list.select(index)
            self._show_position()
            self._show_detail(index)
            difference = self.differences[index]
            for side, span in zip(SIDES, (difference.a, difference.b), strict=True):
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
        holds: tuple[Difference, ...] = ()
        if difference is not None and index is not None:
            holds = tuple(self.differences[i] for i in self.worklist.children(index))
            if self.session is not None:
                note = self.session.mark(difference.id).note
        self.detail.show(self.comparison, difference, note=note, holds=holds)

    def on_difference_list_highlighted(self, message: DifferenceList.Highlighted) -> None:
        """Follow the list cursor in the detail view and mark it in the panes."""
        self.current = message.index
        self._show_position()
        self._show_detail(message.index)
        difference = self.differences[message.index]
        for side, span in zip(SIDES, (difference.a, difference.b), strict=True):
            self.view(side).set_current([(span.start, span.end)] if span else [])

    def on_difference_list_clicked(self, message: DifferenceList.Clicked) -> None:
        """Bring a clicked row into view in both panes."""
        self.go_to(message.index)

    # -- moving around ------------------------------------------------------------------------

    def action_edge(self, where: Literal["start", "end"]) -> None:
        """Go to the top or the end of what has focus: both panes when synced, the list's
        first or last row, the detail's top or end."""
        focused = self.focused
        if isinstance(focused, DifferenceList):
            rows = focused.rows
            if rows:
                self.go_to(rows[0 if where == "start" else -1].index)
            return
        if isinstance(focused, DetailView):
            focused.scroll_to(y=0 if where == "start" else focused.max_scroll_y, animate=False)
            return
        sides = SIDES if self.synced else (self._focused_side(),)
        for side in sides:
            self.view(side).scroll_to_edge(end=where == "end")

    def action_half_page(self, direction: Direction) -> None:
        """Move half a page in what has focus (the list moves its cursor)."""
        focused = self.focused
        if isinstance(focused, DifferenceList):
            focused.action_cursor(direction * max(focused.size.height // 2, 1))
            return
        target = focused if isinstance(focused, DetailView) else self.view(self._focused_side())
        target.scroll_relative(y=direction * max(target.size.height // 2, 1), animate=False)

    def action_toggle_detail(self) -> None:
        """Focus the detail (under 110 columns it takes the list's place), or go back."""
        review = self.review
        if self.focused is self.detail:
            review.remove_class("-detail")
            self.difference_list.focus()
        else:
            review.add_class("-detail")
            self.detail.focus()

    def action_swap(self) -> None:
        """Swap the sides: B on the left, A on the right."""
        self.crosscheck.swap_sides()

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

    def action_help(self) -> None:
        """Show every key."""
        self.app.push_screen(HelpScreen())
