"""Figures described in words for the detail view and reports."""

from __future__ import annotations

import pytest

from tui.core.figures.describe import describe_figure
from tui.core.figures.parse import scan_figures
from tui.core.models import Figure


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The state visit begins on Sunday.", "Sunday"),
        ("Around 28,500 US troops are stationed there.", "28,500 (approximate)"),
        ("China absorbs a third of its chip exports.", "a share of 33.3%"),
        ("The fund holds $8B in assets.", "USD 8 billion"),
        ("He spoke at a forum on December 29.", "December 29 (no year given)"),
        ("The report was filed on Jan 2, 2026.", "January 2, 2026"),
        ("Japan's 35-year colonial rule ended in 1945.", "35 years"),
        ("North Korea dismissed the outreach last year.", "1 year before the time of writing"),
        ("Inflation rose to 3.5% in March.", "3.5%"),
    ],
)
def test_a_figure_read_from_news_text_is_described_in_words(sentence: str, expected: str) -> None:
    figures = scan_figures(sentence, 0)
    assert figures, sentence
    assert describe_figure(figures[0]) == expected


def test_a_figure_without_a_value_says_so() -> None:
    assert describe_figure(Figure(0, 4, "many", None, "count")) == "no value"
