"""Start the installed ``crosscheck`` in a real terminal (tmux) and read the screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.tmux

CROSSCHECK = Path(sys.executable).with_name("crosscheck")


def _tmux(*args: str) -> str:
    result = subprocess.run(["tmux", *args], capture_output=True, text=True, check=True)
    return result.stdout


@pytest.fixture
def session(private_data_folder: Path) -> Iterator[str]:
    """A detached 140x45 tmux session running crosscheck on the sample pair; always killed."""
    if shutil.which("tmux") is None:
        pytest.skip("tmux is not installed (CI installs it: apt-get install tmux)")
    assert CROSSCHECK.exists(), f"the crosscheck script is not installed next to {sys.executable}"
    name = f"crosscheck-test-{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "TERM": "xterm-256color"}
    subprocess.run(
        # The data folder is named on the command itself: a tmux server that is already
        # running would start the command with its own environment, not this one.
        [
            "tmux",
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            "140",
            "-y",
            "45",
            "env",
            f"XDG_DATA_HOME={private_data_folder}",
            str(CROSSCHECK),
        ],
        check=True,
        env=env,
    )
    try:
        yield name
    finally:
        subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True)


def _screen(name: str) -> str:
    return _tmux("capture-pane", "-p", "-t", name)


def _wait_for(name: str, ready: Callable[[str], bool], timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _screen(name)
        if ready(screen):
            return screen
        time.sleep(0.2)
    raise AssertionError(f"the screen never got there; last seen:\n{screen}")


def test_crosscheck_in_a_real_terminal(session: str) -> None:
    screen = _wait_for(session, lambda s: "B repeats" in s and "Chinese President Xi" in s)
    assert "China’s Xi to host South Korea’s Lee" in screen
    assert "xi-lee-visit-original-report.txt" in screen
    assert "1 All" in screen and "Quotes" in screen
    _tmux("send-keys", "-t", session, "n")
    screen = _wait_for(session, lambda s: "▶" in s)
    assert "›" in screen
    _tmux("send-keys", "-t", session, "?")
    screen = _wait_for(session, lambda s: "next difference in the list" in s)
    _tmux("send-keys", "-t", session, "Escape")
    _wait_for(session, lambda s: "next difference in the list" not in s)
    _tmux("send-keys", "-t", session, "q")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        alive = subprocess.run(["tmux", "has-session", "-t", session], capture_output=True)
        if alive.returncode != 0:
            return
        time.sleep(0.2)
    raise AssertionError("q did not quit crosscheck")
