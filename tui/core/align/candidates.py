"""Which sentence pairs are worth scoring: an index of shared rare terms, and position.

Scoring every sentence of one document against every sentence of the other grows
with the product of their lengths.  Two sentences that tell the same thing almost
always share one of their rarest terms, so each sentence is looked up in an inverted
index by its few rarest terms only, and just the most promising partners are kept. A term
the other text never uses is passed over (it proposes nothing): a sentence naming many
things the other outlet leaves out still looks up the rare terms it may share.

A term found in many sentences tells little about which of them is the counterpart,
and looking all of them up would cost the product of the lengths again, so such a term
proposes nothing by itself.  A sentence whose every term is that common (a line that
wire copy or a live blog repeats many times, or a sentence of common words in a book)
is not left without partners: it looks up its rarest term among the sentences that
stand near its place in the other text (its row scaled by the two lengths), as story
order is the only information left.  Among partners that share as many terms, the one
nearest that place comes first.  The work is then a few postings per sentence, whatever
the size of the texts, and is done on whole arrays (numpy), never pair by pair in Python.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from tui.core.align.scoring import IntArray, TermMatrix, segment_offsets, unique_counts


def _rank_in_group(groups: IntArray) -> IntArray:
    """Return each element's position within its run of equal values (``groups`` sorted)."""
    if len(groups) == 0:
        return groups
    starts = np.flatnonzero(np.concatenate([[True], groups[1:] != groups[:-1]]))
    run_lengths = np.diff(np.append(starts, len(groups)))
    return np.arange(len(groups), dtype=np.int64) - np.repeat(starts, run_lengths)


def _order_within_rows(rows: IntArray, score: IntArray) -> IntArray:
    """Return the order that sorts elements by row, then by ``score`` descending, keeping
    the given order among equals (``rows`` ascending, ``score`` non-negative)."""
    top = int(score.max(initial=0))
    return np.argsort(rows * (top + 1) + (top - score), kind="stable")


def _expected_rows(query: IntArray, queries: TermMatrix, targets: TermMatrix) -> IntArray:
    """Return the target row standing where each ``query`` row stands in its own text."""
    return (query * targets.rows) // max(1, queries.rows)


#: How many ones each byte holds (to count the bits of the term signatures).
_BYTE_BITS = np.array([bin(value).count("1") for value in range(256)], dtype=np.uint8)
#: Bits of a term signature: few enough to cost little, enough that a sentence of a dozen
#: terms sets about a tenth of them.
_SIGNATURE_BITS = 128


def _signatures(rows: IntArray, terms: IntArray, count: int) -> NDArray[np.uint64]:
    """Return, for each of ``count`` rows, a signature of its terms (bit ``term % 128``
    set for each, in two 64-bit words), given the ``(rows, terms)`` entries, rows ascending."""
    words = _SIGNATURE_BITS // 64
    signatures = np.zeros((count, words), dtype=np.uint64)
    if len(rows) == 0:
        return signatures
    starts = np.flatnonzero(np.concatenate([[True], rows[1:] != rows[:-1]]))
    bit = terms % _SIGNATURE_BITS
    bits = np.left_shift(np.uint64(1), (bit % 64).astype(np.uint64))
    word_of = bit // 64
    for word in range(words):
        in_word = np.where(word_of == word, bits, np.uint64(0))
        signatures[rows[starts], word] = np.bitwise_or.reduceat(in_word, starts)
    return signatures


def _bit_counts(values: NDArray[np.uint64]) -> IntArray:
    """Return how many bits are set in each row of ``values``."""
    if hasattr(np, "bitwise_count"):  # numpy 2
        counts = np.bitwise_count(values)
    else:
        counts = _BYTE_BITS[np.ascontiguousarray(values).view(np.uint8)]
    return np.asarray(counts.reshape(len(values), -1).sum(axis=1), dtype=np.int64)


