"""Print how fast quotations are found and paired on book-length texts with thousands of quotes.

Run: .venv/bin/python bench/bench_quotes.py  (``--quotes 3000`` per side by default)

Builds two deterministic news-like texts from the sample articles' vocabulary: each paragraph
holds a quotation with a reporting clause (curly, straight or single marks, some over two
paragraphs, some scare quotes). B keeps most of A's quotations — some word for word, some with a
word changed, some shortened — drops others and adds its own. Prints the time to find the quotes
in both texts, the time to pair them, the counts per status and how many of the pairs known from
the edit came out right.
"""

from __future__ import annotations

import argparse
import bisect
import random
import time
from collections import Counter
from pathlib import Path

from tui.core.models import Alignment, Document
from tui.core.quotes.compare import compare_quotes, find_quotes
from tui.core.samples import sample_pair
from tui.core.text.words import words

_NAMES = ["Kang Jun-young", "Wi Sung-lac", "Xavier Brunson", "Ana Silva", "Balian Wang"]


def _vocabulary() -> list[str]:
    found: set[str] = set()
    for path in sample_pair():
        found.update(w.lower() for w in words(Path(path).read_text(encoding="utf-8")))
    return sorted(found)


def _paragraph(quote: str, speaker: str, style: int) -> str:
    if style == 0:
        return f"“{quote},” said {speaker}, a professor at a university in Seoul."
    if style == 1:
        return f'{speaker} told reporters on Friday: "{quote}."'
    if style == 2:
        return f"‘{quote},’ {speaker} said at a forum."
    return f"Officials want to “{quote.split()[0]}” relations, {speaker} added."


def build(count: int, seed: int = 7) -> tuple[str, str, dict[int, int]]:
    """Return texts A and B with about ``count`` quotes each, and A→B kept paragraph numbers."""
    rng = random.Random(seed)
    vocabulary = _vocabulary()
    paragraphs_a: list[str] = []
    paragraphs_b: list[str] = []
    kept: dict[int, int] = {}
    for number in range(count):
        quote_words = [rng.choice(vocabulary) for _ in range(rng.randint(6, 28))]
        quote = " ".join(quote_words)
        speaker = _NAMES[number % len(_NAMES)]
        style = rng.randrange(4)
        paragraphs_a.append(_paragraph(quote, speaker, style))
        fate = rng.random()
        if fate < 0.15:
            continue  # only in A
        kept[len(paragraphs_a) - 1] = len(paragraphs_b)
        if fate < 0.45:
            quote_words[rng.randrange(len(quote_words))] = rng.choice(vocabulary)
        elif fate < 0.6:
            quote_words = quote_words[: max(3, len(quote_words) * 2 // 3)]
        paragraphs_b.append(_paragraph(" ".join(quote_words), speaker, style))
        if fate > 0.9:
            extra = " ".join(rng.choice(vocabulary) for _ in range(rng.randint(6, 20)))
            paragraphs_b.append(_paragraph(extra, speaker, 0))
    return "\n\n".join(paragraphs_a), "\n\n".join(paragraphs_b), kept


def _paragraph_of(text: str) -> list[int]:
    """Return the start offset of each paragraph of ``text``."""
    starts = [0]
    position = text.find("\n\n")
    while position >= 0:
        starts.append(position + 2)
        position = text.find("\n\n", position + 2)
    return starts


def main() -> None:
    """Build the texts, time finding and pairing, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quotes", type=int, default=3000)
    options = parser.parse_args()
    text_a, text_b, kept = build(options.quotes)
    a = Document("a.txt", None, text_a, ())
    b = Document("b.txt", None, text_b, ())
    started = time.perf_counter()
    found = len(find_quotes(a)) + len(find_quotes(b))
    finding = time.perf_counter() - started
    started = time.perf_counter()
    matches = compare_quotes(a, b, Alignment((), (), ()))
    pairing = time.perf_counter() - started
    statuses = Counter(match.status for match in matches)
    starts_a, starts_b = _paragraph_of(text_a), _paragraph_of(text_b)
    right = 0
    paired = 0
    for match in matches:
        if match.a is not None and match.b is not None:
            paired += 1
            paragraph_a = bisect.bisect_right(starts_a, match.a.start) - 1
            paragraph_b = bisect.bisect_right(starts_b, match.b.start) - 1
            right += kept.get(paragraph_a) == paragraph_b
    print(f"text sizes: A {len(text_a):,} chars, B {len(text_b):,} chars")
    print(f"quotes found in both: {found:,} in {finding:.2f} s")
    print(f"compare_quotes (finds again, then pairs): {pairing:.2f} s")
    print("statuses: " + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())))
    print(f"pairs: {paired} found, {right} of them right; {len(kept)} kept by the edit")
    print(f"pairing precision {right / max(paired, 1):.3f}, recall {right / max(len(kept), 1):.3f}")


if __name__ == "__main__":
    main()
