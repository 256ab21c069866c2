"""The list of differences under the current filter, and the filter bar above it.

The list is a line-API view over the rows of the worklist, so thousands of
differences cost nothing until they are on screen. Each row shows the review
mark as symbols (``✓`` checked, ``⚑`` flagged, ``✎`` noted), the kind, and the
one-line summary; a nested row (a finding inside a one-source passage, a re-wording
that restates a quotation) is indented under the row it belongs to. The filter bar
says where the reader is (``12 / 31 major``) and names each filter with its count.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from tui.core.kinds import KINDS
from tui.core.models import Difference
from tui.core.navigation import FILTERS, FilterName, Row, Scope
from tui.core.review.marks import REVIEW_FILTERS, ReviewFilterName, ReviewState
from tui.ui.rendering import kind_label, printable

ListFilterName = FilterName | ReviewFilterName

KIND_WIDTH = 8
SHORT_LABELS: dict[ListFilterName, str] = {
    "all": "All",
    **{kind.name: kind.tab_label for kind in KINDS},
    "unchecked": "Unch",
    "flagged": "Flag",
}
LONG_LABELS: dict[ListFilterName, str] = {
    "all": "all",
    **{item.name: item.label for item in FILTERS},
    **dict(REVIEW_FILTERS),
}
#: The widest review mark, ``✓⚑✎``, in cells.
MARK_WIDTH = 3
#: What stands before the kind of a nested row.
NESTED = "└ "


@dataclass(frozen=True, slots=True)
class FilterEntry:
    """One filter of the bar: its key, name, and full and short labels."""

    key: str
    name: ListFilterName
    label: str
    short: str


#: Every filter of the list in key order: the kind filters (1-6), then unchecked (7), flagged (8).
FILTER_ENTRIES: tuple[FilterEntry, ...] = tuple(
    FilterEntry(str(key), name, label, SHORT_LABELS[name])
    for key, (name, label) in enumerate(
        [*((item.name, item.label) for item in FILTERS), *REVIEW_FILTERS], start=1
    )
)


class DifferenceList(ScrollView, can_focus=True):
    """Rows of differences; the cursor row is the selected difference."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "difference-list--cursor",
        "difference-list--kind",
        "difference-list--mark",
        "difference-list--empty",
    }
    DEFAULT_CSS = """
    DifferenceList > .difference-list--mark {
        color: $text-success;
        text-style: bold;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor(1)", "Next row", show=False),
        Binding("up,k", "cursor(-1)", "Previous row", show=False),
        Binding("pagedown", "cursor(10)", "Page down", show=False),
        Binding("pageup", "cursor(-10)", "Page up", show=False),
        Binding("home", "screen.edge('start')", "First", show=False),
        Binding("end", "screen.edge('end')", "Last", show=False),
    ]

    class Highlighted(Message):
        """The cursor moved onto the difference at ``index`` (into the comparison's list)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class Clicked(Message):
        """The reader clicked the row of the difference at ``index``."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.differences: Sequence[Difference] = ()
        self.rows: tuple[Row, ...] = ()
        self.shown: tuple[int, ...] = ()
        self.review = ReviewState()
        self.cursor = 0
        self.empty_message = "Comparing…"

    def show(
        self,
        differences: Sequence[Difference],
        rows: Sequence[Row],
        review: ReviewState | None = None,
    ) -> None:
        """List ``rows`` of ``differences``, with their ``review`` marks (kept as they were
        when None); the cursor goes to the first row."""
        self.differences = differences
        self.rows = tuple(rows)
        self.shown = tuple(row.index for row in rows)
        shown = self.shown
        if review is not None:
            self.review = review
        self.cursor = 0
        self.virtual_size = Size(self.size.width, max(len(shown), 1))
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def show_review(self, review: ReviewState) -> None:
        """Redraw the mark column with ``review`` (the rows stay as they are)."""
        self.review = review
        self.refresh()

    def row_text(self, row: int) -> str:
        """Return row ``row`` of the list as plain text (mark, kind, summary), as drawn."""
        difference = self.differences[self.shown[row]]
        marks = self.review.mark(difference.id).symbols
        nested = NESTED if self.rows[row].depth else ""
        return f"{marks.ljust(MARK_WIDTH)} {nested}{kind_label(difference)} {difference.summary}"

    @property
    def selected(self) -> int | None:
        """Return the comparison index of the difference under the cursor, if any."""
        return self.shown[self.cursor] if self.shown else None

    def select(self, index: int) -> None:
        """Put the cursor on the difference with comparison index ``index`` if it is listed."""
        if index in self.shown:
            self._move_to(self.shown.index(index), announce=False)

    def _move_to(self, row: int, *, announce: bool = True) -> None:
        if not self.shown:
            return
        row = max(0, min(row, len(self.shown) - 1))
        self.cursor = row
        height = max(self.scrollable_content_region.height, 1)
        if row < self.scroll_y:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row >= self.scroll_y + height:
            self.scroll_to(y=row - height + 1, animate=False, immediate=True)
        self.refresh()
        if announce:
            self.post_message(self.Highlighted(self.shown[row]))

    def action_cursor(self, delta: int) -> None:
        """Move the cursor by ``delta`` rows."""
        self._move_to(self.cursor + delta)

    def action_cursor_to(self, row: int) -> None:
        """Move the cursor to ``row`` (negative counts from the end)."""
        self._move_to(row if row >= 0 else len(self.shown) + row)

    def on_click(self, event: Click) -> None:
        """Select the clicked row and ask for it to be brought into view."""
        row = int(self.scroll_y) + event.y
        if 0 <= row < len(self.shown):
            self._move_to(row)
            self.post_message(self.Clicked(self.shown[row]))

    def render_line(self, y: int) -> Strip:
        """Return row ``y`` of the visible list."""
        width = self.scrollable_content_region.width
        base = self.rich_style
        row = int(self.scroll_y) + y
        if not self.shown:
            if y != 0:
                return Strip.blank(width, base)
            empty = self.get_component_rich_style("difference-list--empty", partial=True)
            return Strip([Segment(f" {self.empty_message}", base + empty)]).crop_extend(
                0, width, base
            )
        if row >= len(self.shown):
            return Strip.blank(width, base)
        difference = self.differences[self.shown[row]]
        style = base
        if row == self.cursor:
            style += self.get_component_rich_style("difference-list--cursor", partial=True)
        kind_style = style + self.get_component_rich_style("difference-list--kind", partial=True)
        mark_style = style + self.get_component_rich_style("difference-list--mark", partial=True)
        pointer = "›" if row == self.cursor else " "
        marks = self.review.mark(difference.id).symbols
        nested = NESTED if self.rows[row].depth else ""
        width_left = KIND_WIDTH - len(nested)
        segments = [
            Segment(pointer, style),
            Segment(marks.ljust(MARK_WIDTH) + " ", mark_style),
            Segment(nested, kind_style),
            Segment(kind_label(difference).ljust(width_left)[:width_left] + " ", kind_style),
            Segment(printable(" ".join(difference.summary.split())), style),
        ]
        return Strip(segments).crop_extend(0, width, style)


class FilterBar(Static):
    """One line naming each filter with its key and count; the active one stands out."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, markup=False)
        self.counts: dict[ListFilterName, int] = {}
        self.active: ListFilterName = "all"
        self.scope: Scope = "major"

    def show(
        self,
        counts: dict[ListFilterName, int],
        active: ListFilterName,
        *,
        scope: Scope = "major",
    ) -> None:
        """Redraw with ``counts`` per filter (in ``scope``) and ``active`` highlighted."""
        self.counts = counts
        self.active = active
        self.scope = scope
        self.update(self._content(), layout=False)

    def on_resize(self) -> None:
        """Fall back to short labels when the full ones do not fit."""
        self.update(self._content(), layout=False)

    def _content(self) -> Text:
        full = self._labelled(short=False)
        if full.cell_len <= self.size.width or not self.size.width:
            return full
        return self._labelled(short=True)

    def _labelled(self, *, short: bool) -> Text:
        text = Text(no_wrap=True, overflow="ellipsis")
        for item in FILTER_ENTRIES:
            count = self.counts.get(item.name)
            name = item.short if short else item.label
            label = f"{item.key} {name}" + ("" if count is None else f" {count}")
            click = Style.from_meta({"@click": f"screen.set_filter('{item.name}')"})
            if item.name == self.active:
                text.append(f"[{label}]", Style(bold=True, reverse=True) + click)
            else:
                text.append(label if short else f" {label} ", click)
            text.append(" ")
        return text


def position_text(row: int | None, total: int, scope: Scope, active: ListFilterName) -> str:
    """Return where the reader is in the list, e.g. ``12 / 31 major`` or ``3 / 9 all, quotes``,
    and what ``m`` would show instead."""
    unit = "major" if scope == "major" else "all"
    if active != "all":
        unit = f"{unit}, {LONG_LABELS[active].lower()}"
    where = f"0 {unit}" if total == 0 else f"{(row or 0) + 1} / {total} {unit}"
    return f"{where} · m: {'all' if scope == 'major' else 'major only'}"
