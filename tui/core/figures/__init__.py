"""Figures: read amounts, shares, dates and durations in each source, and compare them."""

from tui.core.figures.compare import compare_figures
from tui.core.figures.describe import describe_figure
from tui.core.figures.differences import figure_differences
from tui.core.figures.located import find_figures

__all__ = ["compare_figures", "describe_figure", "figure_differences", "find_figures"]
