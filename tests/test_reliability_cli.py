"""The command line as a careless or hostile user drives it (issue 15, points 1, 2, 4, 6, 7, 9).

Nothing is lost (``-o`` onto a device, a pipe, a symlink, a read-only file or a session file),
nothing is hijacked (escape sequences in names and notes never reach the terminal raw), and
nothing hangs (no terminal: one line and exit 2).
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.review_pair import TEXT_A, TEXT_B
from tui.cli import main
from tui.core.compare import compare_sources
from tui.core.review.session import ReviewSession, default_session_path

ROOT = Path(__file__).resolve().parents[1]
ESC = "\x1b"


def _has_controls(text: str) -> bool:
    return any(
        (ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F or c == "\u202e" for c in text
    )


@pytest.fixture()
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    a, b = tmp_path / "rewrite.txt", tmp_path / "report.txt"
    a.write_text(TEXT_A, encoding="utf-8")
    b.write_text(TEXT_B, encoding="utf-8")
    return str(a), str(b)


def _one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("crosscheck: "), err
    assert ESC not in err
    return err


# -- 1. -o never replaces what is not a regular file ------------------------------------------


def test_o_into_dev_null_writes_through_and_leaves_the_device(
    pair: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*pair, "--report", "md", "-o", os.devnull]) == 0
    assert capsys.readouterr().err == ""
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_o_into_a_named_pipe_writes_through_it(pair: tuple[str, str], tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    try:
        assert main([*pair, "--report", "md", "-o", str(fifo)]) == 0
    finally:
        reader.join(timeout=10)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert received and received[0].startswith(b"# crosscheck report")


def test_o_into_a_pipe_nobody_reads_is_refused_at_once(
    pair: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert main([*pair, "--report", "md", "-o", str(fifo)]) == 2
    assert "no reader" in _one_line(capsys.readouterr().err)
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_o_through_a_symlink_keeps_the_symlink(pair: tuple[str, str], tmp_path: Path) -> None:
    real = tmp_path / "reports" / "today.md"
    real.parent.mkdir()
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "latest.md"
    link.symlink_to(real)
    assert main([*pair, "--report", "md", "-o", str(link)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").startswith("# crosscheck report")


# -- 2. -o onto the session file --------------------------------------------------------------


def test_o_onto_the_explicit_session_file_is_refused(
    pair: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chosen = tmp_path / "review.json"
    comparison = compare_sources(*pair)
    ReviewSession.open(comparison, chosen).set_note(comparison.differences[0].id, "keep me")
    before = chosen.read_bytes()
    assert main([*pair, "--session", str(chosen), "--report", "json", "-o", str(chosen)]) == 2
    assert "session" in _one_line(capsys.readouterr().err)
    assert chosen.read_bytes() == before


def test_o_onto_the_default_session_file_is_refused(
    pair: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    comparison = compare_sources(*pair)
    session = ReviewSession.open(comparison)
    session.toggle_flagged(comparison.differences[0].id)
    path = default_session_path(comparison.a, comparison.b)
    before = path.read_bytes()
    assert main([*pair, "--report", "md", "-o", str(path)]) == 2
    assert "session" in _one_line(capsys.readouterr().err)
    assert path.read_bytes() == before


# -- 4. --session pointing at another pair's file ---------------------------------------------


def test_another_pairs_session_is_refused_naming_both_pairs(
    pair: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chosen = tmp_path / "review.json"
    comparison = compare_sources(*pair)
    ReviewSession.open(comparison, chosen).set_note(comparison.differences[0].id, "flood note")
    before = chosen.read_bytes()
    other_a, other_b = tmp_path / "fire-a.txt", tmp_path / "fire-b.txt"
    other_a.write_text("A fire broke out in the mill. Two people died.\n", encoding="utf-8")
    other_b.write_text("Two people died when the mill burned down.\n", encoding="utf-8")
    for mode in (["--report", "md"], []):  # printing a report, or opening the reading room
        assert main([str(other_a), str(other_b), "--session", str(chosen), *mode]) == 2
        err = _one_line(capsys.readouterr().err)
        assert "rewrite.txt" in err and "report.txt" in err and "fire-a.txt and fire-b.txt" in err
        assert chosen.read_bytes() == before


# -- 6. read-only files -----------------------------------------------------------------------


def test_a_read_only_report_file_is_refused(
    pair: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "report.md"
    target.write_text("the editor's copy", encoding="utf-8")
    target.chmod(0o444)
    assert main([*pair, "--report", "md", "-o", str(target)]) == 2
    assert "read-only" in _one_line(capsys.readouterr().err)
    assert target.read_text(encoding="utf-8") == "the editor's copy"


def test_a_read_only_session_file_is_refused_before_the_app_starts(
    pair: tuple[str, str], tmp_path: Path
) -> None:
    chosen = tmp_path / "review.json"
    comparison = compare_sources(*pair)
    ReviewSession.open(comparison, chosen).toggle_checked(comparison.differences[0].id)
    chosen.chmod(0o444)
    before = chosen.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "tui", *pair, "--session", str(chosen)],
        cwd=ROOT,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert "read-only" in _one_line(result.stderr)
    assert chosen.read_bytes() == before


# -- 7. escape sequences in names, URLs and notes ---------------------------------------------


def test_an_escape_sequence_in_a_file_name_is_shown_escaped_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = tmp_path / f"x{ESC}]0;pwned{ESC}\\\n{ESC}[2Jy.txt"
    other = tmp_path / "b.txt"
    other.write_text("Some text.\n", encoding="utf-8")
    assert main([str(hostile), str(other), "--json"]) == 2
    err = _one_line(capsys.readouterr().err)
    assert "\\x1b]0;pwned" in err and "\\n" in err and "no such file" in err


def test_a_hostile_url_is_shown_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    # --json: the reading room would fetch it on its loading screen (tests/ui/test_loading.py)
    url = f"http://127.0.0.1:9/{ESC}]52;c;aGk={ESC}\\"
    assert main([url, "http://127.0.0.1:9/b", "--json"]) == 2
    err = _one_line(capsys.readouterr().err)
    assert "\\x1b]52" in err


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_reports_on_stdout_carry_no_raw_control_characters(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    a = tmp_path / f"evil{ESC}]0;title{ESC}\\\u009b2J.txt"
    b = tmp_path / "b.txt"
    a.write_text(TEXT_A, encoding="utf-8")
    b.write_text(TEXT_B, encoding="utf-8")
    comparison = compare_sources(str(a), str(b))
    note = f"see {ESC}]52;c;aGk={ESC}\\ and \u009b31m red \u202eevil"
    ReviewSession.open(comparison).set_note(comparison.differences[0].id, note)
    assert main([str(a), str(b), "--report", fmt]) == 0
    out = capsys.readouterr().out
    assert not _has_controls(out)
    if fmt == "json":
        document = json.loads(out)
        assert document["review"]["marks"][0]["note"] == note.strip()
    else:
        assert "\\x1b" in out and "52;c;aGk=" in out  # the note, shown with its escapes visible


def test_json_on_stdout_carries_no_raw_c1_controls(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = tmp_path / "a\u009b2J\u202e.txt"
    b = tmp_path / "b.txt"
    a.write_text("The mayor said taxes will rise.\n", encoding="utf-8")
    b.write_text("Taxes will rise, the mayor said.\n", encoding="utf-8")
    assert main([str(a), str(b), "--json"]) == 0
    out = capsys.readouterr().out
    assert not _has_controls(out)
    assert json.loads(out)["sources"]["a"]["path"] == str(a)


# -- 9. no terminal ---------------------------------------------------------------------------


def test_without_a_terminal_the_app_says_so_and_exits_2(pair: tuple[str, str]) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tui", *pair],
        cwd=ROOT,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    err = _one_line(result.stderr)
    assert "needs a terminal" in err and "--json" in err and "--report" in err


def test_json_is_streamed_with_the_same_bytes(capsys: pytest.CaptureFixture[str]) -> None:
    from tui.core.compare import compare_sources as compare
    from tui.core.report.json_output import comparison_to_json
    from tui.core.samples import sample_pair

    assert main(["--json"]) == 0
    assert capsys.readouterr().out == comparison_to_json(compare(*sample_pair())) + "\n"
