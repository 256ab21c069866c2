"""The detail view and the report build a difference's passages the same way."""

from __future__ import annotations

from tui.core.models import Comparison
from tui.core.report.model import build_report
from tui.core.report.passages import difference_passages
from tui.ui.detail_view import describe
from tui.ui.rendering import DETAIL_STYLES


def _changed_in(text_spans: list[tuple[int, int, object]], plain: str) -> list[str]:
    changed = DETAIL_STYLES["changed"]
    return [plain[start:end] for start, end, style in text_spans if style == changed]


def test_detail_marks_the_words_the_report_marks(sample_comparison: Comparison) -> None:
    wording = next(d for d in sample_comparison.differences if d.kind == "wording")
    a, b = difference_passages(sample_comparison, wording)
    assert a is not None and b is not None
    shown = describe(sample_comparison, wording)
    marked = _changed_in([(s.start, s.end, s.style) for s in shown.spans], shown.plain)
    expected = [p.text[s:e] for p in (a, b) for s, e in p.changes]
    assert marked == expected and expected
    report = build_report(sample_comparison)
    item = next(i for s in report.sections for i in s.items if i.difference is wording)
    assert (item.a, item.b) == (a, b)
    assert a.text in shown.plain and b.text in shown.plain
