"""Align the sentences of two documents: which tell the same thing, and which only one tells.

The method, in order:

1. every article sentence (boilerplate never takes part) becomes a set of weighted
   content terms (:mod:`tui.core.align.scoring`);
2. an index of rare terms proposes the few sentence pairs worth scoring, wherever
   they stand in either text, so reordered paragraphs are found and the full
   N × M matrix is never scored (:mod:`tui.core.align.candidates`);
3. each proposed pair gets a calibrated probability of telling the same thing, from
   features that carry across outlets (:mod:`tui.core.align.calibration`);
4. pairs are chosen best-first over the whole document (mutual best), so a lookalike
   that shares a frame with a sentence loses to that sentence's real counterpart; the
   two headlines are a pair of their own; a sub-heading or label pairs with no sentence
   of prose; two sentences that each name their speaker and share nothing else (one
   person quoted on two things) are never a pair
   (:mod:`tui.core.align.speakers`);
5. the neighbours of aligned pairs are scored too, and so is every pair in a short gap
   between two consecutive groups of the story order; aligned neighbours, or such a gap,
   raise a pair's probability (story order as a weak prior, never a rule), but never
   carry a pair whose figures all disagree (:mod:`tui.core.align.agreement`) or that
   names two different speakers;
6. sentences left over join an existing group when they tell the part of its
   counterpart that the group does not yet explain, or pair with their best partner;
   a calibrated join model decides the rest (never for a sentence mostly about something
   else, with little of its own weight told there), and a sentence next to a member of a group
   joins it when much of it is told on the group's other side (a sentence or a quotation
   split in two): splits and merges become 1:n and n:1 groups. A sentence joins only
   for what it tells of the group's other side outside the naming of its speaker (and a
   merge not for the naming of the speaker the group quotes), a neighbour that adds
   nothing the group does not tell only as a retelling, any other neighbour only when the
   group then reads more alike, and merge and attach take no sentence whose figures all
   disagree with the group's other side;
7. each group gets its word-level edits (:mod:`tui.core.text.word_diff`);
8. a sentence left in no group is one-sided only when no sentence of the other source is
   like it: when its likeliest counterpart reaches :data:`PARTIAL_PROBABILITY` it is
   *perhaps told another way* (``partial_a`` / ``partial_b``), as a careful reader leaves a
   sentence that only partly overlaps out of both counterparts and omissions (on the blind
   sets about half of such sentences had a counterpart, against one in ten below it) —
   except in a rewrite, where the aligner finds nearly every counterpart.

Steps 4 and 5 are in :mod:`tui.core.align.pairing`, step 6 in :mod:`tui.core.align.merging`,
and the state they share in :mod:`tui.core.align.context`; this module runs the steps in
order and builds the Alignment with each group's score and word edits (step 7).

The documents are processed in a canonical order (by their text), and the result
mirrored when needed, so ``align(b, a)`` is exactly the mirror image of ``align(a, b)``.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import numpy as np

from tui.core.align.context import Context, Group, Side, build_context, build_side
from tui.core.align.merging import (
    attach_leftovers,
    join_leftovers,
    join_neighbours,
    merge_leftovers,
)
from tui.core.align.pairing import (
    is_headline,
    match_in_context,
    match_pairs,
    score_gaps,
    score_neighbours,
    without_headlines,
)
from tui.core.align.scoring import union_terms, weighted_dice
from tui.core.models import AlignedGroup, Alignment, Document, WordEdit
from tui.core.text.word_diff import changed_ranges, edits_from_ranges

#: A sentence in no group whose likeliest counterpart is at least this likely is "perhaps
#: told another way", not one-sided (step 8).
PARTIAL_PROBABILITY = 0.2
#: Two sources of which each tells at least this share of the other's text in grouped
#: sentences are a rewrite: a sentence left over there is one-sided (on our three rewritten
#: pairs the lower share is 0.77 to 0.86; on 80 pairs of independent coverage at most 0.70).
REWRITE_SHARE = 0.75


def _group_score(group: Group, context: Context) -> float:
    if len(group.a) == 1 and len(group.b) == 1 and group.pair >= 0:
        score = float(context.scores.dice[group.pair])
    else:
        score = weighted_dice(
            union_terms(context.a_terms, group.a),
            union_terms(context.b_terms, group.b),
            context.weights,
        )
    return min(1.0, max(0.0, score))


def _words_needed(ranges: Sequence[tuple[int, int]]) -> int:
    """Return how many words, from the first, locate the given ``(first, end)`` word ranges
    (an empty range needs the word it stands before)."""
    return max(end if first < end else first + 1 for first, end in ranges)


def _group_edits(group: Group, a: Side, b: Side) -> tuple[WordEdit, ...]:
    """Return the word edits between the two sides of a group."""
    a_rows, b_rows = sorted(group.a), sorted(group.b)
    ranges = changed_ranges(a.group_words(a_rows), b.group_words(b_rows))
    if not ranges:
        return ()
    return edits_from_ranges(
        ranges,
        a.group_bounds(a_rows, _words_needed([(a1, a2) for a1, a2, _, _ in ranges])),
        b.group_bounds(b_rows, _words_needed([(b1, b2) for _, _, b1, b2 in ranges])),
        a_fallback=a.sentences[a_rows[0]].start,
        b_fallback=b.sentences[b_rows[0]].start,
    )


def _groups(context: Context, *, join: bool = True) -> list[Group]:
    """Return the groups of the two sides of ``context`` (without the last step, joining
    left-over sentences to groups, when ``join`` is false)."""
    side_a, side_b = context.a, context.b
    # The two headlines are a pair of their own, whatever their wording, and take no part
    # in matching the body: a headline never takes a body sentence's counterpart.
    headlines = is_headline(side_a, 0) and is_headline(side_b, 0)
    if headlines:
        context.scores = without_headlines(context.scores, True, True)

    # One person quoted on two things is no pair: two sentences that share only the
    # naming of their speaker are refused at every step that pairs sentences.
    # A sub-heading or label ("COMPANY RESPONDS") pairs with no sentence of prose.
    def refused(i: int, j: int) -> bool:
        return side_a.prose[i] != side_b.prose[j] or context.speaker_only(i, j)

    groups = match_pairs(context.scores, len(side_a.sentences), len(side_b.sentences), refused)
    score_neighbours(groups, context, headlines)
    if headlines:
        groups.append(Group({0}, {0}))
    score_gaps(groups, context, headlines)
    match_in_context(groups, context)
    merge_leftovers(groups, context)
    attach_leftovers(groups, context)
    if join:
        join_leftovers(groups, context)
        join_neighbours(groups, context)
    return groups


def _align_ordered(a: Document, b: Document) -> Alignment:
    side_a, side_b = build_side(a), build_side(b)
    context = build_context(side_a, side_b)
    groups = _groups(context)
    aligned: list[AlignedGroup] = []
    for group in groups:
        a_ids = tuple(sorted(side_a.sentences[i].id for i in group.a))
        b_ids = tuple(sorted(side_b.sentences[j].id for j in group.b))
        edits = _group_edits(group, side_a, side_b)
        aligned.append(AlignedGroup(a_ids, b_ids, _group_score(group, context), edits))
    aligned.sort(key=lambda g: (g.a[0], g.b[0]))
    in_a = {i for g in aligned for i in g.a}
    in_b = {j for g in aligned for j in g.b}
    like_a, like_b = _likest(context, side_a, side_b, groups)
    partial_a = tuple(
        (s.id, like_a[s.id]) for s in side_a.sentences if s.id not in in_a and s.id in like_a
    )
    partial_b = tuple(
        (s.id, like_b[s.id]) for s in side_b.sentences if s.id not in in_b and s.id in like_b
    )
    only_a = tuple(s.id for s in side_a.sentences if s.id not in in_a and s.id not in like_a)
    only_b = tuple(s.id for s in side_b.sentences if s.id not in in_b and s.id not in like_b)
    return Alignment(tuple(aligned), only_a, only_b, partial_a, partial_b)


def _told_share(side: Side, rows: set[int]) -> float:
    """Return the share of a side's article text that stands in the sentences at ``rows``."""
    total = sum(len(sentence.text) for sentence in side.sentences)
    told = sum(len(side.sentences[row].text) for row in rows)
    return told / total if total else 1.0


