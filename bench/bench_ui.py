"""How fast the reading room is on book-length sources (5,000 sentences a side).

Builds two sources deterministically from the sample pair's paragraphs (repeated,
shuffled with a fixed seed, numbers varied per copy), opens the app headless
with ``App.run_test()``, and prints:

- time to first paint: from starting the app to the article text on screen
  (the comparison still running in its worker);
- time until the comparison is on screen (informational);
- per key press of ``n``, ``p`` and ``pagedown`` (the focus in pane A, so page-down
  also drives synced scrolling of pane B), median and worst milliseconds, twice:

  * **app**: from handing the key to the app until the screen has composed the
    resulting frame (every changed widget re-rendered), the last frame the press
    caused. This is what the key costs the reader. It includes Textual's frame
    throttle (the screen repaints on a 1/60 s timer), and the *cpu* figure beside it
    is the event loop thread's own work over the same stretch;
  * **harness**: the whole ``await pilot.press(key)``. Pilot waits for the process
    to look idle twice per key (``wait_for_idle`` sleeps in 20 ms steps until a step
    passes with almost no CPU used) and for animations, so it costs at least about
    40 ms even for a key nothing is bound to, and rounds the app's work up to the
    next 20 ms step. The unbound key ``z`` shows that floor.

  Garbage collections during the presses are counted, with the longest pause: a
  full collection walks every object of the comparison and makes the worst press.
  ``--gc-freeze`` shows what ``gc.freeze()`` after the comparison arrives would save.

Targets: first paint under 1.5 s; key presses under 50 ms median (the app figure).

Run: ``.venv/bin/python bench/bench_ui.py`` (``--sentences N`` for another size,
``--presses N`` for more presses per key).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import random
import re
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from textual.pilot import Pilot
from textual.screen import Screen

from tui.core.loading.source import load_source
from tui.core.models import LoadedText
from tui.core.samples import sample_pair
from tui.core.text.document import build_document
from tui.ui.app import CrosscheckApp

PRESSES = 40
_NUMBER = re.compile(r"\d+")


def _paragraphs(path: str) -> list[str]:
    text = Path(path).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if len(p.strip()) > 80]


def _shifted_by(copy: int) -> Callable[[re.Match[str]], str]:
    def shift(match: re.Match[str]) -> str:
        return str(int(match.group()) + copy)

    return shift


def book_length(path: str, sentences: int, seed: int) -> LoadedText:
    """Return a source of about ``sentences`` sentences built from the sample's paragraphs."""
    paragraphs = _paragraphs(path)
    rng = random.Random(seed)
    per_copy = len(build_document(LoadedText(path, None, "\n\n".join(paragraphs))).sentences)
    chunks: list[str] = []
    for copy in range(sentences // per_copy + 1):
        order = paragraphs[:]
        rng.shuffle(order)
        shift = _shifted_by(copy)
        chunks.extend(_NUMBER.sub(shift, paragraph) for paragraph in order)
    return LoadedText(
        f"{Path(path).stem}-book.txt", f"Book-length {Path(path).stem}", "\n\n".join(chunks)
    )


@dataclass
class KeyTimings:
    """Per-press figures of one key, in milliseconds."""

    app: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)
    harness: list[float] = field(default_factory=list)


class FrameClock:
    """Notes when the screen last composed a frame, and the event loop thread's CPU time then.

    Wraps the screen's compositor refresh, which Textual calls once per frame after
    re-rendering the widgets that changed (headless, nothing is written to a terminal).
    """

    def __init__(self, screen: Screen[object]) -> None:
        self.frames = 0
        self.at = 0.0
        self.cpu = 0.0
        compose_frame = screen._compositor_refresh

        def timed() -> None:
            compose_frame()
            self.frames += 1
            self.at = time.perf_counter()
            self.cpu = time.thread_time()

        screen._compositor_refresh = timed  # type: ignore[method-assign]


class GcClock:
    """Counts garbage collections while active, and the longest pause."""

    def __init__(self) -> None:
        self.count = 0
        self.longest = 0.0
        self._started = 0.0
        self.active = False

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if not self.active:
            return
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.count += 1
            self.longest = max(self.longest, time.perf_counter() - self._started)


