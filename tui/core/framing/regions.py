"""Where two aligned passages differ, word by word: the input of the framing rules.

An aligned group's sentences become a run of :class:`~tui.core.framing_lexicon.Word` per
side; the group's word edits (or, when the aligner gave none, our own word diff) become
:class:`Region` pairs of word ranges that differ between the sides.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from tui.core.framing.lexicon import Word, make_word
from tui.core.models import Document, WordEdit
from tui.core.text.quotation import in_quotation, quotation_ranges
from tui.core.text.words import word_spans

#: A deleted and an inserted run of at least this many words may be the same clause, moved.
_MOVED_MIN = 5
#: ...when their words are at least this similar (difflib ratio).
_MOVED_SIMILARITY = 0.3


@dataclass(frozen=True, slots=True)
class Region:
    """A place where the sides differ: word ranges ``a_first:a_last`` and ``b_first:b_last``.

    One range may be empty (words only on the other side); its ``first`` is then the word
    position where the other side's words would go.
    """

    a_first: int
    a_last: int
    b_first: int
    b_last: int


def passage_words(document: Document, sentence_ids: Sequence[int]) -> tuple[Word, ...]:
    """Return the words of the given sentences in order, quoted words left out.

    Words inside quotation marks are the speaker's, not the writer's framing, and are
    compared by the quotations analysis instead.
    """
    ranges = quotation_ranges(document.text)
    found: list[Word] = []
    for sentence_id in sentence_ids:
        sentence = document.sentences[sentence_id]
        for start, end, text in word_spans(sentence.text, sentence.start):
            if not in_quotation(ranges, start, end):
                found.append(make_word(start, end, text))
    return tuple(found)


def _merge(regions: list[Region]) -> list[Region]:
    merged: list[Region] = []
    for region in regions:
        if merged and region.a_first <= merged[-1].a_last and region.b_first <= merged[-1].b_last:
            last = merged[-1]
            merged[-1] = Region(
                last.a_first,
                max(last.a_last, region.a_last),
                last.b_first,
                max(last.b_last, region.b_last),
            )
        else:
            merged.append(region)
    return merged


def _opcode_regions(
    a_keys: Sequence[str], b_keys: Sequence[str], a_offset: int = 0, b_offset: int = 0
) -> list[Region]:
    matcher = SequenceMatcher(None, a_keys, b_keys, autojunk=False)
    return [
        Region(a_offset + a_first, a_offset + a_last, b_offset + b_first, b_offset + b_last)
        for tag, a_first, a_last, b_first, b_last in matcher.get_opcodes()
        if tag != "equal"
    ]


def _similarity(a_keys: Sequence[str], b_keys: Sequence[str]) -> float:
    return SequenceMatcher(None, a_keys, b_keys, autojunk=False).ratio()


def _moved_clauses(
    regions: list[Region], a_keys: Sequence[str], b_keys: Sequence[str]
) -> list[Region]:
    """Diff a clause that moved (deleted in one place, inserted in another) against itself."""
    deleted = [r for r in regions if r.b_first == r.b_last and r.a_last - r.a_first >= _MOVED_MIN]
    inserted = [r for r in regions if r.a_first == r.a_last and r.b_last - r.b_first >= _MOVED_MIN]
    result = list(regions)
    for gone in deleted:
        scored = [
            (_similarity(a_keys[gone.a_first : gone.a_last], b_keys[new.b_first : new.b_last]), new)
            for new in inserted
        ]
        if not scored:
            break
        score, new = max(scored, key=lambda pair: pair[0])
        if score < _MOVED_SIMILARITY:
            continue
        inserted.remove(new)
        result.remove(gone)
        result.remove(new)
        result.extend(
            _opcode_regions(
                a_keys[gone.a_first : gone.a_last],
                b_keys[new.b_first : new.b_last],
                gone.a_first,
                new.b_first,
            )
        )
    return sorted(result, key=lambda r: (r.a_first, r.b_first))


def diff_regions(a_words: Sequence[Word], b_words: Sequence[Word]) -> tuple[Region, ...]:
    """Return the regions where two runs of words differ (case and marks folded).

    Longest common runs are matched first, so a clause moved within a rewritten sentence
    lines up with itself rather than with whatever happens to stand in its place.
    """
    a_keys = [w.lower for w in a_words]
    b_keys = [w.lower for w in b_words]
    regions = _merge(_opcode_regions(a_keys, b_keys))
    return tuple(_moved_clauses(regions, a_keys, b_keys))


def _word_start(word: Word) -> int:
    return word.start


def _word_end(word: Word) -> int:
    return word.end


def _word_range(words: Sequence[Word], start: int, end: int) -> tuple[int, int]:
    """Return the word range ``first:last`` of ``words`` (in reading order) that the
    characters ``start:end`` touch; an empty range sits where those characters would be.

    Found by bisection, so the many edits of a huge passage each cost a few steps, not a
    walk over its words.
    """
    first = bisect.bisect_right(words, start, key=_word_end)
    last = bisect.bisect_left(words, end, lo=first, key=_word_start)
    return first, last


def edit_regions(
    a_words: Sequence[Word], b_words: Sequence[Word], edits: Sequence[WordEdit]
) -> tuple[Region, ...]:
    """Return the regions covered by the aligner's word ``edits`` (character offsets).

    A clause the edits show as deleted in one place and inserted in another is diffed
    against itself, as in :func:`diff_regions`.
    """
    regions: list[Region] = []
    for edit in sorted(edits, key=lambda e: (e.a_start, e.b_start)):
        a_first, a_last = _word_range(a_words, edit.a_start, edit.a_end)
        b_first, b_last = _word_range(b_words, edit.b_start, edit.b_end)
        if a_first < a_last or b_first < b_last:
            regions.append(Region(a_first, a_last, b_first, b_last))
    a_keys = [w.lower for w in a_words]
    b_keys = [w.lower for w in b_words]
    return tuple(_moved_clauses(_merge(regions), a_keys, b_keys))
