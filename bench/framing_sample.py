"""Print how fast framing runs on the sample pair and how it compares with the gold shifts.

Run: .venv/bin/python bench/framing_sample.py
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from tui.core.align import align
from tui.core.document import open_document
from tui.core.framing import find_framing
from tui.core.samples import sample_pair

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold" / "framing_sample.json"
ROUNDS = 20


def main() -> None:
    """Time find_framing on the aligned sample pair and print precision and recall on the gold."""
    a_path, b_path = sample_pair()
    a, b = open_document(a_path), open_document(b_path)
    alignment = align(a, b)
    find_framing(a, b, alignment)  # warm the word-list cache
    started = time.perf_counter()
    for _ in range(ROUNDS):
        shifts = find_framing(a, b, alignment)
    per_run = (time.perf_counter() - started) / ROUNDS
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["shifts"]
    expected = {(s["category"], s["a"], s["b"]) for s in gold}
    found = {(s.category, s.a.text, s.b.text) for s in shifts}
    hits = len(found & expected)
    print(f"aligned groups        {len(alignment.groups)}")
    print(f"find_framing          {per_run * 1000:.1f} ms per run ({ROUNDS} runs)")
    print(f"shifts found          {len(found)}")
    print(f"gold shifts           {len(expected)}")
    print(f"precision             {hits / len(found) if found else 0.0:.2f}")
    print(f"recall                {hits / len(expected) if expected else 0.0:.2f}")


if __name__ == "__main__":
    main()
