"""Kill crosscheck with ``kill -9`` in the middle of saving review marks, and check the session.

Each round starts a process that opens a review session and saves marks (with 200 KB notes,
so each save takes a while) as fast as it can, kills it with SIGKILL at a random moment, and
checks that the session file is whole: valid JSON of the session format, which opens with no
warning and holds the marks of a completed save. Half the rounds go through a symlinked
session file. Prints one line per ten rounds and a verdict; exits 1 if any session broke.

Run: ``.venv/bin/python bench/check_session_kills.py`` (60 rounds, about a minute);
``--rounds N`` for more or fewer.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.review_pair import build_comparison  # noqa: E402
from tui.core.review.session import ReviewSession  # noqa: E402

_SAVE_LOOP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from tests.review_pair import build_comparison
    from tui.core.review.session import ReviewSession

    comparison = build_comparison()
    session = ReviewSession.open(comparison, Path(sys.argv[1]))
    ids = [d.id for d in comparison.differences]
    print("ready", flush=True)
    for turn in range(10**6):
        session.set_note(ids[turn % len(ids)], f"turn {{turn}} " + "x" * 200_000)
        session.toggle_flagged(ids[(turn + 1) % len(ids)])
    """
).format(root=str(ROOT))


def _round(path: Path, rng: random.Random) -> str | None:
    """Run one kill; return what is wrong with the session afterwards, or None."""
    worker = subprocess.Popen(
        [sys.executable, "-c", _SAVE_LOOP, str(path)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert worker.stdout is not None
    if worker.stdout.readline().strip() != "ready":
        worker.kill()
        return "the worker did not start"
    time.sleep(rng.uniform(0.05, 0.5))
    os.kill(worker.pid, signal.SIGKILL)
    worker.wait()
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return f"not whole JSON: {error}"
    if document.get("format") != "crosscheck-session/1":
        return f"format {document.get('format')!r}"
    reopened = ReviewSession.open(build_comparison(), path)
    if reopened.warnings:
        return f"warnings on opening: {reopened.warnings}"
    if not any(mark.note.startswith("turn ") for mark in reopened.state.values()):
        return "no saved note"
    return None


def main() -> int:
    """Run the rounds and print the verdict; return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=60)
    args = parser.parse_args()
    rng = random.Random(15)
    broken: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        real = Path(folder) / "real" / "session.json"
        real.parent.mkdir()
        link = Path(folder) / "linked-session.json"
        link.symlink_to(real)
        plain = Path(folder) / "session.json"
        for round_number in range(1, args.rounds + 1):
            path = link if round_number % 2 else plain
            problem = _round(path, rng)
            if problem is not None:
                broken.append(f"round {round_number} ({path.name}): {problem}")
            if path == link and not link.is_symlink():
                broken.append(f"round {round_number}: the symlink was replaced")
            if round_number % 10 == 0:
                print(f"{round_number} kills, {len(broken)} broken sessions", flush=True)
    whole = args.rounds - len(broken)
    print(
        f"{args.rounds} kill -9 mid-write: {whole} intact sessions "
        f"({time.perf_counter() - started:.0f} s)"
    )
    for line in broken:
        print(f"  {line}")
    return 0 if not broken else 1


if __name__ == "__main__":
    sys.exit(main())
