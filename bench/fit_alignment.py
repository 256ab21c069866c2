"""Refit the calibrated pair model of :mod:`tui.core.align.calibration` on gold alignments.

For each independent pair of the chosen half, every candidate sentence pair the aligner
scores (headlines apart) becomes one example: positive when the gold pairs the two
sentences, negative when the gold says either is one-sided or pairs both elsewhere,
left out when the gold leaves either unclear.  A logistic model is fitted twice
(Newton's method, a little ridge): first without the ``anchored`` feature, then with
it, the anchoring taken from the pairs the first model matches, as at run time.  The
script prints the coefficients to paste into ``COEFFICIENTS`` and, per threshold, the
share of right pairs among those the model accepts on both halves.

Run: ``.venv/bin/python bench/fit_alignment.py [--train odd|even|independent|fresh|holdout|all]
[--write]`` (default odd).  The model is checked on every set it was not fitted on (the other
half of the independent pairs, and the fresh and holdout sets), so a fit that only learns
its own texts shows.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.gold.gold import INDEPENDENT_NAMES, SETS, Gold, load_independent_gold, pair_names
from tui.core.align import aligner
from tui.core.align.calibration import FEATURES, JOIN_FEATURES, probability
from tui.core.align.context import Context, Group, build_context, build_side
from tui.core.align.merging import join_options
from tui.core.align.pairing import (
    anchoring,
    is_headline,
    match_pairs,
    score_gaps,
    score_neighbours,
    without_headlines,
)
from tui.core.align.scoring import FloatArray

RIDGE = 0.1
CALIBRATION = Path(__file__).resolve().parents[1] / "tui" / "core" / "align" / "calibration.py"


def _examples(gold: Gold) -> tuple[Context, FloatArray, FloatArray]:
    """Return the aligner's context for a gold pair, each candidate's features and label
    (see :func:`_labels`)."""
    side_a, side_b = build_side(gold.a), build_side(gold.b)
    context = build_context(side_a, side_b)
    if is_headline(side_a, 0) and is_headline(side_b, 0):
        context.scores = without_headlines(context.scores, True, True)
    return context, context.scores.features, _labels(gold, context)


def _labels(gold: Gold, context: Context) -> FloatArray:
    """Return each scored pair's label: 1 when the gold pairs the two sentences, 0 when it
    says either is one-sided or pairs both elsewhere, NaN when it cannot tell."""
    ids_a = [s.id for s in context.a.sentences]
    ids_b = [s.id for s in context.b.sentences]
    pairs = gold.pairs
    labels = []
    for i, j in zip(context.scores.a.tolist(), context.scores.b.tolist(), strict=True):
        a_id, b_id = ids_a[i], ids_b[j]
        if (a_id, b_id) in pairs:
            labels.append(1.0)
        elif (
            a_id in gold.only_a
            or b_id in gold.only_b
            or (a_id in gold.labelled_a and b_id in gold.labelled_b)
        ):
            labels.append(0.0)
        else:
            labels.append(np.nan)
    return np.array(labels)


def _fit(
    x: FloatArray, y: FloatArray, columns: list[int], width: int = len(FEATURES)
) -> tuple[float, ...]:
    """Return intercept and weights (zero outside ``columns``) of a ridge logistic model."""
    design = np.column_stack([np.ones(len(x)), x[:, columns]])
    beta = np.zeros(design.shape[1])
    penalty = np.full(design.shape[1], RIDGE)
    penalty[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-(design @ beta)))
        gradient = design.T @ (y - p) - penalty * beta
        hessian = (design * (p * (1 - p))[:, None]).T @ design + np.diag(penalty)
        step = np.linalg.solve(hessian, gradient)
        beta += step
        if np.abs(step).max() < 1e-8:
            break
    full = [float(beta[0])] + [0.0] * width
    for k, column in enumerate(columns):
        full[column + 1] = float(beta[k + 1])
    return tuple(full)


def _anchored_features(
    names: tuple[str, ...], coefficients: tuple[float, ...]
) -> tuple[FloatArray, FloatArray, list[str]]:
    """Return the features (anchoring as at run time, from the pairs ``coefficients``
    match) and labels of the candidate pairs of the gold pairs ``names``, with the pairs
    the aligner adds (neighbours and gaps of the story order) scored too."""
    xs, ys, owners = [], [], []
    for name in names:
        gold = load_independent_gold(name)
        context, _, _ = _examples(gold)
        context.scores.probability = probability(context.scores.features, coefficients)
        a_count, b_count = len(context.a.sentences), len(context.b.sentences)
        groups = match_pairs(context.scores, a_count, b_count)
        headlines = is_headline(context.a, 0) and is_headline(context.b, 0)
        score_neighbours(groups, context, headlines)
        if headlines:
            groups.append(Group({0}, {0}))
        score_gaps(groups, context, headlines)
        scores = context.scores
        scores.probability = probability(scores.features, coefficients)
        x = scores.features.copy()
        x[:, FEATURES.index("anchored")] = anchoring(scores, groups, a_count, b_count)
        y = _labels(gold, context)
        keep = ~np.isnan(y)
        xs.append(x[keep])
        ys.append(y[keep])
        owners += [name] * int(keep.sum())
    return np.concatenate(xs), np.concatenate(ys), owners


def _join_examples(names: tuple[str, ...]) -> tuple[FloatArray, FloatArray]:
    """Return the join options of the aligner on the gold pairs ``names`` and their labels:
    1 when the gold pairs the sentence with every judged sentence of the group's other
    side, 0 when it says the sentence is one-sided or pairs it with none or only some."""
    xs: list[tuple[float, ...]] = []
    ys: list[float] = []
    for name in names:
        gold = load_independent_gold(name)
        context = build_context(build_side(gold.a), build_side(gold.b))
        groups = aligner._groups(context, join=False)
        ids_a = [s.id for s in context.a.sentences]
        ids_b = [s.id for s in context.b.sentences]
        for option in join_options(groups, context):
            group = groups[option.group]
            if option.side == "a":
                own = ids_a[option.position]
                others = [ids_b[j] for j in group.b if ids_b[j] in gold.labelled_b]
                pairs = [(own, other) for other in others]
                labelled, only = gold.labelled_a, gold.only_a
            else:
                own = ids_b[option.position]
                others = [ids_a[i] for i in group.a if ids_a[i] in gold.labelled_a]
                pairs = [(other, own) for other in others]
                labelled, only = gold.labelled_b, gold.only_b
            if own not in labelled or not others:
                continue
            xs.append(option.features)
            ys.append(float(own not in only and all(p in gold.pairs for p in pairs)))
    return np.array(xs), np.array(ys)


def _report(x: FloatArray, y: FloatArray, coefficients: tuple[float, ...], label: str) -> None:
    p = probability(x, coefficients)
    cells = []
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7):
        accepted = p >= threshold
        right = int((y[accepted] == 1).sum())
        cells.append(f"{threshold:.1f}: {right}/{int(accepted.sum())} of {int(y.sum())}")
        del right
    print(f"  {label:<11} " + " | ".join(cells))


def _training_sets(choice: str, held: tuple[str, ...] = ()) -> dict[str, tuple[str, ...]]:
    """Return the pairs to fit on ("train") and each set to check on, by name (with "all",
    every set but the ``held`` ones, which are only checked on)."""
    sets = {name: pair_names(name) for name in SETS}
    odd = tuple(n for n in INDEPENDENT_NAMES if int(n[-2:]) % 2 == 1)
    even = tuple(n for n in INDEPENDENT_NAMES if int(n[-2:]) % 2 == 0)
    if choice in ("odd", "even"):
        train = odd if choice == "odd" else even
        rest = {"other half": even if choice == "odd" else odd}
        rest.update({name: names for name, names in sets.items() if name != "independent"})
    elif choice == "all":
        train = tuple(n for name, names in sets.items() if name not in held for n in names)
        rest = {name: names for name, names in sets.items() if name in held}
    else:
        train = sets[choice]
        rest = {name: names for name, names in sets.items() if name != choice}
    return {"train": train, **rest}


def main() -> None:
    """Fit on one set, print the coefficients and how they separate pairs on every set."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--half",
        "--train",
        dest="train",
        choices=("odd", "even", "all", *SETS),
        default="odd",
        help="the pairs to fit on: a half of the independent set, one set, or all",
    )
    parser.add_argument(
        "--hold",
        action="append",
        default=[],
        choices=SETS,
        help="with --train all: a set to leave out of the fit and check on (repeatable)",
    )
    parser.add_argument("--write", action="store_true", help="write them into calibration.py")
    arguments = parser.parse_args()
    named = _training_sets(arguments.train, tuple(arguments.hold))
    train = named.pop("train")
    without = [k for k, name in enumerate(FEATURES) if name != "anchored"]
    x, y, _ = _anchored_features(train, (0.0,) * (len(FEATURES) + 1))
    first = _fit(x, y, without)
    x, y, _ = _anchored_features(train, first)
    final = _fit(x, y, list(range(len(FEATURES))))
    print(
        f"fitted on {arguments.train} ({len(train)} pairs, {len(y)} examples, {int(y.sum())} pairs)"
    )
    block = _block("COEFFICIENTS", FEATURES, final)
    print(block, end="")
    if arguments.write:
        _write("COEFFICIENTS", block)
    print("accepted right / accepted, of gold pairs among the candidates, per threshold:")
    _report(x, y, final, "fitted")
    for label, names in named.items():
        x_rest, y_rest, _ = _anchored_features(names, first)
        _report(x_rest, y_rest, final, label)
    # The join model sees the groups the pair model (as now written) makes.
    x, y = _join_examples(train)
    join = _fit(x, y, list(range(len(JOIN_FEATURES))), len(JOIN_FEATURES))
    print(f"join model: {len(y)} examples, {int(y.sum())} right joins")
    block = _block("JOIN_COEFFICIENTS", JOIN_FEATURES, join)
    print(block, end="")
    if arguments.write:
        _write("JOIN_COEFFICIENTS", block)
    _report(x, y, join, "fitted")
    for label, names in named.items():
        x_rest, y_rest = _join_examples(names)
        _report(x_rest, y_rest, join, label)


def _block(name: str, features: tuple[str, ...], values: tuple[float, ...]) -> str:
    lines = [f"    {values[0]:.3f},  # intercept\n"]
    lines += [f"    {v:.3f},  # {n}\n" for n, v in zip(features, values[1:], strict=True)]
    return f"{name}: tuple[float, ...] = (\n" + "".join(lines) + ")\n"


def _write(name: str, block: str) -> None:
    """Replace the constant ``name`` in calibration.py by ``block``."""
    source = CALIBRATION.read_text(encoding="utf-8")
    pattern = re.compile(rf"^{name}: tuple\[float, \.\.\.\] = \(\n.*?\n\)\n", re.S | re.M)
    CALIBRATION.write_text(pattern.sub(lambda _: block, source), encoding="utf-8")
    print(f"{name} written to {CALIBRATION}")


if __name__ == "__main__":
    main()
