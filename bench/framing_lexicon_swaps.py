"""Print how often a registry sentiment lexicon alone tells a framing word swap, over every set.

For each aligned group (the real aligner), each changed stretch of one or two content words on
each side is a word swap; the lexicon (VADER, the one the project ships) calls the side whose
words it rates at least ``MARGIN`` stronger the loaded one. A swap is true when that side's
words overlap a gold framing item of that side. This is the test behind keeping the lexicon to
weighing and directing words our category lists pick out: on the blind sets a valence gap
picks factual swaps ("arrested" / "in custody", "dead" / "wounds") far more often than
framing ones. ``bench/eval_framing.py --lexicons`` compares VADER and TextBlob on sentences.

Run: .venv/bin/python bench/framing_lexicon_swaps.py [-v]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.eval_framing import _overlaps, _places
from tests.gold.gold import SETS, independent_paths, pair_names, read_independent_gold
from tui.core.compare import compare_sources
from tui.core.framing.regions import diff_regions, passage_words
from tui.core.framing.valence import valence
from tui.core.models import Span
from tui.core.text.words import is_function_word

#: How much stronger (in VADER's -4..+4) one side's words must be rated to be called loaded.
MARGIN = 1.5


def main() -> None:
    """Print true and false word swaps called by the lexicon alone."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every swap")
    args = parser.parse_args()
    true = false = 0
    for set_name in SETS:
        for name in pair_names(set_name):
            gold = read_independent_gold(name)
            path_a, path_b = independent_paths(name)
            comparison = compare_sources(str(path_a), str(path_b))
            a, b = comparison.a, comparison.b
            texts = {"a": a.text, "b": b.text}
            items = [
                (g, _places(texts[g["side"]], g["text"]))
                for g in gold["framing"]
                if g["category"] != "quoted_loaded"
            ]
            for group in comparison.alignment.groups:
                a_words, b_words = passage_words(a, group.a), passage_words(b, group.b)
                for region in diff_regions(a_words, b_words):
                    a_side = a_words[region.a_first : region.a_last]
                    b_side = b_words[region.b_first : region.b_last]
                    a_content = [w for w in a_side if not is_function_word(w.text)]
                    b_content = [w for w in b_side if not is_function_word(w.text)]
                    if not (1 <= len(a_content) <= 2 and 1 <= len(b_content) <= 2):
                        continue
                    rated_a = abs(valence(" ".join(w.text for w in a_content)) or 0.0)
                    rated_b = abs(valence(" ".join(w.text for w in b_content)) or 0.0)
                    if abs(rated_a - rated_b) < MARGIN:
                        continue
                    side, loaded = ("a", a_content) if rated_a > rated_b else ("b", b_content)
                    span = Span(loaded[0].start, loaded[-1].end, "")
                    ok = any(g["side"] == side and _overlaps(span, p) for g, p in items)
                    true, false = true + ok, false + (not ok)
                    if args.verbose:
                        swap = [w.text for w in a_content], [w.text for w in b_content]
                        print(f"{'TRUE ' if ok else 'false'} {name} {swap[0]} | {swap[1]}")
    total = true + false
    print(f"VADER gap >= {MARGIN}: {true} true, {false} false (precision {true / total:.2f})")


if __name__ == "__main__":
    main()
