"""One article pane: a heading, the text as a line-API scroll view, and its minimap.

:class:`ArticleView` wraps the whole text once into a :class:`LineIndex` and
renders only the visible lines, so a book-length source scrolls as fast as a
short one. Highlights come from :mod:`tui.ui.highlights` as character ranges and
are painted through component classes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from tui.core.models import LoadedText, Side
from tui.ui.highlights import (
    ALL_KINDS,
    EMPTY_RUNS,
    LINE_BOILERPLATE,
    Highlight,
    Runs,
    build_runs,
    gutter_mark,
    line_pieces,
)
from tui.ui.line_index import LineIndex, wrap_text
from tui.ui.minimap import Minimap
from tui.ui.rendering import printable

GUTTER_WIDTH = 2
#: How many lines of context stay above a passage brought into view.
CONTEXT_LINES = 2


class ArticleView(ScrollView, can_focus=True):
    """The text of one source, wrapped, highlighted, and drawn line by line."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"article-view--{kind}" for kind in ALL_KINDS),
        "article-view--gutter",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", show=False),
        Binding("k", "scroll_up", "Scroll up", show=False),
        Binding("space", "page_down", "Page down", show=False),
        Binding("home", "screen.edge('start')", "Top", show=False),
        Binding("end", "screen.edge('end')", "End", show=False),
    ]

    class Scrolled(Message):
        """The view moved; ``by_user`` is False when crosscheck moved it itself.

        Posted straight to the screen rather than bubbled through the pane and its
        containers: each hop is a queue, and the screen would paint a frame with only
        this pane moved before synced scrolling moved the other one.
        """

        def __init__(self, view: ArticleView, by_user: bool) -> None:
            super().__init__()
            self.view = view
            self.by_user = by_user

    def __init__(self, side: Side, text: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.side = side
        self.text = text
        self.lines = LineIndex(0, (), ())
        self.line_kinds: bytes = b""
        self._runs: Runs = EMPTY_RUNS
        self._sentence_bounds: list[tuple[int, int, int]] = []
        self._current: list[Highlight] = []
        self._hits: list[Highlight] = []
        self._cache: LRUCache[tuple[int, int], Strip] = LRUCache(1024)
        self._styles: dict[frozenset[str], Style] = {}
        self._quiet_y: int | None = None

    # -- layout -------------------------------------------------------------------------------

    @property
    def text_width(self) -> int:
        """Return the number of cells available for text (the width minus the gutter)."""
        return max(self.scrollable_content_region.width - GUTTER_WIDTH, 10)

    def on_resize(self, event: Resize) -> None:
        """Re-wrap the text when the width changes, keeping the same text at the top."""
        if self.lines.width == self.text_width and self.lines:
            return
        top = self.top_offset
        self.lines = wrap_text(self.text, self.text_width)
        self._classify_lines()
        self._cache.clear()
        self.virtual_size = Size(self.text_width + GUTTER_WIDTH, len(self.lines))
        if top:
            self.scroll_to_offset(top, context=0)
        self.refresh()

    @property
    def top_offset(self) -> int:
        """Return the character offset of the first visible line."""
        if not self.lines:
            return 0
        line = min(int(self.scroll_y), len(self.lines) - 1)
        return self.lines.starts[line]

    # -- content from the comparison ----------------------------------------------------------

    def set_highlights(
        self, highlights: Sequence[Highlight], sentences: Sequence[tuple[int, int, int]]
    ) -> None:
        """Show the standing highlights; ``sentences`` lists ``(start, end, line kind)``."""
        self._runs = build_runs(highlights)
        self._sentence_bounds = sorted(sentences)
        self._classify_lines()
        self._cache.clear()
        self.refresh()

    def set_current(self, spans: Sequence[tuple[int, int]]) -> None:
        """Mark the ranges of the difference the reader is on."""
        current = [Highlight(s, e, "current") for s, e in spans if e > s]
        if current == self._current:
            return
        self._forget_lines_of([*self._current, *current])
        self._current = current
        self.refresh()

    def set_hits(self, hits: Sequence[tuple[int, int]], current: tuple[int, int] | None) -> None:
        """Mark search hits in this document, the one the reader is on more strongly."""
        marked = [Highlight(s, e, "hit-current" if (s, e) == current else "hit") for s, e in hits]
        if marked == self._hits:
            return
        changed = set(marked).symmetric_difference(self._hits)
        self._hits = marked
        self._forget_lines_of(changed)
        self.refresh()

    def _forget_lines_of(self, highlights: Iterable[Highlight]) -> None:
        """Drop the cached display lines that show any of ``highlights``.

        Only these lines change when the current difference or a search hit moves, so
        the rest of the cache (both panes' text around earlier differences) survives.
        """
        lines: set[int] = set()
        for item in highlights:
            first = self.lines.line_of(item.start)
            last = self.lines.line_of(max(item.end - 1, item.start))
            lines.update(range(first, last + 1))
        if len(lines) > len(self._cache):
            self._cache.clear()
            return
        for key in list(self._cache.keys()):
            if key[0] in lines:
                self._cache.discard(key)

    def _classify_lines(self) -> None:
        kinds = bytearray(len(self.lines))
        bounds = self._sentence_bounds
        cursor = 0
        for line in range(len(self.lines)):
            start, end = self.lines.starts[line], self.lines.ends[line]
            if start == end:
                continue
            while cursor < len(bounds) and bounds[cursor][1] <= start:
                cursor += 1
            kind = LINE_BOILERPLATE
            probe = cursor
            while probe < len(bounds) and bounds[probe][0] < end:
                kind = max(kind, bounds[probe][2])
                probe += 1
            kinds[line] = kind
        self.line_kinds = bytes(kinds)

    # -- scrolling ----------------------------------------------------------------------------
    #
    # Keys move the text at once, without Textual's smooth-scroll animation: with synced
    # scrolling every animation frame would also move and repaint the other pane, so a
    # page-down took half a second of frames on a book-length source.

    def action_scroll_up(self) -> None:
        """Scroll up one line."""
        self.scroll_relative(y=-1, animate=False)

    def action_scroll_down(self) -> None:
        """Scroll down one line."""
        self.scroll_relative(y=1, animate=False)

    def action_page_up(self) -> None:
        """Scroll up one page."""
        self.scroll_page_up(animate=False)

    def action_page_down(self) -> None:
        """Scroll down one page."""
        self.scroll_page_down(animate=False)

    def action_scroll_home(self) -> None:
        """Scroll to the beginning of the text."""
        self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        """Scroll to the end of the text."""
        self.scroll_end(animate=False)

    def scroll_to_edge(self, *, end: bool) -> None:
        """Scroll to the top (or the end) without echoing to sync."""
        target = max(self.max_scroll_y, 0) if end else 0
        self._quiet_y = target
        self.scroll_to(y=target, animate=False, immediate=True)

    def scroll_to_offset(self, offset: int, *, context: int = CONTEXT_LINES) -> None:
        """Scroll so the line showing ``offset`` sits near the top, without echoing to sync."""
        target = max(self.lines.line_of(offset) - context, 0)
        target = min(target, max(self.max_scroll_y, 0))
        self._quiet_y = target
        self.scroll_to(y=target, animate=False, immediate=True)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Repaint and tell the app (for synced scrolling) that the view moved."""
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) == round(new_value):
            return
        by_user = self._quiet_y != round(new_value)
        self._quiet_y = None
        self.screen.post_message(self.Scrolled(self, by_user))

    # -- painting -----------------------------------------------------------------------------

    def notify_style_update(self) -> None:
        """Forget cached styles when the theme or CSS changes."""
        super().notify_style_update()
        self._styles.clear()
        self._cache.clear()

    def _style_for(self, kinds: frozenset[str]) -> Style:
        style = self._styles.get(kinds)
        if style is None:
            style = self.rich_style
            for kind in ALL_KINDS:
                if kind in kinds:
                    style += self.get_component_rich_style(f"article-view--{kind}", partial=True)
            self._styles[kinds] = style
        return style

    def render_line(self, y: int) -> Strip:
        """Return display line ``y`` of the visible region."""
        line = int(self.scroll_y) + y
        width = self.scrollable_content_region.width
        key = (line, width)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        strip = self._render_text_line(line, width)
        self._cache[key] = strip
        return strip

    def _gutter_style(self, mark_kind: str | None) -> Style:
        key = frozenset({f"gutter:{mark_kind}"})
        style = self._styles.get(key)
        if style is None:
            if mark_kind is None:
                gutter = self.get_component_rich_style("article-view--gutter", partial=True)
            else:
                gutter = self._style_for(frozenset({mark_kind})) + Style(bgcolor=None)
            style = self._style_for(frozenset()) + gutter
            self._styles[key] = style
        return style

    def _render_text_line(self, line: int, width: int) -> Strip:
        base = self._style_for(frozenset())
        if line >= len(self.lines):
            return Strip.blank(width, base)
        start, end = self.lines.starts[line], self.lines.ends[line]
        overlays = [*self._current, *self._hits]
        pieces = line_pieces(self._runs, overlays, start, end)
        mark, mark_kind = gutter_mark(kinds for _, _, kinds in pieces)
        segments = [
            Segment(mark, self._gutter_style(mark_kind)),
            Segment(" " * (GUTTER_WIDTH - 1), base),
        ]
        for piece_start, piece_end, kinds in pieces:
            segments.append(
                Segment(printable(self.text[piece_start:piece_end]), self._style_for(kinds))
            )
        return Strip(segments).crop_extend(0, width, base)


class ArticlePane(Vertical):
    """A source's heading above its text and minimap."""

    def __init__(self, side: Side, loaded: LoadedText) -> None:
        super().__init__(id=f"pane-{side}", classes="article-pane")
        self.side = side
        self.loaded = loaded
        self.view = ArticleView(side, loaded.text, id=f"article-{side}")
        self.minimap = Minimap(self.view, id=f"minimap-{side}")

    def compose(self) -> ComposeResult:
        """Compose the heading, the text and the minimap."""
        yield Static(self._heading(), classes="pane-title", markup=False)
        with Horizontal(classes="pane-body"):
            yield self.view
            yield self.minimap

    def _heading(self) -> Text:
        name = self.loaded.path.replace("\\", "/").rsplit("/", 1)[-1]
        heading = Text(no_wrap=True, overflow="ellipsis")
        heading.append(f" {self.side.upper()} ", Style(bold=True, reverse=True))
        heading.append(" ")
        if self.loaded.title:
            heading.append(printable(self.loaded.title), Style(bold=True))
            heading.append("  ")
        heading.append(printable(name), Style(dim=True))
        return heading
