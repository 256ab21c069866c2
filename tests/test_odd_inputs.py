"""Small odd inputs never take minutes (issue 15, points 11 and 12).

Thousands of one-word speakers (the speaker look-up once scanned the text per name) and a
"sentence" of a whole book (the word diff once kept a bit matrix of both lengths' product).
"""

from __future__ import annotations

import math
import subprocess
import sys
import textwrap
import time
import tracemalloc
from collections.abc import Sequence
from pathlib import Path
from typing import overload

import pytest

from bench.odd_inputs import many_speakers, tiny_paragraphs
from tui.core.compare import compare
from tui.core.framing.lexicon import Word, make_word
from tui.core.framing.regions import edit_regions
from tui.core.models import LoadedText, WordEdit
from tui.core.quotes.compare import find_quotes
from tui.core.text import word_diff
from tui.core.text.document import build_document
from tui.core.text.word_diff import changed_ranges

ROOT = Path(__file__).resolve().parents[1]


def test_thousands_of_one_word_speakers_are_found_in_seconds() -> None:
    text, _ = many_speakers(2_500)
    assert 150_000 < len(text.encode()) < 250_000
    document = build_document(LoadedText("speakers.txt", None, text))
    started = time.perf_counter()
    quotes = find_quotes(document)
    elapsed = time.perf_counter() - started
    assert len(quotes) == 2_500
    # Each quotation is told by its own one-word speaker, right after the closing mark.
    for quote in quotes[::97]:
        said = text[quote.end : text.index(" said.", quote.end)]
        assert quote.speaker == said.strip(" ,”"), (quote.speaker, said)
    assert elapsed < 8, f"{elapsed:.1f} s for 2,500 speakers (49 s before the index)"


def test_a_surname_still_takes_the_full_name_the_text_uses() -> None:
    text = (
        "Kang Jun-young, a professor at Seoul National University, spoke first.\n\n"
        "“China wants to underscore the ties,” Kang said.\n\n"
        "“It is a signal,” Wi said, and Officials said nothing.\n"
    )
    document = build_document(LoadedText("kang.txt", None, text))
    assert [q.speaker for q in find_quotes(document)] == ["Kang Jun-young", "Wi"]


def test_the_word_diff_of_two_huge_sentences_is_right_and_bounded() -> None:
    words = [f"w{i % 5000}" for i in range(100_000)]
    edited = list(words)
    edited[500] = "changed"
    del edited[60_000:60_010]
    edited[90_000:90_000] = ["inserted", "words"]
    started = time.perf_counter()
    ranges = changed_ranges(words, edited)
    assert time.perf_counter() - started < 5
    assert ranges == [
        (500, 501, 500, 501),
        (60_000, 60_010, 60_000, 60_000),
        (90_010, 90_010, 90_000, 90_002),
    ]


_HUGE = textwrap.dedent(
    """
    import random, sys
    from pathlib import Path
    from tui.core.text.word_diff import changed_ranges
    rng = random.Random(5)
    vocabulary = ["the", "river", "rose", "council", "said", "flood"]
    words = [rng.choice(vocabulary) for _ in range(150_000)]
    edited = list(words)
    for _ in range(400):
        edited[rng.randrange(len(edited))] = "changed"
    ranges = changed_ranges(words, edited)
    assert 1 <= len(ranges) <= 150_000
    status = Path("/proc/self/status").read_text().splitlines()
    print(next(int(line.split()[1]) // 1024 for line in status if line.startswith("VmHWM")))
    """
)


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM (Linux)")
def test_a_huge_sentence_of_repeated_words_stays_within_memory() -> None:
    # No word is used once: nothing to anchor on, so it is compared window by window.
    result = subprocess.run(
        [sys.executable, "-c", _HUGE], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) < 400, f"{result.stdout.strip()} MB peak"


