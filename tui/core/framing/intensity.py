"""Intensity framing: intensifiers and softeners ("strong", "slightly") that one side adds."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.framing.lexicon import Match
from tui.core.framing.passage import (
    Passage,
    one_sided_note,
    other_range,
    quoted,
    region_matches,
    too_rewritten,
)
from tui.core.framing.regions import Region
from tui.core.models import FramingShift

#: Intensity shifts this many words apart or closer are one shift.
_INTENSITY_GAP = 2


@dataclass(frozen=True, slots=True)
class _Degree:
    a_range: tuple[int, int]
    b_range: tuple[int, int]
    a_degree: int
    b_degree: int


def _degree(matches: Sequence[Match]) -> int:
    return sum(1 if m.entry.word_class == "amplifier" else -1 for m in matches)


def _union(first: tuple[int, int], second: tuple[int, int]) -> tuple[int, int]:
    """Return the range covering both (an empty range counts as the point where it stands)."""
    return min(first[0], second[0]), max(first[1], second[1])


def _degrees(a: Passage, b: Passage, region: Region) -> _Degree | None:
    found = region_matches("intensity", a, b, region)
    if not found.a and not found.b:
        return None
    if not found.b and too_rewritten(region, a, (found.a[0].first, found.a[-1].last)):
        return None
    if not found.a and too_rewritten(region, b, (found.b[0].first, found.b[-1].last)):
        return None
    a_region = (region.a_first, region.a_last)
    b_region = (region.b_first, region.b_last)
    a_range = (found.a[0].first, found.a[-1].last) if found.a else None
    b_range = (found.b[0].first, found.b[-1].last) if found.b else None
    if a_range is None:
        assert b_range is not None
        a_range = other_range(b, b_range, b_region, a, a_region)
    if b_range is None:
        b_range = other_range(a, a_range, a_region, b, b_region)
    return _Degree(a_range, b_range, _degree(found.a), _degree(found.b))


def _close(first: _Degree, second: _Degree) -> bool:
    return (
        0 <= second.a_range[0] - first.a_range[1] <= _INTENSITY_GAP
        and 0 <= second.b_range[0] - first.b_range[1] <= _INTENSITY_GAP
    )


def intensity_shifts(a: Passage, b: Passage, regions: Sequence[Region]) -> list[FramingShift]:
    """Return changes of degree (sunk to their lowest point in years → remain at a low point).

    Intensifiers a few words apart in one group are reported as one shift.
    """
    merged: list[_Degree] = []
    for region in regions:
        degree = _degrees(a, b, region)
        if degree is None:
            continue
        if merged and _close(merged[-1], degree):
            last = merged[-1]
            degree = _Degree(
                _union(last.a_range, degree.a_range),
                _union(last.b_range, degree.b_range),
                last.a_degree + degree.a_degree,
                last.b_degree + degree.b_degree,
            )
            merged[-1] = degree
        else:
            merged.append(degree)
    return [
        FramingShift(
            "intensity",
            a.span(*degree.a_range),
            b.span(*degree.b_range),
            _degree_note(a, b, degree),
        )
        for degree in merged
    ]


def _degree_note(a: Passage, b: Passage, degree: _Degree) -> str:
    """Return the note of an intensity shift.

    Words on both sides: ``“sunk to their lowest point in years” → “remain at a low point”
    (A is more intense)``; words on one side only as in :func:`one_sided_note`.
    """
    a_span, b_span = a.span(*degree.a_range), b.span(*degree.b_range)
    if a_span.text and b_span.text:
        if degree.a_degree > degree.b_degree:
            why = "A is more intense"
        elif degree.b_degree > degree.a_degree:
            why = "B is more intense"
        else:
            why = "different intensifiers"
        return f"{quoted(a_span.text)} → {quoted(b_span.text)} ({why})"
    if a_span.text:
        role = "intensifier" if degree.a_degree > 0 else "softener"
        return one_sided_note(a, degree.a_range, b, degree.b_range, role, "")
    role = "intensifier" if degree.b_degree > 0 else "softener"
    return one_sided_note(b, degree.b_range, a, degree.a_range, role, "")
