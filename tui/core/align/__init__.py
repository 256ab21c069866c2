"""Alignment: two Documents become an Alignment of sentence groups, and its differences."""

from tui.core.align.aligner import align, mirror
from tui.core.align.differences import alignment_differences, wording_summary

__all__ = ["align", "alignment_differences", "mirror", "wording_summary"]
