"""Snapshots of the reading room on the sample pair at fixed sizes.

The comparison finishes before the picture is taken, and nothing on screen
blinks or reads the clock, so the pictures are the same from run to run. They
change when the core's results change: regenerate with ``pytest --snapshot-update``.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from tui.core.loading.source import load_source
from tui.ui.app import CrosscheckApp

SnapCompare = Callable[..., bool]


def _app(sample_paths: tuple[str, str]) -> CrosscheckApp:
    return CrosscheckApp(load_source(sample_paths[0]), load_source(sample_paths[1]))


async def _compared(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_main_screen_120x40(snap_compare: SnapCompare, sample_paths: tuple[str, str]) -> None:
    assert snap_compare(_app(sample_paths), terminal_size=(120, 40), run_before=_compared)


def test_main_screen_80x24(snap_compare: SnapCompare, sample_paths: tuple[str, str]) -> None:
    assert snap_compare(_app(sample_paths), terminal_size=(80, 24), run_before=_compared)


def test_second_difference_120x40(snap_compare: SnapCompare, sample_paths: tuple[str, str]) -> None:
    assert snap_compare(
        _app(sample_paths), terminal_size=(120, 40), run_before=_compared, press=["n", "n"]
    )


def test_help_screen_80x24(snap_compare: SnapCompare, sample_paths: tuple[str, str]) -> None:
    assert snap_compare(
        _app(sample_paths), terminal_size=(80, 24), run_before=_compared, press=["question_mark"]
    )


def test_all_differences_nested_120x40(
    snap_compare: SnapCompare, sample_paths: tuple[str, str]
) -> None:
    """``m`` shows every difference: findings nested under their passage (``└``)."""
    assert snap_compare(
        _app(sample_paths), terminal_size=(120, 40), run_before=_compared, press=["m", "n", "n"]
    )


def test_detail_in_place_of_the_list_80x24(
    snap_compare: SnapCompare, sample_paths: tuple[str, str]
) -> None:
    """Under 110 columns ``d`` shows the detail where the list was."""
    assert snap_compare(
        _app(sample_paths), terminal_size=(80, 24), run_before=_compared, press=["n", "d"]
    )
