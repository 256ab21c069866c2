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

#: (keys, what they do) for everything the reading room answers to, in reading order.
KEY_HELP: tuple[tuple[str, str], ...] = (
    ("n / p", "next / previous difference within the filter"),
    ("1 … 6", "filter: all, one source only, quotes, numbers, framing, wording"),
    ("7 / 8", "filter: not yet checked / flagged"),
    ("enter", "bring the selected difference into view in both panes"),
    ("tab / shift+tab", "move focus: pane A, pane B, difference list"),
    ("j / k, ↓ / ↑", "scroll the focused pane (or move in the list)"),
    ("pgdn / pgup", "scroll a page"),
    ("home / end", "top / bottom"),
    ("space", "mark the current difference checked (again: unchecked)"),
    ("f", "flag the current difference (again: unflag)"),
    ("a", "write a note on it (ctrl+s saves, escape cancels)"),
    ("u", "undo the last mark and go back to it"),
    ("e", "write an HTML report with the marks and notes into the working folder"),
    ("s", "synced scrolling on / off (the other pane follows)"),
    ("/", "search both panes; enter in the search box goes to the next hit"),
    ("] / [", "next / previous search hit"),
    ("escape", "close the search box or this screen"),
    ("ctrl+p", "command palette (every action by name)"),
    ("?", "this help"),
    ("q", "quit"),
)


#: Meanings wrap at this width, under their own column, so the box fits 80 columns.
MEANING_WIDTH = 55


def help_text(rows: Sequence[tuple[str, str]] = KEY_HELP) -> Text:
    """Return the key table as plain styled text."""
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
        "In the list: ✓ checked, ⚑ flagged, ✎ has a note. Marks are saved as you make them.\n"
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
