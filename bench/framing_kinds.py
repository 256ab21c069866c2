"""Print framing precision per kind of item (category, where found, word class) over every set.

An item's kind is its category, whether it is one-sided or paired, and the class its note
names (the "why" after the colon). Truth is judged as in ``bench/eval_framing.py`` (an item
overlapping a gold framing item that is not ``quoted_loaded``). It tells which kinds of item
earn their place across all the blind sets together, so a rule is judged on every set at once.

Run: .venv/bin/python bench/framing_kinds.py [--sets independent,fresh,...] [-v]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.eval_framing import _overlaps, _places, _side
from tests.gold.gold import SETS, independent_paths, pair_names, read_independent_gold
from tui.core.compare import compare_sources


def _kind(shift_category: str, paired: bool, note: str) -> str:
    means = note.rsplit(": ", 1)[-1].rstrip(")") if ": " in note else ""
    if shift_category == "headline":
        means = "charged word named" if re.search(r"” in [AB][,:]", note) else "wording only"
    where = "paired" if paired else "one-sided"
    return f"{shift_category:<12} {where:<9} {means[:60]}"


def main() -> None:
    """Print true/false counts per kind of framing item over the chosen sets."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("-v", "--verbose", action="store_true", help="list every item")
    args = parser.parse_args()
    true: Counter[str] = Counter()
    false: Counter[str] = Counter()
    for set_name in args.sets.split(","):
        for name in pair_names(set_name):
            gold = read_independent_gold(name)
            path_a, path_b = independent_paths(name)
            comparison = compare_sources(str(path_a), str(path_b))
            texts = {"a": comparison.a.text, "b": comparison.b.text}
            items = [(g, _places(texts[g["side"]], g["text"])) for g in gold["framing"]]
            for shift in comparison.framing:
                if shift.category == "prominence":
                    continue
                kind = _kind(shift.category, None not in (shift.a, shift.b), shift.note)
                hits = [g for g, places in items if _overlaps(_side(shift, g["side"]), places)]
                ok = any(g["category"] != "quoted_loaded" for g in hits)
                (true if ok else false)[kind] += 1
                if args.verbose:
                    a = shift.a.text if shift.a else None
                    b = shift.b.text if shift.b else None
                    mark = "TRUE " if ok else "false"
                    print(f"{mark} {set_name}/{name} {shift.category}: {a!r} | {b!r}")
    for kind in sorted(set(true) | set(false), key=lambda k: -(true[k] + false[k])):
        print(f"{true[kind]:>4} true {false[kind]:>4} false  {kind}")
    print(f"total {sum(true.values())} true, {sum(false.values())} false")


if __name__ == "__main__":
    main()
