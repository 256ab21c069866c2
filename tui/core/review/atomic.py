"""Write files so that a crash at any moment leaves either the old or the new content.

Only a regular file (or a new path) is replaced by renaming a temporary file over it.
A symlink stays a symlink: the file it points to is written. A device or a FIFO
(``/dev/null``, ``/dev/stdout``, a named pipe) is written through, never replaced; a
socket or a folder is refused. A file whose permission bits forbid writing (``0444``)
is refused even when the process could replace it (as root, or by renaming in a
writable folder).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
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


def write_target(path: Path) -> Path:
    """Return the file that writing ``path`` changes: the end of its symlinks, or ``path``."""
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def writing_problem(path: Path) -> str | None:
    """Return why ``path`` must not be written (a few words), or None when it may be.

    Looks through symlinks. A missing file is fine (its folder is checked when writing).
    """
    target = write_target(path)
    try:
        info = target.stat()
    except FileNotFoundError:
        return None
    except OSError as error:
        return str(error.strerror or error).lower()
    if stat.S_ISDIR(info.st_mode):
        return "it is a directory"
    if stat.S_ISSOCK(info.st_mode):
        return "it is a socket, not a file"
    if not (info.st_mode & 0o222) or not os.access(target, os.W_OK):
        return "it is read-only (its permissions forbid writing)"
    return None


def _write_through(target: Path, text: str) -> None:
    """Write ``text`` into a device or FIFO without replacing it; never block on a FIFO."""
    flags = os.O_WRONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        descriptor = os.open(target, flags)
    except OSError as error:
        if error.errno == errno.ENXIO:  # a FIFO nobody reads
            raise OSError(errno.ENXIO, "a named pipe with no reader", str(target)) from None
        raise
    try:
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        data = text.encode("utf-8")
        view = memoryview(data)
        while view:
            written = os.write(descriptor, view)
            view = view[written:]
    finally:
        os.close(descriptor)


def write_text_atomically(path: Path, text: str, *, mode: int = 0o644) -> None:
    """Write ``text`` (UTF-8) to ``path``, atomically when it is a file; raises OSError.

    A new file gets permissions ``mode``; a file that exists keeps its own. A read-only
    file raises PermissionError; a folder or socket IsADirectoryError / OSError.

    For a regular file the text goes to a temporary file in the same directory, is
    flushed and fsynced, renamed over the file, and the directory is fsynced, so
    readers (and a reader after a power cut or ``kill -9``) see the old file or the new
    one, never a part of it. A symlink is followed; a device or FIFO is written through.
    """
    target = write_target(path)
    problem = writing_problem(target)
    if problem is not None:
        code = errno.EISDIR if "directory" in problem else errno.EACCES
        raise OSError(code, problem, str(path))
    try:
        info: os.stat_result | None = target.stat()
    except FileNotFoundError:
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_through(target, text)
        return
    folder = target.parent
    descriptor, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode if info is None else info.st_mode & 0o7777)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _fsync_directory(folder)
