"""The search keys of the reading room: ``/`` opens the box, ``]``/``[`` step through hits.

Mixed into :class:`tui.ui.reading_room.ReadingRoomScreen`; the hits come from
:func:`tui.core.navigation.search_hits`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from textual.screen import Screen
from textual.widgets import Input

from tui.core.models import Comparison, Side
from tui.core.navigation import SearchHit, search_hits, step_hit
from tui.ui.search_bar import SearchBar

if TYPE_CHECKING:
    from tui.ui.article_pane import ArticleView

Direction = Literal[1, -1]
SIDES: tuple[Side, Side] = ("a", "b")
#: Live hit counts while typing only below this many characters of text (both sources).
LIVE_SEARCH_LIMIT = 2_000_000


class SearchKeys(Screen[None]):
    """Search both sources (a mix-in of the reading room)."""

    if TYPE_CHECKING:
        comparison: Comparison | None
        search_bar: SearchBar
        hits: tuple[SearchHit, ...]
        hit_index: int | None
        _query: str
        synced: bool

        def view(self, side: Side) -> ArticleView: ...
        def _sync_from(self, side: Side) -> None: ...
        def _focused_side(self) -> Side: ...

    # -- search -------------------------------------------------------------------------------

    def action_search(self) -> None:
        """Open the search box, empty."""
        self.search_bar.open()

    def on_input_changed(self, message: Input.Changed) -> None:
        """Count the hits of the query as it is typed (on texts of a usual size)."""
        if self.comparison is None or message.input is not self.search_bar.input:
            return
        size = len(self.comparison.a.text) + len(self.comparison.b.text)
        if not message.value.strip():
            self.search_bar.status.update("type to search")
        elif size <= LIVE_SEARCH_LIMIT:
            self._query = message.value
            self.hits = search_hits(self.comparison, message.value)
            self.hit_index = None
            self.search_bar.show_status(None, len(self.hits))

    def on_input_submitted(self, message: Input.Submitted) -> None:
        """Search both sources for the box's text, or go to the next hit of the same search."""
        if self.comparison is None or message.input is not self.search_bar.input:
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
