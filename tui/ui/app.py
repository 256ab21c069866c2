"""The crosscheck Textual app: two article panes side by side."""

from __future__ import annotations

from typing import ClassVar

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Header, Static

from tui.core.compare import compare_loaded
from tui.core.models import Comparison, LoadedText


class CrosscheckApp(App[None]):
    """Compare two loaded sources side by side."""

    TITLE = "crosscheck"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("q", "quit", "Quit")]

    def __init__(self, loaded_a: LoadedText, loaded_b: LoadedText) -> None:
        super().__init__()
        self.loaded_a = loaded_a
        self.loaded_b = loaded_b
        self.comparison: Comparison | None = None

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal():
            with VerticalScroll(id="pane-a"):
                yield Static(self.loaded_a.text, markup=False, id="text-a")
            with VerticalScroll(id="pane-b"):
                yield Static(self.loaded_b.text, markup=False, id="text-b")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"{self.loaded_a.path}  ⇄  {self.loaded_b.path}"
        self.compare_in_background()

    @work(thread=True, exclusive=True)
    def compare_in_background(self) -> None:
        """Segment and align the sources off the event loop."""
        comparison = compare_loaded(self.loaded_a, self.loaded_b)
        self.call_from_thread(setattr, self, "comparison", comparison)
