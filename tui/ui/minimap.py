"""The overview strip beside a pane: where shared and unique content sits, and the current view.

Each row stands for a slice of the article. The right column shows what the
slice holds (``█`` a passage only this source has, ``│`` shared text, ``·``
boilerplate); the left column marks the rows on screen with ``▐``, so neither
depends on colour. Clicking a row scrolls the article there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.segment import Segment
from textual.events import Click
from textual.strip import Strip
from textual.widget import Widget

if TYPE_CHECKING:
    from tui.ui.article_pane import ArticleView

_SYMBOLS = {0: " ", 1: "·", 2: "│", 3: "█"}
_CLASSES = {0: "", 1: "minimap--boilerplate", 2: "minimap--shared", 3: "minimap--only"}


class Minimap(Widget):
    """A two-column overview of an :class:`ArticleView`."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "minimap--shared",
        "minimap--only",
        "minimap--boilerplate",
        "minimap--view",
    }

    def __init__(self, view: ArticleView, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.view = view

    def _row_lines(self, row: int) -> tuple[int, int]:
        total = len(self.view.line_kinds)
        height = max(self.size.height, 1)
        start = row * total // height
        end = max((row + 1) * total // height, start + 1)
        return start, min(end, total)

    def row_kind(self, row: int) -> int:
        """Return the strongest line kind in the slice of the article shown by ``row``."""
        start, end = self._row_lines(row)
        kinds = self.view.line_kinds[start:end]
        return max(kinds) if kinds else 0

    def render_line(self, y: int) -> Strip:
        """Return row ``y``: the view marker and the content symbol."""
        base = self.rich_style
        if not self.view.line_kinds:
            return Strip.blank(self.size.width, base)
        start, end = self._row_lines(y)
        top = int(self.view.scroll_y)
        bottom = top + max(self.view.scrollable_content_region.height, 1)
        in_view = start < bottom and top < end
        kind = self.row_kind(y)
        view_style = self.get_component_rich_style("minimap--view", partial=True)
        symbol_style = base
        if _CLASSES[kind]:
            symbol_style += self.get_component_rich_style(_CLASSES[kind], partial=True)
        if in_view:
            symbol_style += view_style
        segments = [
            Segment("▐" if in_view else " ", base + view_style if in_view else base),
            Segment(_SYMBOLS[kind], symbol_style),
        ]
        return Strip(segments).crop_extend(0, self.size.width, base)

    def on_click(self, event: Click) -> None:
        """Scroll the article to the slice under the pointer."""
        start, _ = self._row_lines(event.y)
        self.view.scroll_to(y=max(start - 2, 0), animate=False)
