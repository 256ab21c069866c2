"""Small odd inputs never take minutes (issue 15, points 11 and 12).

Thousands of one-word speakers (the speaker look-up once scanned the text per name) and a
"sentence" of a whole book (the word diff once kept a bit matrix of both lengths' product).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bench.odd_inputs import many_speakers
from tui.core.models import LoadedText
from tui.core.quotes.compare import find_quotes
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
