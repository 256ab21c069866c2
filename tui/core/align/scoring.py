"""How much two sentences tell the same thing: normalised terms, rarity weights, scores.

A sentence is reduced to the set of its *terms*: the Snowball stems of its content
words, after folding case, curly quotes and dashes, dropping function words and
splitting hyphenated compounds ("supply-chain" → "suppli", "chain").  Each term is
weighted by how rare it is across both documents, so that sharing "Pyongyang" counts
for much more than sharing "Lee" or "said".  Scores are integer-weighted so that they
do not depend on the order in which terms are added up.

For speed on long documents the terms are numbered (in the sorted order of their
text, so that ties break the same way whatever the input order) and each document
becomes a :class:`TermMatrix`; scores of many sentence pairs are then computed at
once with numpy.

(Just over 400 lines: the term folding and the weighted scores over the term matrices are
one vocabulary; the calibrated pair model is apart in :mod:`tui.core.align.calibration`.)
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
from nltk.stem.snowball import SnowballStemmer
from numpy.typing import NDArray

from tui.core.align.synonyms import SYNONYM_TERMS
from tui.core.text.numerals import NUMBER_WORDS, ORDINAL_WORDS
from tui.core.text.spelling import spelling_key
from tui.core.text.words import FUNCTION_WORDS, fold_marks, fold_words

IntArray = NDArray[np.int64]
FloatArray = NDArray[np.float64]

#: Words that news copy uses to attribute rather than to tell: they carry no fact.
ATTRIBUTION_WORDS: frozenset[str] = frozenset(
    [
        "say",
        "said",
        "says",
        "saying",
        "told",
        "tell",
        "according",
        "added",
        "adds",
        "reported",
        "report",
        "reports",
    ]
)

_WEIGHT_SCALE = 100
#: Amounts written short ("$20m", "3bn") or run together ("£20million") read as the number
#: and its scale word.
_SHORT_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)?)(k|m|mn|bn|tn|thousand|million|billion|trillion)")
#: A number glued to a unit's short form ("13ft", "4.6km", "20kg") reads as the number and
#: the unit ("4m" is left to the scales above: in news copy it is more often money).
_GLUED_UNIT = re.compile(
    r"(\d+(?:\.\d+)?)(km|mi|ft|cm|mm|kg|lbs?|oz|mph|kph|kwh|mwh|gwh|twh|kw|mw|gw)"
)
_SCALE_WORDS = {
    "k": "thousand",
    "m": "million",
    "mn": "million",
    "bn": "billion",
    "tn": "trillion",
    "thousand": "thousand",
    "million": "million",
    "billion": "billion",
    "trillion": "trillion",
}
#: Abbreviations that news style writes for a month or a title ("Dec." in American copy,
#: "December" in British; "Sen." and "senator"): each reads as the word it stands for.
#: ("Mar." and "May" are left out: a verb and a month that is never shortened.)
ABBREVIATIONS: dict[str, str] = {
    "jan": "january",
    "feb": "february",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
    "sen": "senator",
    "gov": "governor",
    "gen": "general",
    "lt": "lieutenant",
    "sgt": "sergeant",
    "capt": "captain",
    "dept": "department",
    "atty": "attorney",
    "supt": "superintendent",
    "prof": "professor",
    "pct": "percent",
}
#: A class term of news synonyms weighs this many times less than a word's own term.
SYNONYM_DIVISOR = 3
_CACHE_LIMIT = 200_000
#: The same stemmer as :func:`tui.core.words.stem`, called on words already folded.
_STEMMER = SnowballStemmer("english")
_term_cache: dict[str, tuple[str, ...]] = {}
_stem_cache: dict[str, str] = {}


def _stem(part: str) -> str:
    """Return the term of a folded, lower-case word part, computed once per part: the
    Snowball stem of its spelling key (:mod:`tui.core.text.spelling`: British and American
    spellings share it).

    A part that ends in a digit ("2024", "3.5", "g20") is its own stem: every rule of the
    English stemmer removes or replaces a suffix of letters, so it is not run for them.
    """
    stemmed = _stem_cache.get(part)
    if stemmed is None:
        stemmed = part if part[-1].isdigit() else _STEMMER.stem(spelling_key(part))
        if len(_stem_cache) < _CACHE_LIMIT:
            _stem_cache[part] = stemmed
    return stemmed


def _rounded(number: str) -> str | None:
    """Return the term a figure shares with the same figure at another precision: "~" and
    the number rounded to two significant digits, and to a whole number from 1 on ("86.1"
    and "86" give "~86", "148.5" and "150" give "~150", "8.2" and "8" give "~8"); None
    when ``number`` is not a plain number."""
    try:
        value = float(number.replace(",", ""))
    except ValueError:
        return None
    if not math.isfinite(value) or value <= 0:
        return None
    # Two significant digits, but never finer than a whole number from 1 on ("8.2%" and
    # "more than 8 percent" are the same figure told at two precisions).
    digits = 1 - math.floor(math.log10(value))
    if value >= 1:
        digits = min(digits, 0)
    # Halves round up, not to even: "105,204" and "105,000" are both "~110000".
    scale = 10.0**digits
    return f"~{math.floor(value * scale + 0.5) / scale:g}"


def _number_terms(number: str) -> tuple[str, ...]:
    """Return the terms of a figure: the figure as written and its rounded form, so that an
    exact match counts twice and a match at another precision ("$12 million" and "$12.4
    million") once."""
    if len(number) == 4 and number.isdigit():
        return (number,)  # a year: 2015 and 2019 are not the same figure at two precisions
    rounded = _rounded(number)
    return (number,) if rounded is None else (number, rounded)


def _without_accents(word: str) -> str:
    """Return ``word`` with its accents dropped ("huamán" → "huaman"), as outlets that
    spell a name with or without them tell of the same person."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _with_synonym(stem: str) -> tuple[str, ...]:
    """Return a stem, and the term of its class of news synonyms when it has one
    (:mod:`tui.core.align.synonyms`)."""
    synonym = SYNONYM_TERMS.get(stem)
    return (stem,) if synonym is None else (stem, synonym)


def _folded_terms(folded: str) -> tuple[str, ...]:
    """Return the terms of one word already folded (marks and case)."""
    if not folded.isascii():
        folded = _without_accents(folded)
    number = NUMBER_WORDS.get(folded)
    if number is not None:
        return _number_terms(number)
    if folded[:1].isdigit():
        amount = _SHORT_AMOUNT.fullmatch(folded)
        if amount is not None:
            return (*_number_terms(amount.group(1)), _SCALE_WORDS[amount.group(2)])
        glued = _GLUED_UNIT.fullmatch(folded)
        if glued is not None:
            return (*_number_terms(glued.group(1)), glued.group(2))
        if folded[-1].isdigit() and "-" not in folded:
            return _number_terms(folded)
    if folded in FUNCTION_WORDS or folded in ATTRIBUTION_WORDS:
        return ()
    ordinal = ORDINAL_WORDS.get(folded)
    if ordinal is not None:
        return (ordinal,)
    folded = ABBREVIATIONS.get(folded, folded)
    if folded == "cent":
        # "per cent" is British for "percent" ("per" is a function word); money in cents
        # keeps its own term too.
        return ("cent", "percent")
    if "'" not in folded and "-" not in folded:
        return _with_synonym(_stem(folded)) if len(folded) > 1 else ()
    parts = [part for part in folded.replace("'", "-").split("-") if part]
    if len(parts) > 1 and parts[-1] == "s":
        parts.pop()
    return tuple(_stem(part) for part in parts if part not in FUNCTION_WORDS and len(part) > 1)


def word_terms(word: str) -> tuple[str, ...]:
    """Return the terms one written word contributes (none for function words)."""
    cached = _term_cache.get(word)
    if cached is not None:
        return cached
    terms = _folded_terms(fold_marks(word).lower())
    if len(_term_cache) < _CACHE_LIMIT:
        _term_cache[word] = terms
    return terms


def terms_of_words(words: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Return the terms of each of ``words`` (as :func:`word_terms`), folding the words
    not seen before all at once."""
    terms: dict[str, tuple[str, ...]] = {}
    new: list[str] = []
    for word in words:
        found = _term_cache.get(word)
        if found is None:
            new.append(word)
        else:
            terms[word] = found
    folded = fold_words(new)
    room = _CACHE_LIMIT - len(_term_cache)
    for word, folded_word in zip(new, folded, strict=True):
        made = _folded_terms(folded_word)
        terms[word] = made
        if room > 0:
            _term_cache[word] = made
            room -= 1
    return terms


def segment_offsets(starts: IntArray, lengths: IntArray) -> tuple[IntArray, IntArray]:
    """Return, for segments ``[start, start + length)`` laid end to end, each element's
    segment number and its position in the flat array the segments point into."""
    owner = np.repeat(np.arange(len(starts), dtype=np.int64), lengths)
    ends = np.cumsum(lengths)
    shift = np.repeat(starts - (ends - lengths), lengths)
    return owner, shift + np.arange(int(ends[-1]) if len(ends) else 0, dtype=np.int64)


def unique_counts(values: IntArray) -> tuple[IntArray, IntArray]:
    """Return the distinct ``values`` in ascending order and how often each occurs.

    The same as ``np.unique(values, return_counts=True)``, by one sort: numpy's own
    ``unique`` hashes integers first, which costs many times a sort on these arrays.
    """
    ordered = np.sort(values)
    if len(ordered) == 0:
        return ordered, np.zeros(0, dtype=np.int64)
    starts = np.flatnonzero(np.concatenate([[True], ordered[1:] != ordered[:-1]]))
    counts = np.diff(np.append(starts, len(ordered)))
    return ordered[starts], counts


@dataclass(frozen=True)
class TermMatrix:
    """The term ids of a document's sentences, row by row (compressed sparse rows).

    The terms of sentence ``k`` are ``indices[indptr[k]:indptr[k + 1]]``, ascending.
    """

    indptr: IntArray
    indices: IntArray

    @property
    def rows(self) -> int:
        """Return the number of sentences."""
        return len(self.indptr) - 1

    def row_of_entries(self) -> IntArray:
        """Return, for each stored term, the sentence it belongs to."""
        return np.repeat(np.arange(self.rows, dtype=np.int64), np.diff(self.indptr))

    def terms(self, row: int) -> frozenset[int]:
        """Return the term ids of one sentence as a set."""
        return frozenset(self.indices[self.indptr[row] : self.indptr[row + 1]].tolist())

    def row_weights(self, weights: IntArray) -> IntArray:
        """Return the summed term weight of every sentence."""
        per_entry = weights[self.indices].astype(np.float64)
        sums = np.bincount(self.row_of_entries(), weights=per_entry, minlength=self.rows)
        return sums.astype(np.int64)


@dataclass(frozen=True)
class TermTable:
    """Both documents as term matrices, with each term's integer rarity weight."""

    a: TermMatrix
    b: TermMatrix
    weights: IntArray
    #: Whether each term is a figure (as written, or its rounded "~" form).
    numeric: NDArray[np.bool_] | None = None
    #: The id of each term.
    term_id: Mapping[str, int] | None = None


@dataclass(frozen=True)
class _WordTerms:
    """The term ids of each distinct word: ``ids[start[k]:start[k] + count[k]]`` for the
    word numbered ``k`` in ``number``."""

    number: dict[str, int]
    start: IntArray
    count: IntArray
    ids: IntArray
    term_count: int


def _matrix(sentences: Sequence[Sequence[str]], words: _WordTerms) -> TermMatrix:
    """Return the term matrix of the sentences, built on whole arrays: every word of every
    sentence becomes its terms, tagged with the sentence, and the (sentence, term) pairs
    are sorted and made unique at once."""
    lengths = np.fromiter(map(len, sentences), dtype=np.int64, count=len(sentences))
    tokens = np.fromiter(
        map(words.number.__getitem__, chain.from_iterable(sentences)),
        dtype=np.int64,
        count=int(lengths.sum()),
    )
    token_row = np.repeat(np.arange(len(sentences), dtype=np.int64), lengths)
    owner, positions = segment_offsets(words.start[tokens], words.count[tokens])
    term_count = max(1, words.term_count)
    codes, _ = unique_counts(token_row[owner] * term_count + words.ids[positions])
    indptr = np.zeros(len(sentences) + 1, dtype=np.int64)
    np.cumsum(np.bincount(codes // term_count, minlength=len(sentences)), out=indptr[1:])
    return TermMatrix(indptr, codes % term_count)


def _rarity_weights(frequency: IntArray, total: int) -> IntArray:
    """Return a scaled inverse document frequency, at least 1, for each term's frequency."""
    weight_of = {
        count: max(1, round(_WEIGHT_SCALE * math.log((total + 1) / count)))
        for count in unique_counts(frequency)[0].tolist()
        if count > 0
    }
    lookup = np.zeros(int(frequency.max(initial=0)) + 1, dtype=np.int64)
    for count, weight in weight_of.items():
        lookup[count] = weight
    return lookup[frequency]


def term_table(a_words: Sequence[Sequence[str]], b_words: Sequence[Sequence[str]]) -> TermTable:
    """Return the term matrices of two documents given as the words of each sentence.

    A term's weight is a scaled inverse document frequency over the sentences of both
    documents (rarer is heavier), so that scores are exact sums of integers.
    """
    distinct = list(set(chain.from_iterable(chain(a_words, b_words))))
    terms_of_word = terms_of_words(distinct)
    vocabulary = sorted(set(chain.from_iterable(terms_of_word.values())))
    term_id = {term: number for number, term in enumerate(vocabulary)}
    terms = [terms_of_word[word] for word in distinct]
    count = np.fromiter(map(len, terms), dtype=np.int64, count=len(terms))
    ids = np.fromiter(
        map(term_id.__getitem__, chain.from_iterable(terms)),
        dtype=np.int64,
        count=int(count.sum()),
    )
    words = _WordTerms(
        {word: number for number, word in enumerate(distinct)},
        np.cumsum(count) - count,
        count,
        ids,
        len(vocabulary),
    )
    a, b = _matrix(a_words, words), _matrix(b_words, words)
    frequency = np.bincount(
        np.concatenate([a.indices, b.indices]), minlength=len(vocabulary)
    ).astype(np.int64)
    numeric = np.fromiter(
        (term[:1].isdigit() or term[:1] == "~" for term in vocabulary),
        dtype=np.bool_,
        count=len(vocabulary),
    )
    weights = _rarity_weights(frequency, a.rows + b.rows)
    synonym = np.fromiter(
        (term[:1] == "=" for term in vocabulary), dtype=np.bool_, count=len(vocabulary)
    )
    weights[synonym] = np.maximum(1, weights[synonym] // SYNONYM_DIVISOR)
    return TermTable(a, b, weights, numeric, term_id)


def _shared_entries(
    table: TermTable, a_rows: IntArray, b_rows: IntArray
) -> tuple[IntArray, IntArray]:
    """Return ``(pair, term)`` for every term pair ``k`` = ``(a_rows[k], b_rows[k])`` shares."""
    a, b, weights = table.a, table.b, table.weights
    term_count = max(1, len(weights))
    pair, positions = segment_offsets(b.indptr[b_rows], np.diff(b.indptr)[b_rows])
    terms = b.indices[positions]
    keys = a_rows[pair] * term_count + terms
    a_keys = a.row_of_entries() * term_count + a.indices
    found = np.searchsorted(a_keys, keys)
    found[found == len(a_keys)] = 0
    hit = a_keys[found] == keys if len(a_keys) else np.zeros(len(keys), dtype=bool)
    return pair[hit], terms[hit]


def shared_weights(table: TermTable, a_rows: IntArray, b_rows: IntArray) -> IntArray:
    """Return, for each pair ``(a_rows[k], b_rows[k])``, the summed weight of shared terms."""
    owner, shared = _shared_entries(table, a_rows, b_rows)
    weights = table.weights[shared].astype(np.float64)
    return np.bincount(owner, weights=weights, minlength=len(a_rows)).astype(np.int64)


@dataclass(frozen=True)
class SharedStats:
    """What each scored pair of sentences shares: summed weight, number of terms, the weight
    of the rarest shared term, and how many shared terms are figures."""

    weight: IntArray
    terms: IntArray
    rarest: IntArray
    figures: IntArray
    #: The summed weight of shared rare terms (see :func:`rare_weights`).
    rare: IntArray


def shared_stats(table: TermTable, a_rows: IntArray, b_rows: IntArray) -> SharedStats:
    """Return what each pair ``(a_rows[k], b_rows[k])`` shares (see :class:`SharedStats`)."""
    weights = table.weights
    owner, shared = _shared_entries(table, a_rows, b_rows)
    count = len(a_rows)
    weight = np.bincount(owner, weights=weights[shared].astype(np.float64), minlength=count)
    rarest = np.zeros(count, dtype=np.int64)
    np.maximum.at(rarest, owner, weights[shared])
    numeric = table.numeric
    figures = (
        np.bincount(owner, weights=numeric[shared].astype(np.float64), minlength=count)
        if numeric is not None
        else np.zeros(count)
    )
    rare = np.bincount(
        owner, weights=rare_weights(table)[shared].astype(np.float64), minlength=count
    )
    return SharedStats(
        weight.astype(np.int64),
        np.bincount(owner, minlength=count).astype(np.int64),
        rarest,
        figures.astype(np.int64),
        rare.astype(np.int64),
    )


#: A term is rare when its weight is at least this share of the heaviest weight: it is
#: found in a handful of sentences at most (a name, a figure, a distinctive word).
RARE_SHARE = 0.75


def shared_top_weight(table: TermTable) -> int:
    """Return the weight of a term found in two sentences in all: the heaviest a term
    shared by two sentences can be (at least 1)."""
    total = table.a.rows + table.b.rows
    return max(1, round(_WEIGHT_SCALE * math.log((total + 1) / 2)))


def rare_weights(table: TermTable) -> IntArray:
    """Return the table's weights with every term that is not rare weighted 0."""
    weights = table.weights
    return np.where(weights >= RARE_SHARE * shared_top_weight(table), weights, 0)


def total_weight(terms: Iterable[int], weights: Sequence[int]) -> int:
    """Return the summed weight of ``terms`` (term ids)."""
    return sum(map(weights.__getitem__, terms))


def weighted_dice(a: frozenset[int], b: frozenset[int], weights: Sequence[int]) -> float:
    """Return the weighted Dice overlap of two term sets, in [0, 1]."""
    size = total_weight(a, weights) + total_weight(b, weights)
    if size == 0:
        return 0.0
    return 2 * total_weight(a & b, weights) / size


def containment(part: frozenset[int], whole: frozenset[int], weights: Sequence[int]) -> float:
    """Return the weighted share of ``part``'s terms that ``whole`` also has, in [0, 1]."""
    size = total_weight(part, weights)
    if size == 0:
        return 0.0
    return total_weight(part & whole, weights) / size


def union_terms(
    term_sets: Mapping[int, frozenset[int]], indices: Collection[int]
) -> frozenset[int]:
    """Return the union of the term sets at ``indices``."""
    if len(indices) == 1:
        (index,) = indices
        return term_sets[index]
    union: set[int] = set()
    for index in indices:
        union.update(term_sets[index])
    return frozenset(union)
