"""How positive or negative a word is, from VADER's sentiment lexicon (the vaderSentiment package).

VADER (Hutto & Gilbert, ICWSM 2014; MIT licence) ships ``vader_lexicon.txt`` inside the package:
about 7,500 words rated by ten people from -4 (most negative) to +4. We read that file only (no
analyser, nothing fetched at run time). A general sentiment lexicon scores facts too ("killed"
is -3.5), so it never decides on its own what is framing: it gives the direction and weight of
a word our category lists have already picked out, and the direction of a word swap.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

from tui.core.text.words import fold_marks

_SUFFIXES = ("ing", "ed", "es", "s", "d", "ly")


@cache
def _lexicon() -> dict[str, float]:
    spec = importlib.util.find_spec("vaderSentiment")
    if spec is None or spec.origin is None:  # pragma: no cover - a declared dependency
        return {}
    path = Path(spec.origin).parent / "vader_lexicon.txt"
    ratings: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0][:1].isalpha():
            ratings[fields[0]] = float(fields[1])
    return ratings


def valence(phrase: str) -> float | None:
    """Return VADER's rating (-4..+4) of ``phrase``, of its strongest word, or None if unrated.

    A word not listed as written is looked up without a common ending ("slammed" as "slam").
    """
    ratings = _lexicon()
    found: list[float] = []
    for raw in fold_marks(phrase).lower().split():
        word = raw.strip(".,;:!?\"'()")
        rating = ratings.get(word)
        for suffix in _SUFFIXES:
            if rating is not None:
                break
            if word.endswith(suffix) and len(word) > len(suffix) + 2:
                base = word[: -len(suffix)]
                rating = ratings.get(base, ratings.get(base + "e"))
                if rating is None and len(base) > 3 and base[-1] == base[-2]:
                    rating = ratings.get(base[:-1])
        if rating is not None:
            found.append(rating)
    return max(found, key=abs) if found else None
