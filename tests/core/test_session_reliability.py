"""Review sessions under stress: two instances, failed saves, other pairs' files, symlinks, size.

Issue 15, points 3, 4, 5, 6 and 15: nothing a journalist marked is lost or silently undone,
a session file is never rewritten for another pair, and a mark costs milliseconds on a book.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.factories import difference
from tests.review_pair import build_comparison, document
from tui.core.models import Alignment, Comparison
from tui.core.review import session as session_module
from tui.core.review.marks import ReviewMark
from tui.core.review.session import ReviewSession
from tui.core.review.session_file import SessionPairError, check_session_pair


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def _first(comparison: Comparison, kind: str) -> str:
    return next(d.id for d in comparison.differences if d.kind == kind)


# -- 3. two instances on one pair -------------------------------------------------------------


def test_space_on_what_the_screen_shows_unchecked_checks_it_even_if_another_instance_did() -> None:
    comparison = build_comparison()
    quote = _first(comparison, "quote")
    first, second = ReviewSession.open(comparison), ReviewSession.open(comparison)
    first.toggle_checked(quote)
    assert not second.mark(quote).checked  # the second screen has not refreshed yet
    # Its reader presses space on an item shown unchecked: it means "check it".
    assert second.toggle_checked(quote).checked
    assert ReviewSession.open(comparison).mark(quote).checked
    assert first.refresh().mark(quote).checked


def test_a_session_notices_when_its_file_changed_under_it() -> None:
    comparison = build_comparison()
    number = _first(comparison, "number")
    first, second = ReviewSession.open(comparison), ReviewSession.open(comparison)
    assert not second.changed_on_disk() and not second.refresh_if_changed()
    first.toggle_flagged(number)
    assert second.changed_on_disk()
    assert second.refresh_if_changed()
    assert second.mark(number).flagged
    assert not second.changed_on_disk() and not second.refresh_if_changed()
    # Its own saves are not "changes under it".
    second.set_note(number, "council figure")
    assert not second.changed_on_disk()


def test_undo_restores_what_the_screen_showed_before_the_key() -> None:
    comparison = build_comparison()
    quote = _first(comparison, "quote")
    first, second = ReviewSession.open(comparison), ReviewSession.open(comparison)
    first.set_note(quote, "from the first")
    second.toggle_flagged(quote)  # merges the note in, then flags
    assert second.mark(quote) == ReviewMark(flagged=True, note="from the first")
    assert second.undo() == quote
    assert ReviewSession.open(comparison).mark(quote) == ReviewMark(note="from the first")


# -- 4. a session file for another pair -------------------------------------------------------


def test_another_pairs_session_file_is_never_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "desk.json"
    theirs = build_comparison(path_a="/news/budget-a.txt", path_b="/news/budget-b.txt")
    ReviewSession.open(theirs, path).set_note(theirs.differences[0].id, "their note")
    before = path.read_bytes()

    other_a = document("/news/fire-a.txt", "A fire broke out in the mill. Two people died.")
    other_b = document("/news/fire-b.txt", "Two people died when the mill burned down.")
    ours = Comparison(
        a=other_a,
        b=other_b,
        alignment=Alignment((), (0, 1), (0,)),
        differences=(difference("unique", other_a.span(0, 28), None, "Only A: the fire"),),
    )
    with pytest.raises(SessionPairError) as refused:
        check_session_pair(path, ours.a, ours.b)
    message = str(refused.value)
    assert "budget-a.txt" in message and "budget-b.txt" in message
    assert "fire-a.txt and fire-b.txt" in message
    assert "\n" not in message

    session = ReviewSession.open(ours, path)
    assert session.read_only and "another pair" in session.warnings[0]
    assert session.toggle_checked(ours.differences[0].id).checked
    assert session.unsaved
    assert path.read_bytes() == before
    assert session.orphaned == ()


def test_the_same_pair_with_an_edited_source_is_not_another_pair(tmp_path: Path) -> None:
    path = tmp_path / "desk.json"
    before = build_comparison()
    ReviewSession.open(before, path).toggle_checked(_first(before, "quote"))
    edited = build_comparison("Update at noon. " + before.a.text)
    check_session_pair(path, edited.a, edited.b)  # no error: same paths, one text changed
    assert ReviewSession.open(edited, path).mark(_first(edited, "quote")).checked


# -- 5. failed saves --------------------------------------------------------------------------


def test_a_failed_save_leaves_the_session_unsaved_until_a_save_succeeds(tmp_path: Path) -> None:
    blocker = tmp_path / "desk"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    comparison = build_comparison()
    quote, number = _first(comparison, "quote"), _first(comparison, "number")
    session = ReviewSession.open(comparison, blocker / "s.json")
    session.toggle_checked(quote)
    assert session.unsaved and session.save_error
    assert session.progress().unsaved and session.progress().label.endswith("· unsaved")
    session.toggle_flagged(number)  # fails again: still unsaved, still one warning
    assert session.unsaved and len(session.warnings) == 1
    assert not session.save()

    blocker.unlink()
    assert session.save()
    assert not session.unsaved and session.save_error is None
    assert not session.progress().unsaved
    reopened = ReviewSession.open(comparison, blocker / "s.json")
    assert reopened.mark(quote).checked and reopened.mark(number).flagged


def test_a_session_that_cannot_be_written_at_all_is_unsaved_once_marked(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text('{"format": "crosscheck-session/9"}', encoding="utf-8")
    comparison = build_comparison()
    session = ReviewSession.open(comparison, path)
    assert not session.unsaved
    session.toggle_checked(comparison.differences[0].id)
    assert session.unsaved and not session.save()


# -- 6. permission bits and symlinks ----------------------------------------------------------


def test_a_read_only_session_file_is_not_replaced(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    comparison = build_comparison()
    ReviewSession.open(comparison, path).toggle_checked(comparison.differences[0].id)
    path.chmod(0o444)
    before = path.read_bytes()
    session = ReviewSession.open(comparison, path)
    session.toggle_flagged(comparison.differences[1].id)
    assert session.unsaved and "read-only" in (session.save_error or "")
    assert path.read_bytes() == before and path.stat().st_mode & 0o777 == 0o444


def test_a_symlinked_session_file_stays_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real" / "s.json"
    real.parent.mkdir()
    link = tmp_path / "s.json"
    link.symlink_to(real)
    comparison = build_comparison()
    session = ReviewSession.open(comparison, link)
    session.toggle_checked(comparison.differences[0].id)
    session.set_note(comparison.differences[0].id, "through the link")
    assert link.is_symlink() and real.is_file()
    assert json.loads(real.read_text(encoding="utf-8"))["marks"][0]["note"] == "through the link"
    assert not list(tmp_path.glob(".s.json.*.tmp")) and not list(real.parent.glob(".*.tmp"))


# -- 15. a mark costs milliseconds whatever the size ------------------------------------------


def _book(sentences: int) -> Comparison:
    text_a = " ".join(
        f"Witness {i} said the “river” rose {i} metres overnight." for i in range(sentences)
    )
    text_b = "The river rose."
    a, b = document("book-a.txt", text_a), document("book-b.txt", text_b)
    differences = tuple(
        difference("unique", a.span(s.start, s.end), None, f"Only A: {s.id}") for s in a.sentences
    )
    return Comparison(
        a=a,
        b=b,
        alignment=Alignment((), tuple(range(len(a.sentences))), (0,)),
        differences=differences,
    )


def test_a_mark_on_a_book_costs_work_for_that_mark_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The work is counted, not timed (bench/check_session_kills.py and the app show time):
    # a mark re-reads the record of its own difference, never every difference's text.
    comparison = _book(40_000)
    assert len(comparison.differences) == 40_000
    path = tmp_path / "s.json"
    # A mark saved on a passage that has since moved: re-attached by its text.
    ReviewSession.open(comparison, path).set_note(comparison.differences[7].id, "moved")
    saved = json.loads(path.read_text(encoding="utf-8"))
    saved["marks"][0]["spans"][0] = [1, 2]
    path.write_text(json.dumps(saved), encoding="utf-8")

    session = ReviewSession.open(comparison, path)
    assert session.mark(comparison.differences[7].id).note == "moved"
    calls = 0
    original = session_module.record_for  # type: ignore[attr-defined]

    def counted(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        return original(*args, **kwargs)

    monkeypatch.setattr(session_module, "record_for", counted)
    ids = [d.id for d in comparison.differences[::997]]
    for difference_id in ids:
        session.toggle_checked(difference_id)
    assert session.progress().checked == len(ids)
    assert calls <= 2 * len(ids), f"{calls} records built for {len(ids)} marks"
