"""How likely two sentences of independent reports tell the same thing: a calibrated model.

Each scored pair of sentences is described by a handful of features that carry across
outlets (how much weighted content they share, how much of the shorter one is inside the
other, the rarity of the rarest term they share, shared figures, where each stands in
its story, whether neighbouring sentences are already aligned), and a logistic model
turns them into the probability that a careful reader pairs them.

The coefficients are fitted on paired and unpaired sentences of real-style coverage (the
odd half of the independent pairs; the even half is held out) by
``bench/fit_alignment.py``, which prints the constants below.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from tui.core.align.scoring import FloatArray, IntArray, SharedStats

#: The features, in the order of :data:`COEFFICIENTS` (after the intercept).
FEATURES: tuple[str, ...] = (
    "dice",
    "contained",
    "covered",
    "shared_terms",
    "rarest",
    "figures",
    "distance",
    "length_gap",
    "anchored",
    "rare_contained",
)

#: Intercept, then one weight per feature (``bench/fit_alignment.py`` prints them).
COEFFICIENTS: tuple[float, ...] = (
    -8.855,  # intercept
    3.572,  # dice
    1.781,  # contained
    2.543,  # covered
    1.923,  # shared_terms
    3.465,  # rarest
    0.634,  # figures
    -2.338,  # distance
    0.078,  # length_gap
    2.431,  # anchored
    0.695,  # rare_contained
)


#: The features of a left-over sentence joining a group, in the order of
#: :data:`JOIN_COEFFICIENTS`: its best probability with a sentence of the group's other
#: side, the share of its weight found there, the share of the other side it tells that
#: the group did not tell yet, whether it stands next to a member on its own side, and
#: whether the group holds its best partner.
JOIN_FEATURES: tuple[str, ...] = ("probability", "contained", "gain", "adjacent", "best")

JOIN_COEFFICIENTS: tuple[float, ...] = (
    -3.263,  # intercept
    1.910,  # probability
    0.989,  # contained
    -0.042,  # gain
    2.032,  # adjacent
    0.920,  # best
)


@dataclass(frozen=True)
class PairLayout:
    """What the features need to know about the two documents besides the pairs."""

    a_sizes: IntArray
    b_sizes: IntArray
    a_count: int
    b_count: int
    #: The summed weight of each sentence's rare terms (see ``scoring.rare_weights``).
    a_rare: IntArray
    b_rare: IntArray
    #: The weight of a term found once in each document (the rarest a shared term can be).
    top_weight: int


def _ratio(numerator: FloatArray, denominator: FloatArray) -> FloatArray:
    out = np.zeros(len(numerator), dtype=np.float64)
    np.divide(numerator, denominator, out=out, where=denominator > 0)
    return out


def pair_features(
    a_rows: IntArray,
    b_rows: IntArray,
    shared: SharedStats,
    layout: PairLayout,
    anchored: FloatArray | None = None,
) -> FloatArray:
    """Return one row of :data:`FEATURES` per pair ``(a_rows[k], b_rows[k])``."""
    size_a = layout.a_sizes[a_rows].astype(np.float64)
    size_b = layout.b_sizes[b_rows].astype(np.float64)
    weight = shared.weight.astype(np.float64)
    dice = _ratio(2 * weight, size_a + size_b)
    contained = _ratio(weight, np.minimum(size_a, size_b))
    covered = _ratio(weight, np.maximum(size_a, size_b))
    position_a = (a_rows + 0.5) / max(1, layout.a_count)
    position_b = (b_rows + 0.5) / max(1, layout.b_count)
    columns = [
        dice,
        contained,
        covered,
        np.log1p(shared.terms.astype(np.float64)),
        np.minimum(shared.rarest / layout.top_weight, 1.0),
        np.minimum(shared.figures, 2).astype(np.float64),
        np.abs(position_a - position_b),
        np.abs(np.log((size_a + 100) / (size_b + 100))),
        np.zeros(len(a_rows)) if anchored is None else anchored,
        _ratio(
            shared.rare.astype(np.float64),
            np.minimum(layout.a_rare[a_rows], layout.b_rare[b_rows]).astype(np.float64),
        ),
    ]
    return np.stack(columns, axis=1) if len(a_rows) else np.zeros((0, len(FEATURES)))


def probability(features: FloatArray, coefficients: tuple[float, ...] = COEFFICIENTS) -> FloatArray:
    """Return the model's probability that each pair of ``features`` rows is a counterpart."""
    weights = np.asarray(coefficients[1:], dtype=np.float64)
    z = coefficients[0] + features @ weights
    return 1.0 / (1.0 + np.exp(-np.clip(z, -50.0, 50.0)))


def logit(p: float) -> float:
    """Return the log-odds of probability ``p``."""
    return math.log(p / (1 - p))
