"""One table of keys feeds the bindings, the help screen, the palette and the README."""

from __future__ import annotations

import re
from pathlib import Path

from tui.ui.app import CrosscheckApp
from tui.ui.help_screen import help_text
from tui.ui.keys import KEYS, bindings, palette_rows, readme_table
from tui.ui.reading_room import ReadingRoomScreen

README = Path(__file__).resolve().parents[2] / "README.md"


def test_the_readme_key_table_is_the_keys_table() -> None:
    text = README.read_text(encoding="utf-8")
    found = re.search(r"<!-- keys:start -->\n(.*?)\n<!-- keys:end -->", text, re.DOTALL)
    assert found is not None, "the README marks its key table"
    assert found.group(1) == readme_table()


def test_every_bound_action_exists_where_it_runs() -> None:
    for binding in bindings():
        name = binding.action.split("(")[0]
        owner: type = CrosscheckApp if name.startswith("app.") else ReadingRoomScreen
        method = f"action_{name.removeprefix('app.')}"
        assert hasattr(owner, method), f"{binding.key} runs {binding.action}: no {method}"
    assert [b.key for b in ReadingRoomScreen.BINDINGS] == [b.key for b in bindings()]  # type: ignore[union-attr]


def test_help_and_palette_come_from_the_table() -> None:
    shown = help_text().plain
    for key in KEYS:
        if key.help:
            assert key.shown in shown and key.description[:30] in " ".join(shown.split())
    titles = [title for title, _ in palette_rows()]
    assert any(
        t.startswith("Redo what u undid") and t.endswith("(U / ctrl+shift+z)") for t in titles
    )
    assert any(title.startswith("Filter: Quotes (3)") for title in titles)
    assert all(action for _, action in palette_rows())
