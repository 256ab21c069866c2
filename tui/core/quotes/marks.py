"""Find the passages of a text that stand between quotation marks.

Handles curly, straight and single marks, nested quotes, quotations that run
over several paragraphs (an opening mark on each new paragraph and no closing
mark on the one before) and sloppy copy: mismatched glyphs, stray closing
marks and opening marks that are never closed. An unclosed quotation never
runs past the end of its paragraph, so one bad mark cannot swallow the article.

Span convention: a passage covers the words INSIDE the marks, without
surrounding white space and without a trailing comma (the comma US style puts
inside the marks belongs to the reporting clause).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE_OPEN = "“„‟«"
_DOUBLE_CLOSE = "”»"
_DOUBLES = _DOUBLE_OPEN + _DOUBLE_CLOSE + '"'
_SINGLE_OPEN = "‘‚‛"
_SINGLES = _SINGLE_OPEN + "’'"
_MARKS = _DOUBLES + _SINGLES

# Every quote mark, and every line break (blank lines end paragraphs).
_EVENT = re.compile(r"[" + re.escape(_MARKS) + r"]|\n(?:[ \t]*\n)*")
_BEFORE_OPENING = "([{—–-/" + _MARKS
_AFTER_CLOSING = ".,;:!?)]}—–-…" + _MARKS
_SENTENCE_END = ".!?…"


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """One passage between quotation marks.

    ``start``/``end`` cover the quoted words; ``open_mark`` is the offset of the
    opening mark and ``close_mark`` that of the closing mark (None when the
    paragraph ended first). ``continues_previous`` is True when the passage opens
    a new paragraph of a quotation left open by the previous span.
    """

    start: int
    end: int
    open_mark: int
    close_mark: int | None
    continues_previous: bool = False


@dataclass(slots=True)
class _Open:
    double: bool
    content_start: int
    mark: int


_FIRST_CHAR = re.compile(r"[ \t]*(\S)")


def _text_before(text: str, index: int) -> str:
    """Return up to 80 characters before ``index``, trailing white space removed."""
    return text[max(0, index - 80) : index].rstrip()


def _left_flanking(text: str, index: int) -> bool:
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isspace() or before in _BEFORE_OPENING) and not after.isspace()


def _right_flanking(text: str, index: int) -> bool:
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or after in _AFTER_CLOSING)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1
    return start, end


class _Scanner:
    """Walks the marks of one text once, keeping a stack of open quotations."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Open] = []
        self.found: list[QuotedSpan] = []
        self.continues = False

    def emit(self, opened: _Open, end: int, close_mark: int | None) -> None:
        start, stop = _trimmed(self.text, opened.content_start, end)
        if stop > start:
            self.found.append(QuotedSpan(start, stop, opened.mark, close_mark, self.continues))
        self.continues = False

    def paragraph_break(self, at: int, next_start: int) -> None:
        first = _FIRST_CHAR.match(self.text, next_start)
        if self.stack and self.stack[0].double:
            self.emit(self.stack[0], at, None)
            self.continues = first is not None and first.group(1) in _DOUBLE_OPEN + '"'
        elif self.stack and self._open_single_quotation(at, first):
            # British style: ‘… claims. ¶ ‘Every week …’ — one quotation over paragraphs.
            self.emit(self.stack[0], at, None)
            self.continues = first is not None and first.group(1) == "‘"
        else:
            self.continues = False
        self.stack.clear()

    def _open_single_quotation(self, at: int, first: re.Match[str] | None) -> bool:
        """Return True when a single-mark passage left open at a paragraph's end is a
        quotation (it opened with ‘ and ends a sentence, or the next paragraph opens with ‘),
        not an apostrophe."""
        opened = self.stack[0]
        if self.text[opened.mark] != "‘":
            return False
        ends_sentence = self.text[opened.content_start : at].rstrip()[-1:] in _SENTENCE_END
        return ends_sentence or (first is not None and first.group(1) == "‘")

    def double_mark(self, index: int) -> None:
        char = self.text[index]
        left = _left_flanking(self.text, index)
        right = _right_flanking(self.text, index)
        depth = next((i for i in range(len(self.stack) - 1, -1, -1) if self.stack[i].double), None)
        if depth is not None:
            if right or (char in _DOUBLE_CLOSE and not left):
                opened = self.stack[depth]
                del self.stack[depth:]
                if not self.stack:
                    self.emit(opened, index, index)
                return
            if not left:
                return
            before = _text_before(self.text, index)
            if depth == 0 and before and before[-1] in _SENTENCE_END:
                # A new quotation opens after a finished sentence: the previous
                # opening mark was never closed (sloppy copy).
                self.emit(self.stack[0], index, None)
                self.stack.clear()
            self.stack.append(_Open(True, index + 1, index))
            return
        if left or (char in _DOUBLE_OPEN and not right):
            self.stack.append(_Open(True, index + 1, index))

    def single_mark(self, index: int) -> None:
        text = self.text
        before = text[index - 1] if index > 0 else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        if before.isalnum() and after.isalpha():
            return  # an apostrophe inside a word: don't, Korea’s
        depth = next(
            (i for i in range(len(self.stack) - 1, -1, -1) if not self.stack[i].double), None
        )
        if depth is not None and _right_flanking(text, index):
            opened = self.stack[depth]
            del self.stack[depth:]
            if not self.stack:
                self.emit(opened, index, index)
            return
        opening_glyph = text[index] in _SINGLE_OPEN + "'"
        if opening_glyph and _left_flanking(text, index) and (after.isalpha() or after in _DOUBLES):
            self.stack.append(_Open(False, index + 1, index))


def _is_paragraph_break(text: str, match: re.Match[str]) -> bool:
    if match.group().count("\n") > 1:
        return True
    before = _text_before(text, match.start())
    following = text[match.end() : match.end() + 1]
    return not before or before[-1] in _SENTENCE_END + _MARKS + ":" or following in _MARKS


def find_quoted_spans(text: str) -> tuple[QuotedSpan, ...]:
    """Return the top-level passages between quotation marks in ``text``, in reading order.

    Nested quotations stay inside the passage that contains them. A single-mark
    passage left open at the end of its paragraph is dropped (it was most likely
    an apostrophe); a double-mark one ends with the paragraph.
    """
    scanner = _Scanner(text)
    for match in _EVENT.finditer(text):
        char = match.group()[0]
        if char == "\n":
            if _is_paragraph_break(text, match):
                scanner.paragraph_break(match.start(), match.end())
        elif char in _DOUBLES:
            scanner.double_mark(match.start())
        else:
            scanner.single_mark(match.start())
    scanner.paragraph_break(len(text), len(text))
    return tuple(scanner.found)
