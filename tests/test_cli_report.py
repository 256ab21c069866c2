"""The report options of the command line: --report, -o/--output and --session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.contract import validate
from tests.review_pair import TEXT_A, TEXT_B
from tui.cli import main
from tui.core.compare import compare_sources
from tui.core.review.session import ReviewSession


@pytest.fixture()
def pair(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    a, b = tmp_path / "rewrite.txt", tmp_path / "report.txt"
    a.write_text(TEXT_A, encoding="utf-8")
    b.write_text(TEXT_B, encoding="utf-8")
    return str(a), str(b)


def test_markdown_report_goes_to_stdout(
    pair: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*pair, "--report", "md"]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("# crosscheck report: rewrite.txt and report.txt\n")
    assert "\\<script\\>" in captured.out and captured.err == ""


def test_html_report_is_written_to_the_file_and_nothing_printed(
    pair: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out" / "report.html"
    target.parent.mkdir()
    assert main([*pair, "--report", "html", "-o", str(target)]) == 0
    assert capsys.readouterr() == ("", "")
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "&lt;script&gt;" in page
    assert [p.name for p in target.parent.iterdir()] == ["report.html"]


def test_report_carries_the_marks_of_the_default_session(
    pair: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    comparison = compare_sources(*pair)
    assert comparison.differences, "the sample flood pair should differ"
    first = comparison.differences[0]
    session = ReviewSession.open(comparison)
    session.toggle_flagged(first.id)
    session.set_note(first.id, "ring the council")
    assert main([pair[1], pair[0], "--report", "json"]) == 0  # the other order: same session
    document = json.loads(capsys.readouterr().out)
    validate(document)
    assert document["review"]["progress"]["flagged"] == 1
    assert [m["note"] for m in document["review"]["marks"]] == ["ring the council"]


def test_session_option_picks_the_session_file(
    pair: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chosen = tmp_path / "desk-session.json"
    comparison = compare_sources(*pair)
    ReviewSession.open(comparison, chosen).toggle_checked(comparison.differences[-1].id)
    assert main([*pair, "--report", "md"]) == 0
    assert "**Review**: 0/" in capsys.readouterr().out
    assert main([*pair, "--report", "md", "--session", str(chosen)]) == 0
    out = capsys.readouterr().out
    assert "**Review**: 1/" in out and "- **Review**: checked" in out


def test_a_corrupt_session_warns_on_stderr_and_the_report_is_still_written(
    pair: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    chosen = tmp_path / "broken.json"
    chosen.write_text("{not json", encoding="utf-8")
    assert main([*pair, "--report", "md", "--session", str(chosen)]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("# crosscheck report")
    assert (
        captured.err.startswith("crosscheck: warning: session file")
        and "moved aside" in captured.err
    )


def test_missing_output_folder_is_one_line_and_exit_2(
    pair: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "no-such-folder" / "r.html"
    assert main([*pair, "--report", "html", "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no-such-folder" in err and "does not exist" in err
    assert not target.parent.exists()


def test_output_without_report_and_json_with_report_are_usage_errors(
    pair: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        main([*pair, "-o", "x.md"])
    assert raised.value.code == 2 and "needs --report" in capsys.readouterr().err
    with pytest.raises(SystemExit) as raised:
        main([*pair, "--json", "--report", "md"])
    assert raised.value.code == 2 and "not allowed with" in capsys.readouterr().err


def test_a_folder_as_session_is_refused_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "precious"
    folder.mkdir()
    (folder / "draft.txt").write_text("my draft", encoding="utf-8")
    assert main(["--report", "md", "--session", str(folder)]) == 2
    err = capsys.readouterr().err
    assert err == f"crosscheck: --session {folder}: is a directory, not a session file\n"
    assert (folder / "draft.txt").read_text(encoding="utf-8") == "my draft"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["precious"]
    missing = tmp_path / "no-such-folder" / "s.json"
    assert main(["--json", "--session", str(missing)]) == 2
    assert "folder" in capsys.readouterr().err


def test_a_report_never_overwrites_a_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(TEXT_A, encoding="utf-8")
    b.write_text(TEXT_B, encoding="utf-8")
    assert main([str(a), str(b), "--report", "md", "-o", str(b)]) == 2
    assert capsys.readouterr().err == (
        f"crosscheck: cannot write the report to {b}: it is one of the sources\n"
    )
    assert b.read_text(encoding="utf-8") == TEXT_B
