"""The unsaved-marks dialog: asked when the reader quits with marks the session file lacks."""

from __future__ import annotations

from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label

#: What the reader chose: try the save again, quit without the marks, or stay.
QuitChoice = Literal["save", "quit", "cancel"]
_BUTTON_CHOICES: dict[str, QuitChoice] = {"quit-save": "save", "quit-quit": "quit"}


class UnsavedMarksDialog(ModalScreen[QuitChoice]):
    """Say why the marks are not saved; answers ``save``, ``quit`` or ``cancel``.

    Every choice has its own key (``s``, ``q``, escape); tab and enter work on the buttons.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "choose('save')", "Save again"),
        Binding("q", "choose('quit')", "Quit anyway"),
        Binding("escape,c", "choose('cancel')", "Cancel"),
    ]

    def __init__(self, reason: str, *, retried: bool = False) -> None:
        """``reason``: why the last save failed; ``retried``: the reader already tried again."""
        super().__init__()
        self.reason = reason
        self.retried = retried

    def compose(self) -> ComposeResult:
        """Compose the question, the reason and the three buttons."""
        with Vertical(id="quit-box", classes="dialog"):
            title = "Still not saved" if self.retried else "Your review marks are not saved"
            yield Label(title, classes="dialog-title")
            yield Label(f"The session file cannot be written: {self.reason}", markup=False)
            yield Label("Quitting now loses the marks made since the last save.")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Cancel (esc)", id="quit-cancel")
                yield Button("Quit anyway (q)", id="quit-quit", variant="error")
                yield Button("Save again (s)", id="quit-save", variant="primary")

    def on_mount(self) -> None:
        """Start on the safe choice: saving again."""
        self.query_one("#quit-save", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Answer as the button says."""
        event.stop()
        self.dismiss(_BUTTON_CHOICES.get(event.button.id or "", "cancel"))

    def action_choose(self, choice: QuitChoice) -> None:
        """Answer ``choice``."""
        self.dismiss(choice)
