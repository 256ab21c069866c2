"""How fast sentence alignment is on long documents, next to segmentation and a naive matrix.

Builds two long news-like documents deterministically: B is an edited copy of A with
words changed, sentences split, merged, dropped and added, and paragraphs moved.
Both are segmented by the project's segmenter (``tui.core.segment.segment``), then the
script prints, per size:

- each run in a fresh interpreter (cold caches, as a user's first comparison): the time
  to segment text A and text B, and the time of crosscheck's first alignment
  (``tui.core.align.align``), elapsed and CPU, and their ratio, with the load average
  (the CPU may be shared with other work, so several runs are made);
- the best and the median of those runs;
- the time of a naive full ``rapidfuzz.process.cdist`` over all sentence pairs on
  both cores (measured in full up to ``--full-naive`` sentences, else timed on a slice of
  rows and scaled up, marked "estimated");
- peak memory of one more fresh alignment (tracemalloc, untimed) and the peak resident
  size of that process;
- precision and recall of the alignment against the pairs known from the edit.

Run: ``.venv/bin/python bench/bench_align.py`` (``--sizes 5000 10000 --repeat 3`` by default).
"""

from __future__ import annotations

import argparse
import bisect
import gc
import json
import random
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process

from tui.core.align.aligner import align
from tui.core.models import Document
from tui.core.text.segment import segment

_SYLLABLES = [
    "ba",
    "be",
    "bi",
    "bo",
    "da",
    "de",
    "di",
    "do",
    "ka",
    "ke",
    "ki",
    "ko",
    "la",
    "le",
    "li",
    "lo",
    "ma",
    "me",
    "mi",
    "mo",
    "na",
    "ne",
    "ni",
    "no",
    "ra",
    "re",
    "ri",
    "ro",
    "sa",
    "se",
    "si",
    "so",
    "ta",
    "te",
    "ti",
    "to",
    "va",
    "ve",
    "vi",
    "vo",
    "an",
    "en",
    "in",
    "on",
    "ar",
    "er",
    "ir",
    "or",
    "al",
    "el",
    "il",
    "ol",
]
_ENDINGS = ["", "", "s", "ed", "ing", "er", "ion", "al", "ist", "ment"]
_FUNCTION = ["the", "a", "of", "in", "on", "to", "with", "for", "by", "at", "from", "and"]
_VERBS = ["said", "warned", "agreed", "announced", "confirmed", "rejected", "expected", "urged"]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        stem = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        words.add(stem + rng.choice(_ENDINGS))
    return sorted(words)


@dataclass
class _Corpus:
    rng: random.Random
    words: list[str]
    names: list[str]
    weights: list[float] = field(default_factory=list)

    def word(self) -> str:
        return self.rng.choices(self.words, cum_weights=self.weights)[0]

    def clause(self) -> str:
        parts: list[str] = []
        for _ in range(self.rng.randint(5, 10)):
            if self.rng.random() < 0.45:
                parts.append(self.rng.choice(_FUNCTION))
            parts.append(self.word())
        if self.rng.random() < 0.3:
            parts.insert(self.rng.randint(0, len(parts)), str(self.rng.randint(2, 9000)))
        if self.rng.random() < 0.3:
            parts.append("on " + self.rng.choice(_DAYS))
        return " ".join(parts)

    def sentence(self) -> str:
        name = self.rng.choice(self.names)
        body = self.clause()
        if self.rng.random() < 0.5:
            body = f"{body}, {self.rng.choice(['while', 'after', 'as'])} {self.clause()}"
        return f"{name} {self.rng.choice(_VERBS)} {body}."


def _corpus(seed: int) -> _Corpus:
    rng = random.Random(seed)
    words = _vocabulary(rng, 20_000)
    rng.shuffle(words)
    total = 0.0
    weights = []
    for rank in range(len(words)):
        total += 1.0 / (rank + 1) ** 1.05
        weights.append(total)
    names = [w.capitalize() + " " + rng.choice(words).capitalize() for w in words[:600]]
    return _Corpus(rng, words, names, weights)


def _edit(corpus: _Corpus, sentence: str) -> str:
    rng = corpus.rng
    tokens = sentence[:-1].split(" ")
    for _ in range(rng.randint(1, 3)):
        position = rng.randrange(1, len(tokens))
        tokens[position] = corpus.word()
    if rng.random() < 0.3:
        del tokens[rng.randrange(1, len(tokens))]
    return " ".join(tokens).rstrip(",") + "."


@dataclass
class BenchPair:
    """Two texts, the sentences they were written from, and where B's sentences come from."""

    text_a: str
    text_b: str
    items_a: list[str]
    items_b: list[str]
    origins: list[set[int]]


