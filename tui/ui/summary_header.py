"""The header: both titles, then either the progress of the comparison or its summary,
with the progress of the review at the right."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import ProgressBar, Static

from tui.core.models import LoadedText
from tui.core.review.marks import ReviewProgress
from tui.ui.rendering import printable

_BADGE = Style(bold=True, reverse=True)


def titles_text(loaded_a: LoadedText, loaded_b: LoadedText) -> Text:
    """Return the header's first line: both sources' titles (or file names)."""
    text = Text(no_wrap=True, overflow="ellipsis")
    text.append("crosscheck ", Style(bold=True))
    for side, loaded in (("A", loaded_a), ("B", loaded_b)):
        name = loaded.title or loaded.path.replace("\\", "/").rsplit("/", 1)[-1]
        text.append(f" {side} ", _BADGE)
        text.append(f" {printable(' '.join(name.split()))}  ")
    return text


def summary_text(reuse: str, major: int, total: int, *, synced: bool) -> Text:
    """Return the header's second line: how much the sources share, how many differences
    are major out of all (the units of the list), and whether scrolling is synced."""
    text = Text(no_wrap=True, overflow="ellipsis")
    if reuse:
        text.append(reuse, Style(bold=True))
        text.append(" · ")
    text.append(f"{major}", Style(bold=True))
    text.append(" major of ")
    text.append(f"{total}", Style(bold=True))
    text.append(" · ")
    text.append("sync on" if synced else "sync off", Style(bold=synced, dim=not synced))
    return text


def review_text(progress: ReviewProgress) -> Text:
    """Return the review progress as the header shows it, e.g. ``12/40 checked, 3 flagged``."""
    text = Text(no_wrap=True)
    text.append(f"{progress.checked}/{progress.total}", Style(bold=True))
    text.append(" checked, ")
    text.append(f"{progress.flagged}", Style(bold=True))
    text.append(" flagged")
    if progress.unsaved:
        text.append(" · unsaved", Style(bold=True, reverse=True))
    return text


class SummaryHeader(Vertical):
    """Two lines at the top of the screen."""

    DEFAULT_CSS = """
    SummaryHeader #review-progress {
        width: auto;
        height: 1;
        padding: 0 1;
        background: $boost;
        display: none;
    }
    SummaryHeader #review-progress.-shown {
        display: block;
    }
    """

    def __init__(self, loaded_a: LoadedText, loaded_b: LoadedText, *, id: str | None = None):
        super().__init__(id=id)
        self.titles = Static(titles_text(loaded_a, loaded_b), id="titles", markup=False)
        self.summary = Static("Comparing the two sources…", id="summary", markup=False)
        self.progress = ProgressBar(total=100, show_eta=False, id="progress")
        self.review = Static("", id="review-progress", markup=False)

    def compose(self) -> ComposeResult:
        """Compose the titles line and the summary / progress line."""
        yield self.titles
        with Horizontal(id="summary-line"):
            yield self.summary
            yield self.progress
            yield self.review

    def show_progress(self, stage: str, fraction: float) -> None:
        """Show the stage of the comparison under way and how far along it is."""
        self.summary.update(Text(f"Comparing: {stage}…"), layout=False)
        self.progress.update(progress=round(fraction * 100))

    def show_summary(self, reuse: str, major: int, total: int, *, synced: bool) -> None:
        """Replace the progress with what is shared and how many differences there are."""
        self.progress.display = False
        self.summary.update(summary_text(reuse, major, total, synced=synced), layout=False)

    def show_review(self, progress: ReviewProgress) -> None:
        """Show how many differences are checked and flagged, out of all of them."""
        self.review.update(review_text(progress))
        self.review.add_class("-shown")
