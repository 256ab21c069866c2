"""Quotations: find them and their speakers in each source, and compare them across sources."""

from tui.core.quotes.compare import compare_quotes, find_quotes
from tui.core.quotes.differences import quote_differences

__all__ = ["compare_quotes", "find_quotes", "quote_differences"]
