"""The word-list rules of framing: one function per category, each turning a changed region
of an aligned group into :class:`~tui.core.models.FramingShift` records with a short note.

Intensity (degree words across a whole group) is in :mod:`tui.core.framing.intensity`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from tui.core.framing.lexicon import Match, Word, load_lexicon
from tui.core.framing.passage import (
    Passage,
    make_shift,
    match_text,
    one_sided_shift,
    quoted,
    region_matches,
)
from tui.core.framing.regions import Region
from tui.core.models import FramingShift

_ATTRIBUTION_RANK = {
    "tentative": 0,
    "neutral": 1,
    "distancing": 1,
    "emotive": 1,
    "assertive": 2,
    "factive": 2,
}
_ATTRIBUTION_MEANS = {
    "neutral": "states it plainly",
    "tentative": "implies, does not state",
    "assertive": "asserts it against doubt",
    "distancing": "the writer does not vouch for it",
    "factive": "presents it as true",
    "emotive": "adds the speaker's feeling",
}
_HEDGE_RANK = {"possibility": 1, "evidential": 2, "probability": 3, "qualifier": 3, "booster": 4}
_HEDGE_MEANS = {
    "booster": "states it as certain",
    "probability": "presents it as likely, not certain",
    "possibility": "presents it as possible, not certain",
    "evidential": "rests it on hearsay or appearance",
    "qualifier": "in practice rather than officially",
}
#: Hedge classes whose members say the same thing (may, could, might): swaps are not framing.
_INTERCHANGEABLE_HEDGES = frozenset({"possibility"})


def attribution_shifts(a: Passage, b: Passage, region: Region) -> list[FramingShift]:
    """Return reporting-verb changes (said → suggested) and attributions only one side makes."""
    found = region_matches("attribution", a, b, region)
    shifts: list[FramingShift] = []
    for ma, mb in zip(found.a, found.b, strict=False):
        ca, cb = ma.entry.word_class, mb.entry.word_class
        if ca == cb:
            continue
        rank_a, rank_b = _ATTRIBUTION_RANK[ca], _ATTRIBUTION_RANK[cb]
        how = "B" if rank_b == rank_a else "B is weaker" if rank_b < rank_a else "B is stronger"
        swap = f"{quoted(match_text(a, ma))} → {quoted(match_text(b, mb))}"
        note = f"{swap} ({how}: {_ATTRIBUTION_MEANS[cb]})"
        shifts.append(
            make_shift("attribution", a, (ma.first, ma.last), b, (mb.first, mb.last), note)
        )
    paired = min(len(found.a), len(found.b))
    for passage, extra in ((a, found.a[paired:]), (b, found.b[paired:])):
        side = passage.side
        other = b if side == "a" else a
        for match in extra:
            holder = passage.words[match.first - 1] if match.first > 0 else None
            if holder is None or not _is_unnamed(holder) or holder.stem in other.stems():
                continue
            shift = one_sided_shift(
                "attribution",
                a,
                b,
                region,
                side,
                (match.first - 1, match.last),
                "attribution",
                "rests it on unnamed sources",
            )
            if shift is not None:
                shifts.append(shift)
    return shifts


@cache
def _unnamed_holders() -> frozenset[tuple[str, ...]]:
    lexicon = load_lexicon("whose-view")
    return frozenset(e.keys for e in lexicon.entries if e.word_class == "unnamed")


def _is_unnamed(word: Word) -> bool:
    return (word.stem,) in _unnamed_holders()


def hedging_shifts(a: Passage, b: Passage, region: Region) -> list[FramingShift]:
    """Return changes of hedges and certainty (de facto → effective) and hedges only on one side."""
    found = region_matches("hedging", a, b, region)
    shifts: list[FramingShift] = []
    for ma, mb in zip(found.a, found.b, strict=False):
        ca, cb = ma.entry.word_class, mb.entry.word_class
        if ca == cb and ca in _INTERCHANGEABLE_HEDGES:
            continue
        rank_a, rank_b = _HEDGE_RANK[ca], _HEDGE_RANK[cb]
        if ca == cb:
            how = "both hedge"
        else:
            how = "B is less certain" if rank_b < rank_a else "B is more certain"
        note = (
            f"{quoted(match_text(a, ma))} → {quoted(match_text(b, mb))} ({how}: {_HEDGE_MEANS[cb]})"
        )
        shifts.append(make_shift("hedging", a, (ma.first, ma.last), b, (mb.first, mb.last), note))
    paired = min(len(found.a), len(found.b))
    for passage, extra in ((a, found.a[paired:]), (b, found.b[paired:])):
        side = passage.side
        for match in extra:
            word_class = match.entry.word_class
            role = "certainty word" if word_class == "booster" else "hedge"
            shift = one_sided_shift(
                "hedging",
                a,
                b,
                region,
                side,
                (match.first, match.last),
                role,
                _HEDGE_MEANS[word_class],
            )
            if shift is not None:
                shifts.append(shift)
    return shifts


def loaded_shifts(a: Passage, b: Passage, region: Region) -> list[FramingShift]:
    """Return loaded words swapped for other words (branding → calling) or only on one side."""
    found = region_matches("loaded", a, b, region)
    shifts: list[FramingShift] = []
    for ma, mb in zip(found.a, found.b, strict=False):
        ca, cb = ma.entry.word_class, mb.entry.word_class
        if ca == cb == "neutral":
            continue
        if ca == cb:
            why = "both loaded"
        elif ca == "loaded":
            why = "loaded in A, neutral in B"
        else:
            why = "neutral in A, loaded in B"
        note = f"{quoted(match_text(a, ma))} → {quoted(match_text(b, mb))} ({why})"
        shifts.append(make_shift("loaded", a, (ma.first, ma.last), b, (mb.first, mb.last), note))
    paired = min(len(found.a), len(found.b))
    for passage, extra in ((a, found.a[paired:]), (b, found.b[paired:])):
        side = passage.side
        for match in extra:
            if match.entry.word_class != "loaded":
                continue
            shift = one_sided_shift(
                "loaded",
                a,
                b,
                region,
                side,
                (match.first, match.last),
                "loaded word",
                "passes judgement",
            )
            if shift is not None:
                shifts.append(shift)
    return shifts


def _holder(passage: Passage, match: Match) -> int | None:
    """Return the index of the word naming whose view it is ("Beijing views"), if any."""
    if match.first == 0:
        return None
    word = passage.words[match.first - 1]
    if _is_unnamed(word) or word.text[:1].isupper():
        return match.first - 1
    return None


@dataclass(frozen=True, slots=True)
class _View:
    first: int
    last: int
    holder: Word


def _views(passage: Passage, first: int, last: int) -> list[_View]:
    views: list[_View] = []
    for match in passage.find("whose-view"):
        if match.entry.word_class != "perception":
            continue
        holder = _holder(passage, match)
        if holder is not None and holder < last and match.last > first:
            views.append(_View(holder, match.last, passage.words[holder]))
    return views


def _holder_kind(view: _View) -> str:
    if _is_unnamed(view.holder):
        return f"unnamed {quoted(view.holder.text)}"
    return view.holder.text


def whose_view_shifts(a: Passage, b: Passage, region: Region) -> list[FramingShift]:
    """Return views given to a different holder (Beijing views → some see) or on one side only."""
    a_views = _views(a, region.a_first, region.a_last)
    b_views = _views(b, region.b_first, region.b_last)
    shifts: list[FramingShift] = []
    for va, vb in zip(a_views, b_views, strict=False):
        if va.holder.stem == vb.holder.stem:
            continue
        a_text = a.span(va.first, va.last).text
        b_text = b.span(vb.first, vb.last).text
        note = (
            f"{quoted(a_text)} → {quoted(b_text)} "
            f"(whose view: {_holder_kind(va)} in A, {_holder_kind(vb)} in B)"
        )
        shifts.append(
            make_shift("whose-view", a, (va.first, va.last), b, (vb.first, vb.last), note)
        )
    paired = min(len(a_views), len(b_views))
    for passage, extra in ((a, a_views[paired:]), (b, b_views[paired:])):
        side = passage.side
        for view in extra:
            if not _is_unnamed(view.holder):
                continue
            shift = one_sided_shift(
                "whose-view",
                a,
                b,
                region,
                side,
                (view.first, view.last),
                "view",
                "gives it to unnamed holders",
            )
            if shift is not None:
                shifts.append(shift)
    return shifts


RegionRule = Callable[[Passage, Passage, Region], list[FramingShift]]

#: The per-region rules in order of preference when two of them flag the same words.
REGION_RULES: tuple[RegionRule, ...] = (
    attribution_shifts,
    hedging_shifts,
    whose_view_shifts,
    loaded_shifts,
)
