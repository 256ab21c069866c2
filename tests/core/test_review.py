"""Review marks as pure values: toggles, notes, progress and the review filters."""

from __future__ import annotations

from tests.review_pair import build_comparison
from tui.core.review.marks import (
    BLANK,
    ReviewMark,
    ReviewProgress,
    ReviewState,
    review_filter_indices,
)


def test_toggles_return_new_states_and_leave_the_old_one_alone() -> None:
    differences = build_comparison().differences
    first = differences[0].id
    empty = ReviewState()
    checked = empty.toggled_checked(first, stamp=5)
    assert empty.mark(first) == BLANK and len(empty) == 0
    assert checked.mark(first) == ReviewMark(checked=True)
    assert checked.mark(first).stamp == 5
    both = checked.toggled_flagged(first)
    assert both.mark(first) == ReviewMark(checked=True, flagged=True)
    assert checked.mark(first) == ReviewMark(checked=True)


def test_unchecking_everything_removes_the_mark() -> None:
    first = build_comparison().differences[0].id
    state = ReviewState().toggled_checked(first).toggled_checked(first)
    assert first not in state
    assert state.mark(first).is_blank


def test_note_is_trimmed_and_a_blank_note_clears_it() -> None:
    quote = next(d for d in build_comparison().differences if d.kind == "quote")
    state = ReviewState().with_note(quote.id, "  Governor's office: check the recording. \n")
    assert state[quote.id].note == "Governor's office: check the recording."
    assert state[quote.id].symbols == "✎"
    assert quote.id not in state.with_note(quote.id, "   ")


def test_stamp_takes_no_part_in_equality() -> None:
    assert ReviewMark(checked=True, stamp=1) == ReviewMark(checked=True, stamp=99)
    assert ReviewMark(checked=True) != ReviewMark(flagged=True)


def test_progress_counts_only_the_differences_given() -> None:
    differences = build_comparison().differences
    state = (
        ReviewState()
        .toggled_checked(differences[0].id)
        .toggled_checked(differences[1].id)
        .toggled_flagged(differences[1].id)
        .toggled_checked("wording-0000000000")
    )
    progress = state.progress(differences)
    assert progress == ReviewProgress(checked=2, flagged=1, total=len(differences))
    assert progress.label == f"2/{len(differences)} checked, 1 flagged"


def test_review_filters_show_unchecked_and_flagged() -> None:
    differences = build_comparison().differences
    state = ReviewState().toggled_checked(differences[0].id).toggled_flagged(differences[2].id)
    unchecked = review_filter_indices(differences, state, "unchecked")
    assert unchecked == tuple(range(1, len(differences)))
    assert review_filter_indices(differences, state, "flagged") == (2,)


def test_symbols_show_every_mark() -> None:
    assert ReviewMark(checked=True, flagged=True, note="x").symbols == "✓⚑✎"
    assert BLANK.symbols == ""
