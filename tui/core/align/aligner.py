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
   two headlines are a pair of their own;
5. the neighbours of aligned pairs are scored too, and aligned neighbours on both sides
   raise a pair's probability (story order as a weak prior, never a rule);
6. sentences left over join an existing group when they tell the part of its
   counterpart that the group does not yet explain, or pair with their best partner;
   a calibrated join model decides the rest: splits and merges become 1:n and n:1 groups;
7. each group gets its word-level edits (:mod:`tui.core.text.word_diff`).

The documents are processed in a canonical order (by their text), and the result
mirrored when needed, so ``align(b, a)`` is exactly the mirror image of ``align(a, b)``.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import accumulate, chain

import numpy as np
from numpy.typing import NDArray

from tui.core.align.calibration import (
    FEATURES,
    JOIN_COEFFICIENTS,
    JOIN_FEATURES,
    PairLayout,
    pair_features,
    probability,
)
from tui.core.align.candidates import candidate_pairs
from tui.core.align.scoring import (
    FloatArray,
    IntArray,
    SharedStats,
    TermMatrix,
    TermTable,
    containment,
    rare_weights,
    shared_stats,
    shared_top_weight,
    term_table,
    total_weight,
    union_terms,
    unique_counts,
    weighted_dice,
)
from tui.core.models import (
    AlignedGroup,
    Alignment,
    Document,
    Sentence,
    WordEdit,
)
from tui.core.text.word_diff import changed_ranges, edits_from_ranges
from tui.core.text.words import fold_words, locate_words, word_bounds, words

#: A pair of sentences is taken as counterparts from this calibrated probability on
#: (:mod:`tui.core.align.calibration`), best first, each sentence in one pair at most.
PAIR_PROBABILITY = 0.55
#: Aligned pairs this close before or after a pair, on both sides, make it more likely.
CONTEXT_REACH = 2
#: Each sentence proposes this many partners sharing the most of its rarest terms.
CANDIDATE_RARE_TERMS = 8
CANDIDATE_KEEP = 6
#: A left-over sentence joins a group when this share of its weight is in the other side
#: (less when it stands next to a sentence of the group: a sentence split in two),
MERGE_CONTAINMENT = 0.5
ADJACENT_MERGE_CONTAINMENT = 0.35
#: and it explains at least this share of the other side not explained yet.
MERGE_GAIN = 0.15
#: A sentence left over joins the group of its best partner from this probability on.
ATTACH_PROBABILITY = 0.4
#: A left-over sentence joins a group from this calibrated join probability on
#: (:data:`tui.core.align.calibration.JOIN_COEFFICIENTS`),
JOIN_PROBABILITY = 0.5
#: when it has a scored pair from this probability on with the group's other side.
JOIN_CONSIDERED = 0.05
#: ... and tells at least this share of the group's counterpart not told yet.
JOIN_GAIN = 0.15
#: At most this many sentences on one side of a group.
MAX_GROUP_SIDE = 4


class _TermSets(dict[int, frozenset[int]]):
    """The term set of each sentence of one side, built on first use."""

    def __init__(self, matrix: TermMatrix) -> None:
        super().__init__()
        self.matrix = matrix

    def __missing__(self, row: int) -> frozenset[int]:
        terms = self.matrix.terms(row)
        self[row] = terms
        return terms


