"""The overview strip beside a pane: where shared and unique content sits, and the current view.

Each row stands for a slice of the article. The right column shows what the
slice holds (``█`` a passage only this source has, ``│`` shared text, ``·``
boilerplate); the left column marks the rows on screen with ``▐``, so neither
depends on colour. Clicking a row scrolls the article there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.segment import Segment
from rich.style import Style
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
        self._styles: dict[tuple[int, bool], tuple[Style, Style]] = {}
        self._marked: tuple[int, int] | None = None

    def on_mount(self) -> None:
        """Follow the article's scrolling as it happens, in the same frame as the text."""
        self.watch(self.view, "scroll_y", self._view_moved, init=False)

    def _view_moved(self) -> None:
        marked = self._marked_rows()
        if marked != self._marked:
            self._marked = marked
            self.refresh()

    def _marked_rows(self) -> tuple[int, int]:
        """Return the first and last row whose slice is on screen (the view marker)."""
        rows = [row for row in range(self.size.height) if self._in_view(row)]
        return (rows[0], rows[-1]) if rows else (0, -1)

    def _in_view(self, row: int) -> bool:
        start, end = self._row_lines(row)
        top = int(self.view.scroll_y)
        bottom = top + max(self.view.scrollable_content_region.height, 1)
        return start < bottom and top < end

    def notify_style_update(self) -> None:
        """Forget cached styles when the theme or CSS changes."""
        super().notify_style_update()
        self._styles.clear()

    def _row_styles(self, kind: int, in_view: bool) -> tuple[Style, Style]:
        """Return the styles of the marker cell and the symbol cell of a row."""
        styles = self._styles.get((kind, in_view))
        if styles is None:
            base = self.rich_style
            view_style = self.get_component_rich_style("minimap--view", partial=True)
            symbol_style = base
            if _CLASSES[kind]:
                symbol_style += self.get_component_rich_style(_CLASSES[kind], partial=True)
            if in_view:
                symbol_style += view_style
            styles = (base + view_style if in_view else base, symbol_style)
            self._styles[(kind, in_view)] = styles
        return styles

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
        if not self.view.line_kinds:
            return Strip.blank(self.size.width, self.rich_style)
        in_view = self._in_view(y)
        kind = self.row_kind(y)
        marker_style, symbol_style = self._row_styles(kind, in_view)
        segments = [
            Segment("▐" if in_view else " ", marker_style),
            Segment(_SYMBOLS[kind], symbol_style),
        ]
        return Strip(segments).crop_extend(0, self.size.width, self._row_styles(0, False)[0])

    def on_click(self, event: Click) -> None:
        """Scroll the article to the slice under the pointer."""
        start, _ = self._row_lines(event.y)
        self.view.scroll_to(y=max(start - 2, 0), animate=False)