def build_pair(size: int, seed: int = 7) -> BenchPair:
    """Return texts A and B of about ``size`` sentences each; B is an edited copy of A.

    ``origins[k]`` lists the A items that B item ``k`` comes from (empty when added).
    """
    corpus = _corpus(seed)
    rng = corpus.rng
    a_sentences = [corpus.sentence() for _ in range(size)]
    b_items: list[tuple[str, set[int]]] = []
    index = 0
    while index < size:
        roll = rng.random()
        text = a_sentences[index]
        if roll < 0.06:
            index += 1
            continue
        if roll < 0.12 and ", " in text:
            head, tail = text.split(", ", 1)
            b_items.append((_edit(corpus, head + "."), {index}))
            b_items.append((_edit(corpus, tail[0].upper() + tail[1:]), {index}))
        elif roll < 0.18 and index + 1 < size:
            merged = text[:-1] + ", and " + a_sentences[index + 1][0].lower()
            b_items.append((_edit(corpus, merged + a_sentences[index + 1][1:]), {index, index + 1}))
            index += 1
        else:
            b_items.append((_edit(corpus, text), {index}))
        if rng.random() < 0.06:
            b_items.append((corpus.sentence(), set()))
        index += 1
    paragraphs = [b_items[i : i + 3] for i in range(0, len(b_items), 3)]
    for _ in range(len(paragraphs) // 10):
        moved = paragraphs.pop(rng.randrange(len(paragraphs)))
        paragraphs.insert(rng.randrange(len(paragraphs) + 1), moved)
    text_a = "\n\n".join(" ".join(a_sentences[i : i + 3]) for i in range(0, size, 3))
    text_b = "\n\n".join(" ".join(text for text, _ in paragraph) for paragraph in paragraphs)
    items_b = [text for paragraph in paragraphs for text, _ in paragraph]
    origins = [origin for paragraph in paragraphs for _, origin in paragraph]
    return BenchPair(text_a, text_b, a_sentences, items_b, origins)


def _item_of_sentence(document: Document, items: list[str]) -> dict[int, int]:
    """Return, for each sentence id, the item whose text range holds the sentence's start."""
    starts: list[int] = []
    position = 0
    for item in items:
        position = document.text.index(item, position)
        starts.append(position)
        position += len(item)
    return {s.id: bisect.bisect_right(starts, s.start) - 1 for s in document.sentences}


def known_pairs(pair: BenchPair, a: Document, b: Document) -> set[tuple[int, int]]:
    """Return the (a id, b id) sentence pairs that the edit made."""
    a_sentences: dict[int, list[int]] = {}
    for sentence_id, item in _item_of_sentence(a, pair.items_a).items():
        a_sentences.setdefault(item, []).append(sentence_id)
    known: set[tuple[int, int]] = set()
    for j, item in _item_of_sentence(b, pair.items_b).items():
        for origin in pair.origins[item]:
            known.update((i, j) for i in a_sentences.get(origin, []))
    return known


def _naive_seconds(a: Document, b: Document, full_up_to: int) -> tuple[float, bool]:
    """Return the time of a full ``cdist`` over all sentence pairs (both cores), and
    whether it was estimated from a slice of rows."""
    queries = [s.text for s in a.sentences]
    choices = [s.text for s in b.sentences]
    rows = len(queries) if len(queries) <= full_up_to else 500
    started = time.perf_counter()
    process.cdist(
        queries[:rows],
        choices,
        scorer=fuzz.ratio,
        processor=str.lower,
        dtype=np.uint8,
        workers=-1,
    )
    seconds = time.perf_counter() - started
    return seconds * len(queries) / rows, rows < len(queries)


def _documents(pair: BenchPair) -> tuple[Document, Document, dict[str, float]]:
    """Segment both texts with the project's segmenter, timing each text."""
    figures: dict[str, float] = {}
    documents = []
    for side, text in (("a", pair.text_a), ("b", pair.text_b)):
        gc.collect()
        started, cpu_started = time.perf_counter(), time.process_time()
        sentences = segment(text)
        figures[f"segment_{side}"] = time.perf_counter() - started
        figures[f"segment_{side}_cpu"] = time.process_time() - cpu_started
        documents.append(Document(f"bench-{side}.txt", None, text, sentences))
    figures["segment"] = figures["segment_a"] + figures["segment_b"]
    figures["segment_cpu"] = figures["segment_a_cpu"] + figures["segment_b_cpu"]
    return documents[0], documents[1], figures


def measure(size: int) -> dict[str, float]:
    """Return the figures of one fresh run: segmentation, then one (first, cold) alignment."""
    pair = build_pair(size)
    a, b, figures = _documents(pair)
    gc.collect()
    started, cpu_started = time.perf_counter(), time.process_time()
    alignment = align(a, b)
    figures["align"] = time.perf_counter() - started
    figures["align_cpu"] = time.process_time() - cpu_started
    known = known_pairs(pair, a, b)
    found = {(i, j) for g in alignment.groups for i in g.a for j in g.b}
    figures["precision"] = len(found & known) / max(1, len(found))
    figures["recall"] = len(found & known) / max(1, len(known))
    figures["sentences_a"], figures["sentences_b"] = len(a.sentences), len(b.sentences)
    return figures


def measure_memory(size: int) -> dict[str, float]:
    """Return the peak memory of one fresh (first, cold) alignment, traced by tracemalloc,
    and the process's peak resident size at the end."""
    pair = build_pair(size)
    a, b, _ = _documents(pair)
    tracemalloc.start()
    align(a, b)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"align_peak": peak, "process_rss": rss}