@dataclass
class _Side:
    """The article sentences of one document, by position, with their words.

    The folded words of sentence ``k`` are ``folded[first[k]:first[k + 1]]``.
    """

    text: str
    sentences: list[Sentence]
    words: list[list[str]]
    folded: list[str]
    first: list[int]
    #: Whether each sentence's text is its slice of the document text.
    exact: list[bool]

    def group_words(self, rows: Sequence[int]) -> list[str]:
        """Return the folded words of the sentences at ``rows``, in order."""
        if len(rows) == 1:
            return self._folded(rows[0])
        return list(chain.from_iterable(map(self._folded, rows)))

    def _folded(self, row: int) -> list[str]:
        return self.folded[self.first[row] : self.first[row + 1]]

    def group_bounds(self, rows: Sequence[int], count: int) -> list[int]:
        """Return the offsets of the first ``count`` words of the sentences at ``rows``
        (see ``word_bounds``)."""
        bounds: list[int] = []
        for row in rows:
            if count <= 0:
                break
            sentence = self.sentences[row]
            if self.exact[row]:
                bounds += locate_words(self.text, self.words[row], sentence.start, count)
            else:
                bounds += word_bounds(self.text, sentence.start, sentence.end, count)
            count -= len(self.words[row])
        return bounds


@dataclass
class _Group:
    a: set[int] = field(default_factory=set)
    b: set[int] = field(default_factory=set)
    #: The scored pair the group started from.
    pair: int = -1


@dataclass
class _Scores:
    """The candidate pairs ``(a[k], b[k])`` with their overlap, containment, features and
    calibrated probability of being counterparts."""

    a: IntArray
    b: IntArray
    shared: IntArray
    #: How many terms each pair shares.
    shared_terms: IntArray
    dice: FloatArray
    contained: FloatArray
    features: FloatArray
    probability: FloatArray

    def subset(self, keep: NDArray[np.bool_]) -> _Scores:
        """Return the pairs where ``keep`` is true."""
        return _Scores(
            self.a[keep],
            self.b[keep],
            self.shared[keep],
            self.shared_terms[keep],
            self.dice[keep],
            self.contained[keep],
            self.features[keep],
            self.probability[keep],
        )


@dataclass
class _Context:
    """Everything the matching steps share: both sides, terms, weights and scores."""

    a: _Side
    b: _Side
    a_terms: _TermSets
    b_terms: _TermSets
    a_sizes: IntArray
    b_sizes: IntArray
    weights: list[int]
    scores: _Scores
    table: TermTable
    layout: PairLayout


def _side(document: Document) -> _Side:
    text = document.text
    sentences = [s for s in document.sentences if not s.boilerplate]
    sentence_words = list(map(words, [s.text for s in sentences]))
    first = [0, *accumulate(map(len, sentence_words))]
    every_word = list(chain.from_iterable(sentence_words))
    # Each distinct word is folded once, and its folded form shared by all its uses.
    distinct = list(set(every_word))
    folded_of = dict(zip(distinct, fold_words(distinct), strict=True))
    folded = list(map(folded_of.__getitem__, every_word))
    exact = [text[s.start : s.end] == s.text for s in sentences]
    return _Side(text, sentences, sentence_words, folded, first, exact)


def _ratio(numerator: IntArray, denominator: IntArray) -> FloatArray:
    """Return ``numerator / denominator`` where the numerator is positive, else 0."""
    out = np.zeros(len(numerator), dtype=np.float64)
    np.divide(numerator, denominator, out=out, where=numerator > 0)
    return out


def _scores(a: IntArray, b: IntArray, shared: SharedStats, layout: PairLayout) -> _Scores:
    features = pair_features(a, b, shared, layout)
    return _Scores(
        a,
        b,
        shared.weight,
        shared.terms,
        features[:, FEATURES.index("dice")].copy(),
        features[:, FEATURES.index("contained")].copy(),
        features,
        probability(features),
    )


def _match(scores: _Scores, a_count: int, b_count: int) -> list[_Group]:
    """Return 1:1 groups chosen best-first over all likely pairs (mutual best)."""
    likely = scores.probability
    (candidates,) = np.nonzero(likely >= PAIR_PROBABILITY)
    a, b = scores.a[candidates], scores.b[candidates]
    # Best first; among equals, the pair nearest the diagonal, then by position.
    off_diagonal = np.abs(a * b_count - b * a_count)
    order = candidates[np.lexsort((b, a, off_diagonal, -likely[candidates]))]
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    groups: list[_Group] = []
    for k, i, j in zip(
        order.tolist(), scores.a[order].tolist(), scores.b[order].tolist(), strict=True
    ):
        if i in taken_a or j in taken_b:
            continue
        taken_a.add(i)
        taken_b.add(j)
        groups.append(_Group({i}, {j}, k))
    return groups


