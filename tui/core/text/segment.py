"""Split loaded text into paragraphs and sentences, with character offsets.

Paragraphs are blocks separated by blank lines. Inside a block, a line break ends a sentence
when the line stands on its own (a heading, a list item, a timestamp line, a repeated title);
hard-wrapped prose is joined. Each piece is then split into sentences by nltk's Punkt with
parameters shipped in ``tui/core/text/punkt_data`` (nothing is ever downloaded), and a few
principled corrections are applied where Punkt alone cannot decide:

- a sentence never ends on a title that always precedes a name ("Gen.", "Sen.", "Mt.");
- a sentence never starts with a lower-case word ("“Why?” he asked.");
- a break Punkt made only because the next word itself ends a sentence ("see p. 5.)") is
  judged again on that word alone;
- an ellipsis character followed by a frequent sentence starter ends a sentence.

The abbreviation lists and sentence starters are plain-text files anyone can read and extend;
each file's header says where its entries come from.

Boilerplate ranges from the loader are cut out first: each becomes its own sentence(s) flagged
as boilerplate, and no sentence straddles a range boundary.

(Over 400 lines on purpose: the block and line rules, the Punkt set-up and the boundary
corrections read one another's constants and are checked together by the 104-case
boundary set in ``bench/eval_segmentation.py``; split them only with that set green.)
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from itertools import pairwise

from nltk.tokenize.punkt import (
    PunktLanguageVars,
    PunktParameters,
    PunktSentenceTokenizer,
    PunktToken,
)

from tui.core.models import Sentence

# Punkt's orthographic context flags (see nltk.tokenize.punkt): seen capitalised at a
# sentence start, seen in lower case inside a sentence.
_ORTHO_BEG_UC = 1 << 1
_ORTHO_MID_LC = 1 << 5

#: Opening marks that may stand before the first word of a sentence.
_OPENERS = "\"'“‘„«([{"
#: Closing marks that may follow the end of a sentence.
_CLOSERS = "\"'”’»)]}"

_BLANK_LINES = re.compile(r"\n(?:[^\S\n]*\n)+")
_BULLETS = "-*•▪●◦‣⁃"
_LIST_ITEM = re.compile(
    rf"(?:[{_BULLETS}][^\S\n]*)?(?:\(?\d{{1,3}}(?:\.\)|[.)])|\([a-z]\)|[a-z][.)])[^\S\n]+(?=\S)"
    rf"|[{_BULLETS}][^\S\n]+(?=\S)"
)
#: The marker of a numbered or lettered list item: optional bullet, label, punctuation.
_LIST_LABEL = re.compile(
    rf"(?P<bullet>[{_BULLETS}][^\S\n]*)?(?P<label>\d{{1,3}}|[a-z])(?P<punct>\.\)|[.)])[^\S\n]+(?=\S)"
)
#: A spaced or unspaced ellipsis written with periods (". . .", "...", ". . . .").
_DOT_ELLIPSIS = re.compile(r"\.(?:[^\S\n]?\.){2,}")
#: Dotted initials ("F.B.I.", "a.m.") or one capital initial ("I.", "R."), then the next word.
_DOTTED = re.compile(
    r"(?<![\w.])(?P<token>(?:[A-Za-z]\.){2,}|[A-Z]\.)(?P<closers>[\"'”’»)\]}]*)"
    r"(?P<space>\s+)[\"'“‘„«(\[{]*(?P<word>[A-Z][\w'’-]*\.?)"
)
#: A street suffix ending an address before a capitalised word ("400 W. Main St. Pets are").
_STREET_END = re.compile(
    r"(?P<street>(?:[A-Z0-9][\w'’-]*\.?[^\S\n]+){0,3}[A-Z][\w'’-]*[^\S\n]+)"
    r"(?P<suffix>St|Ave|Rd|Blvd)\."
    r"(?P<space>[^\S\n]+)[\"'“‘(]*[A-Z][a-z]"
)
#: A short attribution after a quotation: "Mr. Patel asked", "Jane Doe said".
_ATTRIBUTION = re.compile(
    r"(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+"
    r"(?:said|says|asked|asks|added|adds|wrote|writes|replied|told|insisted|shouted)\b"
)
_QUESTION_QUOTE_END = re.compile(r"[?!][\"'”’]+$")
#: Words that open a time phrase put before the clause ("At 7 a.m. Ms. Duarte opened...").
_TIME_PREPOSITIONS = frozenset(
    {"at", "by", "until", "till", "from", "before", "after", "around", "since", "on"}
)
#: Words that complete a clock time rather than start a sentence ("9 a.m. Monday", "6 p.m. Jan. 5").
_TIME_FOLLOWERS = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov"),
        *("dec", "january", "february", "march", "april", "june", "july", "august"),
        *("september", "october", "november", "december"),
    }
)
#: Longest headline or sub-head line kept whole.
_HEADLINE_WORDS = 25
_TERMINAL = re.compile(r"[.?!…][\"'”’»)\]}]*")
_CONTINUES_LINE = "(,;:-–—&"
_SENTENCE_WORD_END = re.compile(r"[.?!…][\"'”’»)\]}]+$")
_ADDRESS = re.compile(r"[\w.+-]+@|\w+://|www\.")
_FIRST_WORD = re.compile(r"\S+")
_LOWER_START = re.compile(r"[\"'“‘„«(\[{]*([^\W\d_])(\w*)")
#: A dash (or a credit in brackets, then a dash) that carries a sentence on.
_DASH_AFTER = re.compile(r"(?:\([^()\n]{1,40}\)[^\S\n]*)?[—–-][^\S\n]")
_ELLIPSIS_BREAK = re.compile(r"…[\"'”’»)\]}]*(\s+)[\"'“‘„«(\[{]*([^\W\d_][\w'’]*)")

#: Words that cannot end a line of a heading or a sentence: the line must go on.
_CONNECTIVES = frozenset(
    {
        *("a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from"),
        *("into", "onto", "and", "or", "but", "nor", "that", "as", "than"),
    }
)
#: Narrowest column at which hard-wrapped prose is plausible.
_MIN_WRAP_WIDTH = 40
#: A line this many times longer than a block's median line is an outlier, not the wrap width.
_WIDTH_OUTLIER = 1.25
#: Share of a block's lines (all but the last) that must look filled to call it hard-wrapped.
_WRAPPED_SHARE = 0.75


def _data_lines(name: str) -> list[str]:
    """Return the entries of a shipped Punkt data file, without comments and blank lines."""
    resource = files("tui.core.text").joinpath("punkt_data", name)
    entries = []
    for line in resource.read_text(encoding="utf-8").splitlines():
        entry = line.strip()
        if entry and not entry.startswith("#"):
            entries.append(entry)
    return entries


class _NewsLanguageVars(PunktLanguageVars):  # type: ignore[misc]
    """Punkt language variables that let a quotation mark start a word token.

    Punkt then judges ``“The`` by its word, so "...the U.S. “The talks..." can split.
    """

    _re_word_start = r"[^\(\`{\[:;&\#\*@\)}\]\-,]"


class _NewsToken(PunktToken):  # type: ignore[misc]
    """A Punkt token typed and cased by its word, ignoring opening quotation marks.

    An all-capitals word ("IT", "AI") gives no evidence of a sentence start, so it counts as
    neither upper nor lower case.
    """

    __slots__ = ()

    def _get_type(self, tok: str) -> str:
        return str(super()._get_type(tok.lstrip(_OPENERS) or tok))

    def _word(self) -> str:
        return str(self.tok.lstrip(_OPENERS) or self.tok)

    @property
    def first_upper(self) -> bool:
        word = self._word()
        if len(word) > 1 and word.isupper():
            return False
        return word[0].isupper()

    @property
    def first_lower(self) -> bool:
        return self._word()[0].islower()


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """The shipped word lists the segmenter needs besides the Punkt tokenizer."""

    tokenizer: PunktSentenceTokenizer
    titles: frozenset[str]
    starters: frozenset[str]
    acronym_heads: frozenset[str]


@cache
def _lexicon() -> _Lexicon:
    """Return the Punkt tokenizer and word lists, built once from the shipped data files."""
    titles = _data_lines("title_abbrevs.txt")
    starters = frozenset(_data_lines("sent_starters.txt"))
    params = PunktParameters()
    params.abbrev_types = set(_data_lines("abbrev_types.txt")) | set(titles)
    params.collocations = {(word, "##number##") for word in _data_lines("number_abbrevs.txt")}
    params.sent_starters = set(starters)
    for word in starters:
        params.add_ortho_context(word, _ORTHO_BEG_UC | _ORTHO_MID_LC)
    tokenizer = PunktSentenceTokenizer(params, lang_vars=_NewsLanguageVars(), token_cls=_NewsToken)
    heads = frozenset(_data_lines("acronym_heads.txt"))
    return _Lexicon(tokenizer, frozenset(titles), starters, heads)


def segment(text: str, *, boilerplate: tuple[tuple[int, int], ...] = ()) -> tuple[Sentence, ...]:
    """Return the sentences of ``text`` in reading order, with offsets and paragraph numbers.

    Paragraphs are the blocks of ``text`` between blank lines, numbered from 0. Each range
    in ``boilerplate`` becomes sentences of its own flagged as boilerplate; no sentence
    straddles a range boundary. Sentences exclude surrounding white space and together
    cover every other character of ``text`` exactly once.
    """
    ranges = _merge_ranges(boilerplate, len(text))
    range_starts = [start for start, _ in ranges]
    lexicon = _lexicon()
    sentences: list[Sentence] = []
    for paragraph, (block_start, block_end) in enumerate(_blocks(text)):
        for piece_start, piece_end in _pieces(text, block_start, block_end):
            cuts = _cut(piece_start, piece_end, ranges, range_starts)
            for start, end, flagged in cuts:
                start, end = _strip(text, start, end)
                if start == end:
                    continue
                spans = [(start, end)] if flagged else _sentence_spans(text, start, end, lexicon)
                for s, e in spans:
                    sentences.append(Sentence(len(sentences), s, e, text[s:e], paragraph, flagged))
    return tuple(sentences)


def _merge_ranges(ranges: tuple[tuple[int, int], ...], length: int) -> list[tuple[int, int]]:
    """Return the ranges clipped to the text, sorted, with overlapping ones merged."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        start, end = max(0, start), min(length, end)
        if start >= end:
            continue
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` of each paragraph: runs of non-blank lines."""
    start = 0
    for separator in _BLANK_LINES.finditer(text):
        if text[start : separator.start()].strip():
            yield start, separator.start()
        start = separator.end()
    if text[start:].strip():
        yield start, len(text)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Return ``start, end`` moved inwards past white space."""
    piece = text[start:end]
    stripped = piece.lstrip()
    start += len(piece) - len(stripped)
    return start, start + len(stripped.rstrip())


def _pieces(text: str, block_start: int, block_end: int) -> Iterator[tuple[int, int]]:
    """Yield the parts of a paragraph between line breaks that end a sentence."""
    lines: list[tuple[int, int]] = []
    position = block_start
    for raw_line in text[block_start:block_end].split("\n"):
        if raw_line.strip():
            lines.append((position, position + len(raw_line.rstrip())))
        position += len(raw_line) + 1
    if len(lines) == 1:
        yield lines[0]
        return
    width = _wrap_width([end - start for start, end in lines])
    filled = [_is_filled(text, line, following, width) for line, following in pairwise(lines)]
    wrapped = sum(filled) >= _WRAPPED_SHARE * len(filled)
    piece_start = lines[0][0]
    for index, (line, following) in enumerate(pairwise(lines)):
        if _line_break_ends_sentence(text, line, following, wrapped=wrapped, filled=filled[index]):
            yield piece_start, line[1]
            piece_start = following[0]
    yield piece_start, lines[-1][1]


def _wrap_width(lengths: list[int]) -> int:
    """Return the column a block's lines seem wrapped at: the longest line, outliers ignored.

    A long URL or a line that was never wrapped must not hide the width the rest of the
    paragraph was wrapped to.
    """
    body = sorted(lengths[:-1])
    limit = body[len(body) // 2] * _WIDTH_OUTLIER
    return max(length for length in lengths if length <= limit)


def _is_filled(text: str, line: tuple[int, int], following: tuple[int, int], width: int) -> bool:
    """Return whether a text wrapper would have broken ``line`` here (the next word did not fit)."""
    if width < _MIN_WRAP_WIDTH:
        return False
    next_word = _FIRST_WORD.search(text, following[0], following[1])
    next_length = next_word.end() - next_word.start() if next_word else 0
    return line[1] - line[0] + 1 + next_length > width


def _line_break_ends_sentence(
    text: str, line: tuple[int, int], following: tuple[int, int], *, wrapped: bool, filled: bool
) -> bool:
    """Return whether the break between two lines of one paragraph ends a sentence."""
    current = text[line[0] : line[1]].strip()
    after = text[following[0] : following[1]].strip()
    if _LIST_ITEM.match(after) or current == after:
        return True
    if _continues(current, after):
        return False
    return not (wrapped and (filled or _ends_terminal(current)))


def _continues(current: str, after: str) -> bool:
    """Return whether ``after`` plainly continues the sentence of line ``current``."""
    if current[-1] in _CONTINUES_LINE:
        return True
    if _last_word(current).lower() in _CONNECTIVES:
        return True
    if after[:1].isdigit() and current[-1].islower():
        return True
    return _starts_lower(after)


def _last_word(text: str) -> str:
    """Return the last white-space separated word of ``text``."""
    return text.rsplit(None, 1)[-1]


def _ends_terminal(line: str) -> bool:
    """Return whether ``line`` ends with sentence-final punctuation (and closing marks)."""
    return _TERMINAL.fullmatch(line, max(0, len(line.rstrip(_CLOSERS)) - 1)) is not None


def _ends_on_title(sentence: str, titles: frozenset[str]) -> bool:
    """Return whether ``sentence`` ends on a title that always precedes a name ("Gen.")."""
    word = _last_word(sentence)
    if not word.endswith("."):
        return False
    word = word.rsplit("-", 1)[-1].lstrip(_OPENERS)
    return word[:-1].lower() in titles


def _starts_lower(sentence: str) -> bool:
    """Return whether ``sentence`` opens with a lower-case word.

    "iPhone"-style names, web addresses and e-mail addresses are not lower-case words.
    """
    first = _LOWER_START.match(sentence)
    if first is None or not first.group(1).islower():
        return False
    rest = first.group(2)
    if rest != rest.lower():
        return False
    return _ADDRESS.match(sentence, first.start(1)) is None


def _cut(
    start: int, end: int, ranges: list[tuple[int, int]], range_starts: list[int]
) -> list[tuple[int, int, bool]]:
    """Return ``start..end`` cut at boilerplate range boundaries, each part with its flag."""
    parts: list[tuple[int, int, bool]] = []
    position = start
    index = max(0, bisect.bisect_right(range_starts, start) - 1)
    while index < len(ranges) and ranges[index][0] < end:
        range_start, range_end = ranges[index]
        index += 1
        if range_end <= position:
            continue
        if range_start > position:
            parts.append((position, range_start, False))
        clipped_end = min(range_end, end)
        parts.append((max(range_start, position), clipped_end, True))
        position = clipped_end
    if position < end:
        parts.append((position, end, False))
    return parts


def _sentence_spans(text: str, start: int, end: int, lexicon: _Lexicon) -> list[tuple[int, int]]:
    """Return the sentence spans of ``text[start:end]``, a piece that starts and ends a sentence.

    An inline list ("1.) first 2.) second") is cut into its items first; a headline or
    sub-head line (one line, no final punctuation) is one sentence, never split.
    """
    piece = text[start:end]
    items = _list_items(piece)
    if len(items) == 1 and _is_headline(piece):
        return [(start, end)]
    result: list[tuple[int, int]] = []
    for item_start, item_end in items:
        marker = _LIST_ITEM.match(piece, item_start, item_end)
        body_start = marker.end() if marker else item_start
        spans = _body_spans(piece[body_start:item_end], lexicon)
        spans = [_strip(text, start + body_start + s, start + body_start + e) for s, e in spans]
        if spans:
            spans[0] = (start + item_start, spans[0][1])
        result += spans
    return [span for span in result if span[0] < span[1]]


def _is_headline(piece: str) -> bool:
    """Return whether ``piece`` is a headline or sub-head line: one short line without final
    punctuation ("F.B.I. Opens Inquiry Into Mayor")."""
    if "\n" in piece or _ends_terminal(piece.rstrip()):
        return False
    return len(piece.split()) <= _HEADLINE_WORDS


def _list_items(piece: str) -> list[tuple[int, int]]:
    """Return the items of an inline list that ``piece`` opens ("1.) a 2.) b", "a. x b. y"),
    each from its marker; the whole piece when it opens no list.

    An item ends where the next label in sequence (2 after 1, b after a) follows white
    space, with the same bullet and punctuation.
    """
    first = _LIST_LABEL.match(piece)
    if first is None:
        return [(0, len(piece))]
    bullet, label, punct = first.group("bullet") or "", first.group("label"), first.group("punct")
    starts = [0]
    position = first.end()
    while True:
        label = str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
        marker = re.compile(
            rf"\s({re.escape(bullet.strip())}[^\S\n]*)?{re.escape(label)}{re.escape(punct)}[^\S\n]+\S"
            if bullet
            else rf"\s{re.escape(label)}{re.escape(punct)}[^\S\n]+\S"
        )
        found = marker.search(piece, position)
        if found is None:
            break
        starts.append(found.start() + 1)
        position = found.end()
    return [(s, e) for s, e in zip(starts, [*starts[1:], len(piece)], strict=True)]


def _body_spans(body: str, lexicon: _Lexicon) -> list[tuple[int, int]]:
    """Return the sentence spans of ``body`` (offsets into it): Punkt, then the corrections.

    Ellipses written with periods are hidden from Punkt (it would cut ". . ." into
    sentences of one period) and judged by :func:`_ellipsis_breaks` instead.
    """
    masked = _DOT_ELLIPSIS.sub(lambda found: "_" * len(found.group()), body)
    spans = [(s, e) for s, e in lexicon.tokenizer.span_tokenize(masked)]
    spans = _split_ellipses(masked, spans, lexicon.starters)
    spans = _merge_false_breaks(masked, spans, lexicon)
    breaks = {s for s, _ in spans[1:]}
    breaks = _dotted_breaks(body, breaks, lexicon)
    breaks |= _street_breaks(body)
    breaks = {b for b in breaks if not _continues_dateline(body, b)}
    breaks |= _ellipsis_breaks(body, lexicon.starters)
    bounds = [0, *sorted(b for b in breaks if 0 < b < len(body)), len(body)]
    return [(s, e) for s, e in pairwise(bounds) if body[s:e].strip()]


def _continues_dateline(body: str, at: int) -> bool:
    """Return whether a break ``at`` would cut a line before a dash, or before a credit in
    brackets and a dash: the dash goes on with the same sentence, as after a dateline
    ("HOUMA, La. — Hurricane ...", "WESTHAVEN, Wash. (Wire) - Thick smoke ...")."""
    if _DASH_AFTER.match(body, at) is None:
        return False
    position = at
    while position > 0 and body[position - 1].isspace():
        position -= 1
        if body[position] == "\n":
            return False
    return True


def _ellipsis_breaks(body: str, starters: frozenset[str]) -> set[int]:
    """Return where a period ellipsis ends a sentence.

    Four periods (". . . ." — a sentence end and an ellipsis) end one before a capitalised
    word; three end one only before a capitalised sentence starter ("... The"), as "…" does.
    """
    breaks: set[int] = set()
    for found in _DOT_ELLIPSIS.finditer(body):
        after = re.compile(r"[\"'”’»)\]}]*(\s+)[\"'“‘„«(\[{]*([^\W\d_][\w'’]*)")
        following = after.match(body, found.end())
        if following is None or not following.group(2)[0].isupper():
            continue
        dots = found.group().count(".")
        if dots >= 4 or following.group(2).lower() in starters:
            breaks.add(following.end(1))
    return breaks


def _dotted_breaks(body: str, breaks: set[int], lexicon: _Lexicon) -> set[int]:
    """Return ``breaks`` judged again after dotted initials followed by a capitalised word.

    - a time ("8 P.M. Ms. Alvarez said") ends a sentence, unless it closes a time phrase
      put before the clause ("At 7 a.m. Ms. Duarte opened") or a day, month or time zone
      completes it ("9 a.m. Monday", "5 p.m. EST");
    - an organisation's or country's initials end one ("in the U.S. Smith said"), unless
      the word is part of a name or title they start ("U.S. Navy", "F.B.I. Director") or
      an acronym itself ("U.S. IT industry");
    - the pronoun "I." after a lower-case word ends one ("than I. Did you"), a capital
      initial before another initial never does ("J. R. Hollis").
    """
    result = set(breaks)
    for found in _DOTTED.finditer(body):
        token, word = found.group("token"), found.group("word")
        gap = range(found.start("space"), found.start("word") + 1)
        verdict: bool | None = None
        if token.lower() in ("a.m.", "p.m."):
            opening = max((b for b in result if b <= found.start()), default=0)
            words = body[opening : found.start()].split()
            fronted = bool(words) and words[0].lower() in _TIME_PREPOSITIONS and len(words) <= 4
            bare = word.rstrip(".")
            completes = bare.lower() in _TIME_FOLLOWERS or (bare.isupper() and len(bare) > 1)
            verdict = not (fronted or completes)
        elif len(token) > 2 and token.isupper():
            bare = word.rstrip(".")
            verdict = not (bare.isupper() and len(bare) > 1) and (
                bare.lower() not in lexicon.acronym_heads
            )
        elif token == "I.":
            before = body[: found.start()].split()
            verdict = bool(before) and before[-1][:1].islower()
        elif re.fullmatch(r"[A-Z]\.", word):
            verdict = False
        if verdict is None:
            continue
        result -= {b for b in result if b in gap}
        if verdict:
            result.add(found.end("space"))
    return result


def _street_breaks(body: str) -> set[int]:
    """Return the breaks after a street suffix that ends a sentence: "Ave.", "Rd." or
    "Blvd." after a street's name, and "St." after an address with its number ("at 400 W.
    Main St. Pets are allowed"), before a capitalised word. "St." after a name alone is
    left to Punkt: "Mount St. Helens", "Port St. Lucie" are saints' names."""
    found = set()
    for street in _STREET_END.finditer(body):
        numbered = any(word[:1].isdigit() for word in street.group("street").split())
        if street.group("suffix") != "St" or numbered:
            found.add(street.end("space"))
    return found


def _split_ellipses(
    piece: str, spans: list[tuple[int, int]], starters: frozenset[str]
) -> list[tuple[int, int]]:
    """Return ``spans`` split after each "…" that a capitalised sentence starter follows."""
    if "…" not in piece:
        return spans
    result: list[tuple[int, int]] = []
    for start, end in spans:
        for found in _ELLIPSIS_BREAK.finditer(piece, start, end):
            word = found.group(2)
            if word[0].isupper() and word.lower() in starters:
                result.append((start, found.start(1)))
                start = found.end(1)
        result.append((start, end))
    return result


def _merge_false_breaks(
    piece: str, spans: list[tuple[int, int]], lexicon: _Lexicon
) -> list[tuple[int, int]]:
    """Return ``spans`` with false breaks undone.

    A break is false after a name title, before a lower-case word, or where Punkt judged it
    on a context that ran on past the next word (see :func:`_judged_on_next_word`).
    """
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged:
            previous = piece[merged[-1][0] : merged[-1][1]]
            following = piece[start:end]
            if (
                _ends_on_title(previous, lexicon.titles)
                or _starts_lower(following)
                or _attributes_quote(previous, following)
                or _judged_on_next_word(previous, following, lexicon.tokenizer)
            ):
                merged[-1] = (merged[-1][0], end)
                continue
        merged.append((start, end))
    return merged


def _attributes_quote(previous: str, following: str) -> bool:
    """Return whether ``following`` opens with the attribution of the quoted question or
    exclamation ``previous`` ends on ("“Is this the end?” Mr. Patel asked.")."""
    return bool(_QUESTION_QUOTE_END.search(previous)) and bool(_ATTRIBUTION.match(following))


def _judged_on_next_word(previous: str, following: str, tokenizer: PunktSentenceTokenizer) -> bool:
    """Return whether a break only stands because the next word itself ends a sentence.

    Punkt decides on the word after a period as written up to the next space, so in
    "(see p. 5.)" or "at 9 a.m. Monday.”" it sees the period of "5." or "Monday." and breaks
    after "p." or "a.m." too. Asked again about the word alone ("p. 5", "a.m. Monday"), it
    answers for the right period.
    """
    next_word = following.split(None, 1)[0]
    if not _SENTENCE_WORD_END.search(next_word):
        return False
    bare = next_word.rstrip(_CLOSERS).rstrip(".?!…")
    if not bare:
        return False
    return not tokenizer.text_contains_sentbreak(f"{_last_word(previous)} {bare}")