def _in_fresh_process(task: str, size: int) -> dict[str, float]:
    """Run ``task`` for ``size`` in a new interpreter, so every run starts with cold caches."""
    command = [sys.executable, __file__, "--child", task, str(size)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    figures: dict[str, float] = json.loads(output)
    return figures


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def run(size: int, repeat: int, full_naive: int) -> None:
    """Print the figures for one document size: each run, then the best and the median."""
    runs = []
    for _ in range(repeat):
        figures = _in_fresh_process("time", size)
        runs.append(figures)
        print(
            f"  run: segment {figures['segment']:.3f} s (A {figures['segment_a']:.3f} + "
            f"B {figures['segment_b']:.3f}; cpu {figures['segment_cpu']:.3f}) | "
            f"align {figures['align']:.3f} s (cpu {figures['align_cpu']:.3f}) | "
            f"ratio {figures['align'] / figures['segment']:.2f}x elapsed, "
            f"{figures['align_cpu'] / figures['segment_cpu']:.2f}x cpu | load {_load()}"
        )
    memory = _in_fresh_process("memory", size)
    pair = build_pair(size)
    a, b, _ = _documents(pair)
    naive_seconds, estimated = _naive_seconds(a, b, full_naive)
    first = runs[0]
    print(
        f"{int(first['sentences_a']):>6} x {int(first['sentences_b']):<6} sentences, "
        f"{repeat} fresh runs (best / median):"
    )
    for label, key in (("segment both", "segment"), ("align", "align")):
        elapsed = sorted(r[key] for r in runs)
        cpu = sorted(r[f"{key}_cpu"] for r in runs)
        print(
            f"  {label:<13} {elapsed[0]:6.3f} / {statistics.median(elapsed):6.3f} s elapsed, "
            f"{cpu[0]:6.3f} / {statistics.median(cpu):6.3f} s cpu"
        )
    ratios = sorted(r["align"] / r["segment"] for r in runs)
    cpu_ratios = sorted(r["align_cpu"] / r["segment_cpu"] for r in runs)
    print(
        f"  align / segment {ratios[0]:.2f} / {statistics.median(ratios):.2f}x elapsed, "
        f"{cpu_ratios[0]:.2f} / {statistics.median(cpu_ratios):.2f}x cpu (per run)"
    )
    print(
        f"  naive cdist   {naive_seconds:6.2f} s{' (estimated from 500 rows)' if estimated else ''}"
        " elapsed, both cores"
    )
    print(
        f"  align peak    {memory['align_peak'] / 2**20:6.1f} MB traced (cold run), "
        f"process peak RSS {memory['process_rss'] / 2**20:.0f} MB"
    )
    print(f"  pairs precision {first['precision']:.3f} recall {first['recall']:.3f}")


def main() -> None:
    """Parse the command line and print the figures of each size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 10000])
    parser.add_argument("--repeat", type=int, default=3, help="fresh runs per size")
    parser.add_argument(
        "--full-naive",
        type=int,
        default=5000,
        help="score the full naive matrix up to this many sentences (else estimate)",
    )
    parser.add_argument("--child", nargs=2, metavar=("TASK", "SIZE"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        task, size = options.child[0], int(options.child[1])
        figures = measure(size) if task == "time" else measure_memory(size)
        print(json.dumps(figures))
        return
    print(f"load average at start {_load()} (the CPU may be shared)")
    for size in options.sizes:
        run(size, options.repeat, options.full_naive)


if __name__ == "__main__":
    main()
