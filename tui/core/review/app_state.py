"""What the app remembers between runs, apart from review marks: the theme, the recent pairs,
and the last difference viewed in each pair.

One small JSON file next to the session files. It is a convenience: a missing, unreadable or
corrupt file reads as an empty state, and a failed write is reported, never raised.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from tui.core.review import session_file as _session
from tui.core.review.atomic import write_text_atomically

STATE_FORMAT = "crosscheck-state/1"
#: How many recent pairs are kept (most recent first).
RECENT_LIMIT = 8


@dataclass(frozen=True, slots=True)
class RecentPair:
    """Two sources opened together, as given (paths or URLs)."""

    a: str
    b: str


@dataclass(frozen=True, slots=True)
class AppState:
    """The theme, the recent pairs (most recent first), and the last difference viewed per
    pair (difference id by pair key)."""

    theme: str | None = None
    recent: tuple[RecentPair, ...] = ()
    positions: tuple[tuple[str, str], ...] = ()

    def with_theme(self, theme: str) -> AppState:
        """Return the state with ``theme`` remembered."""
        return replace(self, theme=theme)

    def with_recent(self, a: str, b: str) -> AppState:
        """Return the state with the pair (``a``, ``b``) first among the recent pairs."""
        pair = RecentPair(a, b)
        others = tuple(p for p in self.recent if {p.a, p.b} != {a, b})
        return replace(self, recent=(pair, *others)[:RECENT_LIMIT])

    def position(self, pair_key: str) -> str | None:
        """Return the id of the last difference viewed in the pair ``pair_key``, if any."""
        return dict(self.positions).get(pair_key)

    def with_position(self, pair_key: str, difference_id: str) -> AppState:
        """Return the state with ``difference_id`` as the last one viewed in ``pair_key``."""
        others = tuple((k, v) for k, v in self.positions if k != pair_key)
        return replace(self, positions=((pair_key, difference_id), *others)[:200])


def state_path() -> Path:
    """Return the state file's path: beside the folder of session files."""
    return _session.sessions_folder().parent / "app-state.json"


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def read_state(path: Path | None = None) -> AppState:
    """Return the remembered state (empty when the file is missing or unreadable)."""
    target = path if path is not None else state_path()
    try:
        raw = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return AppState()
    if not isinstance(raw, dict) or raw.get("format") != STATE_FORMAT:
        return AppState()
    recent = []
    for item in raw.get("recent", []) if isinstance(raw.get("recent"), list) else []:
        if isinstance(item, dict) and _text(item.get("a")) and _text(item.get("b")):
            recent.append(RecentPair(item["a"], item["b"]))
    positions_raw = raw.get("positions")
    positions = tuple(
        (key, value)
        for key, value in (positions_raw.items() if isinstance(positions_raw, dict) else ())
        if isinstance(key, str) and isinstance(value, str)
    )
    return AppState(_text(raw.get("theme")), tuple(recent[:RECENT_LIMIT]), positions)


def write_state(state: AppState, path: Path | None = None) -> str | None:
    """Save ``state``; return why it could not be saved, or None."""
    target = path if path is not None else state_path()
    document = {
        "format": STATE_FORMAT,
        "theme": state.theme,
        "recent": [{"a": p.a, "b": p.b} for p in state.recent],
        "positions": dict(state.positions),
    }
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomically(target, json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    except OSError as error:
        return f"cannot save the app's state to {target}: {error.strerror or error}"
    return None
