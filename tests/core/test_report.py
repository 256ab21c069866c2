"""Reports: Markdown, HTML and JSON, with review marks, escaping of hostile article text."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.contract import validate
from tests.review_pair import build_comparison
from tui.core.models import Comparison
from tui.core.report.markdown import escape_markdown
from tui.core.report.model import build_report, cut_by_ranges
from tui.core.report.passages import difference_passages
from tui.core.report.write import render_report, report_file_name, write_report
from tui.core.review.marks import OrphanedMark, ReviewMark, ReviewState


def _reviewed() -> tuple[Comparison, ReviewState, tuple[OrphanedMark, ...]]:
    comparison = build_comparison()
    by_kind = {d.kind: d for d in comparison.differences}
    state = (
        ReviewState()
        .toggled_checked(by_kind["number"].id)
        .toggled_flagged(by_kind["quote"].id)
        .with_note(by_kind["quote"].id, "Tape says <b>every</b> bridge | ask *desk*")
    )
    orphaned = (
        OrphanedMark("quote", '"We will [not] wait,"', None, ReviewMark(checked=True, note="gone")),
    )
    return comparison, state, orphaned


def test_changed_words_are_found_inside_their_sentences() -> None:
    comparison = build_comparison()
    quote = next(d for d in comparison.differences if d.kind == "quote")
    a, b = difference_passages(comparison, quote)
    assert a is not None and b is not None
    assert a.text == '"We will rebuild every bridge," the governor said.'
    assert a.text[a.focus[0] : a.focus[1]] == '"We will rebuild every bridge,"'
    assert [a.text[s:e] for s, e in a.changes] == ["every bridge"]
    assert [b.text[s:e] for s, e in b.changes] == ["the] bridges"]
    number = next(d for d in comparison.differences if d.kind == "number")
    a, b = difference_passages(comparison, number)
    assert a is not None and b is not None
    assert [b.text[s:e] for s, e in b.changes] == ["about 2,000"]
    assert b.text.startswith("Officials said about 2,000 people")


def test_a_passage_from_one_source_has_no_other_side() -> None:
    comparison = build_comparison()
    only_b = comparison.differences[-1]
    a, b = difference_passages(comparison, only_b)
    assert a is None and b is not None
    assert b.text == "Critics suggested the warning came too late." and b.changes == ()


def test_cut_by_ranges_merges_and_clips() -> None:
    assert cut_by_ranges("abcdefgh", [(5, 9), (1, 3), (2, 4)]) == [
        ("a", False),
        ("bcd", True),
        ("e", False),
        ("fgh", True),
    ]
    assert cut_by_ranges("abc", []) == [("abc", False)]


def test_report_model_counts_sources_and_review() -> None:
    comparison, state, orphaned = _reviewed()
    report = build_report(comparison, state, orphaned)
    assert [s.kind for s in report.sections] == ["quote", "number", "unique"]
    assert report.counts == {"quote": 1, "number": 1, "framing": 0, "unique": 3, "wording": 0}
    assert report.progress.label == "1/5 checked, 1 flagged" and report.noted == 1
    assert (report.a.sentences, report.b.sentences) == (4, 3)
    assert (report.a.paragraphs, report.a.only_here) == (2, 2)
    assert report.a.words == 46
    numbers = [item.number for section in report.sections for item in section.items]
    assert sorted(numbers) == [1, 2, 3, 4, 5]


def test_markdown_escaping_keeps_article_syntax_inert() -> None:
    assert escape_markdown("**a total failure**") == r"\*\*a total failure\*\*"
    assert escape_markdown("[photos](http://x.test)") == r"\[photos\](http\://x.test)"
    assert escape_markdown("# Readers\nstay | here <script>") == (
        r"\# Readers stay \| here \<script\>"
    )
    assert escape_markdown("$5 & $6 _now_ ~~x~~ `c`") == r"\$5 \& \$6 \_now\_ \~\~x\~\~ \`c\`"


def test_markdown_report_structure_is_not_changed_by_article_text() -> None:
    comparison, state, orphaned = _reviewed()
    text = render_report(comparison, "md", review=state, orphaned=orphaned)
    headings = [line for line in text.splitlines() if line.startswith("#")]
    assert headings == [
        "# crosscheck report: valley-rewrite.txt and valley-report.txt",
        "## Summary",
        "## Sources",
        "## Quotations (1)",
        "### 3. Quote altered: governor ⚑✎",
        "## Numbers and dates (1)",
        "### 1. Evacuated: 1,200 in A, about 2,000 in B ✓",
        "## Found in one source only (3)",
        "### 2. Only A: the mayor's criticism",
        "### 4. Only A: stay indoors",
        "### 5. Only B: warning came late",
        "## Orphaned marks",
    ]
    table_rows = [line for line in text.splitlines() if line.startswith("|")]
    assert all(len(re.findall(r"(?<!\\)\|", row)) == 4 for row in table_rows)
    assert "\\<script\\>alert(1)\\</script\\>" in text
    assert "<script>" not in text
    assert '"We will rebuild **every bridge**," the governor said.' in text
    assert "Officials said **about 2,000** people" in text
    assert "- **Note**: Tape says \\<b\\>every\\</b\\> bridge \\| ask \\*desk\\*" in text
    assert "- **Review**: checked" in text and "- **Review**: flagged" in text
    assert "**Review**: 1/5 checked, 1 flagged, 1 with a note." in text
    assert '  - **A** was: "We will \\[not\\] wait,"' in text


class _Structure(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.marks: list[str] = []
        self.addresses: list[str] = []
        self._in_mark = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.addresses += [value or "" for name, value in attrs if name in ("href", "src")]
        if tag == "mark":
            self._in_mark += 1
            self.marks.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            self._in_mark -= 1

    def handle_data(self, data: str) -> None:
        if self._in_mark:
            self.marks[-1] += data


def test_html_report_escapes_text_and_marks_changed_words() -> None:
    comparison, state, orphaned = _reviewed()
    page = render_report(comparison, "html", review=state, orphaned=orphaned)
    structure = _Structure()
    structure.feed(page)
    assert "script" not in structure.tags and "b" not in structure.tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert structure.marks == ["every bridge", "the] bridges", "1,200", "about 2,000"]
    assert structure.tags.count("article") == 6  # five differences and one orphan
    assert structure.addresses == ["#orphaned"]  # nothing to fetch, nowhere to go
    assert "@media print" in page and "<style>" in page
    assert "Tape says &lt;b&gt;every&lt;/b&gt; bridge | ask *desk*" in page
    assert 'class="difference flagged"' in page and 'class="difference checked"' in page


def test_json_report_is_the_contract_plus_review() -> None:
    comparison, state, orphaned = _reviewed()
    document = json.loads(render_report(comparison, "json", review=state, orphaned=orphaned))
    validate(document)
    review = document["review"]
    assert review["progress"] == {"checked": 1, "flagged": 1, "total": 5}
    ids = [d["id"] for d in document["differences"]]
    assert [m["id"] for m in review["marks"]] == [ids[0], ids[2]]
    assert review["marks"][1]["note"].startswith("Tape says <b>every</b>")
    assert review["orphaned"] == [
        {
            "kind": "quote",
            "a": '"We will [not] wait,"',
            "b": None,
            "checked": True,
            "flagged": False,
            "note": "gone",
        }
    ]


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown report format"):
        render_report(build_comparison(), "pdf")  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_reports_on_the_live_sample_pair(sample_comparison: Comparison, fmt: str) -> None:
    text = render_report(sample_comparison, fmt)  # type: ignore[arg-type]
    assert "xi-lee-visit-aggregator-rewrite.txt" in text
    assert "xi-lee-visit-original-report.txt" in text
    count = len(sample_comparison.differences)
    if fmt == "md":
        assert f"**{count} differences**" in text
        assert "[Lee]" not in text  # the bracket inside B's quotation is escaped wherever shown
    elif fmt == "html":
        structure = _Structure()
        structure.feed(text)
        assert structure.tags.count("article") == count
        assert "script" not in structure.tags
    else:
        validate(json.loads(text))


def test_write_report_uses_a_name_made_of_both_sources(tmp_path: Path) -> None:
    comparison, state, orphaned = _reviewed()
    name = report_file_name(comparison, "html")
    assert name == "crosscheck-valley-rewrite-vs-valley-report.html"
    written = write_report(comparison, "md", tmp_path / "r.md", review=state, orphaned=orphaned)
    assert written.read_text(encoding="utf-8").startswith("# crosscheck report")
    assert [p.name for p in tmp_path.iterdir()] == ["r.md"]
