"""Print how fast framing runs and how its shifts compare with the gold, on both gold pairs.

For the sample pair (tests/gold/framing_sample.json) and the invented fire pair
(tests/gold/framing_fire.json): precision and recall of the shifts found through the real
aligner, and with the hand alignment the gold was written against.

Run: .venv/bin/python bench/framing_sample.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.gold.gold import hand_alignment, read_gold
from tui.core.align.aligner import align
from tui.core.framing.find import find_framing
from tui.core.models import Document, FramingShift
from tui.core.samples import sample_pair
from tui.core.text.document import open_document

ROOT = Path(__file__).resolve().parents[1]
GOLD_DIR = ROOT / "tests" / "gold"
ROUNDS = 20


def _scores(found: set[tuple[str, str, str]], expected: set[tuple[str, str, str]]) -> str:
    hits = len(found & expected)
    precision = hits / len(found) if found else 0.0
    recall = hits / len(expected) if expected else 0.0
    counts = f"{hits} of {len(found)} found, {len(expected)} gold"
    return f"precision {precision:.2f}  recall {recall:.2f}  ({counts})"


def _key(shift: FramingShift) -> tuple[str, str, str]:
    """Return (category, A words, B words); a side with no words (None) reads as ``None``."""
    a = "None" if shift.a is None else shift.a.text
    b = "None" if shift.b is None else shift.b.text
    return (shift.category, a, b)


def _report(name: str, a: Document, b: Document, gold: dict[str, Any]) -> None:
    alignment = align(a, b)
    find_framing(a, b, alignment)  # warm the word-list cache
    started = time.perf_counter()
    for _ in range(ROUNDS):
        shifts = find_framing(a, b, alignment)
    per_run = (time.perf_counter() - started) / ROUNDS
    expected = {(s["category"], s["a"], s["b"]) for s in gold["shifts"]}
    found = {_key(s) for s in shifts}
    by_hand = find_framing(a, b, hand_alignment(a, b, gold["pairs"]))
    hand_found = {_key(s) for s in by_hand}
    print(f"{name}")
    print(f"  aligned groups      {len(alignment.groups)}")
    print(f"  find_framing        {per_run * 1000:.1f} ms per run ({ROUNDS} runs)")
    print(f"  with the aligner    {_scores(found, expected)}")
    print(f"  hand alignment      {_scores(hand_found, expected)}")
    for key in sorted(found - expected):
        print(f"  not in gold         {key}")
    for key in sorted(expected - found):
        print(f"  missed              {key}")


def main() -> None:
    """Print timing, precision and recall of find_framing on the sample and the fire pair."""
    a_path, b_path = sample_pair()
    sample_gold = read_gold("framing_sample")
    _report("sample pair", open_document(a_path), open_document(b_path), sample_gold)
    fire_gold = read_gold("framing_fire")
    fire_a = open_document(str(ROOT / fire_gold["a"]))
    fire_b = open_document(str(ROOT / fire_gold["b"]))
    _report("fire pair (tests/data/pairs/framing-fire-*.txt)", fire_a, fire_b, fire_gold)


if __name__ == "__main__":
    main()
