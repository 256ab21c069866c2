"""Load a source (file or URL) into clean text.  STUB: to be replaced by the loading work."""

from __future__ import annotations

from pathlib import Path

from tui.core.errors import InputError
from tui.core.models import LoadedText


def load_source(source: str) -> LoadedText:
    """Return the clean text of ``source`` (a path or an http(s) URL); raises InputError."""
    path = Path(source)
    if not path.is_file():
        raise InputError(source, "no such file")
    text = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    return LoadedText(path=source, title=None, text=text)
