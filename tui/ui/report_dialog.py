"""The report dialog: which differences (all, major, flagged and noted) and which format."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Label, RadioButton, RadioSet

from tui.core.report.model import REPORT_SCOPES, ReportScope
from tui.core.report.write import ReportFormat

#: The formats offered, with their labels.
FORMATS: dict[ReportFormat, str] = {"html": "HTML page", "md": "Markdown"}
ReportChoice = tuple[ReportScope, ReportFormat]


class ReportDialog(ModalScreen[ReportChoice | None]):
    """Ask for the report's scope and format; answers with both, or None when cancelled."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel"),
        Binding("ctrl+s,w", "write", "Write", priority=True),
    ]

    def __init__(self, scope: ReportScope = "all", fmt: ReportFormat = "html") -> None:
        super().__init__()
        self.scope: ReportScope = scope
        self.fmt: ReportFormat = fmt

    def compose(self) -> ComposeResult:
        """Compose the two choices and the buttons."""
        with Vertical(id="report-box", classes="dialog"):
            yield Label("Write a report (a new file in the working folder)", classes="dialog-title")
            yield Label("Differences:")
            with RadioSet(id="report-scope"):
                for name, label in REPORT_SCOPES.items():
                    yield RadioButton(label, value=name == self.scope, name=name)
            yield Label("Format:")
            with RadioSet(id="report-format"):
                for fmt, fmt_label in FORMATS.items():
                    yield RadioButton(fmt_label, value=fmt == self.fmt, name=fmt)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Cancel (esc)", id="report-cancel")
                yield Button("Write (w)", id="report-write", variant="primary")

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        """Remember the choice."""
        name = event.pressed.name
        for scope in REPORT_SCOPES:
            if event.radio_set.id == "report-scope" and name == scope:
                self.scope = scope
        for fmt in FORMATS:
            if event.radio_set.id == "report-format" and name == fmt:
                self.fmt = fmt

    def on_button_pressed(self, event: Button.Pressed) -> None:
        """Write or cancel, as the button says."""
        event.stop()
        if event.button.id == "report-write":
            self.action_write()
        else:
            self.action_cancel()

    def action_write(self) -> None:
        """Answer with the chosen scope and format."""
        self.dismiss((self.scope, self.fmt))

    def action_cancel(self) -> None:
        """Answer None: no report."""
        self.dismiss(None)
