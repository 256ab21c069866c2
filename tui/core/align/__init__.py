"""Alignment: two Documents become an Alignment of sentence groups, and its differences."""

from tui.core.align.aligner import align, alignment_differences, mirror

__all__ = ["align", "alignment_differences", "mirror"]
