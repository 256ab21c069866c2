"""The crosscheck command: --json, --help, --version, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.contract import validate
from tui import __version__
from tui.cli import main

SEEDS = Path(__file__).resolve().parents[1] / "sample_articles"


def test_json_on_sample_pair_follows_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    validate(doc)
    assert doc["sources"]["a"]["path"].endswith("xi-lee-visit-aggregator-rewrite.txt")
    assert "Xi Jinping" in doc["sources"]["b"]["text"]
    assert len(doc["sources"]["a"]["sentences"]) > 20


def test_json_with_two_paths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("The mayor said taxes will rise. Schools will close.\n", encoding="utf-8")
    b.write_text("Taxes will rise, the mayor said.\n", encoding="utf-8")
    assert main([str(a), str(b), "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    validate(doc)
    assert [s["text"] for s in doc["sources"]["a"]["sentences"]] == [
        "The mayor said taxes will rise.",
        "Schools will close.",
    ]


def test_one_source_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["only-one.txt"])
    assert raised.value.code == 2
    assert "expected two sources" in capsys.readouterr().err


def test_version_and_help_from_python_dash_m() -> None:
    version = subprocess.run(
        [sys.executable, "-m", "tui", "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"crosscheck {__version__}"
    helped = subprocess.run(
        [sys.executable, "-m", "tui", "--help"], capture_output=True, text=True, check=True
    )
    assert "--json" in helped.stdout and "SOURCE" in helped.stdout


def test_internal_error_is_one_line_with_a_log_holding_the_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import tui.core.compare

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("aligner exploded")

    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setattr(tui.core.compare, "compare_sources", broken)
    assert main(["--json"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("crosscheck: internal error: RuntimeError('aligner exploded')")
    log = Path(err.split("(details in ", 1)[1].rstrip(")\n"))
    assert log.is_relative_to(tmp_path)
    assert "Traceback" in log.read_text(encoding="utf-8")
