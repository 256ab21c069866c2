"""The machinery the framing rules share: one side of an aligned group (:class:`Passage`), the
lexicon matches inside a changed region, and the shift records and notes built from them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from tui.core.framing.lexicon import Match, Word, load_lexicon
from tui.core.framing.regions import Region
from tui.core.models import Document, FramingShift, Side, Span
from tui.core.text.words import is_function_word

#: Words only one side has count as framing inside changes of at most this many words.
_ONE_SIDED_MAX = 5


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


def make_shift(
    category: str,
    a: Passage,
    a_range: tuple[int, int],
    b: Passage,
    b_range: tuple[int, int],
    note: str,
) -> FramingShift:
    return FramingShift(category, a.span(*a_range), b.span(*b_range), note)


def match_text(passage: Passage, match: Match) -> str:
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


def other_range(
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


def one_sided_shift(
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
    if too_rewritten(region, own, match_range):
        return None
    a_region = (region.a_first, region.a_last)
    b_region = (region.b_first, region.b_last)
    if side == "a":
        a_range = match_range
        b_range = other_range(a, match_range, a_region, b, b_region)
        note = one_sided_note(a, a_range, b, b_range, role, effect)
    else:
        b_range = match_range
        a_range = other_range(b, match_range, b_region, a, a_region)
        note = one_sided_note(b, b_range, a, a_range, role, effect)
    return make_shift(category, a, a_range, b, b_range, note)


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


def too_rewritten(region: Region, own: Passage, match_range: tuple[int, int]) -> bool:
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
