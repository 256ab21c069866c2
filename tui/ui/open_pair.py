"""The open dialog: two path boxes with completion, and the recent pairs to pick from."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Button, Input, Label, OptionList
from textual.widgets.option_list import Option

from tui.core.review.app_state import RecentPair

Pair = tuple[str, str]


def complete_path(typed: str) -> str | None:
    """Return ``typed`` completed to the first file or folder it starts (a folder ends in
    ``/``), or None when nothing matches or it is a URL."""
    if not typed or "://" in typed:
        return None
    expanded = os.path.expanduser(typed)
    folder, _, start = expanded.rpartition(os.sep)
    base = Path(folder or ".") if folder or not expanded.startswith(os.sep) else Path(os.sep)
    try:
        names = sorted(entry.name for entry in base.iterdir() if entry.name.startswith(start))
    except OSError:
        return None
    names = [name for name in names if not name.startswith(".") or start.startswith(".")]
    if not names:
        return None
    name = names[0]
    completed = typed[: len(typed) - len(start)] + name
    return completed + (os.sep if (base / name).is_dir() else "")


class PathSuggester(Suggester):
    """Suggest the file or folder a typed path starts."""

    def __init__(self) -> None:
        super().__init__(use_cache=False, case_sensitive=True)

    async def get_suggestion(self, value: str) -> str | None:
        """Return the completed path."""
        return complete_path(value)


class PathInput(Input):
    """A path box: tab takes the suggested completion (then moves on when there is none)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "complete", "Complete the path", show=False, priority=True),
    ]

    def action_complete(self) -> None:
        """Take the suggestion, or go to the next field when there is none."""
        if self._suggestion and self._suggestion != self.value:
            self.value = self._suggestion
            self.cursor_position = len(self.value)
        else:
            self.screen.focus_next()


def pair_label(pair: RecentPair) -> str:
    """Return how a recent pair is listed: both file names, then the folder of the first."""

    def name(path: str) -> str:
        return path if "://" in path else Path(path).name

    folder = "" if "://" in pair.a else f"  ({Path(pair.a).parent})"
    return f"{name(pair.a)}  ⇄  {name(pair.b)}{folder}"


class OpenPairDialog(ModalScreen[Pair | None]):
    """Ask for two sources (or a recent pair); answers with both, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
    ]

    def __init__(
        self,
        recent: Sequence[RecentPair] = (),
        *,
        title: str = "Open a pair",
        initial: Pair | None = None,
    ) -> None:
        """``initial``: the sources the boxes start with (to correct one of them)."""
        super().__init__()
        self.recent = tuple(recent)
        self.title_text = title
        self.initial = initial or ("", "")

    def compose(self) -> ComposeResult:
        """Compose the recent pairs (when there are any), the two path boxes and the buttons."""
        with Vertical(id="open-box", classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            if self.recent:
                yield Label("Recent pairs (↑/↓ and enter; tab: the path boxes):")
                yield OptionList(
                    *(Option(pair_label(p), id=str(i)) for i, p in enumerate(self.recent)),
                    id="open-recent",
                )
            yield Label("Source A (path or URL; tab completes):")
            yield PathInput(self.initial[0], suggester=PathSuggester(), id="open-a")
            yield Label("Source B:")
            yield PathInput(self.initial[1], suggester=PathSuggester(), id="open-b")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Cancel (esc)", id="open-cancel")
                yield Button("Open", id="open-go", variant="primary")

    def on_mount(self) -> None:
        """Start on the recent pairs, or else on the first box."""
        if self.recent:
            self.query_one("#open-recent", OptionList).focus()
        else:
            self.query_one("#open-a", Input).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Open the chosen recent pair."""
        pair = self.recent[int(event.option.id or 0)]
        self.dismiss((pair.a, pair.b))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in A goes to B; in B it opens the pair."""
        if event.input.id == "open-a":
            self.query_one("#open-b", Input).focus()
        else:
            self._open()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Open or cancel, as the button says."""
        event.stop()
        if event.button.id == "open-go":
            self._open()
        else:
            self.action_cancel()

    def _open(self) -> None:
        a = self.query_one("#open-a", Input).value.strip()
        b = self.query_one("#open-b", Input).value.strip()
        if not a or not b:
            self.notify("Give two sources", severity="warning", timeout=3)
            return
        self.dismiss((os.path.expanduser(a), os.path.expanduser(b)))

    def action_cancel(self) -> None:
        """Answer None: stay on the pair that is open."""
        self.dismiss(None)
