"""Print how long each stage of a comparison takes on book-length sources, and peak memory.

For each size given (sentences per source), builds two sources deterministically from the
sample pair's paragraphs with ``bench_ui.book_length`` (A with seed 1, B with seed 2), runs
the comparison stage by stage and prints seconds per stage (segmenting, aligning, quotations,
figures, framing, the differences list), the total, and the process's peak resident memory.
Each size runs in a fresh process, so the peak memory is that size's own.

Then times two pathological inputs against a news-sized text: the same short quotation
3,000 times in one source, and one sentence holding 5,000 numbers.

Last, two 10 MB sources of random sentences drawn from 300 common words (no rare word at
all) must finish in under 60 s or be refused with a clear message.

Targets: the 20,000-sentence pair under about 10 s in total, growing close to linearly,
peak memory well under 1 GB; the pathological inputs a few seconds at most.

Run: ``.venv/bin/python bench/bench_compare.py 5000 20000`` (default: 5000 20000).
"""

from __future__ import annotations

import argparse
import itertools
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_ui import book_length

from tui.core.align import align
from tui.core.compare import compare, compare_loaded
from tui.core.errors import InputError
from tui.core.figures import compare_figures
from tui.core.models import LoadedText
from tui.core.quotes import compare_quotes
from tui.core.samples import sample_pair
from tui.core.text.document import build_document


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed(stages: list[tuple[str, float]], name: str, started: float) -> float:
    now = time.perf_counter()
    stages.append((name, now - started))
    return now


def run_size(sentences: int) -> None:
    """Print the per-stage times, total and peak memory for one size (in this process)."""
    path_a, path_b = sample_pair()
    loaded_a = book_length(path_a, sentences, 1)
    loaded_b = book_length(path_b, sentences, 2)
    print(
        f"{sentences:,} sentences a side: A {len(loaded_a.text) / 1e6:.1f} M chars, "
        f"B {len(loaded_b.text) / 1e6:.1f} M chars"
    )
    stages: list[tuple[str, float]] = []
    start = time.perf_counter()
    a, b = build_document(loaded_a), build_document(loaded_b)
    marks: list[tuple[str, float]] = [("finding sentences", start)]

    def mark_stage(stage: str, fraction: float) -> None:
        marks.append((stage, time.perf_counter()))

    comparison = compare(a, b, progress=mark_stage)
    # Each stage runs from its own mark to the next one (the pipeline is compare(), unchanged).
    for (name, begun), (_, ended) in itertools.pairwise(marks):
        stages.append((name, ended - begun))
    quotes, figures, framing = comparison.quotes, comparison.figures, comparison.framing
    differences = comparison.differences
    for name, seconds in stages:
        print(f"  {name:<22} {seconds:7.2f} s")
    print(
        f"  {'total':<22} {time.perf_counter() - start:7.2f} s   "
        f"({len(quotes):,} quote matches, {len(figures):,} figure matches, "
        f"{len(framing):,} framing shifts, {len(differences):,} differences)"
    )
    print(f"  peak RSS {_peak_mb():.0f} MB")


def _news_document(name: str, text: str) -> LoadedText:
    return LoadedText(name, None, text)


def run_pathological() -> None:
    """Print the time of the quotation and figure stages on two pathological inputs."""
    _, path_b = sample_pair()
    news_b = Path(path_b).read_text(encoding="utf-8")
    repeated = "\n\n".join(["Officials want to “restore” ties, he said."] * 3000)
    numbers = "The counts were " + ", ".join(str(n % 97) for n in range(5000)) + "."
    for label, text in (("3,000 equal short quotes", repeated), ("5,000 numbers", numbers)):
        a = build_document(_news_document("a", text))
        b = build_document(_news_document("b", news_b + "\n\n" + text))
        alignment = align(a, b)
        started = time.perf_counter()
        quotes = compare_quotes(a, b, alignment)
        middle = time.perf_counter()
        figures = compare_figures(a, b, alignment)
        done = time.perf_counter()
        print(
            f"{label}: quotations {middle - started:.2f} s ({len(quotes):,} matches), "
            f"figures {done - middle:.2f} s ({len(figures):,} matches)"
        )


def random_sentences_text(seed: int, size: int = 10_000_000, vocabulary: int = 300) -> str:
    """Return about ``size`` characters of random sentences drawn from ``vocabulary`` common
    made-up words (no rare word at all), in paragraphs of five sentences."""
    rng = random.Random(seed)
    words = [f"w{chr(97 + k % 26)}{chr(97 + k // 26 % 26)}o" for k in range(vocabulary)]
    parts: list[str] = []
    length = 0
    while length < size:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(8, 20)))
        parts.append(sentence.capitalize() + ".")
        length += len(sentence) + 2
        if len(parts) % 5 == 0:
            parts.append("\n\n")
    return " ".join(parts)


def run_random(megabytes: int) -> None:
    """Print how a comparison of two sources of random common-word sentences ends: its time,
    or the message it is refused with. The target is under 60 s, or a clear refusal."""
    a_text = random_sentences_text(1, megabytes * 1_000_000)
    b_text = random_sentences_text(2, megabytes * 1_000_000)
    started = time.perf_counter()
    try:
        comparison = compare_loaded(
            LoadedText("random-a.txt", None, a_text), LoadedText("random-b.txt", None, b_text)
        )
    except InputError as error:
        print(
            f"{megabytes} MB random sentences a side: refused after "
            f"{time.perf_counter() - started:.1f} s: {error}"
        )
        return
    print(
        f"{megabytes} MB random sentences a side: {time.perf_counter() - started:.1f} s "
        f"({len(comparison.alignment.groups):,} groups), peak RSS {_peak_mb():.0f} MB"
    )


def main() -> None:
    """Run each size in a fresh process (``--one N`` runs a single size in this one)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[5000, 20000])
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--pathological", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--random", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        run_size(args.one)
        return
    if args.pathological:
        run_pathological()
        return
    if args.random:
        run_random(args.random)
        return
    for size in args.sizes:
        subprocess.run([sys.executable, __file__, "--one", str(size)], check=True)
    subprocess.run([sys.executable, __file__, "--pathological"], check=True)
    subprocess.run([sys.executable, __file__, "--random", "10"], check=True)


if __name__ == "__main__":
    main()
