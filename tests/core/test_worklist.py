"""The worklist on real text: story order, nesting, the major scope, stepping, state."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tui.core.compare import compare_sources
from tui.core.models import Comparison
from tui.core.navigation import build_worklist, step_row, worklist_counts
from tui.core.report.model import build_report, reuse_summary
from tui.core.report.passages import clipboard_text
from tui.core.report.write import new_report_path, render_report
from tui.core.review.app_state import AppState, read_state, write_state
from tui.core.review.marks import ReviewState

PAIR03 = (
    "tests/data/pairs/independent/pair03-a.txt",
    "tests/data/pairs/independent/pair03-b.txt",
)


def test_findings_inside_a_passage_are_nested_under_it(sample_comparison: Comparison) -> None:
    differences = sample_comparison.differences
    worklist = build_worklist(sample_comparison)
    nested = [i for i, d in enumerate(differences) if d.within is not None]
    assert nested, "the sample has figures and quotes inside one-source passages"
    for i in nested:
        parent = worklist.parent[i]
        assert parent is not None and differences[parent].id == differences[i].within
        assert worklist.rank[i] > worklist.rank[parent], "the passage row comes first"
        assert i in worklist.children(parent)


def test_b_only_passages_stand_beside_the_text_they_follow(
    sample_comparison: Comparison,
) -> None:
    differences = sample_comparison.differences
    worklist = build_worklist(sample_comparison)
    only_b = [i for i in worklist.order if differences[i].a is None and worklist.parent[i] is None]
    with_a = [i for i in worklist.order if differences[i].a is not None]
    assert only_b and with_a
    assert worklist.rank[only_b[0]] < worklist.rank[with_a[-1]], "not all of B's at the end"
    top = [i for i in worklist.order if worklist.parent[i] is None]
    a_starts = [s.start for i in top if (s := differences[i].a) is not None]
    assert a_starts == sorted(a_starts), "top-level items of A are in A's reading order"


def test_wording_that_restates_a_quote_is_folded_under_it(sample_comparison: Comparison) -> None:
    differences = sample_comparison.differences
    worklist = build_worklist(sample_comparison)
    folded = [
        i
        for i, d in enumerate(differences)
        if d.kind == "wording" and worklist.parent[i] is not None
    ]
    assert folded
    for i in folded:
        parent = differences[worklist.parent[i]]  # type: ignore[index]
        assert parent.kind in ("quote", "number") and parent.a is not None
        assert differences[i].a.start <= parent.a.start < differences[i].a.end  # type: ignore[union-attr]


def test_the_major_scope_and_rows(sample_comparison: Comparison) -> None:
    differences = sample_comparison.differences
    worklist = build_worklist(sample_comparison)
    major = worklist.in_scope(differences, "major")
    assert major == {i for i, d in enumerate(differences) if d.importance == "major"}
    assert worklist_counts(sample_comparison) == (len(major), len(differences))
    rows = worklist.rows(range(len(differences)))
    assert [row.index for row in rows] == list(worklist.order)
    assert {row.index for row in rows if row.depth} == {
        i for i, p in enumerate(worklist.parent) if p is not None
    }
    alone = worklist.rows([i for i in range(len(differences)) if worklist.parent[i] is not None])
    assert all(row.depth == 0 for row in alone), "nested only when the parent is listed too"


def test_nearest_keeps_the_item_or_the_next_in_story_order(sample_comparison: Comparison) -> None:
    worklist = build_worklist(sample_comparison)
    differences = sample_comparison.differences
    rows = worklist.rows(worklist.in_scope(differences, "major"))
    everything = worklist.rows(range(len(differences)))
    for row in everything:
        at = worklist.nearest(rows, row.index)
        later = [r for r in rows if worklist.rank[r.index] >= worklist.rank[row.index]]
        assert rows[at] == (later[0] if later else rows[-1])


def test_step_row_says_when_it_wraps() -> None:
    assert step_row(3, None, 1) == (0, False)
    assert step_row(3, 2, 1) == (0, True)
    assert step_row(3, 0, -1) == (2, True)
    assert step_row(3, 1, 1) == (2, False)
    assert step_row(0, None, 1) == (None, False)


def test_an_independent_pair_opens_on_few_major_items() -> None:
    comparison = compare_sources(*PAIR03)
    major, total = worklist_counts(comparison)
    assert 0 < major <= 25 < total


def test_reuse_summary_and_report_scope(sample_comparison: Comparison) -> None:
    text = reuse_summary(sample_comparison.reuse)
    assert text.startswith("B repeats ") and "verbatim" in text and "A repeats" in text
    report = build_report(sample_comparison, scope="major")
    listed = [item.difference for section in report.sections for item in section.items]
    assert listed and all(d.importance == "major" for d in listed)
    assert report.reuse == text
    assert "Shared text" in render_report(sample_comparison, "md", scope="major")
    full = build_report(sample_comparison)
    for section in full.sections:
        ranks = [item.difference.importance != "major" for item in section.items]
        assert ranks == sorted(ranks), "major first in each section"
    flagged = sample_comparison.differences[3]
    review = ReviewState().toggled_flagged(flagged.id)
    marked = build_report(sample_comparison, review, scope="marked")
    assert [i.difference for s in marked.sections for i in s.items] == [flagged]


def test_new_report_paths_never_overwrite(sample_comparison: Comparison, tmp_path: Path) -> None:
    day = date(2026, 1, 5)
    first = new_report_path(tmp_path, sample_comparison, "html", day=day)
    assert first.name.startswith("crosscheck-china-s-xi-to-host-")
    assert first.name.endswith("-2026-01-05.html")
    first.write_text("x", encoding="utf-8")
    second = new_report_path(tmp_path, sample_comparison, "html", day=day)
    assert second.name == first.name.replace(".html", "-2.html")


def test_clipboard_text_has_both_wordings(sample_comparison: Comparison) -> None:
    quote = next(d for d in sample_comparison.differences if d.kind == "quote" and d.a and d.b)
    text = clipboard_text(sample_comparison, quote)
    lines = text.splitlines()
    assert len(lines) == 3 and lines[1].startswith("A (") and lines[2].startswith("B (")
    assert " ".join(quote.a.text.split()) in lines[1]  # type: ignore[union-attr]
    assert " ".join(quote.b.text.split()) in lines[2]  # type: ignore[union-attr]


def test_app_state_round_trip_and_damage(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    assert read_state(path) == AppState()
    state = AppState().with_theme("nord").with_recent("a.txt", "b.txt").with_recent("c", "d")
    state = state.with_recent("b.txt", "a.txt").with_position("key", "quote-1")
    assert write_state(state, path) is None
    again = read_state(path)
    assert again.theme == "nord" and again.position("key") == "quote-1"
    assert [(p.a, p.b) for p in again.recent] == [("b.txt", "a.txt"), ("c", "d")]
    path.write_text("{not json", encoding="utf-8")
    assert read_state(path) == AppState()
    assert write_state(state, tmp_path / "missing" / "deeper" / "s.json") is None


def test_the_headlines_rewording_is_folded_under_their_framing_item(tmp_path: Path) -> None:
    story = "The storm made landfall overnight near the coast.\n\nPower was cut to homes.\n"
    (tmp_path / "a.txt").write_text(
        "Hurricane Slams Coast, Leaving Millions in the Dark\n\n" + story, encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("Hurricane reaches the coast\n\n" + story, encoding="utf-8")
    comparison = compare_sources(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    worklist = build_worklist(comparison)
    summaries = [d.summary for d in comparison.differences]
    headline = next(i for i, s in enumerate(summaries) if s.startswith("Framing (headline)"))
    rewording = next(i for i, s in enumerate(summaries) if s.startswith("Worded differently"))
    loaded = next(i for i, s in enumerate(summaries) if s.startswith("Framing (loaded)"))
    assert worklist.parent[headline] is None
    assert worklist.parent[rewording] == worklist.parent[loaded] == headline
