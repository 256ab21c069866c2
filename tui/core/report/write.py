"""Reports of a comparison and its review, as Markdown, HTML or JSON.

``render_report(comparison, "html", review=session.state, orphaned=session.orphaned)``
is all a caller needs; the formats live in :mod:`tui.core.report.markdown`,
:mod:`tui.core.report.html` and here (JSON).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, Literal

from tui.core.models import Comparison, Document
from tui.core.report.html import render_html
from tui.core.report.json_output import comparison_to_dict
from tui.core.report.markdown import render_markdown
from tui.core.report.model import ReportScope, build_report
from tui.core.review.atomic import write_text_atomically
from tui.core.review.marks import OrphanedMark, ReviewMark, ReviewState

ReportFormat = Literal["md", "html", "json"]
REPORT_FORMATS: tuple[ReportFormat, ...] = ("md", "html", "json")

#: The usual file name ending of each report format.
REPORT_SUFFIXES: dict[ReportFormat, str] = {"md": ".md", "html": ".html", "json": ".json"}


def _mark_fields(mark: ReviewMark) -> dict[str, Any]:
    return {"checked": mark.checked, "flagged": mark.flagged, "note": mark.note}


def review_to_dict(
    comparison: Comparison, review: ReviewState, orphaned: Sequence[OrphanedMark] = ()
) -> dict[str, Any]:
    """Return the review as the ``review`` field of the JSON report.

    ``marks`` lists the marked differences by id, in the order of ``differences``;
    ``orphaned`` the marks whose difference no longer exists, with the passages
    (``a``/``b`` text or null) they were made on.
    """
    progress = review.progress(comparison.differences)
    return {
        "progress": {
            "checked": progress.checked,
            "flagged": progress.flagged,
            "total": progress.total,
        },
        "marks": [
            {"id": d.id, **_mark_fields(review.mark(d.id))}
            for d in comparison.differences
            if not review.mark(d.id).is_blank
        ],
        "orphaned": [
            {"kind": o.kind, "a": o.a_text, "b": o.b_text, **_mark_fields(o.mark)}
            for o in orphaned
            if not o.mark.is_blank
        ],
    }


def render_report(
    comparison: Comparison,
    fmt: ReportFormat,
    *,
    review: ReviewState | None = None,
    orphaned: Sequence[OrphanedMark] = (),
    scope: ReportScope = "all",
) -> str:
    """Return the report of ``comparison`` in format ``fmt`` (``md``, ``html`` or ``json``).

    ``scope`` chooses the differences a Markdown or HTML report lists (all, major, or the
    flagged and noted ones); the JSON report always holds the whole comparison.

    The report holds both sources, every difference grouped by kind with both passages
    and the changed words marked, the review marks and notes, the orphaned marks, and a
    summary at the top. The JSON report is the ``crosscheck/1`` document plus ``review``.
    """
    state = review if review is not None else ReviewState()
    if fmt == "json":
        document = comparison_to_dict(comparison)
        document["review"] = review_to_dict(comparison, state, orphaned)
        return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    report = build_report(comparison, state, orphaned, scope=scope)
    if fmt == "md":
        return render_markdown(report)
    if fmt == "html":
        return render_html(report)
    raise ValueError(f"unknown report format {fmt!r}; expected one of {REPORT_FORMATS}")


def report_file_name(comparison: Comparison, fmt: ReportFormat) -> str:
    """Return a file name for the report, e.g. ``crosscheck-rewrite-vs-report.html``."""

    def stem(name: str) -> str:
        base = name.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
        return re.sub(r"[^\w-]+", "-", base).strip("-")[:40] or "source"

    return (
        f"crosscheck-{stem(comparison.a.name)}-vs-{stem(comparison.b.name)}{REPORT_SUFFIXES[fmt]}"
    )


def _title_stem(document: Document) -> str:
    name = document.title or document.name.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    words = re.sub(r"[^\w]+", "-", name.casefold()).strip("-").split("-")
    return "-".join(words[:5])[:40].strip("-") or "source"


def new_report_path(
    folder: Path, comparison: Comparison, fmt: ReportFormat, *, day: date | None = None
) -> Path:
    """Return a path in ``folder`` that no file has yet, named after both sources' titles and
    the date, e.g. ``crosscheck-chinas-xi-to-host-vs-xi-lee-visit-2026-01-05.html``; a counter
    (``-2``, ``-3``, …) is added when that name is taken."""
    when = (day or date.today()).isoformat()
    stem = f"crosscheck-{_title_stem(comparison.a)}-vs-{_title_stem(comparison.b)}-{when}"
    suffix = REPORT_SUFFIXES[fmt]
    path = folder / f"{stem}{suffix}"
    counter = 2
    while path.exists():
        path = folder / f"{stem}-{counter}{suffix}"
        counter += 1
    return path


def write_report(
    comparison: Comparison,
    fmt: ReportFormat,
    path: Path,
    *,
    review: ReviewState | None = None,
    orphaned: Sequence[OrphanedMark] = (),
    scope: ReportScope = "all",
) -> Path:
    """Write the report to ``path`` atomically and return the path; raises OSError."""
    text = render_report(comparison, fmt, review=review, orphaned=orphaned, scope=scope)
    write_text_atomically(path, text)
    return path
