"""Write files so that a crash at any moment leaves either the old or the new content."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from pathlib import Path


def _fsync_directory(folder: Path) -> None:
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def write_text_atomically(path: Path, text: str, *, mode: int = 0o644) -> None:
    """Replace ``path`` with ``text`` (UTF-8) atomically; returns nothing, raises OSError.

    A new file gets permissions ``mode``; a file that exists keeps its own.

    The text goes to a temporary file in the same directory, is flushed and fsynced,
    renamed over ``path``, and the directory is fsynced, so readers (and a reader after
    a power cut or ``kill -9``) see the old file or the new one, never a part of it.
    """
    folder = path.parent
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.chmod(temporary, path.stat().st_mode & 0o7777)
        except FileNotFoundError:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_directory(folder)
