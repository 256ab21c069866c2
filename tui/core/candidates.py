"""Which sentence pairs are worth scoring: an index of shared rare terms.

Scoring every sentence of one document against every sentence of the other grows
with the product of their lengths.  Two sentences that tell the same thing almost
always share one of their rarest terms, so each sentence is looked up in an inverted
index by its few rarest terms only, and just the most promising partners are kept.
"""

from __future__ import annotations

import heapq
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence


def _rarest(terms: frozenset[str], weights: Mapping[str, int], count: int) -> list[str]:
    # sorted() first fixes the order among equal weights; the second sort is stable.
    return sorted(sorted(terms), key=weights.__getitem__, reverse=True)[:count]


def _index(term_sets: Sequence[frozenset[str]]) -> dict[str, list[int]]:
    postings: dict[str, list[int]] = defaultdict(list)
    for position, terms in enumerate(term_sets):
        for term in terms:
            postings[term].append(position)
    return postings


def _partners(
    queries: Sequence[frozenset[str]],
    targets: Sequence[frozenset[str]],
    weights: Mapping[str, int],
    *,
    rare_terms: int,
    keep: int,
    max_postings: int,
) -> list[tuple[int, int]]:
    postings = _index(targets)
    found: list[tuple[int, int]] = []
    for query, terms in enumerate(queries):
        shared: Counter[int] = Counter()
        for term in _rarest(terms, weights, rare_terms):
            hits = postings.get(term)
            if hits is not None and len(hits) <= max_postings:
                shared.update(hits)
        if len(shared) > keep:
            best = heapq.nsmallest(keep, shared.items(), key=lambda item: (-item[1], item[0]))
            found.extend((query, target) for target, _ in best)
        else:
            found.extend((query, target) for target in shared)
    return found


def candidate_pairs(
    a_terms: Sequence[frozenset[str]],
    b_terms: Sequence[frozenset[str]],
    weights: Mapping[str, int],
    *,
    rare_terms: int = 6,
    keep: int = 4,
    max_postings: int = 60,
) -> list[tuple[int, int]]:
    """Return the ``(a_position, b_position)`` pairs worth scoring, sorted and unique.

    Each sentence of either side proposes the ``keep`` sentences of the other side
    that share the most of its ``rare_terms`` rarest terms; terms found in
    more than ``max_postings`` sentences are too common to propose anything.  The
    result is the union of both directions, so it does not depend on which document
    comes first.
    """
    options = {"rare_terms": rare_terms, "keep": keep, "max_postings": max_postings}
    forward = _partners(a_terms, b_terms, weights, **options)
    backward = _partners(b_terms, a_terms, weights, **options)
    pairs = set(forward)
    pairs.update((a, b) for b, a in backward)
    return sorted(pairs)
