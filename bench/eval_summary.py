"""Print one table of every evaluation on every blind set: the figures a closing note quotes.

    .venv/bin/python bench/eval_summary.py [--sets independent,fresh,...]

Each column is one blind set under ``tests/data/pairs/`` (``SETS`` in ``tests/gold/gold.py``);
each row one measure, read from the last lines the evaluation scripts print for that set
(``eval_alignment.py``, ``eval_quotes_figures.py``, ``eval_framing.py``,
``eval_first_items.py``, ``worklist_counts.py``), so the table says exactly what those scripts
say. A set still being kept unread (see its README) is measured only with ``--sets`` naming it.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.gold.gold import SETS

BENCH = Path(__file__).resolve().parent
#: Sets measured only when named: kept unread until the end of a round.
KEPT_UNREAD = ("unseen6",)

#: (row label, script, pattern on its output, group of the pattern to show).
MEASURES: tuple[tuple[str, str, str], ...] = (
    ("alignment precision", "eval_alignment.py", r"all\s+precision (\d\.\d+)"),
    ("alignment recall", "eval_alignment.py", r"all\s+precision .* recall (\d\.\d+)"),
    ("one-source accuracy", "eval_alignment.py", r"all\s+precision .* one-source (\d\.\d+)"),
    ("quote items true", "eval_quotes_figures.py", r"^ALL\s+quotes .* precision (\d\.\d+)"),
    ("quote recall", "eval_quotes_figures.py", r"^ALL\s+quotes .* recall (\d\.\d+)"),
    ("figure items true", "eval_quotes_figures.py", r"^ALL\s+figures .* precision (\d\.\d+)"),
    ("figure recall", "eval_quotes_figures.py", r"^ALL\s+figures .* recall (\d\.\d+)"),
    ("framing precision", "eval_framing.py", r"(?:all|\w+) pairs\s+precision (\d\.\d+)"),
    ("framing recall", "eval_framing.py", r"(?:all|\w+) pairs\s+precision .* recall (\d\.\d+)"),
    ("first five items true", "eval_first_items.py", r"first \d+ items true (\d\.\d+)"),
    ("major items, mean", "worklist_counts.py", r"mean (\d+\.\d+)"),
)


def _output(script: str, set_name: str) -> str:
    """Return what ``script`` prints for ``set_name`` (the first set is the default one)."""
    command = [sys.executable, str(BENCH / script)]
    if set_name != SETS[0]:
        command += ["--set", set_name]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def _value(output: str, pattern: str) -> str:
    """Return the last match of ``pattern`` in ``output`` (the overall line), or "?"."""
    found = re.findall(pattern, output, flags=re.M)
    return found[-1] if found else "?"


def main() -> None:
    """Run the evaluations and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    default = ",".join(name for name in SETS if name not in KEPT_UNREAD)
    parser.add_argument("--sets", default=default, help="comma-separated blind sets")
    names = [name for name in parser.parse_args().sets.split(",") if name]
    unknown = [name for name in names if name not in SETS]
    if unknown:
        parser.error(f"unknown set: {', '.join(unknown)} (known: {', '.join(SETS)})")
    outputs: dict[tuple[str, str], str] = {}
    for _, script, _ in MEASURES:
        for name in names:
            if (script, name) not in outputs:
                outputs[script, name] = _output(script, name)
    width = max(len(label) for label, _, _ in MEASURES)
    print(f"{'measure':<{width}}  " + "  ".join(f"{name:>11}" for name in names))
    for label, script, pattern in MEASURES:
        cells = [_value(outputs[script, name], pattern) for name in names]
        print(f"{label:<{width}}  " + "  ".join(f"{cell:>11}" for cell in cells))


if __name__ == "__main__":
    main()
