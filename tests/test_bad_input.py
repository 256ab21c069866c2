"""Every kind of bad input gives one line on stderr naming the source, and exit status 2."""

from __future__ import annotations

import io
import os
import random
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tui.cli import main
from tui.core.loading import source as loading
from tui.core.samples import sample_pair

ROOT = Path(__file__).resolve().parents[1]
GOOD = sample_pair()[1]


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def _not_text_bytes() -> bytes:
    noise = random.Random(20260102).randbytes(20_000)
    return bytes(byte for byte in noise if byte >= 0x20)[:4000]


def _binary_bytes() -> bytes:
    return random.Random(7).randbytes(4000)


def _sparse(path: Path) -> None:
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)


FILES: dict[str, tuple[str, Callable[[Path], object], str]] = {
    "missing": ("gone.txt", lambda path: None, "no such file"),
    "directory": ("folder", lambda path: path.mkdir(), "is a directory, not a file"),
    "empty": ("empty.txt", lambda path: path.write_bytes(b""), "is empty"),
    "white space": (
        "blank.txt",
        lambda path: path.write_bytes(b"  \r\n\t\n \n"),
        "holds no text (only white space)",
    ),
    "only escapes": (
        "escapes.txt",
        lambda path: path.write_bytes(b"\x1b[2J\x1b[H\x1b]0;x\x07\n"),
        "holds no text (only white space)",
    ),
    "pdf": (
        "story.pdf",
        lambda path: path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
        "looks like a PDF, not text; save the article as text or HTML",
    ),
    "png": (
        "photo.txt",
        lambda path: path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        "looks like an image (PNG), not text",
    ),
    "jpeg": (
        "photo.jpg",
        lambda path: path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"),
        "looks like an image (JPEG), not text",
    ),
    "zip": (
        "bundle.zip",
        lambda path: path.write_bytes(_zip_bytes()),
        "looks like a ZIP archive, not text",
    ),
    "docx": (
        "story.docx",
        lambda path: path.write_bytes(_zip_bytes()),
        "looks like a Word document, not text; save the article as text or HTML",
    ),
    "binary": (
        "data.bin",
        lambda path: path.write_bytes(_binary_bytes()),
        "looks like a binary file, not text",
    ),
    "not text": (
        "garbled.txt",
        lambda path: path.write_bytes(_not_text_bytes()),
        "is not text in any encoding crosscheck knows",
    ),
    "too large": (
        "huge.txt",
        _sparse,
        "too large (52.4 MB); crosscheck opens sources up to 16 MB",
    ),
}


def _make(tmp_path: Path, case: str) -> tuple[str, str]:
    name, create, problem = FILES[case]
    path = tmp_path / name
    create(path)
    return str(path), problem


def _one_error_line(err: str, source: str, problem: str) -> None:
    assert err == f"crosscheck: {source}: {problem}\n"
    assert "Traceback" not in err


@pytest.mark.parametrize("case", sorted(FILES))
def test_bad_file_gives_one_line_and_status_2(
    tmp_path: Path, case: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source, problem = _make(tmp_path, case)
    assert main([source, GOOD, "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    _one_error_line(captured.err, source, problem)


def test_bad_second_source_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, problem = _make(tmp_path, "pdf")
    assert main([GOOD, source, "--json"]) == 2
    _one_error_line(capsys.readouterr().err, source, problem)


def test_unreadable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("The council met on Tuesday.\n", encoding="utf-8")
    path.chmod(0)
    if os.geteuid() == 0:  # root reads anything: make the open fail as it would for a user

        def refuse(file: object, *args: object, **kwargs: object) -> object:
            raise PermissionError(13, "Permission denied", str(file))

        monkeypatch.setattr(loading, "open", refuse, raising=False)
    assert main([str(path), GOOD, "--json"]) == 2
    _one_error_line(capsys.readouterr().err, str(path), "cannot be read (permission denied)")


def test_the_same_file_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "story.txt"
    path.write_text("The council met on Tuesday.\n", encoding="utf-8")
    other_spelling = str(tmp_path / "." / "story.txt")
    assert main([str(path), other_spelling, "--json"]) == 2
    _one_error_line(
        capsys.readouterr().err,
        other_spelling,
        f"is the same file as {path}; give two different sources",
    )


@pytest.mark.parametrize("case", ["missing", "binary", "not text", "too large"])
def test_python_dash_m_prints_no_traceback(tmp_path: Path, case: str) -> None:
    source, problem = _make(tmp_path, case)
    result = subprocess.run(
        [sys.executable, "-m", "tui", source, GOOD, "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    _one_error_line(result.stderr, source, problem)


def test_python_dash_m_same_file_twice(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tui", GOOD, GOOD],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 2
    _one_error_line(result.stderr, GOOD, f"is the same file as {GOOD}; give two different sources")
