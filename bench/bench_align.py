"""How fast sentence alignment is on long documents, next to segmentation and a naive matrix.

Builds two long news-like documents deterministically: B is an edited copy of A with
words changed, sentences split, merged, dropped and added, and paragraphs moved.
Both are segmented by the project's segmenter, then the script prints, per size:

- the time to segment both texts,
- crosscheck's alignment time (``tui.core.align.align``) and its ratio to segmentation,
- the time of a naive full ``rapidfuzz.process.cdist`` over all sentence pairs
  (measured in full up to ``--full-naive`` sentences, else timed on a slice of rows
  and scaled up, marked "est."),
- peak memory allocated while aligning (tracemalloc, a separate untimed run),
- precision and recall of the alignment against the pairs known from the edit.

Run: ``.venv/bin/python bench/bench_align.py`` (``--sizes 5000 10000`` by default).
"""

from __future__ import annotations

import argparse
import bisect
import gc
import random
import resource
import time
import tracemalloc
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from tui.core.align import align
from tui.core.models import Document
from tui.core.segment import segment

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


def run(size: int, full_naive: int) -> None:
    """Print the figures for one document size."""
    pair = build_pair(size)
    text_a, text_b = pair.text_a, pair.text_b
    gc.collect()
    started, cpu_started = time.perf_counter(), time.process_time()
    sentences_a = segment(text_a)
    sentences_b = segment(text_b)
    segment_seconds = time.perf_counter() - started
    segment_cpu = time.process_time() - cpu_started
    a = Document("bench-a.txt", None, text_a, sentences_a)
    b = Document("bench-b.txt", None, text_b, sentences_b)
    gc.collect()
    started, cpu_started = time.perf_counter(), time.process_time()
    alignment = align(a, b)
    align_seconds = time.perf_counter() - started
    align_cpu = time.process_time() - cpu_started
    tracemalloc.start()
    align(a, b)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    naive_seconds, estimated = _naive_seconds(a, b, full_naive)
    known = known_pairs(pair, a, b)
    found = {(i, j) for g in alignment.groups for i in g.a for j in g.b}
    correct = len(found & known)
    quality = f"pairs precision {correct / len(found):.3f} recall {correct / len(known):.3f}"
    print(
        f"{len(a.sentences):>6} x {len(b.sentences):<6} sentences | "
        f"segment {segment_seconds:6.3f} s (cpu {segment_cpu:5.3f}) | "
        f"align {align_seconds:6.3f} s (cpu {align_cpu:5.3f}, "
        f"{align_cpu / segment_cpu:4.2f}x segment) | "
        f"naive cdist {naive_seconds:7.2f} s{' est.' if estimated else ''} | "
        f"align peak {peak / 2**20:6.1f} MB | {quality}"
    )


def main() -> None:
    """Parse the command line and print one line of figures per size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 10000])
    parser.add_argument(
        "--full-naive",
        type=int,
        default=5000,
        help="score the full naive matrix up to this many sentences (else estimate)",
    )
    options = parser.parse_args()
    for size in options.sizes:
        run(size, options.full_naive)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS {rss:.0f} MB (includes the naive matrices)")


if __name__ == "__main__":
    main()
