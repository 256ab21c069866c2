"""Words of article text: tokens with offsets, stems, function words and quote-mark folding.

Shared by alignment and the analyses so that every module sees the same words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain, islice

from nltk.stem.snowball import SnowballStemmer

# A word is a run of letters/digits, kept whole across inner apostrophes, hyphens,
# periods and commas between digits ("don't", "Jun-young", "U.S", "28,500", "3.5").
# Acronyms written with periods ("U.S.", "a.m.") are one word.
_WORD_PATTERN = r"(?:[^\W\d_]\.){2,}|\w+(?:(?:['’\-]|[.,](?=\d))\w+)*"
_WORD_REGEX = re.compile(_WORD_PATTERN, re.UNICODE | re.MULTILINE | re.DOTALL)
_STEMMER = SnowballStemmer("english")

#: Folds typographic variants so that straight and curly marks, and dashes, compare equal.
_FOLD = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "«": '"',
        "»": '"',
        "–": "-",
        "—": "-",
        "‒": "-",
        "―": "-",
        "\u00a0": " ",
    }
)

FUNCTION_WORDS: frozenset[str] = frozenset(
    """
    a an the and or but nor so yet for of in on at by to from with without into onto upon
    over under about above below between among through during before after since until
    as than that this these those there here which who whom whose what when where why how
    is are was were be been being am do does did done has have had having will would shall
    should can could may might must it its it's he him his she her hers they them their
    theirs we us our ours you your yours i me my mine not no also just very too more most
    such own same other some any each both all few many much only then now again further
    once if because while although though whether either neither per via its'
    """.split()  # noqa: SIM905 - a word list reads better as prose
)


def fold_marks(text: str) -> str:
    """Return ``text`` with curly quotes, apostrophes and dashes folded to plain ASCII marks."""
    return text.translate(_FOLD)


def word_spans(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """Return the words of ``text`` as ``(start, end, word)``, offsets shifted by ``offset``."""
    return [(offset + m.start(), offset + m.end(), m.group()) for m in _WORD_REGEX.finditer(text)]


def words(text: str) -> list[str]:
    """Return the words of ``text`` in order, as written."""
    return _WORD_REGEX.findall(text)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Return the lower-case English stem of ``word`` (Snowball), e.g. "restoring" → "restor"."""
    return str(_STEMMER.stem(fold_marks(word).lower()))


def is_function_word(word: str) -> bool:
    """Return True for words that carry grammar rather than content ("the", "has", "of")."""
    return fold_marks(word).lower() in FUNCTION_WORDS


def content_stems(text: str) -> list[str]:
    """Return the stems of the content words of ``text`` in order (function words dropped)."""
    return [stem(w) for w in words(text) if not is_function_word(w)]


_match_span = re.Match.span


def word_bounds(
    text: str, start: int = 0, end: int | None = None, limit: int | None = None
) -> list[int]:
    """Return where the words of ``text[start:end]`` start and end in ``text``, as one flat
    list ``[start0, end0, start1, end1, ...]`` (the words of :func:`words`), for the
    first ``limit`` words only when ``limit`` is given."""
    matches = _WORD_REGEX.finditer(text, start, len(text) if end is None else end)
    return list(chain.from_iterable(map(_match_span, islice(matches, limit))))


def fold_words(words: Sequence[str]) -> list[str]:
    """Return each of ``words`` folded as ``fold_marks(word).lower()``, in one pass.

    Folding and lower-casing go character by character, and a line break ends a word for
    ``lower`` just as the end of the text does, so the words are folded joined by line
    breaks; words holding a line break themselves are folded one by one.
    """
    folded = "\n".join(words).translate(_FOLD).lower().split("\n")
    if len(folded) != len(words):
        return [fold_marks(word).lower() for word in words]
    return folded


def locate_words(
    text: str, words: Sequence[str], start: int = 0, limit: int | None = None
) -> list[int]:
    """Return where ``words`` stand in ``text`` from ``start`` on, as one flat list
    ``[start0, end0, start1, end1, ...]``, for the first ``limit`` words when given.

    ``words`` must be the words :func:`words` finds in ``text[start:end]`` for some
    ``end``; the result is then that of :func:`word_bounds`.  Every word character of the
    text belongs to a word and every word starts with one, so each word is simply the
    next occurrence of its text after the word before it.
    """
    bounds: list[int] = []
    find = text.find
    position = start
    for word in words if limit is None else islice(words, limit):
        position = find(word, position)
        end = position + len(word)
        bounds += (position, end)
        position = end
    return bounds
