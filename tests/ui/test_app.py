"""Pilot tests: a journalist's walk through the sample pair with the keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ui.helpers import loaded_from, sentence_of, span_of
from tui.core.compare import compare_loaded
from tui.core.loading.source import load_source
from tui.core.models import (
    AlignedGroup,
    Alignment,
    Comparison,
    Difference,
    Document,
    LoadedText,
    Span,
    difference_id,
)
from tui.core.navigation import counterparts, sentence_at
from tui.ui.app import CrosscheckApp
from tui.ui.article_pane import ArticleView
from tui.ui.help_screen import HelpScreen

SIZE = (120, 40)


@pytest.fixture
def walk(sample_a: Document, sample_b: Document) -> Comparison:
    """The sample pair with four hand-made differences, so navigation does not hang on
    how the analyses rate them: a passage only A has, a quote, a wording change, and
    a passage only B has (the one with ``[Lee]`` in a quotation)."""
    a, b = sample_a, sample_b
    quote_a = span_of(a, "“China wants to underscore South Korea’s importance more than before,”")
    quote_b = span_of(b, "“China wants to emphasise South Korea’s importance slightly more")
    troops_a = a.sentences[sentence_of(a, "Around 28,500 US troops")]
    troops_b = b.sentences[sentence_of(b, "Currently, roughly 28,500")]
    only_a = a.sentences[sentence_of(a, "Against this backdrop")]
    only_b = b.sentences[sentence_of(b, "have [Lee] visit China")]

    def difference(kind: str, x: Span | None, y: Span | None, summary: str) -> Difference:
        return Difference(difference_id(kind, x, y), kind, x, y, summary)  # type: ignore[arg-type]

    differences = (
        difference("unique", a.span(only_a.start, only_a.end), None, "Only in A: backdrop"),
        difference("quote", quote_a, quote_b, "Kang's quote: “underscore” → “emphasise”"),
        difference(
            "wording",
            a.span(troops_a.start, troops_a.end),
            b.span(troops_b.start, troops_b.end),
            "“Around” → “Currently, roughly”",
        ),
        difference("unique", None, b.span(only_b.start, only_b.end), "Only in B: [Lee] visit"),
    )
    alignment = Alignment(
        groups=(
            AlignedGroup(
                (sentence_of(a, "“China wants"),),
                (sentence_of(b, "“China wants to emphasise"),),
                0.8,
            ),
            AlignedGroup((troops_a.id,), (troops_b.id,), 0.9),
        ),
        only_a=(only_a.id,),
        only_b=(only_b.id,),
    )
    return Comparison(a, b, alignment, differences=differences)


def _visible(view: ArticleView, offset: int) -> bool:
    line = view.lines.line_of(offset)
    top = int(view.scroll_y)
    return top <= line < top + view.scrollable_content_region.height


async def test_n_and_p_walk_the_differences_and_bring_them_into_view(walk: Comparison) -> None:
    app = CrosscheckApp(loaded_from(walk.a), loaded_from(walk.b), comparison=walk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        assert app.room.current == 0 and app.room.difference_list.selected == 0
        first = walk.differences[0]
        assert first.a is not None and _visible(app.room.view("a"), first.a.start)
        await pilot.press("n", "n")
        assert app.room.current == 3, "B's passage stands after the quote it follows in B"
        only_b = walk.differences[3].b
        assert only_b is not None and _visible(app.room.view("b"), only_b.start)
        await pilot.press("n")
        assert app.room.current == 2
        troops = walk.differences[2]
        assert troops.a is not None and troops.b is not None
        assert _visible(app.room.view("a"), troops.a.start)
        assert _visible(app.room.view("b"), troops.b.start)
        await pilot.press("n")
        assert app.room.current == 0, "n wraps to the first difference"
        assert any("Wrapped around to the first" in n.message for n in app._notifications)
        await pilot.press("p")
        assert app.room.current == 2, "p wraps back to the last"


async def test_filters_narrow_the_list_and_n_stays_within_them(walk: Comparison) -> None:
    app = CrosscheckApp(loaded_from(walk.a), loaded_from(walk.b), comparison=walk)
    async with app.run_test(size=SIZE) as pilot:
        assert "All 4" in str(app.room.filter_bar.render())
        await pilot.press("2")
        assert app.room.filter_name == "unique"
        assert app.room.difference_list.shown == (0, 3)
        assert "[2 One source only 2]" in str(app.room.filter_bar.render())
        await pilot.press("n", "n")
        assert app.room.current == 3
        await pilot.press("n")
        assert app.room.current == 0
        await pilot.press("3")
        assert app.room.difference_list.shown == (1,)
        await pilot.press("n")
        assert app.room.current == 1
        await pilot.press("5")
        assert app.room.difference_list.shown == ()
        await pilot.press("n")
        assert app.room.current == 1, "an empty filter leaves the reader where they are"


async def test_enter_in_the_list_brings_the_selected_difference_into_view(
    walk: Comparison,
) -> None:
    app = CrosscheckApp(loaded_from(walk.a), loaded_from(walk.b), comparison=walk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab", "tab")
        assert app.focused is app.room.difference_list
        await pilot.press("down", "down")
        assert app.room.difference_list.selected == 3
        assert "[Lee]" in app.room.detail.content.plain
        await pilot.press("enter")
        only_b = walk.differences[3].b
        assert only_b is not None and _visible(app.room.view("b"), only_b.start)


async def test_synced_scrolling_keeps_the_counterpart_in_view(
    sample_paths: tuple[str, str],
) -> None:
    loaded_a, loaded_b = load_source(sample_paths[0]), load_source(sample_paths[1])
    comparison = compare_loaded(loaded_a, loaded_b)
    pairs = counterparts(comparison)
    app = CrosscheckApp(loaded_a, loaded_b, comparison=comparison)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("pagedown")
        await pilot.pause()
        top_a = sentence_at(comparison.a, app.room.view("a").top_offset)
        assert top_a is not None and app.room.view("a").scroll_y > 0
        partner = pairs.of("a", top_a)
        if partner is not None:
            start = comparison.b.sentences[partner].start
            assert _visible(app.room.view("b"), start)
        await pilot.press("s")
        assert not app.room.synced
        b_before = app.room.view("b").scroll_y
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        assert app.room.view("b").scroll_y == b_before, "with sync off the other pane holds still"


async def test_sync_follows_a_hand_made_alignment(walk: Comparison) -> None:
    app = CrosscheckApp(loaded_from(walk.a), loaded_from(walk.b), comparison=walk)
    async with app.run_test(size=SIZE) as pilot:
        troops_a = walk.a.text.index("Around 28,500 US troops")
        app.room.view("a").scroll_to(y=app.room.view("a").lines.line_of(troops_a), animate=False)
        await pilot.pause()
        troops_b = walk.b.text.index("Currently, roughly 28,500")
        assert app.room.view("b").scroll_y > 0
        assert _visible(app.room.view("b"), troops_b)
        assert not _visible(app.room.view("b"), 0)


async def test_search_steps_through_hits_in_both_panes(walk: Comparison) -> None:
    app = CrosscheckApp(loaded_from(walk.a), loaded_from(walk.b), comparison=walk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        assert app.focused is app.room.search_bar.input
        await pilot.press(*"28,500", "enter")
        assert [hit.side for hit in app.room.hits] == ["a", "b"]
        assert app.room.hit_index == 0
        assert str(app.room.search_bar.status.render()) == "1/2"
        assert _visible(app.room.view("a"), app.room.hits[0].start)
        await pilot.press("enter")
        assert app.room.hit_index == 1 and _visible(app.room.view("b"), app.room.hits[1].start)
        await pilot.press("escape")
        assert app.focused in (app.room.view("a"), app.room.view("b"))
        await pilot.press("right_square_bracket")
        assert app.room.hit_index == 0
        await pilot.press("n")
        assert app.room.current == 0, "n still steps differences after a search"


async def test_help_lists_every_key_and_closes(walk: Comparison) -> None:
    app = CrosscheckApp(loaded_from(walk.a), loaded_from(walk.b), comparison=walk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        shown = str(app.screen.query_one("Static").render())
        for key in ("n / p", "1 … 6", "enter", "tab", "j / k", "s", "/", "] / [", "?", "q"):
            assert key in shown
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_article_text_is_never_read_as_markup() -> None:
    text = (
        "Officials wanted to have [Lee] visit first. A [bold]draft[/bold] said [/] nothing.\n\n"
        "See [link=https://example.org]the note[/link] and [red]this[/] \x1b[31mred\x1b[0m."
    )
    loaded_a = LoadedText("a.txt", "[b]Title[/b]", text)
    loaded_b = LoadedText("b.txt", None, "Officials wanted to have Lee visit first.")
    app = CrosscheckApp(loaded_a, loaded_b)
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        view = app.room.view("a")
        shown = "".join(view.render_line(y).text for y in range(len(view.lines)))
        for literal in ("[Lee]", "[bold]draft[/bold]", "[/]", "[link=https://example.org]"):
            assert literal in shown
        assert "\x1b" not in shown and "␛[31mred" in shown
        assert "[b]Title[/b]" in str(app.room.panes["a"].query_one(".pane-title").render())


async def test_the_real_pipeline_runs_in_a_worker_and_fills_the_screen(
    sample_paths: tuple[str, str],
) -> None:
    app = CrosscheckApp(load_source(sample_paths[0]), load_source(sample_paths[1]))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.comparison is not None
        summary = str(app.room.header.summary.render())
        assert "B repeats" in summary and "of A:" in summary and "sync on" in summary
        differences = app.comparison.differences
        major = [
            i for i, d in enumerate(differences) if d.importance == "major" and d.within is None
        ]
        # The header counts the major items as the list shows them (a finding inside a
        # one-source passage is its passage's row).
        assert f"{len(major)} major of {len(differences)} · sync on" in summary
        assert sorted(app.room.difference_list.shown) == major, "the list opens on major items"
        title = str(app.room.query_one("#review-area").border_title)
        assert title.startswith(f"1 / {len(major)} major")
        first_line = app.room.view("a").render_line(0).text
        assert "China’s Xi to host South Korea’s Lee" in first_line


async def test_the_header_counts_the_major_items_the_list_opens_on() -> None:
    # Two independent reports: several quotations and figures sit inside one-source
    # passages, where the passage's row tells them; the header must give the same count as
    # the list, not count them twice.
    root = Path(__file__).resolve().parents[1] / "data" / "pairs" / "unseen2"
    app = CrosscheckApp(
        load_source(str(root / "pair61-a.txt")), load_source(str(root / "pair61-b.txt"))
    )
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.comparison is not None
        nested = [d for d in app.comparison.differences if d.importance == "major" and d.within]
        assert nested, "the pair must have a major finding inside a passage"
        shown = len(app.room.difference_list.shown)
        summary = str(app.room.header.summary.render())
        assert f"{shown} major of {len(app.comparison.differences)}" in summary
