"""Pilot tests: a journalist's walk through the sample pair with the keyboard."""

from __future__ import annotations

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
        assert app.current == 0 and app.difference_list.selected == 0
        first = walk.differences[0]
        assert first.a is not None and _visible(app.view("a"), first.a.start)
        await pilot.press("n", "n")
        assert app.current == 2
        third = walk.differences[2]
        assert third.a is not None and third.b is not None
        assert _visible(app.view("a"), third.a.start)
        assert _visible(app.view("b"), third.b.start)
        await pilot.press("n")
        only_b = walk.differences[3].b
        assert only_b is not None and _visible(app.view("b"), only_b.start)
        await pilot.press("n")
        assert app.current == 0, "n wraps to the first difference"
        await pilot.press("p")
        assert app.current == 3, "p wraps back to the last"


async def test_filters_narrow_the_list_and_n_stays_within_them(walk: Comparison) -> None:
    app = CrosscheckApp(loaded_from(walk.a), loaded_from(walk.b), comparison=walk)
    async with app.run_test(size=SIZE) as pilot:
        assert "All 4" in str(app.filter_bar.render())
        await pilot.press("2")
        assert app.filter_name == "unique"
        assert app.difference_list.shown == (0, 3)
        assert "[2 One source only 2]" in str(app.filter_bar.render())
        await pilot.press("n", "n")
        assert app.current == 3
        await pilot.press("n")
        assert app.current == 0
        await pilot.press("3")
        assert app.difference_list.shown == (1,)
        await pilot.press("n")
        assert app.current == 1
        await pilot.press("5")
        assert app.difference_list.shown == ()
        await pilot.press("n")
        assert app.current == 1, "an empty filter leaves the reader where they are"


async def test_enter_in_the_list_brings_the_selected_difference_into_view(
    walk: Comparison,
) -> None:
    app = CrosscheckApp(loaded_from(walk.a), loaded_from(walk.b), comparison=walk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab", "tab")
        assert app.focused is app.difference_list
        await pilot.press("down", "down", "down")
        assert app.difference_list.selected == 3
        assert "[Lee]" in app.detail.content.plain
        await pilot.press("enter")
        only_b = walk.differences[3].b
        assert only_b is not None and _visible(app.view("b"), only_b.start)


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
        top_a = sentence_at(comparison.a, app.view("a").top_offset)
        assert top_a is not None and app.view("a").scroll_y > 0
        partner = pairs.of("a", top_a)
        if partner is not None:
            start = comparison.b.sentences[partner].start
            assert _visible(app.view("b"), start)
        await pilot.press("s")
        assert not app.synced
        b_before = app.view("b").scroll_y
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        assert app.view("b").scroll_y == b_before, "with sync off the other pane holds still"


async def test_sync_follows_a_hand_made_alignment(walk: Comparison) -> None:
    app = CrosscheckApp(loaded_from(walk.a), loaded_from(walk.b), comparison=walk)
    async with app.run_test(size=SIZE) as pilot:
        troops_a = walk.a.text.index("Around 28,500 US troops")
        app.view("a").scroll_to(y=app.view("a").lines.line_of(troops_a), animate=False)
        await pilot.pause()
        troops_b = walk.b.text.index("Currently, roughly 28,500")
        assert app.view("b").scroll_y > 0
        assert _visible(app.view("b"), troops_b)
        assert not _visible(app.view("b"), 0)


async def test_search_steps_through_hits_in_both_panes(walk: Comparison) -> None:
    app = CrosscheckApp(loaded_from(walk.a), loaded_from(walk.b), comparison=walk)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        assert app.focused is app.search_bar.input
        await pilot.press(*"28,500", "enter")
        assert [hit.side for hit in app.hits] == ["a", "b"]
        assert app.hit_index == 0
        assert str(app.search_bar.status.render()) == "1/2"
        assert _visible(app.view("a"), app.hits[0].start)
        await pilot.press("enter")
        assert app.hit_index == 1 and _visible(app.view("b"), app.hits[1].start)
        await pilot.press("escape")
        assert app.focused in (app.view("a"), app.view("b"))
        await pilot.press("right_square_bracket")
        assert app.hit_index == 0
        await pilot.press("n")
        assert app.current == 0, "n still steps differences after a search"


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
        view = app.view("a")
        shown = "".join(view.render_line(y).text for y in range(len(view.lines)))
        for literal in ("[Lee]", "[bold]draft[/bold]", "[/]", "[link=https://example.org]"):
            assert literal in shown
        assert "\x1b" not in shown and "␛[31mred" in shown
        assert "[b]Title[/b]" in str(app.panes["a"].query_one(".pane-title").render())


async def test_the_real_pipeline_runs_in_a_worker_and_fills_the_screen(
    sample_paths: tuple[str, str],
) -> None:
    app = CrosscheckApp(load_source(sample_paths[0]), load_source(sample_paths[1]))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.comparison is not None
        summary = str(app.header.summary.render())
        assert "matched" in summary and "only in A" in summary and "sync on" in summary
        assert app.difference_list.shown == tuple(range(len(app.comparison.differences)))
        first_line = app.view("a").render_line(0).text
        assert "China’s Xi to host South Korea’s Lee" in first_line
