"""Print the time and peak memory of the odd inputs, at full and half size, with their growth.

The inputs (made by ``bench/odd_inputs.py``, deterministic) once took minutes or gigabytes:

- ``speakers``: quotations each by a different one-word speaker (2,500 and 5,000 quotes);
- ``sentence``: one "sentence" with no full stop (330 KB and 660 KB a side; 4.95 and 9.9 MB
  with ``--huge-sentence``, which takes many minutes: see the README's limits);
- ``paragraphs``: tiny paragraphs of two short sentences (50,000 and 100,000 a side);
- ``unrepeated``: text whose sentences never repeat, and a rewrite of it (0.5 to 10 MB a side);
- ``repeating``: text drawn from 400 sentences used again and again (0.5 to 4 MB a side).

The ``matched`` column is the share of sentences the alignment paired: it should not fall
as the input grows (it did, with fixed candidate limits: issue 15, point 14), and a row
whose share fell by more than three points from the size before says so.

Each run is a fresh process that writes both sources to files and does what
``crosscheck A B --json`` does (load, compare, write the JSON), so the figures are the whole
command's. For each run the table gives the input size, seconds, the peak resident memory
(``VmHWM``) and the memory per sentence, the size of the JSON against the input, the share of
sentences the alignment matched, and the growth in time and memory from the size before.
Near-linear growth reads about 2.0x when the size doubles.

Run: ``.venv/bin/python bench/bench_odd_inputs.py`` (about three minutes on two cores);
``--max-mb 1`` for a quick look, ``--only sentence`` for one input, ``--timeout`` per run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: (input, sizes): sizes in the unit of the input's maker; each is run after its half.
CASES: dict[str, tuple[int, ...]] = {
    "speakers": (2_500, 5_000),
    "sentence": (330_000, 660_000),
    "paragraphs": (50_000, 100_000),
    "unrepeated": (500_000, 1_000_000, 2_500_000, 5_000_000, 10_000_000),
    "repeating": (500_000, 1_000_000, 2_000_000, 4_000_000),
}
#: A fall of the matched share this large from one size to the next is flagged in the table.
MATCHED_FALL = 0.03
#: With ``--huge-sentence``: the 9.9 MB "sentence" (and its half) that once ran out of memory.
HUGE_SENTENCE = (330_000, 660_000, 4_950_000, 9_900_000)

_RUN = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from bench import odd_inputs
from tui.core.compare import compare_sources
from tui.core.report.json_output import comparison_to_json

maker = {{"speakers": odd_inputs.many_speakers, "sentence": odd_inputs.huge_sentence,
          "paragraphs": odd_inputs.tiny_paragraphs, "unrepeated": odd_inputs.unrepeated_text,
          "repeating": odd_inputs.repeating_text}}
text_a, text_b = maker[{case!r}]({size})
folder = Path({folder!r})
path_a, path_b = folder / "a.txt", folder / "b.txt"
path_a.write_text(text_a, encoding="utf-8")
path_b.write_text(text_b, encoding="utf-8")
input_bytes = path_a.stat().st_size + path_b.stat().st_size
del text_a, text_b
started = time.perf_counter()
comparison = compare_sources(str(path_a), str(path_b))
output = comparison_to_json(comparison)
seconds = time.perf_counter() - started
status = Path("/proc/self/status").read_text().splitlines()
peak = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM"))
sentences = [s for d in (comparison.a, comparison.b) for s in d.sentences if not s.boilerplate]
matched = sum(len(g.a) + len(g.b) for g in comparison.alignment.groups)
print(json.dumps({{
    "input_bytes": input_bytes, "seconds": seconds, "peak": peak,
    "sentences": len(sentences), "json_bytes": len(output.encode("utf-8")),
    "matched": matched / max(1, len(sentences)),
}}))
"""


def _run(case: str, size: int, timeout: float) -> dict[str, float] | str:
    with tempfile.TemporaryDirectory() as folder:
        script = _RUN.format(root=str(ROOT), case=case, size=size, folder=folder)
        try:
            done = subprocess.run(
                [sys.executable, "-c", script],
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            return f"over {timeout:.0f} s"
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["?"])[-1]
        return f"failed: {last[:60]}"
    figures: dict[str, float] = json.loads(done.stdout)
    return figures


def _size_label(case: str, size: int) -> str:
    if case == "speakers":
        return f"{size:,} quotes"
    if case == "paragraphs":
        return f"{size:,} paras"
    return f"{size / 1e6:.2f} MB"


def _megabytes(case: str, size: int) -> float:
    """Return the input's size a side in MB, roughly, before making it."""
    per_unit = {
        "speakers": 78e-6,
        "sentence": 1e-6,
        "paragraphs": 22e-6,
        "unrepeated": 1e-6,
        "repeating": 1e-6,
    }
    return size * per_unit[case]


def main() -> None:
    """Run the chosen inputs at their sizes and print one table row per run."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--max-mb", type=float, default=10.5, help="skip sizes above this many MB a side"
    )
    parser.add_argument("--only", choices=sorted(CASES), action="append", help="inputs to run")
    parser.add_argument("--timeout", type=float, default=240.0, help="seconds per run")
    parser.add_argument(
        "--huge-sentence", action="store_true", help="also the 4.95 and 9.9 MB sentence"
    )
    args = parser.parse_args()
    if args.huge_sentence:
        CASES["sentence"] = HUGE_SENTENCE
    print(
        f"{'input':<11} {'size a side':>14} {'in MB':>7} {'seconds':>8} {'peak MB':>8} "
        f"{'KB/sent':>8} {'json/in':>8} {'matched':>8} {'time x':>7} {'mem x':>6}"
    )
    total = time.perf_counter()
    for case in args.only or list(CASES):
        previous: dict[str, float] | None = None
        for size in CASES[case]:
            label = _size_label(case, size)
            if _megabytes(case, size) > args.max_mb:
                print(f"{case:<11} {label:>14}  skipped (over --max-mb {args.max_mb:g})")
                continue
            result = _run(case, size, args.timeout)
            if isinstance(result, str):
                print(f"{case:<11} {label:>14}  {result}")
                previous = None
                continue
            growth = ""
            if previous is not None:
                growth = (
                    f"{result['seconds'] / max(previous['seconds'], 1e-3):>6.1f}x "
                    f"{result['peak'] / previous['peak']:>5.1f}x"
                )
                if result["matched"] < previous["matched"] - MATCHED_FALL:
                    growth += "  matched share FELL"
            per_sentence = result["peak"] / 1024 / max(1.0, result["sentences"])
            print(
                f"{case:<11} {label:>14} {result['input_bytes'] / 1e6:>7.2f} "
                f"{result['seconds']:>8.2f} {result['peak'] / 2**20:>8.0f} "
                f"{per_sentence:>8.1f} {result['json_bytes'] / result['input_bytes']:>8.1f} "
                f"{result['matched']:>8.0%} {growth}",
                flush=True,
            )
            previous = result
    print(f"all runs: {time.perf_counter() - total:.0f} s")


if __name__ == "__main__":
    main()