class _CountedWords(Sequence[Word]):
    """A run of words that counts how many times one is read."""

    def __init__(self, words: list[Word]) -> None:
        self.words = words
        self.reads = 0

    def __len__(self) -> int:
        return len(self.words)

    @overload
    def __getitem__(self, index: int) -> Word: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Word]: ...
    def __getitem__(self, index: int | slice) -> Word | Sequence[Word]:
        if isinstance(index, slice):
            self.reads += len(range(*index.indices(len(self.words))))
        else:
            self.reads += 1
        return self.words[index]


def test_the_regions_of_a_huge_passage_cost_a_few_reads_per_edit() -> None:
    # One "sentence" of 20,000 words with 200 changed: each edit was once located by a walk
    # over the words before it (4 million reads here); bisection takes a few dozen per edit.
    words = [make_word(6 * i, 6 * i + 5, f"w{i:04d}"[-5:]) for i in range(20_000)]
    changed = list(range(50, 20_000, 100))
    edits = [WordEdit("replace", 6 * i, 6 * i + 5, 6 * i, 6 * i + 5) for i in changed]
    a_words, b_words = _CountedWords(words), _CountedWords(words)
    regions = edit_regions(a_words, b_words, edits)
    assert [(r.a_first, r.a_last, r.b_first, r.b_last) for r in regions] == [
        (i, i + 1, i, i + 1) for i in changed
    ]
    # Reading the words once for their keys, and a few dozen reads per edit to find it.
    assert a_words.reads + b_words.reads < 2 * 2 * len(words) + 100 * len(edits)


def test_the_word_diff_of_two_huge_sentences_does_work_in_proportion_to_their_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # B tells A's words in order, each told again two words later: each run of the diff
    # found only the last two words of its run used once on both sides, so the runs
    # shrank by two words at a time (quadratic: 100 million words looked at here).
    count = 12_000
    a_words = [f"t{k}" for k in range(count)]
    b_words = ["t0", "t1", *(w for k in range(2, count) for w in (f"t{k}", f"t{k - 2}"))]
    anchored = cells = 0
    unique_anchors, exact_blocks = word_diff._unique_anchors, word_diff._exact_blocks

    def counted_anchors(a: Sequence[str], b: Sequence[str]) -> list[tuple[int, int]]:
        nonlocal anchored
        anchored += len(a) + len(b)
        return unique_anchors(a, b)

    def counted_blocks(
        a: Sequence[str], b: Sequence[str], a0: int, b0: int
    ) -> list[tuple[int, int, int]]:
        nonlocal cells
        cells += len(a) * len(b)
        return exact_blocks(a, b, a0, b0)

    monkeypatch.setattr(word_diff, "_unique_anchors", counted_anchors)
    monkeypatch.setattr(word_diff, "_exact_blocks", counted_blocks)
    ranges = word_diff.changed_ranges(a_words, b_words)
    # Every word of A is in B: the changes are B's words told again, nothing deleted.
    assert sum(a2 - a1 for a1, a2, _, _ in ranges) < count // 100
    assert sum(b2 - b1 for _, _, b1, b2 in ranges) >= count - 2
    total = len(a_words) + len(b_words)
    assert anchored <= 2 * total * math.ceil(math.log2(total)), anchored
    assert cells <= 5_000 * total, cells


def test_many_tiny_paragraphs_cost_a_few_kilobytes_a_sentence() -> None:
    # Memory is counted (Python's own allocations, about 2.3 KB a sentence), not timed: 5,000
    # one-line paragraphs a side, compared whole, stay within 4 KB a sentence. The whole
    # process, JSON included, is measured by bench/bench_odd_inputs.py (4.6 KB a sentence).
    a, b = tiny_paragraphs(5_000)
    tracemalloc.start()
    try:
        document_a = build_document(LoadedText("a.txt", None, a))
        document_b = build_document(LoadedText("b.txt", None, b))
        comparison = compare(document_a, document_b)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    sentences = len(document_a.sentences) + len(document_b.sentences)
    assert sentences == 10_000 and comparison.alignment.groups
    assert peak / sentences < 4 * 1024, f"{peak / sentences / 1024:.2f} KB a sentence"
