"""Where the bundled sample pair lives (inside the wheel, or beside the package in a checkout)."""

from __future__ import annotations

from pathlib import Path

SAMPLE_A = "xi-lee-visit-aggregator-rewrite.txt"
SAMPLE_B = "xi-lee-visit-original-report.txt"


def sample_directory() -> Path:
    """Return the folder that holds the sample articles."""
    package = Path(__file__).resolve().parents[1]
    installed = package / "sample_articles"
    if installed.is_dir():
        return installed
    return package.parent / "sample_articles"


def sample_pair() -> tuple[str, str]:
    """Return the paths of the sample pair: the aggregator rewrite, the original report."""
    folder = sample_directory()
    return str(folder / SAMPLE_A), str(folder / SAMPLE_B)
