"""The word-list rules of framing: one function per category, each turning a changed region
of an aligned group into :class:`~tui.core.models.FramingShift` records with a short note.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache

from tui.core.framing.lexicon import Match, Word, load_lexicon
from tui.core.framing.regions import Region
from tui.core.models import Document, FramingShift, Side, Span
from tui.core.text.words import is_function_word

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
#: Words only one side has count as framing inside changes of at most this many words.
_ONE_SIDED_MAX = 5
#: Intensity shifts this many words apart or closer are one shift.
_INTENSITY_GAP = 2


@dataclass(frozen=True, slots=True)
class Passage:
    """One side of an aligned group: its document and its (unquoted) words."""

    side: Side
    document: Document
    words: tuple[Word, ...]
    _stems: frozenset[str] = field(init=False, repr=False, compare=False)
    _found: dict[str, tuple[Match, ...]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "_stems", frozenset(w.stem for w in self.words))

    def span(self, first: int, last: int) -> Span:
        """Return the span of ``words[first:last]``; an empty range gives an empty span there."""
        if first >= last:
            at = self.words[first].start if first < len(self.words) else self._end()
            return Span(at, at, "")
        return self.document.span(self.words[first].start, self.words[last - 1].end)

    def _end(self) -> int:
        return self.words[-1].end if self.words else 0

    def stems(self) -> frozenset[str]:
        """Return the stems of every word of the passage."""
        return self._stems

    def find(self, category: str) -> tuple[Match, ...]:
        """Return the entries of the ``category`` word list found in the passage."""
        if category not in self._found:
            self._found[category] = load_lexicon(category).find(self.words)
        return self._found[category]


def quoted(text: str) -> str:
    """Return ``text`` in curly quotation marks, as the notes show words."""
    return f"“{text}”"


def _in_region(matches: Sequence[Match], first: int, last: int) -> list[Match]:
    return [m for m in matches if m.first < last and m.last > first]


def _keys(match: Match) -> tuple[str, ...]:
    return match.entry.keys


@dataclass(frozen=True, slots=True)
class RegionMatches:
    """The entries of one word list found in a region, each side, moved words left out."""

    a: list[Match]
    b: list[Match]


def region_matches(category: str, a: Passage, b: Passage, region: Region) -> RegionMatches:
    """Return the word-list entries inside ``region`` that the other side does not share."""
    a_found = _in_region(a.find(category), region.a_first, region.a_last)
    b_found = _in_region(b.find(category), region.b_first, region.b_last)
    a_keys = {_keys(m) for m in a_found}
    b_keys = {_keys(m) for m in b_found}
    a_kept = [m for m in a_found if _keys(m) not in b_keys and not _moved(m, a, b)]
    b_kept = [m for m in b_found if _keys(m) not in a_keys and not _moved(m, b, a)]
    return RegionMatches(a_kept, b_kept)


def _moved(match: Match, own: Passage, other: Passage) -> bool:
    """True when the other side has the same words elsewhere in the group."""
    stems = other.stems()
    return all(w.stem in stems for w in own.words[match.first : match.last])


def _shift(
    category: str,
    a: Passage,
    a_range: tuple[int, int],
    b: Passage,
    b_range: tuple[int, int],
    note: str,
) -> FramingShift:
    return FramingShift(category, a.span(*a_range), b.span(*b_range), note)


def _text(passage: Passage, match: Match) -> str:
    return passage.span(match.first, match.last).text


def _trimmed(passage: Passage, first: int, last: int, drop: frozenset[str]) -> tuple[int, int]:
    """Return ``first:last`` without leading/trailing function words or words in ``drop``."""

    def droppable(word: Word) -> bool:
        return is_function_word(word.text) or word.stem in drop

    while first < last and droppable(passage.words[first]):
        first += 1
    while last > first and droppable(passage.words[last - 1]):
        last -= 1
    return first, last


def _other_range(
    own: Passage,
    own_range: tuple[int, int],
    own_region: tuple[int, int],
    other: Passage,
    other_region: tuple[int, int],
) -> tuple[int, int]:
    """Return the words of the other side's region that stand where ``own_range`` stands.

    A match at the end of its region faces the last words of the other region, one at the
    start faces the first words, as many as it has. When the rest of the own region already
    accounts for every word of the other ("China’s strong interest" / "Beijing’s interest":
    "China’s" for "Beijing’s"), the match faces nothing: an empty range just before
    "interest", where the word would stand. A match filling or inside
    its region faces the whole other region, less the words the rest of the own region
    accounts for. An empty range marks words with no counterpart, where they would stand.
    """
    o_first, o_last = other_region
    width = own_range[1] - own_range[0]
    at_start, at_end = own_range[0] == own_region[0], own_range[1] == own_region[1]
    left_over = (o_last - o_first) - (own_region[1] - own_region[0] - width)
    drop: frozenset[str] = frozenset()
    if at_end and not at_start:
        if left_over <= 0:
            return o_last, o_last
        o_first = max(o_first, o_last - width)
    elif at_start and not at_end:
        if left_over <= 0:
            return o_first, o_first
        o_last = min(o_last, o_first + width)
    else:
        drop = frozenset(
            w.stem
            for i, w in enumerate(own.words[own_region[0] : own_region[1]], start=own_region[0])
            if not own_range[0] <= i < own_range[1]
        )
    first, last = _trimmed(other, o_first, o_last, drop)
    if first < last:
        return first, last
    return (o_last, o_last) if at_end and not at_start else (o_first, o_first)


def _one_sided(
    category: str,
    a: Passage,
    b: Passage,
    region: Region,
    side: Side,
    match_range: tuple[int, int],
    role: str,
    effect: str,
) -> FramingShift | None:
    """Return the shift for words only one side has, or None when the region is too rewritten.

    Words added inside a short change are framing; a word inside a long rewritten run is
    part of different content, which the alignment reports, not a framing choice. The note
    is written by :func:`one_sided_note`.
    """
    own = a if side == "a" else b
    if _too_rewritten(region, own, match_range):
        return None
    a_region = (region.a_first, region.a_last)
    b_region = (region.b_first, region.b_last)
    if side == "a":
        a_range = match_range
        b_range = _other_range(a, match_range, a_region, b, b_region)
        note = one_sided_note(a, a_range, b, b_range, role, effect)
    else:
        b_range = match_range
        a_range = _other_range(b, match_range, b_region, a, a_region)
        note = one_sided_note(b, b_range, a, a_range, role, effect)
    return _shift(category, a, a_range, b, b_range, note)


def one_sided_note(
    own: Passage,
    own_range: tuple[int, int],
    other: Passage,
    other_range: tuple[int, int],
    role: str,
    effect: str,
) -> str:
    """Return the note for words (a ``role``: hedge, intensifier...) only ``own`` has.

    Right before a word both sides share, the note shows that word in both: ``“strong
    interest” in A, “interest” in B (intensifier only in A)``. Where the other side has other words:
    ``hedge “potential” only in B, where A has “sensitive” (presents it as possible)``.
    Else ``hedge “could” only in A (presents it as possible)``.
    """
    side, other_side = own.side.upper(), other.side.upper()
    text = quoted(own.span(*own_range).text)
    counterpart = other.span(*other_range).text
    after, at = own_range[1], other_range[0]
    what = f"{role} only in {side}" + (f": {effect}" if effect else "")
    if (
        not counterpart
        and after < len(own.words)
        and at < len(other.words)
        and own.words[after].lower == other.words[at].lower
        and not is_function_word(own.words[after].text)
    ):
        with_next = own.span(own_range[0], after + 1).text
        if "," not in with_next:
            shown = {side: quoted(with_next), other_side: quoted(other.words[at].text)}
            return f"{shown['A']} in A, {shown['B']} in B ({what})"
    where = f", where {other_side} has {quoted(counterpart)}" if counterpart else ""
    because = f" ({effect})" if effect else ""
    return f"{role} {text} only in {side}{where}{because}"


def _too_rewritten(region: Region, own: Passage, match_range: tuple[int, int]) -> bool:
    """True when words only ``own`` has sit inside too long a rewrite to be a framing choice.

    A word at the edge of a long rewrite, next to a word both sides share, still modifies
    that word ("analysts say highlights China’s strong interest" / "reflecting Beijing’s
    interest"); one in the middle ("at a time of heightened tensions with Japan" / "amid
    regional turbulence") belongs to content the sources tell differently.
    """
    if max(region.a_last - region.a_first, region.b_last - region.b_first) <= _ONE_SIDED_MAX:
        return False
    first, last = (
        (region.a_first, region.a_last) if own.side == "a" else (region.b_first, region.b_last)
    )
    before_shared = match_range[1] == last and last < len(own.words)
    after_shared = match_range[0] == first and first > 0
    return not (before_shared or after_shared)


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
        note = f"{quoted(_text(a, ma))} → {quoted(_text(b, mb))} ({how}: {_ATTRIBUTION_MEANS[cb]})"
        shifts.append(_shift("attribution", a, (ma.first, ma.last), b, (mb.first, mb.last), note))
    paired = min(len(found.a), len(found.b))
    for passage, extra in ((a, found.a[paired:]), (b, found.b[paired:])):
        side = passage.side
        other = b if side == "a" else a
        for match in extra:
            holder = passage.words[match.first - 1] if match.first > 0 else None
            if holder is None or not _is_unnamed(holder) or holder.stem in other.stems():
                continue
            shift = _one_sided(
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
        note = f"{quoted(_text(a, ma))} → {quoted(_text(b, mb))} ({how}: {_HEDGE_MEANS[cb]})"
        shifts.append(_shift("hedging", a, (ma.first, ma.last), b, (mb.first, mb.last), note))
    paired = min(len(found.a), len(found.b))
    for passage, extra in ((a, found.a[paired:]), (b, found.b[paired:])):
        side = passage.side
        for match in extra:
            word_class = match.entry.word_class
            role = "certainty word" if word_class == "booster" else "hedge"
            shift = _one_sided(
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
        note = f"{quoted(_text(a, ma))} → {quoted(_text(b, mb))} ({why})"
        shifts.append(_shift("loaded", a, (ma.first, ma.last), b, (mb.first, mb.last), note))
    paired = min(len(found.a), len(found.b))
    for passage, extra in ((a, found.a[paired:]), (b, found.b[paired:])):
        side = passage.side
        for match in extra:
            if match.entry.word_class != "loaded":
                continue
            shift = _one_sided(
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
        shifts.append(_shift("whose-view", a, (va.first, va.last), b, (vb.first, vb.last), note))
    paired = min(len(a_views), len(b_views))
    for passage, extra in ((a, a_views[paired:]), (b, b_views[paired:])):
        side = passage.side
        for view in extra:
            if not _is_unnamed(view.holder):
                continue
            shift = _one_sided(
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


@dataclass(frozen=True, slots=True)
class _Degree:
    a_range: tuple[int, int]
    b_range: tuple[int, int]
    a_degree: int
    b_degree: int


def _degree(matches: Sequence[Match]) -> int:
    return sum(1 if m.entry.word_class == "amplifier" else -1 for m in matches)


def _union(first: tuple[int, int], second: tuple[int, int]) -> tuple[int, int]:
    """Return the range covering both (an empty range counts as the point where it stands)."""
    return min(first[0], second[0]), max(first[1], second[1])


def _degrees(a: Passage, b: Passage, region: Region) -> _Degree | None:
    found = region_matches("intensity", a, b, region)
    if not found.a and not found.b:
        return None
    if not found.b and _too_rewritten(region, a, (found.a[0].first, found.a[-1].last)):
        return None
    if not found.a and _too_rewritten(region, b, (found.b[0].first, found.b[-1].last)):
        return None
    a_region = (region.a_first, region.a_last)
    b_region = (region.b_first, region.b_last)
    a_range = (found.a[0].first, found.a[-1].last) if found.a else None
    b_range = (found.b[0].first, found.b[-1].last) if found.b else None
    if a_range is None:
        assert b_range is not None
        a_range = _other_range(b, b_range, b_region, a, a_region)
    if b_range is None:
        b_range = _other_range(a, a_range, a_region, b, b_region)
    return _Degree(a_range, b_range, _degree(found.a), _degree(found.b))


def _close(first: _Degree, second: _Degree) -> bool:
    return (
        0 <= second.a_range[0] - first.a_range[1] <= _INTENSITY_GAP
        and 0 <= second.b_range[0] - first.b_range[1] <= _INTENSITY_GAP
    )


def intensity_shifts(a: Passage, b: Passage, regions: Sequence[Region]) -> list[FramingShift]:
    """Return changes of degree (sunk to their lowest point in years → remain at a low point).

    Intensifiers a few words apart in one group are reported as one shift.
    """
    merged: list[_Degree] = []
    for region in regions:
        degree = _degrees(a, b, region)
        if degree is None:
            continue
        if merged and _close(merged[-1], degree):
            last = merged[-1]
            degree = _Degree(
                _union(last.a_range, degree.a_range),
                _union(last.b_range, degree.b_range),
                last.a_degree + degree.a_degree,
                last.b_degree + degree.b_degree,
            )
            merged[-1] = degree
        else:
            merged.append(degree)
    return [
        FramingShift(
            "intensity",
            a.span(*degree.a_range),
            b.span(*degree.b_range),
            _degree_note(a, b, degree),
        )
        for degree in merged
    ]


def _degree_note(a: Passage, b: Passage, degree: _Degree) -> str:
    """Return the note of an intensity shift.

    Words on both sides: ``“sunk to their lowest point in years” → “remain at a low point”
    (A is more intense)``; words on one side only as in :func:`one_sided_note`.
    """
    a_span, b_span = a.span(*degree.a_range), b.span(*degree.b_range)
    if a_span.text and b_span.text:
        if degree.a_degree > degree.b_degree:
            why = "A is more intense"
        elif degree.b_degree > degree.a_degree:
            why = "B is more intense"
        else:
            why = "different intensifiers"
        return f"{quoted(a_span.text)} → {quoted(b_span.text)} ({why})"
    if a_span.text:
        role = "intensifier" if degree.a_degree > 0 else "softener"
        return one_sided_note(a, degree.a_range, b, degree.b_range, role, "")
    role = "intensifier" if degree.b_degree > 0 else "softener"
    return one_sided_note(b, degree.b_range, a, degree.a_range, role, "")


RegionRule = Callable[[Passage, Passage, Region], list[FramingShift]]

#: The per-region rules in order of preference when two of them flag the same words.
REGION_RULES: tuple[RegionRule, ...] = (
    attribution_shifts,
    hedging_shifts,
    whose_view_shifts,
    loaded_shifts,
)
