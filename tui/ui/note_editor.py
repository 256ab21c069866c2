"""The note editor: a small modal box to write or change the note on one difference."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, TextArea


class NoteEditor(ModalScreen[str | None]):
    """Edit a note; answers with the new text (ctrl+s or Save) or None (escape or Cancel).

    An empty answer removes the note.
    """

    DEFAULT_CSS = """
    NoteEditor {
        align: center middle;
    }
    NoteEditor #note-box {
        width: 72;
        max-width: 100%;
        height: auto;
        border: round $accent;
        padding: 0 1;
        background: $surface;
    }
    NoteEditor #note-about {
        height: 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        color: $text-muted;
    }
    NoteEditor #note-text {
        height: 8;
    }
    NoteEditor #note-buttons {
        height: auto;
        align-horizontal: right;
    }
    NoteEditor #note-buttons Button {
        margin-left: 1;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save note", id="note.save"),
        Binding("escape", "cancel", "Cancel", id="note.cancel"),
    ]

    def __init__(self, note: str, about: str) -> None:
        super().__init__()
        self.note = note
        self.about = about

    def compose(self) -> ComposeResult:
        """Compose what the note is about, the text box and the two buttons."""
        with Vertical(id="note-box"):
            yield Label(f"Note on: {' '.join(self.about.split())}", id="note-about", markup=False)
            yield TextArea(self.note, id="note-text", soft_wrap=True, show_line_numbers=False)
            with Horizontal(id="note-buttons"):
                yield Button("Cancel (esc)", id="note-cancel")
                yield Button("Save (ctrl+s)", id="note-save", variant="primary")

    def on_mount(self) -> None:
        """Put the cursor at the end of the note."""
        text_area = self.query_one("#note-text", TextArea)
        text_area.focus()
        text_area.move_cursor(text_area.document.end)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Save or cancel, as the button says."""
        event.stop()
        if event.button.id == "note-save":
            self.action_save()
        else:
            self.action_cancel()

    def action_save(self) -> None:
        """Answer with the note as written."""
        self.dismiss(self.query_one("#note-text", TextArea).text)

    def action_cancel(self) -> None:
        """Answer None: the note stays as it was."""
        self.dismiss(None)
