"""Print the worklist's item counts (major / all) for the sample and the independent pairs.

    .venv/bin/python bench/worklist_counts.py

The list opens on the major items; the target is at most about 25 on a 1,000-word pair.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.gold.gold import SETS  # noqa: E402
from tui.core.compare import compare_sources  # noqa: E402
from tui.core.navigation import worklist_counts  # noqa: E402
from tui.core.samples import sample_pair  # noqa: E402
from tui.core.text.words import word_spans  # noqa: E402

PAIRS = ROOT / "tests" / "data" / "pairs" / "independent"


def main() -> None:
    """Print one line per pair: words of A and B, major items, all items."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--set", choices=SETS[1:], help="count a later blind set instead")
    chosen = parser.parse_args().set
    folder = PAIRS.parent / chosen if chosen else PAIRS
    pairs = [("sample", *sample_pair())]
    for a in sorted(folder.glob("pair*-a.txt")):
        pairs.append((a.name[:6], str(a), str(a).replace("-a.txt", "-b.txt")))
    print(f"{'pair':8} {'words A+B':>9} {'major':>6} {'all':>5}")
    majors = []
    for name, a, b in pairs:
        comparison = compare_sources(a, b)
        major, total = worklist_counts(comparison)
        words = len(word_spans(comparison.a.text)) + len(word_spans(comparison.b.text))
        print(f"{name:8} {words:9} {major:6} {total:5}")
        if name != "sample":
            majors.append(major)
    mean = sum(majors) / len(majors)
    print(f"{folder.name} pairs: major {min(majors)}–{max(majors)}, mean {mean:.1f}")


if __name__ == "__main__":
    main()
