"""How much two sentences tell the same thing: normalised terms, rarity weights, scores.

A sentence is reduced to the set of its *terms*: the Snowball stems of its content
words, after folding case, curly quotes and dashes, dropping function words and
splitting hyphenated compounds ("supply-chain" → "suppli", "chain").  Each term is
weighted by how rare it is across both documents, so that sharing "Pyongyang" counts
for much more than sharing "Lee" or "said".  Scores are integer-weighted so that they
do not depend on the order in which terms are added up.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from itertools import chain

from tui.core.words import FUNCTION_WORDS, fast_words, fold_marks, stem

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
#: Amounts written short ("$20m", "3bn") read as the number and its scale word.
_SHORT_AMOUNT = re.compile(r"(\d+(?:[.,]\d+)?)(k|m|mn|bn|tn)")
_SCALE_WORDS = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion", "tn": "trillion"}
_term_cache: dict[str, tuple[str, ...]] = {}


def word_terms(word: str) -> tuple[str, ...]:
    """Return the terms one written word contributes (none for function words)."""
    cached = _term_cache.get(word)
    if cached is not None:
        return cached
    folded = fold_marks(word).lower()
    terms: tuple[str, ...] = ()
    amount = _SHORT_AMOUNT.fullmatch(folded)
    if amount is not None:
        terms = (amount.group(1), _SCALE_WORDS[amount.group(2)])
    elif folded not in FUNCTION_WORDS and folded not in ATTRIBUTION_WORDS:
        parts = [part for part in folded.replace("'", "-").split("-") if part]
        if len(parts) > 1 and parts[-1] == "s":
            parts.pop()
        terms = tuple(stem(part) for part in parts if part not in FUNCTION_WORDS and len(part) > 1)
    if len(_term_cache) < 200_000:
        _term_cache[word] = terms
    return terms


def terms_of_words(written: Sequence[str]) -> frozenset[str]:
    """Return the set of content terms (stems) of a sentence's words."""
    try:
        return frozenset(chain.from_iterable(map(_term_cache.__getitem__, written)))
    except KeyError:
        return frozenset(chain.from_iterable(map(word_terms, written)))


def sentence_terms(text: str) -> frozenset[str]:
    """Return the set of content terms (stems) of one sentence."""
    return terms_of_words(fast_words(text))


def term_weights(term_sets: Iterable[frozenset[str]]) -> dict[str, int]:
    """Return an integer rarity weight for every term of ``term_sets`` (rarer is heavier).

    The weight is a scaled inverse document frequency over the given sentences, at
    least 1, so that scores are exact sums of integers.
    """
    frequency: Counter[str] = Counter()
    total = 0
    for terms in term_sets:
        frequency.update(terms)
        total += 1
    return {
        term: max(1, round(_WEIGHT_SCALE * math.log((total + 1) / count)))
        for term, count in frequency.items()
    }


def total_weight(terms: Iterable[str], weights: Mapping[str, int]) -> int:
    """Return the summed weight of ``terms`` (every term must have a weight)."""
    return sum(map(weights.__getitem__, terms))


def weighted_dice(a: frozenset[str], b: frozenset[str], weights: Mapping[str, int]) -> float:
    """Return the weighted Dice overlap of two term sets, in [0, 1]."""
    size = total_weight(a, weights) + total_weight(b, weights)
    if size == 0:
        return 0.0
    return 2 * total_weight(a & b, weights) / size


def containment(part: frozenset[str], whole: frozenset[str], weights: Mapping[str, int]) -> float:
    """Return the weighted share of ``part``'s terms that ``whole`` also has, in [0, 1]."""
    size = total_weight(part, weights)
    if size == 0:
        return 0.0
    return total_weight(part & whole, weights) / size


def union_terms(term_sets: Sequence[frozenset[str]], indices: Iterable[int]) -> frozenset[str]:
    """Return the union of the term sets at ``indices``."""
    union: set[str] = set()
    for index in indices:
        union.update(term_sets[index])
    return frozenset(union)
