"""Print precision, recall and one-source accuracy of the aligner against gold alignments.

- precision: predicted groups that are right, among those the gold can judge (a labelled
  sentence on both sides, or a sentence the gold says is one-sided);
- recall: gold counterpart pairs found (a 1:n group counts as n pairs);
- one-source accuracy: sentences left "only in A/B" that the gold also says have no
  counterpart, among those the gold labelled.

Sentences the gold leaves out as unclear count neither way (see ``tests/gold/gold.py``).
The old hand-made pairs come first, then the independent-coverage pairs written blind to
the code (``tests/data/pairs/independent``), with the odd and even pairs summed apart so
that a change tuned on one half can be checked on the other.

Run: ``.venv/bin/python bench/eval_alignment.py [-v]`` (``-v`` lists every error).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.gold.gold import (
    GOLD_NAMES,
    INDEPENDENT_NAMES,
    SETS,
    Gold,
    Score,
    alignment_pairs,
    group_verdict,
    load_gold,
    load_independent_gold,
    pair_names,
    score,
)
from tui.core.align.aligner import align
from tui.core.models import Alignment, Document


def _line(name: str, result: Score) -> str:
    return (
        f"{name:<13} precision {result.precision:.3f} ({result.groups_right:>3}/"
        f"{result.groups_judged:<3})  recall {result.recall:.3f} ({result.pairs_found:>3}/"
        f"{result.pairs_gold:<3})  one-source {result.one_source:.3f} ({result.only_right:>3}/"
        f"{result.only_judged:<3})"
    )


def _text(document: Document, ids: tuple[int, ...] | list[int]) -> str:
    return " | ".join(document.sentences[i].text[:60] for i in ids)


def _errors(gold: Gold, alignment: Alignment) -> None:
    for group in alignment.groups:
        if group_verdict(gold, group.a, group.b) is False:
            print(f"    wrong group A{list(group.a)} ~ B{list(group.b)} ({group.score:.2f})")
            print(f"        A: {_text(gold.a, list(group.a))}")
            print(f"        B: {_text(gold.b, list(group.b))}")
    found = alignment_pairs(alignment)
    for a_ids, b_ids in gold.groups:
        missed = [(i, j) for i in a_ids for j in b_ids if (i, j) not in found]
        if missed:
            print(f"    missed A{list(a_ids)} ~ B{list(b_ids)}: {len(missed)} pair(s)")
            print(f"        A: {_text(gold.a, list(a_ids))}")
            print(f"        B: {_text(gold.b, list(b_ids))}")
    for i in alignment.only_a:
        if i in gold.labelled_a and i not in gold.only_a:
            print(f"    only-A but has a counterpart: A{i} {gold.a.sentences[i].text[:60]!r}")
    for j in alignment.only_b:
        if j in gold.labelled_b and j not in gold.only_b:
            print(f"    only-B but has a counterpart: B{j} {gold.b.sentences[j].text[:60]!r}")


def _run(names: tuple[str, ...], loader: object, verbose: bool) -> dict[str, Score]:
    results: dict[str, Score] = {}
    for name in names:
        gold = loader(name)  # type: ignore[operator]
        alignment = align(gold.a, gold.b)
        results[name] = score(gold, alignment)
        print(_line(name, results[name]))
        if verbose:
            _errors(gold, alignment)
    return results


def _total(results: list[Score]) -> Score:
    total = Score(0, 0, 0, 0, 0, 0)
    for result in results:
        total = total + result
    return total


def main() -> None:
    """Print one line per pair of articles, then the totals."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    parser.add_argument(
        "--set", choices=SETS[1:], help="score a later blind set instead: fresh or holdout"
    )
    args = parser.parse_args()
    verbose = args.verbose
    if args.set:
        names = pair_names(args.set)
        print(f"{args.set} pairs ({len(names)} with gold, never used for tuning)")
        scored = _run(names, load_independent_gold, verbose)
        print(_line(f"{args.set}: all", _total(list(scored.values()))))
        return
    print("old hand-made pairs")
    old = _run(GOLD_NAMES, load_gold, verbose)
    print(_line("old: all", _total(list(old.values()))))
    print()
    print(f"independent pairs ({len(INDEPENDENT_NAMES)} with gold)")
    new = _run(INDEPENDENT_NAMES, load_independent_gold, verbose)
    odd = [s for n, s in new.items() if int(n[-2:]) % 2 == 1]
    even = [s for n, s in new.items() if int(n[-2:]) % 2 == 0]
    print(_line("new: odd", _total(odd)))
    print(_line("new: even", _total(even)))
    print(_line("new: all", _total(list(new.values()))))


if __name__ == "__main__":
    main()
