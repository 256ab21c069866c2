"""Print how many sentence-boundary cases the segmenter gets exactly right.

The cases are ``tests/data/segmentation/cases.json``: each a text and the sentences a
careful reader cuts it into, grouped by class.  Classes named ``golden:...`` follow the
standard English "Golden Rules" set that segmenters are compared on (48 cases); classes
named ``news:...`` are cases from news copy (headlines, initials, dotted abbreviations,
clock times, ellipses in quotations, inline numbered lists).  A case counts when the
sentence texts match exactly.

Run: ``.venv/bin/python bench/eval_segmentation.py [-v]`` (``-v`` shows each failure).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from tui.core.text.segment import segment

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "data" / "segmentation" / "cases.json"


def main() -> None:
    """Print the score of each part (golden, news) and overall."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="show each failure")
    verbose = parser.parse_args().verbose
    cases = json.loads(CASES.read_text(encoding="utf-8"))
    passed: dict[str, int] = {}
    total: dict[str, int] = {}
    for case in cases:
        part = case["class"].split(":", 1)[0]
        got = [sentence.text for sentence in segment(case["text"])]
        total[part] = total.get(part, 0) + 1
        if got == case["sentences"]:
            passed[part] = passed.get(part, 0) + 1
        elif verbose:
            print(f"FAIL {case['class']}")
            print(f"     text:     {case['text']!r}")
            print(f"     expected: {case['sentences']}")
            print(f"     got:      {got}")
    for part in sorted(total):
        print(f"{part:<8} {passed.get(part, 0):>3}/{total[part]}")
    print(f"{'overall':<8} {sum(passed.values()):>3}/{sum(total.values())}")


if __name__ == "__main__":
    main()
