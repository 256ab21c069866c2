"""The strength and side of the word-list shifts (attribution, hedging, loaded, intensity,
whose-view, prominence): which source carries the marked word, and how much it weighs.

Strength ranks framing items for the reader: a distancing "claimed" or a loaded "branding"
outranks an emphatic "stressed" or a hedge "could". Charged words get theirs in
:mod:`tui.core.framing.voice`.
"""

from __future__ import annotations

from dataclasses import replace

from tui.core.framing.lexicon import load_lexicon, make_word
from tui.core.models import FramingShift, Side, Span
from tui.core.text.words import word_spans

#: Strength of an attribution shift by the class of its marked verb.
_ATTRIBUTION_STRENGTH = {
    "distancing": 0.7,
    "factive": 0.55,
    "emotive": 0.5,
    "tentative": 0.45,
    "assertive": 0.4,
    "neutral": 0.3,
}
#: Strength of the other word-list categories.
_CATEGORY_STRENGTH = {
    "loaded": 0.7,
    "whose-view": 0.5,
    "prominence": 0.5,
    "hedging": 0.45,
    "intensity": 0.4,
}
#: Hedge classes from most doubtful to most certain.
_HEDGE_ORDER = ("possibility", "evidential", "probability", "qualifier", "booster")


def _classes(category: str, span: Span | None) -> list[str]:
    if span is None or not span.text:
        return []
    found = [make_word(s, e, t) for s, e, t in word_spans(span.text)]
    return [m.entry.word_class for m in load_lexicon(category).find(found)]


def _marked_side(shift: FramingShift) -> Side:
    a_text = shift.a.text if shift.a is not None else ""
    b_text = shift.b.text if shift.b is not None else ""
    if not a_text or not b_text:
        return "b" if b_text else "a"
    if shift.category == "intensity":
        return "b" if "B is more intense" in shift.note else "a"
    if shift.category in ("attribution", "loaded"):
        a_neutral = set(_classes(shift.category, shift.a)) <= {"neutral"}
        return "b" if a_neutral else "a"
    if shift.category == "hedging":
        a_cls, b_cls = _classes("hedging", shift.a), _classes("hedging", shift.b)
        if not a_cls or not b_cls:
            return "b" if b_cls else "a"
        rank_a, rank_b = _HEDGE_ORDER.index(a_cls[0]), _HEDGE_ORDER.index(b_cls[0])
        return "b" if rank_b < rank_a else "a"
    return "a"


def weighed(shift: FramingShift) -> FramingShift:
    """Return ``shift`` with its ``side`` (the source carrying the marked word) and ``strength``."""
    side = _marked_side(shift)
    if shift.category == "attribution":
        classes = _classes("attribution", shift.a if side == "a" else shift.b)
        strength = max((_ATTRIBUTION_STRENGTH[c] for c in classes), default=0.45)
        if not (shift.a and shift.a.text and shift.b and shift.b.text):
            strength = max(strength, 0.5)  # "Experts say" on one side: unnamed sources
    else:
        strength = _CATEGORY_STRENGTH.get(shift.category, 0.5)
    return replace(shift, side=side, strength=strength)
