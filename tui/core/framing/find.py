"""Classify framing shifts between aligned passages.

Inside each aligned group, word substitutions and additions are classified with the word
lists of :mod:`tui.core.framing.lexicon` into categories a journalist recognises, each with a
short note: ``attribution`` (said → suggested), ``hedging`` (de facto → effective, an added
"reportedly"), ``whose-view`` (Beijing views → some see), ``loaded`` (branding → calling) and
``intensity`` (sunk to their lowest point in years → remain at a low point). Across the whole
articles, ``prominence`` flags a shared fact that leads one source and is buried in the other.
"""

from __future__ import annotations

from dataclasses import replace

from rapidfuzz.distance import Indel

from tui.core.align.reuse import measure_reuse
from tui.core.framing.charged import charged_shifts
from tui.core.framing.intensity import intensity_shifts
from tui.core.framing.passage import Passage
from tui.core.framing.prominence import prominence_shifts
from tui.core.framing.regions import diff_regions, edit_regions, passage_words
from tui.core.framing.rules import REGION_RULES
from tui.core.framing.weights import weighed
from tui.core.models import (
    AlignedGroup,
    Alignment,
    Difference,
    Document,
    Finding,
    FramingShift,
    Reuse,
    Span,
    difference_id,
)
from tui.core.text.words import fold_marks

#: The stable category names, in the order the UI filter and reports list them.
FRAMING_CATEGORIES: tuple[str, ...] = (
    "attribution",
    "hedging",
    "intensity",
    "loaded",
    "whose-view",
    "prominence",
    "headline",
    "term_choice",
    "epistemic",
    "scare_quote",
)
#: Longer notes are cut short in the one-line summary (the detail shows the whole note).
_SUMMARY_CHARS = 160


def _overlaps(first: Span, second: Span) -> bool:
    return first.start < second.end and second.start < first.end


def _covers(shift: FramingShift, kept: FramingShift) -> bool:
    """True when ``shift`` flags the same words as ``kept`` (on every side that has words)."""
    sides = [(shift.a, kept.a), (shift.b, kept.b)]
    usable = [
        (s, k)
        for s, k in sides
        if s is not None and k is not None and s.start < s.end and k.start < k.end
    ]
    return bool(usable) and all(_overlaps(s, k) for s, k in usable)


def _start(span: Span | None) -> int:
    return -1 if span is None else span.start


def _without_repeats(shifts: list[FramingShift]) -> list[FramingShift]:
    kept: list[FramingShift] = []
    for shift in shifts:
        if not any(_covers(shift, other) for other in kept):
            kept.append(shift)
    return kept


def group_framing(a: Document, b: Document, group: AlignedGroup) -> list[FramingShift]:
    """Return the word-level framing shifts inside one aligned group, in reading order.

    The group's word edits are used when the aligner gave them, else a word diff of the
    group's sentences. Words inside quotation marks are left to the quotations analysis.
    """
    a_side = Passage("a", a, passage_words(a, group.a))
    b_side = Passage("b", b, passage_words(b, group.b))
    if group.edits:
        regions = edit_regions(a_side.words, b_side.words, group.edits)
    else:
        regions = diff_regions(a_side.words, b_side.words)
    shifts = [
        shift
        for rule in REGION_RULES
        for region in regions
        for shift in rule(a_side, b_side, region)
    ]
    shifts.extend(intensity_shifts(a_side, b_side, regions))
    return sorted(_without_repeats(shifts), key=lambda s: (_start(s.a), _start(s.b)))


#: The word-swap rules (attribution, hedging, whose view, intensity, the old loaded list) read a
#: changed word as a choice. That holds where one source rewrites the other: a pair of sources
#: that each retell at least this share of the other, or a group this close word for word.
#: Two independent reports word the same fact differently as a matter of course ("told" /
#: "vowed"), so there only the charged-word findings speak. Independent reports of one event
#: retell much of each other too, but in their own words: a rewrite also keeps at least
#: ``REWRITE_KEPT`` of the shared text verbatim or lightly edited (not paraphrased).
REWRITE_SHARE = 0.6
REWRITE_KEPT = 0.4
CLOSE_GROUP_SIMILARITY = 0.75


def _is_rewrite(reuse: Reuse) -> bool:
    kept = reuse.verbatim + reuse.edited
    return min(reuse.a_in_b, reuse.b_in_a) >= REWRITE_SHARE and kept >= REWRITE_KEPT


