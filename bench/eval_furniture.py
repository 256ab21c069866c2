"""Print how well page furniture is told from story in articles pasted from news pages.

Data: ``tests/data/web/webNN.txt``, each the text a journalist gets by pasting the article area
of a news page (14 outlet styles), and ``webNN.gold.json``, the furniture lines a second reader
listed from the text alone (see the README there). Both were written blind to the code.

A line (stripped, non-blank) counts as flagged when crosscheck's boilerplate ranges cover it
whole. Precision: the share of flagged lines that are furniture (a flagged story line is lost
from the comparison, the worse error). Recall: the share of furniture lines flagged (a missed
one is listed as "only in A" or lends its dates to the figures). ``-v`` lists every error.
The rules were tuned on the odd files; the even files are printed apart as held out.

    .venv/bin/python bench/eval_furniture.py [-v]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tui.core.loading.boilerplate import lines_of  # noqa: E402
from tui.core.loading.source import load_source  # noqa: E402

DATA = ROOT / "tests" / "data" / "web"


def _covered(ranges: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in ranges)


def _score(path: Path, verbose: bool) -> tuple[int, int, int]:
    """Return (flagged, furniture, both) line counts of one file."""
    gold = json.loads(path.with_suffix("").with_suffix(".gold.json").read_text(encoding="utf-8"))
    furniture = {line.strip() for line in gold["furniture"]}
    loaded = load_source(str(path))
    flagged = total = both = 0
    for line in lines_of(loaded.text):
        is_flagged = _covered(loaded.boilerplate, line.start, line.end)
        is_furniture = line.text in furniture
        flagged += is_flagged
        total += is_furniture
        both += is_flagged and is_furniture
        if verbose and is_flagged != is_furniture:
            label = "story flagged " if is_flagged else "missed        "
            print(f"    {label} {path.stem}: {line.text[:100]!r}")
    return flagged, total, both


def _line(name: str, flagged: int, furniture: int, both: int) -> str:
    precision = both / flagged if flagged else 1.0
    recall = both / furniture if furniture else 1.0
    return (
        f"{name:<8} precision {precision:.2f} ({both}/{flagged})  "
        f"recall {recall:.2f} ({both}/{furniture})"
    )


def main() -> None:
    """Print one line per file, then the totals."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    verbose = parser.parse_args().verbose
    totals = {"odd": [0, 0, 0], "even": [0, 0, 0], "all": [0, 0, 0]}
    for path in sorted(DATA.glob("web*.txt")):
        counts = _score(path, verbose)
        print(_line(path.stem, *counts))
        half = "odd" if int(path.stem[3:]) % 2 else "even"
        for name in (half, "all"):
            totals[name] = [t + c for t, c in zip(totals[name], counts, strict=True)]
    print(_line("odd", *totals["odd"]) + "   (tuned on)")
    print(_line("even", *totals["even"]) + "   (held out)")
    print(_line("all", *totals["all"]))


if __name__ == "__main__":
    main()
