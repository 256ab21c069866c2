"""Word-level changes inside an aligned group of sentences.

The words of a group's sentences on each side are compared as token lists (folded
case, curly marks and dashes) with rapidfuzz's Indel opcodes.  Adjacent changes are
merged into one edit, and edits that only change punctuation or case are dropped, so
that every :class:`~tui.core.models.WordEdit` marks words a reader would call different.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from rapidfuzz.distance import Indel

from tui.core.models import Document, WordEdit
from tui.core.words import fast_word_spans, fold_marks

Token = tuple[int, int, str]


def group_tokens(document: Document, sentence_ids: Sequence[int]) -> list[Token]:
    """Return the words of the given sentences, in reading order, with document offsets."""
    tokens: list[Token] = []
    for sentence_id in sorted(sentence_ids):
        sentence = document.sentences[sentence_id]
        tokens.extend(fast_word_spans(sentence.text, sentence.start))
    return tokens


_key_cache: dict[str, str] = {}


def _key(word: str) -> str:
    key = _key_cache.get(word)
    if key is None:
        key = fold_marks(word).lower()
        if len(_key_cache) < 200_000:
            _key_cache[word] = key
    return key


def _letters(tokens: Sequence[Token]) -> str:
    return "".join(ch for _, _, word in tokens for ch in _key(word) if ch.isalnum())


def _position(tokens: Sequence[Token], index: int, fallback: int) -> int:
    """Return where a change at token ``index`` sits when it covers no word of this side."""
    if index < len(tokens):
        return tokens[index][0]
    if tokens:
        return tokens[-1][1]
    return fallback


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
    a_keys = [_key(word) for _, _, word in a_tokens]
    b_keys = [_key(word) for _, _, word in b_tokens]
    if a_keys == b_keys:
        return ()
    spans: list[tuple[int, int, int, int]] = []
    for opcode in Indel.opcodes(a_keys, b_keys):
        if opcode.tag == "equal":
            continue
        if spans and spans[-1][1] == opcode.src_start and spans[-1][3] == opcode.dest_start:
            a1, _, b1, _ = spans[-1]
            spans[-1] = (a1, opcode.src_end, b1, opcode.dest_end)
        else:
            spans.append((opcode.src_start, opcode.src_end, opcode.dest_start, opcode.dest_end))
    edits: list[WordEdit] = []
    for a1, a2, b1, b2 in spans:
        if _letters(a_tokens[a1:a2]) == _letters(b_tokens[b1:b2]):
            continue
        tag: Literal["replace", "delete", "insert"]
        if a1 < a2 and b1 < b2:
            tag = "replace"
        elif a1 < a2:
            tag = "delete"
        else:
            tag = "insert"
        a_start = a_tokens[a1][0] if a1 < a2 else _position(a_tokens, a1, a_fallback)
        a_end = a_tokens[a2 - 1][1] if a1 < a2 else a_start
        b_start = b_tokens[b1][0] if b1 < b2 else _position(b_tokens, b1, b_fallback)
        b_end = b_tokens[b2 - 1][1] if b1 < b2 else b_start
        edits.append(WordEdit(tag, a_start, a_end, b_start, b_end))
    return tuple(edits)


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