def _close_group(a: Document, b: Document, group: AlignedGroup) -> bool:
    text_a = " ".join(" ".join(a.sentences[i].text.split()) for i in group.a)
    text_b = " ".join(" ".join(b.sentences[i].text.split()) for i in group.b)
    similarity = Indel.normalized_similarity(text_a.casefold(), text_b.casefold())
    return bool(similarity >= CLOSE_GROUP_SIMILARITY)


def find_framing(
    a: Document, b: Document, alignment: Alignment, *, reuse: Reuse | None = None
) -> tuple[FramingShift, ...]:
    """Return the framing shifts between aligned passages of ``a`` and ``b``, in reading order.

    ``reuse`` is the pair's :func:`~tui.core.align.reuse.measure_reuse` when the caller has it.
    """
    rewrite = _is_rewrite(reuse if reuse is not None else measure_reuse(a, b, alignment))
    shifts = [
        weighed(s)
        for group in alignment.groups
        if rewrite or _close_group(a, b, group)
        for s in group_framing(a, b, group)
    ]
    shifts.extend(weighed(s) for s in prominence_shifts(a, b, alignment.groups))
    word_level = [s for s in shifts if s.category != "prominence"]
    for shift in _without_repeats(charged_shifts(a, b, alignment)):
        # The headline pair is always compared, whatever a word swap inside it found.
        headline_pair = shift.category == "headline" and None not in (shift.a, shift.b)
        if headline_pair or not any(_covers(shift, other) for other in word_level):
            shifts.append(shift)
    ordered = sorted(shifts, key=lambda s: (_start(s.a), _start(s.b), s.category))
    return tuple(_one_per_word(ordered))


#: Word choices that stay one choice however often the source makes it: a charged word set
#: against the other source's plainer word counts with its one-sided uses.
_WORD_CHOICES = frozenset({"loaded", "term_choice", "scare_quote"})
#: The marks around a term in scare quotes: 'hazardous' and "hazardous" are one term.
_QUOTE_MARKS = "\"'‘’“”«»"


def _carried_word(shift: FramingShift) -> tuple[str, str, str] | None:
    """Return (category, side, folded words) of a charged word, else None: a word one side
    carries alone, or a word choice set against the other side's word (keyed by the carrying
    side's words, whatever the other side says in that place)."""
    if shift.category == "prominence" or (shift.a is None and shift.b is None):
        return None
    two_sided = shift.a is not None and shift.b is not None
    if two_sided and shift.category not in _WORD_CHOICES:
        return None
    carrier = shift.side if two_sided else "a" if shift.a is not None else "b"
    span = shift.a if carrier == "a" else shift.b
    assert span is not None
    words = " ".join(fold_marks(span.text).casefold().split())
    return "charged", carrier, words.strip(_QUOTE_MARKS)


def _one_per_word(shifts: list[FramingShift]) -> list[FramingShift]:
    """Return ``shifts`` with a charged word one source uses again and again ("regime" four
    times) told once, at its first use, its note saying how often: one item per choice."""
    first: dict[tuple[str, str, str], int] = {}
    uses: dict[tuple[str, str, str], int] = {}
    kept: list[FramingShift] = []
    for shift in shifts:
        key = _carried_word(shift)
        if key is None:
            kept.append(shift)
        elif key in first:
            uses[key] += 1
        else:
            first[key] = len(kept)
            uses[key] = 1
            kept.append(shift)
    for key, index in first.items():
        if uses[key] > 1:
            shift = kept[index]
            side = key[1].upper()
            kept[index] = replace(shift, note=f"{shift.note} (used {uses[key]} times in {side})")
    return kept


def framing_summary(shift: FramingShift) -> str:
    """Return the one-line summary of a shift: its category and its note, on one line.

    The notes say which words, in which source, and what they do:
    ``Framing (attribution): “said” → “suggested” (B is weaker: implies, does not state)``,
    ``Framing (hedging): hedge “could” only in A (presents it as possible)``.
    """
    note = " ".join(shift.note.split())
    if len(note) > _SUMMARY_CHARS:
        note = note[: _SUMMARY_CHARS - 1].rstrip() + "…"
    return f"Framing ({shift.category}): {note}"


def framing_differences(
    a: Document, b: Document, shifts: tuple[FramingShift, ...]
) -> tuple[Difference, ...]:
    """Return a ``framing`` difference for each shift, with a stable id and a one-line summary.

    The summary carries the shift's note, so the difference has no separate detail.
    """
    return tuple(
        Difference(
            id=difference_id("framing", shift.a, shift.b, shift.category),
            kind="framing",
            a=shift.a,
            b=shift.b,
            summary=framing_summary(shift),
            finding=Finding("framing", index),
        )
        for index, shift in enumerate(shifts)
    )
