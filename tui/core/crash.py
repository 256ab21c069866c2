"""What an internal error leaves behind: one line for the user, the traceback in a log file.

The command line and the app's background work both call :func:`report_crash` from an
``except`` block, so a crash reads the same wherever it happens: the traceback (without
local variables, so no article text) goes to ``crash.log`` under the user log directory.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from tui.core.loading.cleaning import visible_controls


def crash_log_path() -> Path:
    """Return the crash log file (under the user log directory)."""
    from platformdirs import user_log_dir

    return Path(user_log_dir("crosscheck", appauthor=False)) / "crash.log"


def write_crash_log(error: BaseException) -> Path | None:
    """Append ``error``'s traceback to the crash log; return its path (None if unwritable)."""
    try:
        log = crash_log_path()
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(error)))
            handle.write("\n")
        return log
    except OSError:
        return None


def report_crash(error: BaseException) -> str:
    """Log ``error`` and return the one line to show: ``crosscheck: internal error: …``."""
    log = write_crash_log(error)
    where = f" (details in {log})" if log else ""
    return visible_controls(f"crosscheck: internal error: {error!r}{where}")
