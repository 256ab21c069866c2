"""How much of one source the other retells, and how: verbatim, lightly edited, paraphrased.

The measure churnalism studies made familiar: a rewrite of an agency copy shares most of its
text nearly verbatim; two independent reports share facts in other words.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from rapidfuzz.distance import Indel

from tui.core.models import Alignment, Document, Reuse

#: A group whose texts agree at least this much (normalised Indel similarity) is verbatim.
VERBATIM_SIMILARITY = 0.97
#: ... at least this much, lightly edited; below it, paraphrased.
EDITED_SIMILARITY = 0.7


def _article_chars(document: Document, ids: Iterable[int] | None = None) -> int:
    sentences = document.sentences if ids is None else [document.sentences[i] for i in ids]
    return sum(len(s.text) for s in sentences if not s.boilerplate)


def _text(document: Document, ids: Iterable[int]) -> str:
    return " ".join(" ".join(document.sentences[i].text.split()) for i in ids)


#: Texts longer than this (characters, both sides) are compared by their words, not their
#: characters: the character measure costs the product of the lengths.
CHARACTER_LIMIT = 20_000


def _similarity(text_a: str, text_b: str) -> float:
    """Return how alike two texts are in [0, 1]: the normalised Indel similarity of their
    characters, or for very long texts the same measure over their word counts (linear)."""
    if len(text_a) + len(text_b) <= CHARACTER_LIMIT:
        return float(Indel.normalized_similarity(text_a, text_b))
    words_a, words_b = Counter(text_a.split()), Counter(text_b.split())
    total = sum(words_a.values()) + sum(words_b.values())
    shared = sum((words_a & words_b).values())
    return 2 * shared / total if total else 1.0


def measure_reuse(a: Document, b: Document, alignment: Alignment) -> Reuse:
    """Return the shares of each source the other also tells, and how the shared text splits."""
    shared_a = shared_b = 0
    split = {"verbatim": 0, "edited": 0, "paraphrased": 0}
    for group in alignment.groups:
        chars_a, chars_b = _article_chars(a, group.a), _article_chars(b, group.b)
        shared_a += chars_a
        shared_b += chars_b
        similarity = _similarity(_text(a, group.a).casefold(), _text(b, group.b).casefold())
        if similarity >= VERBATIM_SIMILARITY:
            how = "verbatim"
        elif similarity >= EDITED_SIMILARITY:
            how = "edited"
        else:
            how = "paraphrased"
        split[how] += chars_a + chars_b
    total_a, total_b = _article_chars(a), _article_chars(b)
    shared = sum(split.values())

    def share(part: int, whole: int) -> float:
        return round(part / whole, 4) if whole else 0.0

    return Reuse(
        a_in_b=share(shared_a, total_a),
        b_in_a=share(shared_b, total_b),
        verbatim=share(split["verbatim"], shared),
        edited=share(split["edited"], shared),
        paraphrased=share(split["paraphrased"], shared),
    )
