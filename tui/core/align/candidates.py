"""Which sentence pairs are worth scoring: an index of shared rare terms.

Scoring every sentence of one document against every sentence of the other grows
with the product of their lengths.  Two sentences that tell the same thing almost
always share one of their rarest terms, so each sentence is looked up in an inverted
index by its few rarest terms only, and just the most promising partners are kept.
The work is done on whole arrays (numpy), never pair by pair in Python.
"""

from __future__ import annotations

import numpy as np

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


def _partners(
    queries: TermMatrix,
    targets: TermMatrix,
    weights: IntArray,
    *,
    rare_terms: int,
    keep: int,
    max_postings: int,
) -> tuple[IntArray, IntArray]:
    """Return ``(query, target)`` rows: each query's ``keep`` best partners by rare terms."""
    rows, terms = queries.row_of_entries(), queries.indices
    # Each query's terms, rarest first (ties: lower term id, i.e. alphabetical).
    order = _order_within_rows(rows, weights[terms])
    chosen = order[_rank_in_group(rows[order]) < rare_terms]
    query, term = rows[chosen], terms[chosen]
    postings_length = np.bincount(targets.indices, minlength=len(weights))
    usable = postings_length[term] <= max_postings
    query, term = query[usable], term[usable]
    # Postings: target rows of each term, ascending, laid out term after term.
    postings = targets.row_of_entries()[np.argsort(targets.indices, kind="stable")]
    postings_start = np.cumsum(postings_length) - postings_length
    owner, positions = segment_offsets(postings_start[term], postings_length[term])
    target_count = max(1, targets.rows)
    codes, shared = unique_counts(query[owner] * target_count + postings[positions])
    query, target = codes // target_count, codes % target_count
    # Per query, the targets sharing the most rare terms (ties: lower row).
    order = _order_within_rows(query, shared)
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
    that share the most of its ``rare_terms`` rarest terms; terms found in
    more than ``max_postings`` sentences are too common to propose anything.  The
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
