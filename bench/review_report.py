"""Time review saves and report rendering on the sample pair; prints the figures.

Run: .venv/bin/python bench/review_report.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from tui.core.compare import compare_sources
from tui.core.report.write import REPORT_FORMATS, render_report
from tui.core.review.session import ReviewSession
from tui.core.samples import sample_pair


def main() -> None:
    """Print the time per saved mark, per session open, and per report format."""
    comparison = compare_sources(*sample_pair())
    differences = comparison.differences
    print(f"sample pair: {len(differences)} differences")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "session.json"
        session = ReviewSession.open(comparison, path)
        started = time.perf_counter()
        for index, difference in enumerate(differences):
            session.toggle_checked(difference.id)
            if index % 3 == 0:
                session.set_note(difference.id, f"note {index}: checked against the wire copy")
        saves = len(differences) + len(range(0, len(differences), 3))
        per_save = (time.perf_counter() - started) / max(saves, 1)
        print(f"save (re-read, merge, fsync, rename): {per_save * 1000:.2f} ms per change")
        print(f"session file: {path.stat().st_size / 1024:.1f} KiB")
        started = time.perf_counter()
        reopened = ReviewSession.open(comparison, path)
        print(f"open session: {(time.perf_counter() - started) * 1000:.2f} ms")
        for fmt in REPORT_FORMATS:
            started = time.perf_counter()
            text = render_report(comparison, fmt, review=reopened.state, orphaned=reopened.orphaned)
            elapsed = (time.perf_counter() - started) * 1000
            print(f"report {fmt:>4}: {elapsed:.1f} ms, {len(text) / 1024:.1f} KiB")


if __name__ == "__main__":
    main()
