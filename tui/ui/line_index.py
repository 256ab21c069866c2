"""Word-wrap a document's text into display lines once, so panes render only what is visible.

A :class:`LineIndex` holds, for each display line, the character range of the
document text it shows. Paragraphs stay apart by one blank line; runs of blank
lines collapse to one. No Textual import: this is plain layout arithmetic.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from rich.cells import cell_len

_CHUNK = re.compile(r"\S+\s*")


@dataclass(frozen=True, slots=True)
class LineIndex:
    """Display lines of a text wrapped at ``width`` cells.

    ``starts[i]:ends[i]`` is the character range line ``i`` shows; a blank line has
    ``starts[i] == ends[i]``.
    """

    width: int
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.starts)

    def line_of(self, offset: int) -> int:
        """Return the display line that shows character ``offset`` (or the last before it)."""
        if not self.starts:
            return 0
        return max(bisect.bisect_right(self.starts, offset) - 1, 0)

    def is_blank(self, line: int) -> bool:
        """Return True if display line ``line`` is an empty line between paragraphs."""
        return self.starts[line] == self.ends[line]


def _width(text: str) -> int:
    return len(text) if text.isascii() else cell_len(text)


def _split_long_word(word: str, start: int, width: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    piece_start = 0
    used = 0
    for position, character in enumerate(word):
        cells = _width(character)
        if used + cells > width and position > piece_start:
            pieces.append((start + piece_start, start + position))
            piece_start, used = position, 0
        used += cells
    pieces.append((start + piece_start, start + len(word)))
    return pieces


def _wrap_line(raw: str, base: int, width: int, out: list[tuple[int, int]]) -> None:
    """Append the wrapped pieces of one hard line (no newline) starting at ``base``."""
    stripped = raw.rstrip()
    if _width(stripped) <= width:
        out.append((base, base + len(stripped)))
        return
    line_start = base
    line_end = base
    used = _width(raw[: len(raw) - len(raw.lstrip())])
    for match in _CHUNK.finditer(raw):
        word = match.group().rstrip()
        word_start = base + match.start()
        word_cells = _width(word)
        gap_cells = _width(match.group()) - word_cells
        if used + word_cells <= width or line_end == line_start:
            if word_cells > width and line_end == line_start:
                pieces = _split_long_word(word, word_start, width)
                out.extend(pieces[:-1])
                line_start, line_end = pieces[-1]
                used = _width(raw[line_start - base : line_end - base]) + gap_cells
                continue
            line_end = word_start + len(word)
            used += word_cells + gap_cells
            continue
        out.append((line_start, line_end))
        if word_cells > width:
            pieces = _split_long_word(word, word_start, width)
            out.extend(pieces[:-1])
            line_start, line_end = pieces[-1]
            used = _width(raw[line_start - base : line_end - base]) + gap_cells
        else:
            line_start, line_end = word_start, word_start + len(word)
            used = word_cells + gap_cells
    out.append((line_start, line_end))


def wrap_text(text: str, width: int) -> LineIndex:
    """Return the :class:`LineIndex` of ``text`` wrapped at ``width`` cells (at least 1)."""
    width = max(width, 1)
    pieces: list[tuple[int, int]] = []
    position = 0
    previous_blank = True
    for raw in text.split("\n"):
        start = position
        position += len(raw) + 1
        if not raw.strip():
            if not previous_blank:
                pieces.append((start, start))
                previous_blank = True
            continue
        _wrap_line(raw, start, width, pieces)
        previous_blank = False
    while pieces and pieces[-1][0] == pieces[-1][1]:
        pieces.pop()
    return LineIndex(
        width=width,
        starts=tuple(start for start, _ in pieces),
        ends=tuple(end for _, end in pieces),
    )
