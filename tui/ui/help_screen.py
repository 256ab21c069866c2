"""The help screen: every key, what it does, and where it works."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.ui.keys import help_rows

#: Meanings wrap at this width, under their own column, so the box fits 80 columns.
MEANING_WIDTH = 55


def help_text(rows: Sequence[tuple[str, str]] | None = None) -> Text:
    """Return the key table (default: :func:`tui.ui.keys.help_rows`) as plain styled text."""
    rows = help_rows() if rows is None else rows
    width = max(len(keys) for keys, _ in rows) + 2
    text = Text()
    text.append("Keys\n\n", Style(bold=True))
    for keys, meaning in rows:
        lines = textwrap.wrap(meaning, MEANING_WIDTH) or [""]
        text.append(keys.ljust(width), Style(bold=True))
        text.append(lines[0] + "\n")
        for line in lines[1:]:
            text.append(" " * width + line + "\n")
    text.append(
        "\nIn the panes: ▌ only this source has it, ≠ changed words, quotes or figures, "
        "▶ the current difference. The minimap marks the rows on screen with ▐.\n"
        "In the list: ✓ checked, ⚑ flagged, ✎ has a note; └ a finding inside the passage (or "
        "the quotation) above it. Marks are saved as you make them.\n"
        "The mouse works too: click a row, a filter, or the minimap.",
        Style(dim=True),
    )
    return text


class HelpScreen(ModalScreen[None]):
    """A modal listing every key; any of escape, ? or q closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close help"),
    ]

    def compose(self) -> ComposeResult:
        """Compose the key table."""
        with VerticalScroll(id="help-box"):
            yield Static(help_text(), markup=False)

    def action_close(self) -> None:
        """Close the help screen."""
        self.dismiss(None)