def _reads_as_prose(sentence: Sentence) -> bool:
    """Return True for a sentence ending like prose (headings and labels do not)."""
    text = sentence.text.rstrip()
    return bool(text) and text[-1] in ".!?\"”’'…)]"


def _anchoring(scores: _Scores, groups: list[_Group], b_count: int) -> FloatArray:
    """Return, for each scored pair, 1 when aligned pairs stand both just before and just
    after it on both sides (a sandwich), 0.5 when on one side only, else 0."""
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
    return (before.astype(np.float64) + after.astype(np.float64)) / 2


def _score_neighbours(groups: list[_Group], context: _Context, skip_first: bool) -> None:
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
    codes, _ = unique_counts(near[inside, 0] * b_count + near[inside, 1])
    scores = context.scores
    codes = codes[~np.isin(codes, scores.a * b_count + scores.b)]
    if len(codes) == 0:
        return
    extra = _scores(
        codes // b_count,
        codes % b_count,
        shared_stats(context.table, codes // b_count, codes % b_count),
        context.layout,
    )
    context.scores = _Scores(
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


def _match_in_context(groups: list[_Group], context: _Context) -> None:
    """Accept weaker pairs of prose sentences that sit between neighbours already aligned:
    the neighbours raise the probability of a pair, never decide it alone."""
    scores = context.scores
    b_count = len(context.b.sentences)
    anchored = _anchoring(scores, groups, b_count)
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
        if not (
            _reads_as_prose(context.a.sentences[i]) and _reads_as_prose(context.b.sentences[j])
        ):
            continue
        taken_a.add(i)
        taken_b.add(j)
        groups.append(_Group({i}, {j}, k))
    scores.probability = np.maximum(scores.probability, likely)


def _group_numbers(groups: list[_Group], count: int, side: str) -> IntArray:
    """Return the group number of each sentence of one side (-1 when in no group)."""
    members = [group.a if side == "a" else group.b for group in groups]
    numbers = np.full(count, -1, dtype=np.int64)
    sentences = np.fromiter(chain.from_iterable(members), dtype=np.int64)
    numbers[sentences] = np.repeat(
        np.arange(len(groups), dtype=np.int64),
        np.fromiter(map(len, members), dtype=np.int64, count=len(members)),
    )
    return numbers


def _merge_options(groups: list[_Group], context: _Context) -> list[tuple[str, int, int]]:
    """Return ``(side, sentence, group)`` for each left-over sentence next to a group,
    most contained in the group's counterpart first."""
    scores = context.scores
    group_of_a = _group_numbers(groups, len(context.a_sizes), "a")[scores.a]
    group_of_b = _group_numbers(groups, len(context.b_sizes), "b")[scores.b]
    from_a = (group_of_a < 0) & (group_of_b >= 0)
    from_b = (group_of_b < 0) & (group_of_a >= 0)
    value = np.concatenate(
        [
            _ratio(scores.shared[from_a], context.a_sizes[scores.a[from_a]]),
            _ratio(scores.shared[from_b], context.b_sizes[scores.b[from_b]]),
        ]
    )
    side = np.concatenate([np.zeros(from_a.sum(), np.int64), np.ones(from_b.sum(), np.int64)])
    position = np.concatenate([scores.a[from_a], scores.b[from_b]])
    group = np.concatenate([group_of_b[from_a], group_of_a[from_b]])
    order = np.lexsort((group, position, side, -value))
    names = ("a", "b")
    return [
        (names[s], p, g)
        for s, p, g in zip(
            side[order].tolist(), position[order].tolist(), group[order].tolist(), strict=True
        )
    ]


def _merge_leftovers(groups: list[_Group], context: _Context) -> None:
    """Attach left-over sentences to the group whose counterpart they help explain."""
    weights = context.weights
    attached: set[tuple[str, int]] = set()
    for side, position, g in _merge_options(groups, context):
        if (side, position) in attached:
            continue
        group = groups[g]
        own, other = (group.a, group.b) if side == "a" else (group.b, group.a)
        if side == "a":
            own_terms, other_terms = context.a_terms, context.b_terms
        else:
            own_terms, other_terms = context.b_terms, context.a_terms
        if len(own) >= MAX_GROUP_SIDE:
            continue
        terms = own_terms[position]
        other_union = union_terms(other_terms, other)
        adjacent = position - 1 in own or position + 1 in own
        needed = ADJACENT_MERGE_CONTAINMENT if adjacent else MERGE_CONTAINMENT
        if containment(terms, other_union, weights) < needed:
            continue
        own_union = union_terms(own_terms, own)
        explained = total_weight((other_union & terms) - own_union, weights)
        if explained < MERGE_GAIN * total_weight(other_union, weights):
            continue
        before = weighted_dice(own_union, other_union, weights)
        after = weighted_dice(own_union | terms, other_union, weights)
        if after < before:
            continue
        own.add(position)
        attached.add((side, position))


@dataclass(frozen=True)
class _JoinOption:
    """A left-over sentence that may join a group, with the features of that join."""

    side: str
    position: int
    group: int
    features: tuple[float, ...]


def _join_options(groups: list[_Group], context: _Context) -> list[_JoinOption]:
    """Return each (left-over prose sentence, group) with a scored pair between the sentence
    and the group's other side, with the features of :data:`JOIN_FEATURES`."""
    scores = context.scores
    group_of_a = _group_numbers(groups, len(context.a_sizes), "a")
    group_of_b = _group_numbers(groups, len(context.b_sizes), "b")
    best_a = np.zeros(len(context.a_sizes))
    best_b = np.zeros(len(context.b_sizes))
    np.maximum.at(best_a, scores.a, scores.probability)
    np.maximum.at(best_b, scores.b, scores.probability)
    worth = scores.probability >= JOIN_CONSIDERED
    from_a = worth & (group_of_a[scores.a] < 0) & (group_of_b[scores.b] >= 0)
    from_b = worth & (group_of_b[scores.b] < 0) & (group_of_a[scores.a] >= 0)
    strongest: dict[tuple[str, int, int], tuple[float, float]] = {}
    for k in np.flatnonzero(from_a | from_b).tolist():
        i, j, p = int(scores.a[k]), int(scores.b[k]), float(scores.probability[k])
        if from_a[k]:
            key, best = ("a", i, int(group_of_b[j])), float(best_a[i])
        else:
            key, best = ("b", j, int(group_of_a[i])), float(best_b[j])
        if p > strongest.get(key, (0.0, 0.0))[0]:
            strongest[key] = (p, best)
    weights = context.weights
    options: list[_JoinOption] = []
    for (side, position, g), (p, best) in sorted(strongest.items()):
        group = groups[g]
        own, other = (group.a, group.b) if side == "a" else (group.b, group.a)
        own_side = context.a if side == "a" else context.b
        if len(own) >= MAX_GROUP_SIDE or not _reads_as_prose(own_side.sentences[position]):
            continue
        own_terms, other_terms = (
            (context.a_terms, context.b_terms)
            if side == "a"
            else (context.b_terms, context.a_terms)
        )
        terms = own_terms[position]
        other_union = union_terms(other_terms, other)
        explained = total_weight((other_union & terms) - union_terms(own_terms, own), weights)
        features = (
            p,
            containment(terms, other_union, weights),
            explained / max(1, total_weight(other_union, weights)),
            float(position - 1 in own or position + 1 in own),
            float(p >= best),
        )
        options.append(_JoinOption(side, position, g, features))
    return options


def _join_leftovers(groups: list[_Group], context: _Context) -> None:
    """Let left-over sentences join the group they most likely belong to, by the calibrated
    join model (:data:`JOIN_COEFFICIENTS`): one outlet told in two sentences what the other
    told in one or two."""
    options = _join_options(groups, context)
    if not options:
        return
    likely = probability(np.array([option.features for option in options]), JOIN_COEFFICIENTS)
    order = sorted(range(len(options)), key=lambda k: (-likely[k], k))
    joined: set[tuple[str, int]] = set()
    for k in order:
        option = options[k]
        if likely[k] < JOIN_PROBABILITY:
            break
        key = (option.side, option.position)
        group = groups[option.group]
        own = group.a if option.side == "a" else group.b
        if key in joined or len(own) >= MAX_GROUP_SIDE:
            continue
        if option.features[JOIN_FEATURES.index("gain")] < JOIN_GAIN:
            continue
        own.add(option.position)
        joined.add(key)


def _attach_leftovers(groups: list[_Group], context: _Context) -> None:
    """Give each prose sentence still left over its best-scoring partner, when their overlap
    reaches ``ATTACH_PROBABILITY``: two left-over best partners form a pair; a sentence whose
    best partner is in a group joins it when most of it is told there and it tells some of
    the group's counterpart not told yet (as in :func:`_merge_leftovers`)."""
    scores = context.scores
    group_of: dict[tuple[str, int], int] = {}
    for number, group in enumerate(groups):
        group_of.update({("a", i): number for i in group.a})
        group_of.update({("b", j): number for j in group.b})
    best: dict[tuple[str, int], tuple[float, int]] = {}
    (usable,) = np.nonzero(scores.probability >= ATTACH_PROBABILITY)
    for k in usable.tolist():
        i, j, dice = int(scores.a[k]), int(scores.b[k]), float(scores.probability[k])
        if not (
            _reads_as_prose(context.a.sentences[i]) and _reads_as_prose(context.b.sentences[j])
        ):
            continue
        for key in (("a", i), ("b", j)):
            if dice > best.get(key, (0.0, -1))[0]:
                best[key] = (dice, k)
    for key, (_, k) in sorted(best.items(), key=lambda item: (-item[1][0], item[0])):
        if key in group_of:
            continue
        side, position = key
        i, j = int(scores.a[k]), int(scores.b[k])
        partner = ("b", j) if side == "a" else ("a", i)
        joined = group_of.get(partner)
        if joined is None:
            if best.get(partner, (0.0, -1))[1] == k:
                groups.append(_Group({i}, {j}, k))
                group_of[("a", i)] = group_of[("b", j)] = len(groups) - 1
            continue
        if _joins(groups[joined], side, position, context):
            (groups[joined].a if side == "a" else groups[joined].b).add(position)
            group_of[key] = joined


def _joins(group: _Group, side: str, position: int, context: _Context) -> bool:
    """Return whether the sentence at ``position`` of ``side`` tells enough of the group's
    counterpart, and enough not told yet, to join the group."""
    own, other = (group.a, group.b) if side == "a" else (group.b, group.a)
    own_terms, other_terms = (
        (context.a_terms, context.b_terms) if side == "a" else (context.b_terms, context.a_terms)
    )
    if len(own) >= MAX_GROUP_SIDE:
        return False
    weights = context.weights
    terms = own_terms[position]
    other_union = union_terms(other_terms, other)
    if containment(terms, other_union, weights) < ADJACENT_MERGE_CONTAINMENT:
        return False
    explained = total_weight((other_union & terms) - union_terms(own_terms, own), weights)
    return explained >= MERGE_GAIN * total_weight(other_union, weights)


def _group_score(group: _Group, context: _Context) -> float:
    if len(group.a) == 1 and len(group.b) == 1 and group.pair >= 0:
        score = float(context.scores.dice[group.pair])
    else:
        score = weighted_dice(
            union_terms(context.a_terms, group.a),
            union_terms(context.b_terms, group.b),
            context.weights,
        )
    return min(1.0, max(0.0, score))


def _context(side_a: _Side, side_b: _Side) -> _Context:
    table = term_table(side_a.words, side_b.words)
    a_sizes, b_sizes = table.a.row_weights(table.weights), table.b.row_weights(table.weights)
    a_rows, b_rows = candidate_pairs(
        table.a, table.b, table.weights, rare_terms=CANDIDATE_RARE_TERMS, keep=CANDIDATE_KEEP
    )
    shared = shared_stats(table, a_rows, b_rows)
    rare = rare_weights(table)
    layout = PairLayout(
        a_sizes,
        b_sizes,
        len(side_a.sentences),
        len(side_b.sentences),
        table.a.row_weights(rare),
        table.b.row_weights(rare),
        shared_top_weight(table),
    )
    return _Context(
        side_a,
        side_b,
        _TermSets(table.a),
        _TermSets(table.b),
        a_sizes,
        b_sizes,
        table.weights.tolist(),
        _scores(a_rows, b_rows, shared, layout),
        table,
        layout,
    )


def _words_needed(ranges: Sequence[tuple[int, int]]) -> int:
    """Return how many words, from the first, locate the given ``(first, end)`` word ranges
    (an empty range needs the word it stands before)."""
    return max(end if first < end else first + 1 for first, end in ranges)


def _group_edits(group: _Group, a: _Side, b: _Side) -> tuple[WordEdit, ...]:
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


def _is_headline(side: _Side, row: int) -> bool:
    """Return whether article sentence ``row`` is its document's headline: the first one,
    alone in its paragraph, not ending like a sentence of prose."""
    sentences = side.sentences
    if row != 0 or not sentences:
        return False
    first = sentences[0]
    alone = len(sentences) == 1 or sentences[1].paragraph != first.paragraph
    return alone and not first.text.rstrip().endswith(".")


def _without_headlines(scores: _Scores, a_headline: bool, b_headline: bool) -> _Scores:
    """Return the scored pairs that involve neither headline (row 0 of a side that has one)."""
    keep = np.ones(len(scores.a), dtype=bool)
    if a_headline:
        keep &= scores.a != 0
    if b_headline:
        keep &= scores.b != 0
    return scores.subset(keep)


def _groups(context: _Context, *, join: bool = True) -> list[_Group]:
    """Return the groups of the two sides of ``context`` (without the last step, joining
    left-over sentences to groups, when ``join`` is false)."""
    side_a, side_b = context.a, context.b
    # The two headlines are a pair of their own, whatever their wording, and take no part
    # in matching the body: a headline never takes a body sentence's counterpart.
    headlines = _is_headline(side_a, 0) and _is_headline(side_b, 0)
    if headlines:
        context.scores = _without_headlines(context.scores, True, True)
    groups = _match(context.scores, len(side_a.sentences), len(side_b.sentences))
    _score_neighbours(groups, context, headlines)
    if headlines:
        groups.append(_Group({0}, {0}))
    _match_in_context(groups, context)
    _merge_leftovers(groups, context)
    _attach_leftovers(groups, context)
    if join:
        _join_leftovers(groups, context)
    return groups


def _align_ordered(a: Document, b: Document) -> Alignment:
    side_a, side_b = _side(a), _side(b)
    context = _context(side_a, side_b)
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
    only_a = tuple(s.id for s in side_a.sentences if s.id not in in_a)
    only_b = tuple(s.id for s in side_b.sentences if s.id not in in_b)
    return Alignment(tuple(aligned), only_a, only_b)


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
    return Alignment(groups, alignment.only_b, alignment.only_a)


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
