"""The sample pair's ``--json`` output is pinned: a refactor must leave it byte-identical.

A change that is meant to alter the comparison regenerates the stored copy, from the
repository root, with::

    crosscheck sample_articles/xi-lee-visit-aggregator-rewrite.txt \
        sample_articles/xi-lee-visit-original-report.txt --json > tests/data/sample-comparison.json

and the diff of that file shows in review exactly what the change did to the sample.
"""

from __future__ import annotations

import os
from pathlib import Path

from tui.core.compare import compare_sources
from tui.core.report.json_output import comparison_to_json

ROOT = Path(__file__).resolve().parents[1]
STORED = ROOT / "tests" / "data" / "sample-comparison.json"


def test_sample_json_is_byte_identical_to_the_stored_copy() -> None:
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        comparison = compare_sources(
            "sample_articles/xi-lee-visit-aggregator-rewrite.txt",
            "sample_articles/xi-lee-visit-original-report.txt",
        )
    finally:
        os.chdir(cwd)
    assert comparison_to_json(comparison) + "\n" == STORED.read_text(encoding="utf-8")