@dataclass(frozen=True)
class _Postings:
    """The inverted index of one side: the rows having term ``t`` are
    ``rows[start[t]:start[t] + length[t]]``, ascending."""

    rows: IntArray
    start: IntArray
    length: IntArray
    #: The number of rows of the side.
    count: int
    #: ``term * count + row`` of each entry of ``rows``: ascending.
    keys: IntArray

    @classmethod
    def of(cls, matrix: TermMatrix, term_count: int) -> _Postings:
        length = np.bincount(matrix.indices, minlength=term_count)
        rows = matrix.row_of_entries()[np.argsort(matrix.indices, kind="stable")]
        count = max(1, matrix.rows)
        keys = np.repeat(np.arange(term_count, dtype=np.int64), length) * count + rows
        return cls(rows, np.cumsum(length) - length, length, count, keys)

    def pairs(
        self, query: IntArray, start: IntArray, length: IntArray
    ) -> tuple[IntArray, IntArray, IntArray]:
        """Return the distinct ``(query, row)`` pairs of the given segments of ``rows``, and
        in how many segments each pair was found."""
        owner, positions = segment_offsets(start, length)
        codes, shared = unique_counts(query[owner] * self.count + self.rows[positions])
        return codes // self.count, codes % self.count, shared

    def nearest(
        self, query: IntArray, term: IntArray, place: IntArray, width: int
    ) -> tuple[IntArray, IntArray]:
        """Return the ``(query, row)`` pairs of the ``width`` rows having each query's
        ``term`` nearest its ``place``."""
        at = np.searchsorted(self.keys, term * self.count + place)
        start, length = self.start[term], np.minimum(self.length[term], width)
        first = np.clip(at - width // 2, start, start + self.length[term] - length)
        near_query, near_row, _ = self.pairs(query, first, length)
        return near_query, near_row


def _alike(
    query: IntArray,
    target: IntArray,
    query_signature: NDArray[np.uint64],
    target_signature: NDArray[np.uint64],
) -> tuple[NDArray[np.bool_], IntArray]:
    """Return which pairs share at least half (and two) of the terms of the query's
    signature, and how many they share. Signatures never miss a shared term (a few terms
    that are not shared may count) and cost two numbers a sentence."""
    signature = query_signature[query]
    shared = _bit_counts(signature & target_signature[target])
    return (shared >= 2) & (2 * shared >= _bit_counts(signature)), shared


#: Queries looked up near their place at once (the work arrays stay a few megabytes).
_NEAR_CHUNK = 1 << 15


def _partners(
    queries: TermMatrix,
    targets: TermMatrix,
    weights: IntArray,
    *,
    rare_terms: int,
    keep: int,
    max_postings: int,
) -> tuple[IntArray, IntArray]:
    """Return ``(query, target)`` rows: each query's ``keep`` best partners by rare terms
    (by its rarest term near its place, when all its terms are common)."""
    index = _Postings.of(targets, len(weights))
    rows, terms = queries.row_of_entries(), queries.indices
    # A term the other text never uses proposes nothing: each query's terms found there,
    # rarest first (ties: lower term id, i.e. alphabetical).
    present = index.length[terms] > 0
    rows, terms = rows[present], terms[present]
    order = _order_within_rows(rows, weights[terms])
    rank = _rank_in_group(rows[order])
    chosen = order[rank < rare_terms]
    query, term, rarest = rows[chosen], terms[chosen], rank[rank < rare_terms] == 0
    usable = index.length[term] <= max_postings
    found = index.pairs(query[usable], index.start[term[usable]], index.length[term[usable]])
    # A query with no usable term looks its rarest term up among the ``2 * keep`` rows
    # having it nearest its place, and keeps those that share at least half of its chosen
    # terms (a twin or a rewording, not a neighbour that shares a common word).
    informed = np.zeros(queries.rows, dtype=bool)
    informed[query[usable]] = True
    local = rarest & ~informed[query] & (index.length[term] > 0)
    parts = [found]
    if local.any():
        query_signature = _signatures(query, term, queries.rows)
        target_signature = _signatures(targets.row_of_entries(), targets.indices, targets.rows)
        local_query, local_term = query[local], term[local]
        for at in range(0, len(local_query), _NEAR_CHUNK):
            some = slice(at, at + _NEAR_CHUNK)
            place = _expected_rows(local_query[some], queries, targets)
            near_query, near_target = index.nearest(
                local_query[some], local_term[some], place, 2 * keep
            )
            like, near_shared = _alike(near_query, near_target, query_signature, target_signature)
            parts.append((near_query[like], near_target[like], near_shared[like]))
    query, target, shared = (np.concatenate(arrays) for arrays in zip(*parts, strict=True))
    # Per query, the targets sharing the most terms; among equals, the nearest its place.
    distance = np.abs(target - _expected_rows(query, queries, targets))
    score = shared * (index.count + 1) + (index.count - distance)
    order = _order_within_rows(query, score)
    best = order[_rank_in_group(query[order]) < keep]
    return query[best], target[best]


def candidate_pairs(
    a: TermMatrix,
    b: TermMatrix,
    weights: IntArray,
    *,
    rare_terms: int = 6,
    keep: int = 4,
    max_postings: int = 60,
) -> tuple[IntArray, IntArray]:
    """Return the ``(a_rows, b_rows)`` of the sentence pairs worth scoring, sorted and unique.

    Each sentence of either side proposes the ``keep`` sentences of the other side
    that share the most of its ``rare_terms`` rarest terms found there, the nearest its place in
    the other text first among equals; terms found in more than ``max_postings``
    sentences are too common to propose anything, except for a sentence with no rarer
    term, whose rarest term proposes the sentences that have it nearest its place.  The
    result is the union of both directions, so it does not depend on which document
    comes first.
    """
    if a.rows == 0 or b.rows == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    options = {"rare_terms": rare_terms, "keep": keep, "max_postings": max_postings}
    forward_a, forward_b = _partners(a, b, weights, **options)
    backward_b, backward_a = _partners(b, a, weights, **options)
    codes, _ = unique_counts(
        np.concatenate([forward_a * b.rows + forward_b, backward_a * b.rows + backward_b])
    )
    return codes // b.rows, codes % b.rows
