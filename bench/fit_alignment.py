"""Refit the calibrated pair model of :mod:`tui.core.align.calibration` on gold alignments.

For each independent pair of the chosen half, every candidate sentence pair the aligner
scores (headlines apart) becomes one example: positive when the gold pairs the two
sentences, negative when the gold says either is one-sided or pairs both elsewhere,
left out when the gold leaves either unclear.  A logistic model is fitted twice
(Newton's method, a little ridge): first without the ``anchored`` feature, then with
it, the anchoring taken from the pairs the first model matches, as at run time.  The
script prints the coefficients to paste into ``COEFFICIENTS`` and, per threshold, the
share of right pairs among those the model accepts on both halves.

Run: ``.venv/bin/python bench/fit_alignment.py [--half odd|even|all]`` (default odd: the
even half stays held out for ``bench/eval_alignment.py``).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.gold.gold import INDEPENDENT_NAMES, Gold, load_independent_gold
from tui.core.align import aligner
from tui.core.align.calibration import FEATURES, probability
from tui.core.align.scoring import FloatArray

RIDGE = 1.0
CALIBRATION = Path(__file__).resolve().parents[1] / "tui" / "core" / "align" / "calibration.py"


def _examples(gold: Gold) -> tuple[aligner._Context, FloatArray, FloatArray]:
    """Return the aligner's context for a gold pair, each candidate's label (1, 0, or NaN
    when the gold cannot tell) and whether it is in the gold at all."""
    side_a, side_b = aligner._side(gold.a), aligner._side(gold.b)
    context = aligner._context(side_a, side_b)
    if aligner._is_headline(side_a, 0) and aligner._is_headline(side_b, 0):
        context.scores = aligner._without_headlines(context.scores, True, True)
    ids_a = [s.id for s in side_a.sentences]
    ids_b = [s.id for s in side_b.sentences]
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
    return context, context.scores.features, np.array(labels)


def _fit(x: FloatArray, y: FloatArray, columns: list[int]) -> tuple[float, ...]:
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
    full = [float(beta[0])] + [0.0] * len(FEATURES)
    for k, column in enumerate(columns):
        full[column + 1] = float(beta[k + 1])
    return tuple(full)


def _anchored_features(
    names: tuple[str, ...], coefficients: tuple[float, ...]
) -> tuple[FloatArray, FloatArray, list[str]]:
    xs, ys, owners = [], [], []
    for name in names:
        context, x, y = _examples(load_independent_gold(name))
        scores = context.scores
        scores.probability = probability(x, coefficients)
        groups = aligner._match(scores, len(context.a.sentences), len(context.b.sentences))
        x = x.copy()
        x[:, FEATURES.index("anchored")] = aligner._anchoring(
            scores, groups, len(context.b.sentences)
        )
        keep = ~np.isnan(y)
        xs.append(x[keep])
        ys.append(y[keep])
        owners += [name] * int(keep.sum())
    return np.concatenate(xs), np.concatenate(ys), owners


def _report(x: FloatArray, y: FloatArray, coefficients: tuple[float, ...], label: str) -> None:
    p = probability(x, coefficients)
    cells = []
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7):
        accepted = p >= threshold
        right = int((y[accepted] == 1).sum())
        cells.append(f"{threshold:.1f}: {right}/{int(accepted.sum())} of {int(y.sum())}")
        del right
    print(f"  {label:<6} " + " | ".join(cells))


def main() -> None:
    """Fit on one half, print the coefficients and how they separate pairs on both halves."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--half", choices=("odd", "even", "all"), default="odd")
    parser.add_argument("--write", action="store_true", help="write them into calibration.py")
    arguments = parser.parse_args()
    half = arguments.half
    parity = {"odd": (1,), "even": (0,), "all": (0, 1)}[half]
    train = tuple(n for n in INDEPENDENT_NAMES if int(n[-2:]) % 2 in parity)
    rest = tuple(n for n in INDEPENDENT_NAMES if n not in train)
    without = [k for k, name in enumerate(FEATURES) if name != "anchored"]
    x, y, _ = _anchored_features(train, (0.0,) * (len(FEATURES) + 1))
    first = _fit(x, y, without)
    x, y, _ = _anchored_features(train, first)
    final = _fit(x, y, list(range(len(FEATURES))))
    print(f"fitted on {half} half ({len(train)} pairs, {len(y)} examples, {int(y.sum())} pairs)")
    lines = [f"    {final[0]:.3f},  # intercept\n"]
    lines += [f"    {v:.3f},  # {n}\n" for n, v in zip(FEATURES, final[1:], strict=True)]
    block = "COEFFICIENTS: tuple[float, ...] = (\n" + "".join(lines) + ")\n"
    print(block, end="")
    if arguments.write:
        source = CALIBRATION.read_text(encoding="utf-8")
        pattern = re.compile(r"COEFFICIENTS: tuple\[float, \.\.\.\] = \(\n.*?\n\)\n", re.S)
        CALIBRATION.write_text(pattern.sub(lambda _: block, source), encoding="utf-8")
        print(f"written to {CALIBRATION}")
    print("accepted right / accepted, of gold pairs among the candidates, per threshold:")
    _report(x, y, final, half)
    if rest:
        x_rest, y_rest, _ = _anchored_features(rest, first)
        _report(x_rest, y_rest, final, "other")


if __name__ == "__main__":
    main()
