"""Print precision and recall of sentence pairs against the hand-made gold alignments.

A 1:n group counts as n pairs.  Run: ``.venv/bin/python bench/eval_alignment.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.gold.gold import GOLD_NAMES, alignment_pairs, load_gold
from tui.core.align.aligner import align


def main() -> None:
    """Print one line per gold pair of articles, then the total."""
    total_found = total_gold = total_correct = 0
    for name in GOLD_NAMES:
        gold = load_gold(name)
        found = alignment_pairs(align(gold.a, gold.b))
        correct = len(found & gold.pairs)
        total_found += len(found)
        total_gold += len(gold.pairs)
        total_correct += correct
        print(
            f"{name:<12} pairs found {len(found):>3}  gold {len(gold.pairs):>3}  "
            f"precision {correct / max(1, len(found)):.3f}  "
            f"recall {correct / max(1, len(gold.pairs)):.3f}"
        )
        for i, j in sorted(found - gold.pairs):
            print(f"    wrong  A{i} ~ B{j}: {gold.a.sentences[i].text[:50]!r}")
        for i, j in sorted(gold.pairs - found):
            print(f"    missed A{i} ~ B{j}: {gold.a.sentences[i].text[:50]!r}")
    print(
        f"{'all':<12} pairs found {total_found:>3}  gold {total_gold:>3}  "
        f"precision {total_correct / max(1, total_found):.3f}  "
        f"recall {total_correct / max(1, total_gold):.3f}"
    )


if __name__ == "__main__":
    main()
