"""How fast the reading room is on book-length sources (5,000 sentences a side).

Builds two sources deterministically from the sample pair's paragraphs (repeated,
shuffled with a fixed seed, numbers varied per copy), opens the app headless
with ``App.run_test()``, and prints:

- time to first paint: from starting the app to the article text on screen
  (the comparison still running in its worker);
- time until the comparison is on screen (informational);
- median and worst milliseconds per key press for ``n``, ``p`` and ``pagedown``
  (a press counts until the screen has been updated).

Targets: first paint under 1.5 s; key presses under 50 ms median.

Run: ``.venv/bin/python bench/bench_ui.py`` (``--sentences N`` for another size).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import re
import statistics
import time
from pathlib import Path

from tui.core.document import build_document
from tui.core.loading import load_source
from tui.core.models import LoadedText
from tui.core.samples import sample_pair
from tui.ui.app import CrosscheckApp

PRESSES = 40
_NUMBER = re.compile(r"\d+")


def _paragraphs(path: str) -> list[str]:
    text = Path(path).read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if len(p.strip()) > 80]


def book_length(path: str, sentences: int, seed: int) -> LoadedText:
    """Return a source of about ``sentences`` sentences built from the sample's paragraphs."""
    paragraphs = _paragraphs(path)
    rng = random.Random(seed)
    per_copy = len(build_document(LoadedText(path, None, "\n\n".join(paragraphs))).sentences)
    chunks: list[str] = []
    for copy in range(sentences // per_copy + 1):
        order = paragraphs[:]
        rng.shuffle(order)
        for paragraph in order:
            chunks.append(_NUMBER.sub(lambda m, c=copy: str(int(m.group()) + c), paragraph))
    return LoadedText(
        f"{Path(path).stem}-book.txt", f"Book-length {Path(path).stem}", "\n\n".join(chunks)
    )


async def measure(loaded_a: LoadedText, loaded_b: LoadedText) -> dict[str, object]:
    """Return the timings of one headless session over the two sources."""
    started = time.perf_counter()
    app = CrosscheckApp(loaded_a, loaded_b)
    async with app.run_test(size=(140, 45)) as pilot:
        while not app.view("a").lines or not app.view("a").render_line(0).text.strip():
            await asyncio.sleep(0.005)
        first_paint = time.perf_counter() - started
        await app.workers.wait_for_complete()
        await pilot.pause()
        compared = time.perf_counter() - started
        timings: dict[str, list[float]] = {}
        app.view("a").focus()
        for key in ("x", "n", "p", "pagedown"):
            samples = []
            for _ in range(PRESSES):
                before = time.perf_counter()
                await pilot.press(key)
                samples.append((time.perf_counter() - before) * 1000)
            timings[key] = samples
        differences = len(app.differences)
    return {"first_paint": first_paint, "compared": compared, "keys": timings, "diffs": differences}


def main() -> None:
    """Build the sources, run the session and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=5000)
    args = parser.parse_args()
    path_a, path_b = sample_pair()
    load_source(path_a)  # warm the loader's imports so they are not counted as painting
    loaded_a = book_length(path_a, args.sentences, seed=1)
    loaded_b = book_length(path_b, args.sentences, seed=2)
    count_a = len(build_document(loaded_a).sentences)
    count_b = len(build_document(loaded_b).sentences)
    result = asyncio.run(measure(loaded_a, loaded_b))
    print(
        f"sources: {count_a} and {count_b} sentences, {len(loaded_a.text):,} and "
        f"{len(loaded_b.text):,} characters; {result['diffs']} differences"
    )
    print(f"first paint: {result['first_paint']:.2f} s (target < 1.5 s)")
    print(f"comparison on screen: {result['compared']:.2f} s")
    keys = result["keys"]
    assert isinstance(keys, dict)
    baseline = keys.pop("x")
    print(
        f"harness baseline (an unbound key, x): median {statistics.median(baseline):.1f} ms, "
        f"worst {max(baseline):.1f} ms"
    )
    for key, samples in keys.items():
        print(
            f"key {key:>8}: median {statistics.median(samples):.1f} ms, "
            f"worst {max(samples):.1f} ms over {len(samples)} presses (target median < 50 ms)"
        )


if __name__ == "__main__":
    main()
