"""Pilot tests of the worklist keys on the real sample comparison: scope, filters that keep
the place, edges, half pages, the detail, undo/redo of notes, copy, swap, open, resume."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList

from tests.ui.helpers import loaded_from
from tui.core.models import Comparison, Side
from tui.core.review.app_state import AppState, read_state, write_state
from tui.core.samples import sample_pair
from tui.ui.app import CrosscheckApp
from tui.ui.open_pair import OpenPairDialog, complete_path

SIZE = (120, 40)
PAIR03 = (
    "tests/data/pairs/independent/pair03-a.txt",
    "tests/data/pairs/independent/pair03-b.txt",
)


def _app(comparison: Comparison, tmp_path: Path) -> CrosscheckApp:
    return CrosscheckApp(
        loaded_from(comparison.a),
        loaded_from(comparison.b),
        comparison=comparison,
        session_path=tmp_path / "session.json",
    )


def _major(comparison: Comparison) -> list[int]:
    return [i for i, d in enumerate(comparison.differences) if d.importance == "major"]


async def test_m_shows_all_and_back_with_counts_in_the_same_units(
    sample_comparison: Comparison, tmp_path: Path
) -> None:
    app = _app(sample_comparison, tmp_path)
    total = len(sample_comparison.differences)
    major = _major(sample_comparison)
    async with app.run_test(size=SIZE) as pilot:
        room = app.room
        assert sorted(room.difference_list.shown) == major
        assert f"1 All {len(major)}" in str(room.filter_bar.render())
        await pilot.press("m")
        assert room.scope == "all" and len(room.difference_list.shown) == total
        assert f"1 All {total}" in str(room.filter_bar.render())
        assert str(room.review_area.border_title).startswith(f"1 / {total} all")
        nested = [row for row in room.difference_list.rows if row.depth]
        assert nested and "└ " in room.difference_list.row_text(
            room.difference_list.rows.index(nested[0])
        )
        await pilot.press("m")
        assert sorted(room.difference_list.shown) == major


async def test_a_filter_keeps_the_current_item_or_the_nearest_after(
    sample_comparison: Comparison, tmp_path: Path
) -> None:
    app = _app(sample_comparison, tmp_path)
    differences = sample_comparison.differences
    async with app.run_test(size=SIZE) as pilot:
        room = app.room
        quotes = [
            r.index for r in room.difference_list.rows if differences[r.index].kind == "quote"
        ]
        target = quotes[1]
        while room.current != target:
            await pilot.press("n")
        await pilot.press("3")
        assert room.current == target and room.difference_list.selected == target
        await pilot.press("2")
        after = room.worklist.rank[target]
        chosen = room.current
        assert chosen is not None and differences[chosen].kind == "unique"
        earlier = [
            r.index for r in room.difference_list.rows if room.worklist.rank[r.index] >= after
        ]
        assert chosen == (earlier[0] if earlier else room.difference_list.rows[-1].index)
        span = differences[chosen].a or differences[chosen].b
        assert span is not None
        side: Side = "a" if differences[chosen].a is not None else "b"
        view = room.view(side)
        line = view.lines.line_of(span.start)
        assert view.scroll_y <= line < view.scroll_y + view.size.height, "brought into view"


async def test_edges_and_half_pages(sample_comparison: Comparison, tmp_path: Path) -> None:
    app = _app(sample_comparison, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        room = app.room
        a, b = room.view("a"), room.view("b")
        await pilot.press("G")
        assert a.scroll_y == a.max_scroll_y > 0 and b.scroll_y == b.max_scroll_y > 0
        await pilot.press("home")
        assert a.scroll_y == 0 and b.scroll_y == 0
        await pilot.press("end")
        assert a.scroll_y == a.max_scroll_y and b.scroll_y == b.max_scroll_y
        await pilot.press("g", "ctrl+d")
        assert a.scroll_y == a.size.height // 2
        await pilot.press("ctrl+u")
        assert a.scroll_y == 0
        room.difference_list.focus()
        await pilot.press("G")
        assert room.current == room.difference_list.rows[-1].index
        await pilot.press("g")
        assert room.current == room.difference_list.rows[0].index
        await pilot.press("ctrl+d")
        assert room.difference_list.cursor == max(room.difference_list.size.height // 2, 1)


async def test_d_reaches_the_detail_at_any_width(
    sample_comparison: Comparison, tmp_path: Path
) -> None:
    app = _app(sample_comparison, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        room = app.room
        await pilot.press("n")
        assert not room.detail.display or room.detail.size.width == 0
        await pilot.press("d")
        assert app.focused is room.detail and room.detail.size.width > 0
        assert room.difference_list.size.width == 0, "the detail takes the list's place"
        await pilot.press("j")
        await pilot.press("d")
        assert app.focused is room.difference_list and room.difference_list.size.width > 0
    wide = _app(sample_comparison, tmp_path)
    async with wide.run_test(size=SIZE) as pilot:
        await pilot.press("d")
        assert wide.focused is wide.room.detail and wide.room.difference_list.size.width > 0


async def test_u_brings_the_previous_note_back_and_shift_u_redoes(
    sample_comparison: Comparison, tmp_path: Path
) -> None:
    app = _app(sample_comparison, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "a", *"first", "ctrl+s")
        await pilot.press("a", *" and second", "ctrl+s")
        assert app.session is not None
        selected = app.room.difference_list.selected
        assert selected is not None
        difference_id = sample_comparison.differences[selected].id
        assert app.session.mark(difference_id).note == "first and second"
        await pilot.press("u")
        assert app.session.mark(difference_id).note == "first"
        assert "Your note: first" in app.room.detail.content.plain
        await pilot.press("U")
        assert app.session.mark(difference_id).note == "first and second"
        await pilot.press("u", "u", "U")
        assert app.session.mark(difference_id).note == "first"
        await pilot.press("ctrl+shift+z")
        assert app.session.mark(difference_id).note == "first and second", "ctrl+shift+z redoes"
        await pilot.press("u")
        await pilot.press("f")
        await pilot.press("U")
        assert app.session.mark(difference_id).note == "first", "a new mark clears the redo"


async def test_space_acts_on_the_row_the_reader_sees_selected(
    sample_comparison: Comparison, tmp_path: Path
) -> None:
    app = _app(sample_comparison, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n")
        app.room.difference_list.focus()
        await pilot.press("down", "down", "space")
        selected = app.room.difference_list.selected
        assert app.session is not None and selected is not None
        assert app.session.mark(sample_comparison.differences[selected].id).checked
        assert app.room.difference_list.cursor == 2


async def test_y_copies_both_wordings(sample_comparison: Comparison, tmp_path: Path) -> None:
    app = _app(sample_comparison, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "y")
        selected = app.room.difference_list.selected
        assert selected is not None
        copied = app.clipboard.splitlines()
        assert copied[0] == " ".join(sample_comparison.differences[selected].summary.split())
        assert copied[1].startswith("A (") and copied[2].startswith("B (")


async def test_clicking_a_row_brings_both_panes_to_it(
    sample_comparison: Comparison, tmp_path: Path
) -> None:
    app = _app(sample_comparison, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        room = app.room
        await pilot.click("#differences", offset=(10, 3))
        index = room.difference_list.rows[3].index
        assert room.current == index
        difference = sample_comparison.differences[index]
        span = difference.a or difference.b
        side: Side = "a" if difference.a is not None else "b"
        assert span is not None
        line = room.view(side).lines.line_of(span.start)
        assert room.view(side).scroll_y <= line < room.view(side).scroll_y + 20


async def test_search_opens_empty_and_counts_hits(
    sample_comparison: Comparison, tmp_path: Path
) -> None:
    app = _app(sample_comparison, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        bar = app.room.search_bar
        await pilot.press("slash", *"Lee", "escape")
        await pilot.press("slash")
        assert bar.input.value == "", "the box starts empty"
        assert bar.region.y < app.screen.size.height - 1, "above the footer, on screen"
        await pilot.press(*"Takaichi")
        expected = sum(
            t.count("Takaichi") for t in (sample_comparison.a.text, sample_comparison.b.text)
        )
        assert str(bar.status.render()) == f"{expected} hits"


async def test_pane_focus_shows_in_the_title(sample_comparison: Comparison, tmp_path: Path) -> None:
    app = _app(sample_comparison, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        title_a = app.room.panes["a"].query_one(".pane-title")
        title_b = app.room.panes["b"].query_one(".pane-title")
        assert title_a.styles.background != title_b.styles.background
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is app.room.view("b")
        assert title_b.styles.background != title_a.styles.background
        assert title_b.styles.text_style.bold and not title_a.styles.text_style.bold


async def test_x_swaps_the_sides_and_keeps_the_marks(
    sample_comparison: Comparison, tmp_path: Path
) -> None:
    app = _app(sample_comparison, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("n", "f", "x")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.comparison is not None and app.comparison.a.text == sample_comparison.b.text
        assert app.room.panes["a"].loaded.text == sample_comparison.b.text
        assert app.session is not None and app.session.progress().flagged == 1


async def test_o_opens_another_pair_and_resume_and_recent(tmp_path: Path) -> None:
    a, b = sample_pair()
    app = CrosscheckApp(*(loaded_from_path(p) for p in (a, b)))
    async with app.run_test(size=SIZE) as pilot:
        await app.workers.wait_for_complete()
        await pilot.press("o")
        assert isinstance(app.screen, OpenPairDialog)
        app.screen.query_one("#open-a", Input).value = PAIR03[0]
        app.screen.query_one("#open-b", Input).value = PAIR03[1]
        app.screen.query_one("#open-b", Input).focus()
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.comparison is not None and app.comparison.a.path.endswith("pair03-a.txt")
        await pilot.press("n", "n")
        viewed = app.room.current
        assert viewed is not None
        viewed_id = app.comparison.differences[viewed].id
        await pilot.press("q")
    state = read_state()
    assert [Path(p.a).name for p in state.recent] == ["pair03-a.txt"]
    # crosscheck with no arguments offers the recent pairs; picking one resumes where we were
    again = CrosscheckApp(*(loaded_from_path(p) for p in (a, b)))
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, OpenPairDialog)
        assert again.screen.query_one(OptionList).option_count == 1
        await pilot.press("enter")
        for _ in range(3):
            await again.workers.wait_for_complete()
            await pilot.pause()
        assert again.comparison is not None and again.comparison.a.path.endswith("pair03-a.txt")
        assert again.room.current is not None
        assert again.comparison.differences[again.room.current].id == viewed_id


async def test_the_theme_is_remembered(sample_comparison: Comparison, tmp_path: Path) -> None:
    app = _app(sample_comparison, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        app.theme = "nord"
        await pilot.pause()
    assert read_state().theme == "nord"
    again = _app(sample_comparison, tmp_path)
    async with again.run_test(size=SIZE):
        assert again.theme == "nord"
    write_state(AppState())


def test_paths_complete_to_files_and_folders(tmp_path: Path, monkeypatch: object) -> None:
    (tmp_path / "report-a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "reports").mkdir()
    assert complete_path(str(tmp_path / "report-")) == str(tmp_path / "report-a.txt")
    assert complete_path(str(tmp_path / "reports")) == str(tmp_path / "reports") + "/"
    assert complete_path(str(tmp_path / "nothing")) is None
    assert complete_path("https://example.org/a") is None


def loaded_from_path(path: str):  # type: ignore[no-untyped-def]
    from tui.core.loading.source import load_source

    return load_source(path)
