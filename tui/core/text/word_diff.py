"""Word-level changes inside an aligned group of sentences.

The words of a group's sentences on each side are compared as token lists (folded
case, curly marks and dashes) with rapidfuzz's Indel opcodes.  Adjacent changes are
merged into one edit, and edits that only change punctuation or case are dropped, so
that every :class:`~tui.core.models.WordEdit` marks words a reader would call different.

The exact comparison keeps a bit matrix of both lengths' product, so it is used only up
to :data:`EXACT_DIFF_CELLS` word pairs (every sentence of a news text, by far). Longer
runs (a "sentence" of a whole book with no full stop) are cut at the words both sides
use exactly once, in the same order (as patience diff does), again inside each piece
that is at most half its run, and what is still too long is compared window by window:
time and memory stay near-linear in the words, whatever they are.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Literal

from rapidfuzz.distance import Indel

from tui.core.models import Document, WordEdit
from tui.core.text.words import fold_marks, word_spans

Token = tuple[int, int, str]


def group_tokens(document: Document, sentence_ids: Sequence[int]) -> list[Token]:
    """Return the words of the given sentences, in reading order, with document offsets."""
    tokens: list[Token] = []
    for sentence_id in sorted(sentence_ids):
        sentence = document.sentences[sentence_id]
        tokens.extend(word_spans(sentence.text, sentence.start))
    return tokens


class _FoldedCache(dict[str, str]):
    """Folded form of each word seen (case, curly marks, dashes), computed once per word."""

    def __missing__(self, word: str) -> str:
        folded = fold_marks(word).lower()
        if len(self) < _CACHE_LIMIT:
            self[word] = folded
        return folded


class _LettersCache(dict[str, str]):
    """The letters and digits of each folded word, without punctuation."""

    def __missing__(self, key: str) -> str:
        letters = "".join(ch for ch in key if ch.isalnum())
        if len(self) < _CACHE_LIMIT:
            self[key] = letters
        return letters


_CACHE_LIMIT = 200_000
_keys = _FoldedCache()
_letter_keys = _LettersCache()


def _letters(keys: Sequence[str]) -> str:
    return "".join(map(_letter_keys.__getitem__, keys))


def folded_words(words: Iterable[str]) -> list[str]:
    """Return the words folded for comparison (case, curly marks and dashes)."""
    return list(map(_keys.__getitem__, words))


#: Word pairs compared exactly at once (the bit matrix is this many bits: 2.5 MB).
EXACT_DIFF_CELLS = 20_000_000
#: Words per window when a run is too long and has no anchors left.
_WINDOW = 4_000

Block = tuple[int, int, int]


def _unique_anchors(a_keys: Sequence[str], b_keys: Sequence[str]) -> list[tuple[int, int]]:
    """Return ``(i, j)`` pairs of words used once on each side, the longest run in order."""
    a_counts, b_counts = Counter(a_keys), Counter(b_keys)
    where_b = {key: j for j, key in enumerate(b_keys) if b_counts[key] == 1}
    pairs = [
        (i, where_b[key]) for i, key in enumerate(a_keys) if a_counts[key] == 1 and key in where_b
    ]
    # The longest increasing subsequence of the B positions (patience sorting).
    tails: list[int] = []
    tail_index: list[int] = []
    previous = [-1] * len(pairs)
    for index, (_, j) in enumerate(pairs):
        low, high = 0, len(tails)
        while low < high:
            middle = (low + high) // 2
            if tails[middle] < j:
                low = middle + 1
            else:
                high = middle
        if low == len(tails):
            tails.append(j)
            tail_index.append(index)
        else:
            tails[low] = j
            tail_index[low] = index
        previous[index] = tail_index[low - 1] if low else -1
    chain: list[tuple[int, int]] = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        chain.append(pairs[index])
        index = previous[index]
    return chain[::-1]


def _exact_blocks(a_keys: Sequence[str], b_keys: Sequence[str], a0: int, b0: int) -> list[Block]:
    return [
        (a0 + block.a, b0 + block.b, block.size)
        for block in Indel.opcodes(a_keys, b_keys).as_matching_blocks()
        if block.size
    ]


def _matching_blocks(a_keys: Sequence[str], b_keys: Sequence[str]) -> list[Block]:
    """Return the runs of equal words ``(i, j, size)`` in order, bounded in time and memory."""
    blocks: list[Block] = []
    pending = [(0, len(a_keys), 0, len(b_keys), True)]
    while pending:
        a1, a2, b1, b2, anchored = pending.pop()
        while a1 < a2 and b1 < b2 and a_keys[a1] == b_keys[b1]:
            blocks.append((a1, b1, 1))
            a1, b1 = a1 + 1, b1 + 1
        while a1 < a2 and b1 < b2 and a_keys[a2 - 1] == b_keys[b2 - 1]:
            a2, b2 = a2 - 1, b2 - 1
            blocks.append((a2, b2, 1))
        n, m = a2 - a1, b2 - b1
        if not n or not m:
            continue
        if n * m <= EXACT_DIFF_CELLS:
            blocks.extend(_exact_blocks(a_keys[a1:a2], b_keys[b1:b2], a1, b1))
            continue
        anchors = _unique_anchors(a_keys[a1:a2], b_keys[b1:b2]) if anchored else []
        if anchors:
            # A piece keeps looking for anchors of its own only when it is at most half
            # the run: every word is then looked at in a few runs (their number grows
            # with the logarithm of the length), and a piece the anchors hardly shortened
            # is compared window by window.
            starts = [(a1, b1), *((a1 + i + 1, b1 + j + 1) for i, j in anchors)]
            ends = [*((a1 + i, b1 + j) for i, j in anchors), (a2, b2)]
            for (start_a, start_b), (end_a, end_b) in zip(starts, ends, strict=True):
                halved = 2 * (end_a - start_a + end_b - start_b) <= n + m
                pending.append((start_a, end_a, start_b, end_b, halved))
            blocks.extend((a1 + i, b1 + j, 1) for i, j in anchors)
            continue
        windows = -(-max(n, m) // _WINDOW)
        for k in range(windows):
            pending.append(
                (
                    a1 + n * k // windows,
                    a1 + n * (k + 1) // windows,
                    b1 + m * k // windows,
                    b1 + m * (k + 1) // windows,
                    False,
                )
            )
    blocks.sort()
    return blocks


def changed_ranges(a_keys: Sequence[str], b_keys: Sequence[str]) -> list[tuple[int, int, int, int]]:
    """Return the word ranges ``(a1, a2, b1, b2)`` that differ between two folded word lists.

    Runs of changes with no common word between them are one range; ranges whose
    words differ only in punctuation are left out.
    """
    if a_keys == b_keys:
        return []
    # The changes between two runs of equal words are one range (the last matching
    # block is an empty one at the ends of both lists).
    if len(a_keys) * len(b_keys) <= EXACT_DIFF_CELLS:
        blocks: list[Block] = [
            (block.a, block.b, block.size)
            for block in Indel.opcodes(a_keys, b_keys).as_matching_blocks()
        ]
    else:
        blocks = [*_matching_blocks(a_keys, b_keys), (len(a_keys), len(b_keys), 0)]
    spans: list[tuple[int, int, int, int]] = []
    a_end = b_end = 0
    for a_start, b_start, size in blocks:
        if a_end < a_start or b_end < b_start:
            spans.append((a_end, a_start, b_end, b_start))
        a_end, b_end = a_start + size, b_start + size
    return [
        (a1, a2, b1, b2)
        for a1, a2, b1, b2 in spans
        if _letters(a_keys[a1:a2]) != _letters(b_keys[b1:b2])
    ]


def _start(bounds: Sequence[int], index: int, fallback: int) -> int:
    """Return where word ``index`` starts, or where an empty range at ``index`` sits."""
    if 2 * index < len(bounds):
        return bounds[2 * index]
    if bounds:
        return bounds[-1]
    return fallback


def edits_from_ranges(
    ranges: Sequence[tuple[int, int, int, int]],
    a_bounds: Sequence[int],
    b_bounds: Sequence[int],
    *,
    a_fallback: int = 0,
    b_fallback: int = 0,
) -> tuple[WordEdit, ...]:
    """Return the :class:`WordEdit` of each range of :func:`changed_ranges`, in offsets.

    ``a_bounds``/``b_bounds`` are the words' offsets as ``[start0, end0, start1, ...]``
    (see :func:`tui.core.words.word_bounds`); an empty range marks where the other side's
    words stand, and ``a_fallback``/``b_fallback`` is that place when a side has no words.
    """
    edits: list[WordEdit] = []
    for a1, a2, b1, b2 in ranges:
        tag: Literal["replace", "delete", "insert"]
        if a1 < a2 and b1 < b2:
            tag = "replace"
        elif a1 < a2:
            tag = "delete"
        else:
            tag = "insert"
        a_start = _start(a_bounds, a1, a_fallback)
        a_end = a_bounds[2 * a2 - 1] if a1 < a2 else a_start
        b_start = _start(b_bounds, b1, b_fallback)
        b_end = b_bounds[2 * b2 - 1] if b1 < b2 else b_start
        edits.append(WordEdit(tag, a_start, a_end, b_start, b_end))
    return tuple(edits)


def word_edits(
    a_tokens: Sequence[Token],
    b_tokens: Sequence[Token],
    *,
    a_fallback: int = 0,
    b_fallback: int = 0,
) -> tuple[WordEdit, ...]:
    """Return the word edits that turn ``a_tokens`` into ``b_tokens``.

    Each edit covers whole words on each side (an empty range marks where the other
    side's words stand); runs of changes with no common word between them are one
    edit; edits that differ only in punctuation or case are left out.
    ``a_fallback``/``b_fallback`` give the position used when a side has no words.
    """
    ranges = changed_ranges(
        folded_words(word for _, _, word in a_tokens),
        folded_words(word for _, _, word in b_tokens),
    )
    if not ranges:
        return ()
    return edits_from_ranges(
        ranges,
        [bound for start, end, _ in a_tokens for bound in (start, end)],
        [bound for start, end, _ in b_tokens for bound in (start, end)],
        a_fallback=a_fallback,
        b_fallback=b_fallback,
    )


def group_word_edits(
    a: Document, a_ids: Sequence[int], b: Document, b_ids: Sequence[int]
) -> tuple[WordEdit, ...]:
    """Return the word edits between the sentences ``a_ids`` of ``a`` and ``b_ids`` of ``b``."""
    a_fallback = a.sentences[min(a_ids)].start if a_ids else 0
    b_fallback = b.sentences[min(b_ids)].start if b_ids else 0
    return word_edits(
        group_tokens(a, a_ids),
        group_tokens(b, b_ids),
        a_fallback=a_fallback,
        b_fallback=b_fallback,
    )
