"""Framing: word choices that tilt a report (attribution, hedges, loaded words, prominence)."""

from tui.core.framing.find import find_framing, framing_differences, framing_summary

__all__ = ["find_framing", "framing_differences", "framing_summary"]
