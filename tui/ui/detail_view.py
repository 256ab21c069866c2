"""The detail of the selected difference: both passages one above the other, and what differs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import Binding, BindingType
from textual.events import Resize
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.core.figures.describe import describe_figure
from tui.core.models import (
    Comparison,
    Difference,
    FigureMatch,
    FramingShift,
    QuoteMatch,
    Side,
)
from tui.core.navigation import related_finding
from tui.core.report.passages import difference_passages
from tui.ui.rendering import DETAIL_STYLES, kind_label, passage_text, printable

SIDES: tuple[Side, Side] = ("a", "b")


def _facts(finding: object, side: Side) -> str:
    if isinstance(finding, QuoteMatch):
        quote = finding.a if side == "a" else finding.b
        if quote is not None:
            return f"speaker: {quote.speaker or 'not named'}"
    if isinstance(finding, FigureMatch):
        figure = finding.a if side == "a" else finding.b
        if figure is not None:
            return f"value: {describe_figure(figure)}"
    return ""


def describe(
    comparison: Comparison,
    difference: Difference,
    *,
    note: str = "",
    holds: Sequence[Difference] = (),
) -> Text:
    """Return the detail of ``difference``: heading, the reviewer's ``note``, the findings it
    ``holds`` (a passage's quotations and figures), the speaker, values, or framing category
    and note, and both passages with the changes marked."""
    finding = related_finding(comparison, difference)
    heading = Text(no_wrap=False)
    heading.append(f"{kind_label(difference)}: ", DETAIL_STYLES["label"])
    heading.append(printable(" ".join(difference.summary.split())))
    parts: list[Text] = [heading]
    if note:
        noted = Text("Your note: ", DETAIL_STYLES["label"])
        noted.append(printable(note))
        parts.append(noted)
    for item in holds:
        held = Text(f"  └ {kind_label(item)}: ", DETAIL_STYLES["label"])
        held.append(printable(" ".join(item.summary.split())))
        parts.append(held)
    if isinstance(finding, FramingShift):
        framing = Text(f"category: {finding.category}", DETAIL_STYLES["dim"])
        framing.append(f" — {printable(finding.note)}" if finding.note else "")
        parts.append(framing)
    elif isinstance(finding, QuoteMatch | FigureMatch) and finding.note:
        parts.append(Text(printable(finding.note), DETAIL_STYLES["dim"]))
    passages = difference_passages(comparison, difference)
    for side, passage in zip(SIDES, passages, strict=True):
        label = Text(f" {side.upper()} ", Style(bold=True, reverse=True))
        facts = _facts(finding, side)
        if facts:
            label.append(f" {facts}", DETAIL_STYLES["dim"])
        parts.append(label)
        if passage is None:
            parts.append(Text("(not in this source)", DETAIL_STYLES["dim"]))
        else:
            parts.append(passage_text(passage))
    if difference.detail:
        parts.append(Text(printable(difference.detail), DETAIL_STYLES["dim"]))
    return Text("\n").join(parts)


class DetailView(ScrollView, can_focus=True):
    """A scrollable panel showing :func:`describe` of the selected difference.

    The text is wrapped once per width and drawn line by line, so stepping through
    differences never forces a layout of the whole screen.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", show=False),
        Binding("k", "scroll_up", "Scroll up", show=False),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.content = Text("No difference selected.", DETAIL_STYLES["dim"])
        self._strips: list[Strip] = []
        self._wrapped_width = -1

    def show(
        self,
        comparison: Comparison | None,
        difference: Difference | None,
        *,
        note: str = "",
        holds: Sequence[Difference] = (),
    ) -> None:
        """Show ``difference`` with the reviewer's ``note`` and the findings it ``holds``."""
        if comparison is None or difference is None:
            self.content = Text("No difference selected.", DETAIL_STYLES["dim"])
        else:
            self.content = describe(comparison, difference, note=note, holds=holds)
        self._wrapped_width = -1
        self._wrap()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def _wrap(self) -> None:
        width = max(self.scrollable_content_region.width, 1)
        if width == self._wrapped_width:
            return
        console = self.app.console
        lines = console.render_lines(self.content, console.options.update_width(width), pad=False)
        self._strips = [Strip(line) for line in lines]
        self._wrapped_width = width
        self._set_virtual_size(Size(width, len(self._strips)))

    def _set_virtual_size(self, size: Size) -> None:
        """Resize the scrollable area without a layout of the whole screen.

        Assigning ``virtual_size`` asks for a layout, and Textual then reflows and
        repaints the screen on every difference stepped to. Only the scrollbars depend
        on it here (the region is fixed by CSS), so they are updated directly; should
        a scrollbar appear or vanish, that still asks for a layout by itself.
        """
        if size == self.virtual_size:
            return
        self.set_reactive(DetailView.virtual_size, size)
        self._scroll_update(size)
        self.refresh()

    def on_resize(self, event: Resize) -> None:
        """Re-wrap at the new width."""
        self._wrap()

    def render_line(self, y: int) -> Strip:
        """Return visible line ``y`` of the detail."""
        self._wrap()
        width = self.scrollable_content_region.width
        line = int(self.scroll_y) + y
        if line >= len(self._strips):
            return Strip.blank(width, self.rich_style)
        base = self.rich_style
        return self._strips[line].apply_style(base).crop_extend(0, width, base)
