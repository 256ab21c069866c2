"""The one table of keys: it feeds the bindings, the help screen, the command palette and the
README's key table (``python -m tui.ui.keys`` prints that table; a test checks the README).

A row with an ``action`` is bound on the reading room; a row without one documents keys a
widget answers by itself (the list's cursor keys, tab between panes, the note editor's keys).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding

from tui.core.navigation import FILTERS
from tui.core.review.marks import REVIEW_FILTERS


@dataclass(frozen=True, slots=True)
class Key:
    """One key (or keys) of the reading room and what it does.

    ``keys`` are Textual key names, comma-separated (``"home,g"``); ``shown`` is how help and
    README write them; ``label`` is the footer's word (the footer shows the row only when
    ``footer``); ``palette`` puts the action in the command palette; ``help`` in the help screen
    and the README.
    """

    shown: str
    description: str
    keys: str = ""
    action: str | None = None
    label: str = ""
    footer: bool = False
    palette: bool = True
    help: bool = True
    priority: bool = False
    id: str | None = None


def _filter_keys() -> tuple[Key, ...]:
    names = [*((item.name, item.label) for item in FILTERS), *REVIEW_FILTERS]
    return tuple(
        Key(
            str(number),
            f"Filter: {label}",
            keys=str(number),
            action=f"set_filter('{name}')",
            label=label,
            help=False,
        )
        for number, (name, label) in enumerate(names, start=1)
    )


KEYS: tuple[Key, ...] = (
    # -- the worklist
    Key("n", "next difference in the list (says when it wraps to the first)", "n", "step(1)",
        "Next", footer=True, id="difference.next"),
    Key("p", "previous difference in the list (says when it wraps to the last)", "p",
        "step(-1)", "Prev", footer=True, id="difference.previous"),
    Key("m", "major differences only / all differences (the list opens on the major ones)",
        "m", "toggle_scope", "All", footer=True, id="difference.scope"),
    Key("1 … 6", "filter: all, one source only, quotes, numbers, framing, wording",
        palette=False),
    Key("7 / 8", "filter: differences not yet checked / flagged ones", palette=False),
    *_filter_keys(),
    Key("enter", "bring the difference selected in the list into view in both panes",
        "enter", "bring_into_view", "Show", id="difference.show"),
    Key("j / k, ↓ / ↑", "scroll the focused pane or detail, or move in the list",
        palette=False),
    Key("pgdn / pgup", "scroll the focused pane by a page, or move the list by ten rows",
        palette=False),
    Key("ctrl+d / ctrl+u", "half a page down / up in the focused pane, list or detail",
        "ctrl+d", "half_page(1)", "Half page down"),
    Key("", "", "ctrl+u", "half_page(-1)", "Half page up", help=False),
    Key("g / home", "top: both panes with synced scrolling; first row in the list",
        "home,g", "edge('start')", "Top"),
    Key("G / end", "end: both panes with synced scrolling; last row in the list",
        "end,G", "edge('end')", "End"),
    Key("tab / shift+tab", "move focus: pane A, pane B, the list, the detail", palette=False),
    Key("d", "the detail of the selected difference: focus it (under 110 columns it takes "
        "the list's place; again: back to the list)", "d", "toggle_detail", "Detail",
        id="panes.detail"),
    # -- the review
    Key("space", "mark the selected difference checked (again: not checked); the list "
        "shows ✓", "space", "toggle_checked", "Check", footer=True, priority=True,
        id="review.check"),
    Key("f", "flag the selected difference (again: unflag); the list shows ⚑", "f",
        "toggle_flagged", "Flag", footer=True, id="review.flag"),
    Key("a", "write a note on the selected difference (ctrl+s saves, escape cancels); the "
        "list shows ✎", "a", "edit_note", "Note", footer=True, id="review.note"),
    Key("u", "undo the last mark or note (the note's previous text comes back) and go to it",
        "u", "undo_mark", "Undo", footer=True, id="review.undo"),
    Key("U / ctrl+shift+z", "redo what u undid (ctrl+shift+z in terminals that send it: "
        "kitty, foot, WezTerm, Ghostty; others send it as ctrl+z)", "U,ctrl+shift+z",
        "redo_mark", "Redo", id="review.redo"),
    Key("y", "copy the selected passage, quotation or figure with both sources' wording",
        "y", "copy", "Copy", id="review.copy"),
    Key("e", "write a report (html or md; all, major, or flagged and noted) to a new file "
        "in the working folder", "e", "report", "Report", footer=True, id="review.report"),
    # -- the panes
    Key("s", "synced scrolling on / off: the other pane keeps the counterpart in view",
        "s", "toggle_sync", "Sync", id="panes.sync"),
    Key("x", "swap the sides: B on the left, A on the right", "x", "swap", "Swap",
        id="panes.swap"),
    Key("/", "search both panes (starts empty, shows the hit count); enter goes to the "
        "next hit", "slash", "search", "Search", footer=True, id="search.open"),
    Key("] / [", "next / previous search hit", "right_square_bracket", "step_hit(1)",
        "Next hit"),
    Key("", "", "left_square_bracket", "step_hit(-1)", "Previous hit", help=False),
    Key("escape", "close the search box, the help or a dialog", palette=False),
    # -- the app
    Key("o", "open another pair of sources (a path box with tab completion)", "o",
        "app.open_pair", "Open", id="app.open"),
    Key("?", "help: every key", "question_mark", "help", "Keys", footer=True, id="app.help"),
    Key("ctrl+p", "command palette: every action by name, and the theme (remembered)",
        palette=False),
    Key("q", "quit (the place in the list is remembered for next time; with marks that "
        "could not be saved it asks first: s save again, q quit anyway, escape stay)", "q",
        "app.quit", "Quit", footer=True, id="app.quit"),
)  # fmt: skip


def bindings() -> list[Binding]:
    """Return the reading room's bindings, one per row of :data:`KEYS` with an action."""
    return [
        Binding(
            key.keys,
            key.action,
            key.label,
            show=key.footer,
            tooltip=key.description,
            priority=key.priority,
            id=key.id,
        )
        for key in KEYS
        if key.action is not None
    ]


def help_rows() -> list[tuple[str, str]]:
    """Return (keys, what they do) for the help screen, in table order."""
    return [(key.shown, key.description) for key in KEYS if key.help]


def palette_rows() -> list[tuple[str, str]]:
    """Return (title, action) for each command of the palette."""
    rows = []
    for key in KEYS:
        if not key.palette or key.action is None:
            continue
        title = key.description or key.label
        shown = key.shown or key.keys
        rows.append((f"{title[0].upper()}{title[1:]} ({shown})", key.action))
    return rows


def readme_table() -> str:
    """Return the README's key table (Markdown)."""
    lines = ["| key | what it does |", "| --- | --- |"]
    for shown, description in help_rows():
        lines.append(f"| `{shown}` | {description} |")
    return "\n".join(lines)


if __name__ == "__main__":
    print(readme_table())