async def _time_key(pilot: Pilot[None], clock: FrameClock, key: str, presses: int) -> KeyTimings:
    timings = KeyTimings()
    for _ in range(presses):
        frames = clock.frames
        before, cpu_before = time.perf_counter(), time.thread_time()
        await pilot.press(key)
        after = time.perf_counter()
        timings.harness.append((after - before) * 1000)
        if clock.frames > frames:
            timings.app.append((clock.at - before) * 1000)
            timings.cpu.append((clock.cpu - cpu_before) * 1000)
        else:  # nothing to repaint: the key cost what the thread spent on it
            timings.app.append(0.0)
            timings.cpu.append((time.thread_time() - cpu_before) * 1000)
    return timings


async def measure(
    loaded_a: LoadedText, loaded_b: LoadedText, presses: int, *, freeze: bool = False
) -> dict[str, object]:
    """Return the timings of one headless session over the two sources."""
    started = time.perf_counter()
    app = CrosscheckApp(loaded_a, loaded_b)
    async with app.run_test(size=(140, 45)) as pilot:
        while not app.room.view("a").lines or not app.room.view("a").render_line(0).text.strip():
            await asyncio.sleep(0.005)
        first_paint = time.perf_counter() - started
        await app.workers.wait_for_complete()
        await pilot.pause()
        compared = time.perf_counter() - started
        clock = FrameClock(app.screen)
        if freeze:
            gc.freeze()
        collections = GcClock()
        gc.callbacks.append(collections)
        app.room.view("a").focus()
        await pilot.pause()
        timings: dict[str, KeyTimings] = {}
        collections.active = True
        for key in ("z", "n", "p", "pagedown"):
            if key == "pagedown":  # p has wrapped round to the last difference: start at the top
                app.room.view("a").scroll_to(y=0, animate=False)
                await pilot.pause()
            timings[key] = await _time_key(pilot, clock, key, presses)
        collections.active = False
        gc.callbacks.remove(collections)
        differences = len(app.room.differences)
    return {
        "first_paint": first_paint,
        "compared": compared,
        "keys": timings,
        "diffs": differences,
        "gc": collections,
    }


def _figures(samples: list[float]) -> str:
    return f"median {statistics.median(samples):6.1f}, worst {max(samples):6.1f}"


def main() -> None:
    """Build the sources, run the session and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=5000)
    parser.add_argument("--presses", type=int, default=40)
    parser.add_argument(
        "--gc-freeze",
        action="store_true",
        help="call gc.freeze() once the comparison is on screen (what the app could do): "
        "the comparison's objects then stay out of full garbage collections",
    )
    args = parser.parse_args()
    path_a, path_b = sample_pair()
    load_source(path_a)  # warm the loader's imports so they are not counted as painting
    loaded_a = book_length(path_a, args.sentences, seed=1)
    loaded_b = book_length(path_b, args.sentences, seed=2)
    count_a = len(build_document(loaded_a).sentences)
    count_b = len(build_document(loaded_b).sentences)
    result = asyncio.run(measure(loaded_a, loaded_b, args.presses, freeze=args.gc_freeze))
    print(
        f"sources: {count_a} and {count_b} sentences, {len(loaded_a.text):,} and "
        f"{len(loaded_b.text):,} characters; {result['diffs']} differences"
    )
    print(f"first paint: {result['first_paint']:.2f} s (target < 1.5 s)")
    print(f"comparison on screen: {result['compared']:.2f} s")
    keys = result["keys"]
    collections = result["gc"]
    assert isinstance(keys, dict) and isinstance(collections, GcClock)
    print(f"per key press, ms over {args.presses} presses (target: app median < 50 ms):")
    print("  key       app: dispatch to frame     cpu (event loop)           harness (pilot.press)")
    for key, timings in keys.items():
        label = "z (unbound)" if key == "z" else key
        print(
            f"  {label:<11} {_figures(timings.app)}   {_figures(timings.cpu)}   "
            f"{_figures(timings.harness)}"
        )
    print(
        f"garbage collections during the presses: {collections.count}, "
        f"longest {collections.longest * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
