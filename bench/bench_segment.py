"""Print how fast sentence segmentation runs on a ~10,000-sentence text built from the samples.

Run: .venv/bin/python bench/bench_segment.py

The text is deterministic: the paragraphs of both sample articles, shuffled with a fixed seed,
some of them hard-wrapped at 72 columns, repeated until it holds at least 10,000 sentences.
"""

from __future__ import annotations

import random
import textwrap
import time
from pathlib import Path

from tui.core.samples import sample_pair

TARGET_SENTENCES = 10_000
ROUNDS = 3


def synthetic_text() -> str:
    """Return the benchmark text: sample paragraphs, shuffled and partly hard-wrapped."""
    from tui.core.text.segment import segment

    paragraphs: list[str] = []
    for path in sample_pair():
        text = Path(path).read_text(encoding="utf-8")
        paragraphs.extend(block.strip() for block in text.split("\n\n") if block.strip())
    variants = [(p, textwrap.fill(p, 72)) for p in paragraphs]
    sizes = {text: len(segment(text)) for pair in variants for text in pair}
    rng = random.Random(2026)
    out: list[str] = []
    total = 0
    while total < TARGET_SENTENCES:
        plain, wrapped = rng.choice(variants)
        chosen = wrapped if rng.random() < 0.3 else plain
        out.append(chosen)
        total += sizes[chosen]
    return "\n\n".join(out)


def main() -> None:
    """Time the first call (loading the Punkt data) and then full segmentation runs."""
    started = time.perf_counter()
    from tui.core.text.segment import segment

    segment("Gen. Brunson spoke. The talks ended.")
    load_seconds = time.perf_counter() - started

    text = synthetic_text()
    best = float("inf")
    count = 0
    for _ in range(ROUNDS):
        started = time.perf_counter()
        count = len(segment(text))
        best = min(best, time.perf_counter() - started)
    assert count >= TARGET_SENTENCES, count
    print(f"text: {len(text):,} characters, {count:,} sentences")
    print(f"import + first call (loads Punkt data): {load_seconds * 1000:.0f} ms")
    print(f"segment: best of {ROUNDS}: {best:.3f} s = {count / best:,.0f} sentences/s")


if __name__ == "__main__":
    main()
