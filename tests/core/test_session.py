"""Review sessions on disk: saved at once, restored in either order, merged, never broken."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.review_pair import TEXT_A, TEXT_B, build_comparison, swapped
from tui.core.models import Comparison, Difference
from tui.core.review.marks import ReviewMark
from tui.core.review.session import ReviewSession, default_session_path, session_key

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def _by_kind(comparison: Comparison, kind: str, nth: int = 0) -> Difference:
    return [d for d in comparison.differences if d.kind == kind][nth]


def test_a_mark_is_saved_at_once_and_restored(tmp_path: Path) -> None:
    comparison = build_comparison()
    quote = _by_kind(comparison, "quote")
    session = ReviewSession.open(comparison)
    assert session.path == default_session_path(comparison.a, comparison.b)
    assert session.path.is_relative_to(tmp_path / "data" / "crosscheck" / "sessions")
    assert not session.path.exists()
    assert session.toggle_checked(quote.id) == ReviewMark(checked=True)
    assert session.path.exists()
    session.set_note(quote.id, "Recording says 'every bridge'.")

    reopened = ReviewSession.open(build_comparison())
    assert reopened.warnings == ()
    expected = ReviewMark(checked=True, note="Recording says 'every bridge'.")
    assert reopened.mark(quote.id) == expected
    assert reopened.progress().label == f"1/{len(comparison.differences)} checked, 0 flagged"


def test_swapping_the_sources_opens_the_same_session_with_the_marks(tmp_path: Path) -> None:
    comparison = build_comparison()
    only_b = _by_kind(comparison, "unique", 2)
    number = _by_kind(comparison, "number")
    assert only_b.a is None
    session = ReviewSession.open(comparison)
    session.toggle_flagged(only_b.id)
    session.toggle_checked(number.id)

    turned = swapped(comparison)
    assert session_key(turned.a, turned.b) == session_key(comparison.a, comparison.b)
    reopened = ReviewSession.open(turned)
    flagged = [d for d in turned.differences if reopened.mark(d.id).flagged]
    checked = [d for d in turned.differences if reopened.mark(d.id).checked]
    assert [(d.kind, d.a and d.a.text, d.b) for d in flagged] == [
        ("unique", "Critics suggested the warning came too late.", None)
    ]
    assert [(d.a and d.a.text, d.b and d.b.text) for d in checked] == [("about 2,000", "1,200")]

    # A change made in the swapped order is seen in the original order.
    reopened.set_note(flagged[0].id, "ask the critics who they are")
    again = ReviewSession.open(comparison)
    assert again.mark(only_b.id).note == "ask the critics who they are"
    assert again.mark(only_b.id).flagged


def test_undo_restores_the_previous_mark_and_saves_it() -> None:
    comparison = build_comparison()
    quote, number = _by_kind(comparison, "quote"), _by_kind(comparison, "number")
    session = ReviewSession.open(comparison)
    session.set_note(quote.id, "first")
    session.set_note(quote.id, "second")
    session.toggle_checked(number.id)
    assert session.undo() == number.id
    assert not session.mark(number.id).checked
    assert session.undo() == quote.id
    assert session.mark(quote.id).note == "first"
    assert ReviewSession.open(comparison).mark(quote.id).note == "first"
    assert session.undo() == quote.id
    assert session.undo() is None
    assert ReviewSession.open(comparison).state == {}


def _write_pair(folder: Path, text_a: str, text_b: str) -> tuple[str, str]:
    folder.mkdir(exist_ok=True)
    path_a, path_b = folder / "rewrite.txt", folder / "report.txt"
    path_a.write_text(text_a, encoding="utf-8")
    path_b.write_text(text_b, encoding="utf-8")
    return str(path_a), str(path_b)


def test_marks_follow_their_passages_when_a_source_changes(tmp_path: Path) -> None:
    path_a, path_b = _write_pair(tmp_path / "src", TEXT_A, TEXT_B)
    before = build_comparison(path_a=path_a, path_b=path_b)
    session = ReviewSession.open(before)
    session.toggle_checked(_by_kind(before, "quote").id)
    session.set_note(_by_kind(before, "unique", 1).id, "script tag in the copy?")
    session.toggle_flagged(_by_kind(before, "number").id)

    # The rewrite gains a lead sentence (every offset moves) and loses its last paragraph.
    edited_a = "Rain fell for a third day. " + TEXT_A.split("\n\n")[0] + "\n"
    _write_pair(tmp_path / "src", edited_a, TEXT_B)
    after = build_comparison(edited_a, TEXT_B, path_a=path_a, path_b=path_b)
    assert session_key(after.a, after.b) != session_key(before.a, before.b)

    carried = ReviewSession.open(after)
    quote = _by_kind(after, "quote")
    assert quote.a is not None and quote.a.start != _by_kind(before, "quote").a.start  # type: ignore[union-attr]
    assert carried.mark(quote.id).checked
    assert carried.mark(_by_kind(after, "number").id).flagged
    orphans = carried.orphaned
    assert [(o.kind, o.mark.note) for o in orphans] == [("unique", "script tag in the copy?")]
    assert orphans[0].a_text is not None and "<script>" in orphans[0].a_text
    assert any("orphaned" in warning for warning in carried.warnings)

    # Saving in the new session keeps the orphan in the file; it is never dropped.
    carried.toggle_checked(_by_kind(after, "unique").id)
    saved = json.loads(carried.path.read_text(encoding="utf-8"))
    assert any(m["note"] == "script tag in the copy?" for m in saved["marks"])
    assert [o.mark.note for o in ReviewSession.open(after).orphaned] == ["script tag in the copy?"]


def test_an_explicit_session_path_is_used_and_re_attached(tmp_path: Path) -> None:
    chosen = tmp_path / "desk" / "flood-review.json"
    before = build_comparison()
    ReviewSession.open(before, chosen).toggle_checked(_by_kind(before, "quote").id)
    assert chosen.exists()
    assert not default_session_path(before.a, before.b).exists()
    changed = build_comparison("Update at noon. " + TEXT_A, TEXT_B)
    assert ReviewSession.open(changed, chosen).mark(_by_kind(changed, "quote").id).checked


def test_a_corrupt_session_is_moved_aside_with_a_warning(tmp_path: Path) -> None:
    comparison = build_comparison()
    path = tmp_path / "session.json"
    path.write_text('{"format": "crosscheck-session/1", "marks": [', encoding="utf-8")
    session = ReviewSession.open(comparison, path)
    assert len(session.warnings) == 1
    assert "moved aside" in session.warnings[0] and str(path) in session.warnings[0]
    assert session.state == {}
    assert not path.exists()
    aside = list(tmp_path.glob("session.corrupt-*.json"))
    assert len(aside) == 1
    assert aside[0].read_text(encoding="utf-8") == '{"format": "crosscheck-session/1", "marks": ['
    session.toggle_checked(comparison.differences[0].id)
    assert ReviewSession.open(comparison, path).mark(comparison.differences[0].id).checked


@pytest.mark.parametrize(
    "content",
    [b"\xff\xfe\x00garbage", b"[1, 2, 3]", b'{"format": "crosscheck-session/1", "sources": 3}'],
)
def test_other_broken_files_are_moved_aside_too(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(content)
    session = ReviewSession.open(build_comparison(), path)
    assert "moved aside" in session.warnings[0]
    assert [p.read_bytes() for p in tmp_path.glob("s.corrupt-*.json")] == [content]


def test_a_folder_given_as_the_session_is_never_moved_or_written(tmp_path: Path) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me", encoding="utf-8")
    comparison = build_comparison()
    session = ReviewSession.open(comparison, folder)
    assert session.read_only
    assert "not a regular file" in session.warnings[0]
    session.toggle_checked(comparison.differences[0].id)
    assert folder.is_dir() and (folder / "notes.txt").read_text(encoding="utf-8") == "keep me"
    assert not list(tmp_path.glob("*corrupt*"))


def test_a_session_from_a_newer_version_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text('{"format": "crosscheck-session/9", "marks": {}}', encoding="utf-8")
    comparison = build_comparison()
    session = ReviewSession.open(comparison, path)
    assert session.read_only and "newer crosscheck" in session.warnings[0]
    assert session.toggle_checked(comparison.differences[0].id).checked
    assert path.read_text(encoding="utf-8") == '{"format": "crosscheck-session/9", "marks": {}}'


def test_an_unwritable_folder_keeps_marks_in_memory_with_a_warning(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    comparison = build_comparison()
    session = ReviewSession.open(comparison, blocker / "s.json")
    assert session.toggle_flagged(comparison.differences[1].id).flagged
    assert session.progress().flagged == 1
    assert len(session.warnings) == 1 and "cannot save" in session.warnings[0]


def test_two_instances_on_the_same_pair_keep_each_others_marks() -> None:
    comparison = build_comparison()
    first, second = ReviewSession.open(comparison), ReviewSession.open(comparison)
    quote, number = _by_kind(comparison, "quote"), _by_kind(comparison, "number")
    first.toggle_checked(quote.id)
    second.toggle_flagged(number.id)
    # The second instance had not seen the first's mark on the quote; it flags it too.
    second.toggle_flagged(quote.id)
    first.set_note(number.id, "council figure")
    final = ReviewSession.open(comparison)
    assert final.mark(quote.id) == ReviewMark(checked=True, flagged=True)
    assert final.mark(number.id) == ReviewMark(flagged=True, note="council figure")
    assert first.mark(quote.id) == ReviewMark(checked=True, flagged=True)
    assert second.refresh().mark(number.id).note == "council figure"


_SAVE_LOOP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from tests.review_pair import build_comparison
    from tui.core.review.session import ReviewSession

    comparison = build_comparison()
    session = ReviewSession.open(comparison, Path(sys.argv[1]))
    ids = [d.id for d in comparison.differences]
    print("ready", flush=True)
    for turn in range(100000):
        session.set_note(ids[turn % len(ids)], f"turn {turn} " + "x" * 200000)
    """
)


def test_kill_9_during_saves_leaves_a_whole_session(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    comparison = build_comparison()
    rng = random.Random(6)
    deadline = time.monotonic() + 40
    kills = 0
    while kills < 6 and time.monotonic() < deadline:
        worker = subprocess.Popen(
            [sys.executable, "-c", _SAVE_LOOP, str(path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert worker.stdout is not None
        assert worker.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.4))
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
        kills += 1
        document = json.loads(path.read_text(encoding="utf-8"))
        assert document["format"] == "crosscheck-session/1"
        reopened = ReviewSession.open(comparison, path)
        assert reopened.warnings == ()
        assert any(mark.note.startswith("turn ") for mark in reopened.state.values())
    assert kills >= 3
