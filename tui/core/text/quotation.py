"""Where a text is inside quotation marks: the speaker's words, not the writer's.

Shared by the analyses that must tell the two apart: framing (a loaded word inside a
quotation is the speaker's) and figures (a figure a speaker supposes is not a fact reported).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import lru_cache


def _closes_single(text: str, at: int) -> bool:
    return at + 1 >= len(text) or not text[at + 1].isalnum()


@lru_cache(maxsize=16)
def quotation_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """Return the character ranges of ``text`` inside quotation marks, marks included.

    Curly double quotes, straight double quotes and curly single quotes (British style) are
    read; an apostrophe (“Britain’s”) does not close a single quote. A quotation left open runs
    to the end of its paragraph (news copy reopens it in the next paragraph), and a closing
    mark with no opening one closes a quotation that began in an earlier paragraph.
    """
    ranges: list[tuple[int, int]] = []
    opened: int | None = None
    closer = ""
    paragraph_start = 0
    for at, char in enumerate(text):
        if char == "\n":
            if opened is not None and at + 1 < len(text) and text[at + 1] == "\n":
                ranges.append((opened, at))
                opened = None
            if at + 1 < len(text) and text[at + 1] != "\n":
                paragraph_start = at + 1
            continue
        if opened is None:
            if char in '“"' or (char == "‘" and (at == 0 or not text[at - 1].isalnum())):
                opened, closer = at, {"“": "”", '"': '"', "‘": "’"}[char]
            elif char == "”" and (not ranges or ranges[-1][1] < paragraph_start):
                ranges.append((paragraph_start, at + 1))
        elif char == closer and (closer != "’" or _closes_single(text, at)):
            ranges.append((opened, at + 1))
            opened = None
    if opened is not None:
        ranges.append((opened, len(text)))
    return tuple(ranges)


def in_quotation(ranges: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """True when ``start:end`` lies inside one of ``ranges`` (sorted, from
    :func:`quotation_ranges`)."""
    at = bisect.bisect_right(ranges, (start, len(ranges) + 2**62)) - 1
    return at >= 0 and ranges[at][0] <= start and end <= ranges[at][1]
