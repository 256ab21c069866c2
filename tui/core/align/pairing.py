"""Choose the 1:1 pairs: the likely candidate pairs best-first over the whole document
(mutual best), the neighbours of aligned pairs scored too, and weaker prose pairs
accepted where aligned neighbours stand around them; headlines kept apart.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

import numpy as np
from numpy.typing import NDArray

from tui.core.align.agreement import figures_disagree
from tui.core.align.calibration import FEATURES, probability
from tui.core.align.context import Context, Group, Scores, Side, score_pairs
from tui.core.align.scoring import FloatArray, IntArray, shared_stats, unique_counts

#: A pair of sentences is taken as counterparts from this calibrated probability on
#: (:mod:`tui.core.align.calibration`), best first, each sentence in one pair at most.
PAIR_PROBABILITY = 0.55
#: Aligned pairs this close before or after a pair, on both sides, make it more likely.
CONTEXT_REACH = 2
#: A pair between two consecutive groups of the story order, with at most this many
#: sentences between them on each side, is scored and counts as anchored on one side
#: (``GAP_ANCHORING``, as a pair with aligned neighbours on one side only): the order
#: of both stories is a weak prior, never a rule.
GAP_REACH = 4
GAP_ANCHORING = 0.5


def match_pairs(
    scores: Scores, a_count: int, b_count: int, refused: Callable[[int, int], bool] | None = None
) -> list[Group]:
    """Return 1:1 groups chosen best-first over all likely pairs (mutual best), leaving out
    the pairs ``refused`` says no to."""
    likely = scores.probability
    (candidates,) = np.nonzero(likely >= PAIR_PROBABILITY)
    a, b = scores.a[candidates], scores.b[candidates]
    # Best first; among equals, the pair nearest the diagonal, then by position.
    off_diagonal = np.abs(a * b_count - b * a_count)
    order = candidates[np.lexsort((b, a, off_diagonal, -likely[candidates]))]
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    groups: list[Group] = []
    for k, i, j in zip(
        order.tolist(), scores.a[order].tolist(), scores.b[order].tolist(), strict=True
    ):
        if i in taken_a or j in taken_b or (refused is not None and refused(i, j)):
            continue
        taken_a.add(i)
        taken_b.add(j)
        groups.append(Group({i}, {j}, k))
    return groups


def story_order(groups: list[Group]) -> IntArray:
    """Return the aligned groups that keep the order of both stories (the longest chain
    rising on both sides), as rows ``(first a, last a, first b, last b)`` in story order."""
    spans = sorted((min(g.a), max(g.a), min(g.b), max(g.b)) for g in groups if g.a and g.b)
    # The longest chain rising on the b side too (patience sorting, strict rise).
    tails: list[int] = []
    tail_of: list[int] = []
    before = [-1] * len(spans)
    for k, span in enumerate(spans):
        at = bisect_left(tails, span[2])
        if at == len(tails):
            tails.append(span[2])
            tail_of.append(k)
        else:
            tails[at] = span[2]
            tail_of[at] = k
        before[k] = tail_of[at - 1] if at > 0 else -1
    chain: list[int] = []
    k = tail_of[-1] if tail_of else -1
    while k >= 0:
        chain.append(k)
        k = before[k]
    return np.array([spans[k] for k in reversed(chain)], dtype=np.int64).reshape(-1, 4)


def _bounded_chain(groups: list[Group], a_count: int, b_count: int) -> IntArray:
    """Return :func:`story_order` between a start far before the first sentences and an
    end far after the last ones."""
    chain = story_order(groups)
    # The ends of the documents are no anchors: they stand too far for any gap to be short.
    far = a_count + b_count + GAP_REACH + 1
    ends = np.array(
        [[-1 - far] * 4, [a_count + far, a_count + far, b_count + far, b_count + far]],
        dtype=np.int64,
    )
    return np.concatenate([ends[:1], chain, ends[1:]])


def in_story_gap(
    a_rows: IntArray, b_rows: IntArray, groups: list[Group], a_count: int, b_count: int
) -> NDArray[np.bool_]:
    """Return, for each pair, whether it lies between two consecutive groups of the story
    order (:func:`story_order`) with at most ``GAP_REACH`` sentences between them on each
    side: where both stories tell the same passage in the same order."""
    chain = _bounded_chain(groups, a_count, b_count)
    after = np.searchsorted(chain[:, 0], a_rows, side="right")
    after = np.minimum(after, len(chain) - 1)
    previous, following = chain[after - 1], chain[after]
    return (
        (previous[:, 1] < a_rows)
        & (previous[:, 3] < b_rows)
        & (following[:, 0] > a_rows)
        & (following[:, 2] > b_rows)
        & (following[:, 0] - previous[:, 1] - 1 <= GAP_REACH)
        & (following[:, 2] - previous[:, 3] - 1 <= GAP_REACH)
    )


def anchoring(scores: Scores, groups: list[Group], a_count: int, b_count: int) -> FloatArray:
    """Return, for each scored pair, 1 when aligned pairs stand both just before and just
    after it on both sides (a sandwich), 0.5 when they stand on one side only or the pair
    lies in a short gap of the story order (:func:`in_story_gap`), else 0."""
    pairs = np.fromiter(
        (i * b_count + j for group in groups for i in group.a for j in group.b),
        dtype=np.int64,
    )
    before = np.zeros(len(scores.a), dtype=bool)
    after = np.zeros(len(scores.a), dtype=bool)
    for di in range(1, CONTEXT_REACH + 1):
        for dj in range(1, CONTEXT_REACH + 1):
            before |= np.isin((scores.a - di) * b_count + (scores.b - dj), pairs)
            after |= np.isin((scores.a + di) * b_count + (scores.b + dj), pairs)
    sandwich = (before.astype(np.float64) + after.astype(np.float64)) / 2
    gap = in_story_gap(scores.a, scores.b, groups, a_count, b_count)
    anchored: FloatArray = np.maximum(sandwich, GAP_ANCHORING * gap)
    return anchored


def score_neighbours(groups: list[Group], context: Context, skip_first: bool) -> None:
    """Add to the scored pairs the neighbours of every aligned pair (one sentence before or
    after on either side) that were not scored: counterparts that share no rare term are
    often found next to a pair already aligned."""
    a_count, b_count = len(context.a.sentences), len(context.b.sentences)
    if not groups or a_count == 0 or b_count == 0:
        return
    anchors = np.array(
        [(i, j) for group in groups for i in group.a for j in group.b], dtype=np.int64
    )
    steps = np.array(
        [(di, dj) for di in (-1, 0, 1) for dj in (-1, 0, 1) if (di, dj) != (0, 0)],
        dtype=np.int64,
    )
    near = (anchors[:, None, :] + steps[None, :, :]).reshape(-1, 2)
    first = 1 if skip_first else 0
    inside = (
        (near[:, 0] >= first)
        & (near[:, 0] < a_count)
        & (near[:, 1] >= first)
        & (near[:, 1] < b_count)
    )
    _add_scores(context, near[inside, 0], near[inside, 1])


def score_gaps(groups: list[Group], context: Context, skip_first: bool) -> None:
    """Add to the scored pairs every pair in a short gap of the story order
    (:func:`in_story_gap`) that was not scored: a passage both stories tell in the same
    order, between pairs already aligned, may share no rare term at all."""
    a_count, b_count = len(context.a.sentences), len(context.b.sentences)
    chain = _bounded_chain(groups, a_count, b_count)
    first = 1 if skip_first else 0
    a_rows: list[int] = []
    b_rows: list[int] = []
    for previous, following in zip(chain[:-1].tolist(), chain[1:].tolist(), strict=True):
        a_gap = range(max(first, previous[1] + 1), following[0])
        b_gap = range(max(first, previous[3] + 1), following[2])
        if not a_gap or not b_gap or len(a_gap) > GAP_REACH or len(b_gap) > GAP_REACH:
            continue
        for i in a_gap:
            a_rows += [i] * len(b_gap)
            b_rows += b_gap
    _add_scores(context, np.array(a_rows, dtype=np.int64), np.array(b_rows, dtype=np.int64))


def _add_scores(context: Context, a_rows: IntArray, b_rows: IntArray) -> None:
    """Score the pairs ``(a_rows[k], b_rows[k])`` not scored yet and add them to the scores."""
    b_count = len(context.b.sentences)
    scores = context.scores
    codes, _ = unique_counts(a_rows * b_count + b_rows)
    codes = codes[~np.isin(codes, scores.a * b_count + scores.b)]
    if len(codes) == 0:
        return
    extra = score_pairs(
        codes // b_count,
        codes % b_count,
        shared_stats(context.table, codes // b_count, codes % b_count),
        context.layout,
    )
    context.scores = Scores(
        *(
            np.concatenate([getattr(scores, name), getattr(extra, name)])
            for name in (
                "a",
                "b",
                "shared",
                "shared_terms",
                "dice",
                "contained",
                "features",
                "probability",
            )
        )
    )


def match_in_context(groups: list[Group], context: Context) -> None:
    """Accept weaker pairs of prose sentences that sit between neighbours already aligned:
    the neighbours raise the probability of a pair, never decide it alone, and never
    carry a pair whose figures all disagree (:mod:`tui.core.align.agreement`) or whose
    sentences share only the naming of their speaker."""
    scores = context.scores
    anchored = anchoring(scores, groups, len(context.a.sentences), len(context.b.sentences))
    features = scores.features.copy()
    features[:, FEATURES.index("anchored")] = anchored
    likely = probability(features)
    taken_a = {i for group in groups for i in group.a}
    taken_b = {j for group in groups for j in group.b}
    (weak,) = np.nonzero((likely >= PAIR_PROBABILITY) & (anchored > 0))
    a, b = scores.a[weak], scores.b[weak]
    order = weak[np.lexsort((b, a, -likely[weak]))]
    for k, i, j in zip(
        order.tolist(), scores.a[order].tolist(), scores.b[order].tolist(), strict=True
    ):
        if i in taken_a or j in taken_b:
            continue
        if not (context.a.prose[i] and context.b.prose[j]):
            continue
        if (
            context.speaker_only(i, j)
            or context.other_speakers(i, j)
            or figures_disagree(context.a.words[i], context.b.words[j])
        ):
            continue
        taken_a.add(i)
        taken_b.add(j)
        groups.append(Group({i}, {j}, k))
    scores.probability = np.maximum(scores.probability, likely)


def is_headline(side: Side, row: int) -> bool:
    """Return whether article sentence ``row`` is its document's headline: the first one,
    alone in its paragraph, not ending like a sentence of prose."""
    sentences = side.sentences
    if row != 0 or not sentences:
        return False
    first = sentences[0]
    alone = len(sentences) == 1 or sentences[1].paragraph != first.paragraph
    return alone and not first.text.rstrip().endswith(".")


def without_headlines(scores: Scores, a_headline: bool, b_headline: bool) -> Scores:
    """Return the scored pairs that involve neither headline (row 0 of a side that has one)."""
    keep = np.ones(len(scores.a), dtype=bool)
    if a_headline:
        keep &= scores.a != 0
    if b_headline:
        keep &= scores.b != 0
    return scores.subset(keep)
