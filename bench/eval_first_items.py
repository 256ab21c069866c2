"""Print how many of the first items a journalist meets are true, per pair and overall.

    .venv/bin/python bench/eval_first_items.py [--set fresh|holdout|unseen] [--first 5] [-v]

A journalist who meets three false alarms in the first five items stops using the tool, so
this walks the worklist as the app opens it (the major items, in story order) and judges
each item against the blind gold until ``--first`` items have been judged:

* a one-source passage ("Only in A: 3 sentences") is true when at least half of its
  sentences that the gold labels are sentences the gold calls one-sided;
* a quote or figure item is true by the rules of ``eval_quotes_figures.py`` (it fits a gold
  difference of the same status);
* a framing item is true by the rules of ``eval_framing.py`` (it overlaps a marked framing
  span that is not a loaded word inside a quotation);
* a "worded differently" item is not judged (the gold says nothing of wording) and skipped.

It prints, per pair, the verdicts of the first items in order (``+`` true, ``-`` false), and
overall the share of true items and the pairs where three or more of them are false.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_quotes_figures import (
    QUOTE_DIFFERENCES,
    _figure_is_difference,
    _fitting,
    _sides,
)

from tests.gold.gold import (
    SETS,
    Gold,
    load_independent_gold,
    pair_names,
    read_independent_gold,
)
from tui.core.compare import compare_sources
from tui.core.models import Comparison, Difference, Document
from tui.core.navigation import build_worklist


def _ids(document: Document, start: int, end: int) -> list[int]:
    return [s.id for s in document.sentences if s.start < end and start < s.end]


def _unique(comparison: Comparison, difference: Difference, gold: Gold) -> bool | None:
    side, span = ("a", difference.a) if difference.a is not None else ("b", difference.b)
    assert span is not None
    document = comparison.a if side == "a" else comparison.b
    labelled = gold.labelled_a if side == "a" else gold.labelled_b
    only = gold.only_a if side == "a" else gold.only_b
    judged = [i for i in _ids(document, span.start, span.end) if i in labelled]
    if not judged:
        return None
    return 2 * sum(1 for i in judged if i in only) >= len(judged)


def _finding(comparison: Comparison, difference: Difference, gold: dict[str, Any]) -> bool:
    a, b, status = _sides(comparison, difference)
    fitting = _fitting(a, b, gold["quotes" if difference.kind == "quote" else "figures"])
    if difference.kind == "quote":
        assert difference.finding is not None
        attributed = "attributed to" in comparison.quotes[difference.finding.index].note
        return any(
            item["status"] in QUOTE_DIFFERENCES
            and item["status"] == status
            and (not attributed or item["speaker_a"] != item["speaker_b"])
            for item in fitting
        )
    return any(_figure_is_difference(item) and item["status"] == status for item in fitting)


def _places(text: str, piece: str) -> list[tuple[int, int]]:
    places, start = [], text.find(piece)
    while start != -1:
        places.append((start, start + len(piece)))
        start = text.find(piece, start + 1)
    return places


def _framing(comparison: Comparison, difference: Difference, gold: dict[str, Any]) -> bool:
    for item in gold["framing"]:
        if item["category"] == "quoted_loaded":
            continue
        span = difference.a if item["side"] == "a" else difference.b
        text = comparison.a.text if item["side"] == "a" else comparison.b.text
        if span is None:
            continue
        if any(span.start < end and start < span.end for start, end in _places(text, item["text"])):
            return True
    return False


def verdicts(name: str, first: int) -> list[tuple[bool, str]]:
    """Return (true?, summary) for the first ``first`` judged major items of pair ``name``."""
    gold_file = read_independent_gold(name)
    gold = load_independent_gold(name)
    path_a, path_b = gold.a.path, gold.b.path
    comparison = compare_sources(path_a, path_b)
    differences = comparison.differences
    worklist = build_worklist(comparison)
    shown = worklist.in_scope(differences, "major")
    judged: list[tuple[bool, str]] = []
    for index in worklist.order:
        if index not in shown or len(judged) >= first:
            continue
        difference = differences[index]
        verdict: bool | None
        if difference.kind == "unique":
            verdict = _unique(comparison, difference, gold)
        elif difference.kind in ("quote", "number") and difference.finding is not None:
            verdict = _finding(comparison, difference, gold_file)
        elif difference.kind == "framing":
            verdict = _framing(comparison, difference, gold_file)
        else:
            verdict = None
        if verdict is not None:
            judged.append((verdict, difference.summary))
    return judged


def main() -> None:
    """Print the verdicts of the first items per pair and the totals."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--set", default="independent", choices=SETS, help="the blind set")
    parser.add_argument("--first", type=int, default=5, help="how many items to judge")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each item")
    args = parser.parse_args()
    right = total = alarmed = 0
    names = pair_names(args.set)
    for name in names:
        judged = verdicts(name, args.first)
        marks = "".join("+" if ok else "-" for ok, _ in judged)
        false = sum(1 for ok, _ in judged if not ok)
        right += len(judged) - false
        total += len(judged)
        alarmed += false >= 3
        print(f"{name}  {marks:<{args.first}}  {len(judged) - false}/{len(judged)}")
        if args.verbose:
            for ok, summary in judged:
                print(f"      {'true ' if ok else 'FALSE'} {summary[:120]}")
    share = right / total if total else 0.0
    print(
        f"{args.set}: first {args.first} items true {share:.2f} ({right}/{total}); "
        f"pairs with 3+ false among them: {alarmed} of {len(names)}"
    )


if __name__ == "__main__":
    main()