def _likest(
    context: Context, side_a: Side, side_b: Side, groups: Sequence[Group]
) -> tuple[dict[int, int], dict[int, int]]:
    """Return, for each sentence of prose of either side whose likeliest counterpart in the
    other reaches :data:`PARTIAL_PROBABILITY`, the id of that counterpart; nothing when one
    source rewrites the other (each tells at least :data:`REWRITE_SHARE` of the other in
    grouped sentences): there the aligner finds nearly every counterpart, and a sentence
    left over is one the other source dropped."""
    grouped_a = {i for group in groups for i in group.a}
    grouped_b = {j for group in groups for j in group.b}
    rewrite = min(_told_share(side_a, grouped_a), _told_share(side_b, grouped_b))
    if rewrite >= REWRITE_SHARE:
        return {}, {}
    scores = context.scores
    likely = np.flatnonzero(scores.probability >= PARTIAL_PROBABILITY)
    order = likely[np.argsort(scores.probability[likely], kind="stable")]
    like_a: dict[int, int] = {}
    like_b: dict[int, int] = {}
    # Ascending, so the likeliest counterpart is written last and kept.
    for k in order.tolist():
        i, j = int(scores.a[k]), int(scores.b[k])
        if side_a.prose[i]:
            like_a[side_a.sentences[i].id] = side_b.sentences[j].id
        if side_b.prose[j]:
            like_b[side_b.sentences[j].id] = side_a.sentences[i].id
    return like_a, like_b


def _mirror_edit(edit: WordEdit) -> WordEdit:
    tag = edit.tag
    if tag != "replace":
        tag = "insert" if tag == "delete" else "delete"
    return WordEdit(tag, edit.b_start, edit.b_end, edit.a_start, edit.a_end)


def mirror(alignment: Alignment) -> Alignment:
    """Return ``alignment`` with the two sides swapped."""
    groups = tuple(
        sorted(
            (
                AlignedGroup(g.b, g.a, g.score, tuple(_mirror_edit(e) for e in g.edits))
                for g in alignment.groups
            ),
            key=lambda g: (g.a[0], g.b[0]),
        )
    )
    return Alignment(
        groups, alignment.only_b, alignment.only_a, alignment.partial_b, alignment.partial_a
    )


def align(a: Document, b: Document) -> Alignment:
    """Return which sentences of ``a`` and ``b`` tell the same thing, and which only one tells.

    Groups are 1:1, 1:n or n:1 with a score in [0, 1] and word edits; boilerplate
    sentences are in no group and in neither ``only`` list.  Deterministic, and
    symmetric: ``align(b, a) == mirror(align(a, b))``.
    """
    with _collection_paused():
        if b.text < a.text:
            return mirror(_align_ordered(b, a))
        return _align_ordered(a, b)


@contextmanager
def _collection_paused() -> Iterator[None]:
    """Pause automatic garbage collection while the alignment builds its many small,
    long-lived objects (word lists, term sets): collecting them on the way only costs
    time on long documents, as nothing is garbage until the alignment is done."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
