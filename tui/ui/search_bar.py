"""The search bar: a one-line box above the footer that searches both panes."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Label


class SearchBar(Horizontal):
    """A search box with the hit count beside it; hidden until opened."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close search", show=False),
    ]

    class Closed(Message):
        """The reader closed the search box."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.input = Input(placeholder="search both sources", id="search-input")
        self.status = Label("", id="search-status", markup=False)

    def compose(self) -> ComposeResult:
        """Compose the prompt, the box and the hit count."""
        yield Label("/", id="search-prompt")
        yield self.input
        yield self.status

    def open(self) -> None:
        """Show the bar, empty, and put the cursor in the box."""
        self.input.value = ""
        self.status.update("type to search")
        self.add_class("-open")
        self.input.focus()

    def action_close(self) -> None:
        """Hide the bar (the hits stay marked and can still be stepped through)."""
        self.remove_class("-open")
        self.post_message(self.Closed())

    def show_status(self, current: int | None, total: int) -> None:
        """Show which hit the reader is on."""
        if total == 0:
            self.status.update("no hits")
        elif current is None:
            self.status.update(f"{total} hit" + ("" if total == 1 else "s"))
        else:
            self.status.update(f"{current + 1}/{total}")
