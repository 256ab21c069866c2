"""Recognise boilerplate in article text, so it can be flagged rather than deleted.

What counts as boilerplate: a title line repeated after its first occurrence, a line
that is only a timestamp or a counter, a "What's Your Reaction?" widget and
its reaction words, share/follow/newsletter/advertisement furniture standing
alone on a line, and a leading ``date 2026-01-02`` marker. Every rule matches
a whole line (or the marker at the very start), never part of a sentence, so a
real sentence is not flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tui.core.loading.furniture import furniture_in_context, is_furniture_line

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?,?\s+"
_DATE = (
    rf"(?:{_WEEKDAY})?"
    r"(?:\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}})"
)
_TIME = (
    r"\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?"
    r"(?:\s*(?:(?-i:[A-Z]{2,4})|[+-]\d{2}:?\d{2}))?"
)
_STAMP_PREFIX = r"(?:(?:date|published|updated|last\s+updated|posted|first\s+published)\s*:?\s+)"
_AGO = r"\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago"

_TIMESTAMP_LINE = re.compile(
    rf"{_STAMP_PREFIX}?(?:{_DATE}(?:\s*(?:[-–—|,@·]|at)?\s*{_TIME})?|{_TIME}|{_AGO})",
    re.IGNORECASE,
)
_LEADING_MARKER = re.compile(rf"\s*({_STAMP_PREFIX}{_DATE}(?:[\sT]+{_TIME})?)(?=\s|$)", re.I)

_COUNTER_LINE = re.compile(
    r"\d{1,3}(?:[,.]\d{3})*(?:\.\d+)?[km]?"
    r"|(?:\d+\s+)?(?:comments?|shares?|views?|likes?)(?:\s*\(\d+\))?",
    re.IGNORECASE,
)

_REACTION_HEADER = re.compile(
    r"(?:what['’]?s|what\s+is)\s+your\s+reaction\s*\??|how\s+do\s+you\s+feel(?:\s+about\s+this"
    r"(?:\s+(?:article|story))?)?\s*\??|reactions?:?",
    re.IGNORECASE,
)
_REACTION_WORD = re.compile(
    r"(?:like|dislike|love|funny|angry|sad|wow|haha|care|happy|unhappy|surprised|confused"
    r"|shocked|inspired|excited|amused|upset|bored|scared|thumbs\s+up|thumbs\s+down)"
    r"(?:\s*[:(]?\s*\d+\)?)?",
    re.IGNORECASE,
)

_NETWORK = (
    r"(?:facebook|twitter|x|whatsapp|linkedin|reddit|telegram|bluesky|threads|pinterest|instagram"
    r"|youtube|tiktok|e-?mail|messenger|flipboard|mastodon)"
)
_HEADLINE_TAIL = r"(?:\s*[:»›→|]\s*[^.!?\n]{1,150}[^.!?\s])?"
_WIDGET_LINE = re.compile(
    r"(?:"
    rf"share(?:\s+(?:this|the))?(?:\s+(?:article|story|page|post|link))?(?:\s+(?:on|via|to)\s+{_NETWORK})?"
    rf"|share\s+on\s+{_NETWORK}(?:\s*(?:,|/|and|or)\s*{_NETWORK})*"
    r"|share\s+this:?|tweet|pin\s+it|print|e-?mail|copy\s+link|link\s+copied|save(?:\s+article)?"
    rf"|follow\s+us(?:\s+on\s+{_NETWORK}(?:\s*(?:,|/|and|or)\s*{_NETWORK})*)?"
    rf"|(?:read\s+more|related|also\s+read|see\s+also|more\s+on\s+this\s+story){_HEADLINE_TAIL}"
    r"|(?:read\s+more|related(?:\s+(?:articles|stories|content|coverage|news))?)"
    r"|(?:sign\s+up|subscribe)(?:\s+(?:to|for))?(?:\s+(?:our|the))?(?:\s+free)?"
    r"(?:\s+(?:daily|weekly|morning|evening))?\s+newsletters?"
    r"|advertisement|advert|sponsored(?:\s+content)?|ad|skip\s+(?:to\s+)?(?:main\s+)?content"
    r"|(?:view|show|leave\s+a|add\s+a)\s+comments?|join\s+the\s+conversation"
    r"|listen\s+to\s+this\s+article(?:\s*\(?\d+\s*min(?:utes?)?\)?)?"
    r")\s*[:!»›→…]?",
    re.IGNORECASE,
)

#: A line that opens a list of links to other stories; the headline-like lines after it are links.
_LINK_LIST_HEADER = re.compile(
    r"(?:read\s+more|related(?:\s+(?:articles|stories|content|coverage|news|topics))?|also\s+read"
    r"|see\s+also|more\s+on\s+this\s+story|most\s+(?:read|popular|viewed)|top\s+stories"
    r"|more\s+(?:from|stories)[^.!?]{0,60}|recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like"
    r"|trending(?:\s+now)?)\s*:?",
    re.IGNORECASE,
)
_LINK_LIST_MAX = 10

_SENTENCE_END = (".", "。")
_HEADLINE_MAX_CHARS = 160
_HEADLINE_MAX_WORDS = 25


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text: its content without surrounding white space, and where that sits."""

    start: int
    end: int
    text: str


def lines_of(text: str) -> Iterator[Line]:
    """Yield every non-blank line of ``text`` with the offsets of its stripped content."""
    offset = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = offset + (len(raw) - len(raw.lstrip()))
            yield Line(start, start + len(stripped), stripped)
        offset += len(raw) + 1


def _normalised(line: str) -> str:
    line = line.lstrip("#").strip().replace("’", "'")
    return " ".join(line.casefold().split())


def is_timestamp_line(line: str) -> bool:
    """Return True if ``line`` (stripped) is only a date, a time or both."""
    return _TIMESTAMP_LINE.fullmatch(line) is not None


def is_widget_line(line: str) -> bool:
    """Return True if ``line`` (stripped) is share/follow/newsletter/ad furniture or a counter."""
    return _WIDGET_LINE.fullmatch(line) is not None or _COUNTER_LINE.fullmatch(line) is not None


def reads_like_headline(line: str) -> bool:
    """Return True if ``line`` (stripped) could be a headline: short, no final period, no date."""
    words = line.split()
    return (
        2 <= len(words) <= _HEADLINE_MAX_WORDS
        and len(line) <= _HEADLINE_MAX_CHARS
        and not line.endswith(_SENTENCE_END)
        and not is_timestamp_line(line)
        and not is_widget_line(line)
        and _REACTION_HEADER.fullmatch(line) is None
    )


def _leading_marker(text: str) -> list[tuple[int, int]]:
    match = _LEADING_MARKER.match(text)
    return [] if match is None else [match.span(1)]


def _reaction_widgets(lines: list[Line]) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _REACTION_HEADER.fullmatch(line.text) is None:
            index += 1
            continue
        follower = index + 1
        while follower < len(lines) and (
            _REACTION_WORD.fullmatch(lines[follower].text)
            or _COUNTER_LINE.fullmatch(lines[follower].text)
        ):
            follower += 1
        if follower - index >= 3 or (
            follower - index >= 1 and re.search("reaction", line.text, re.I) and "?" in line.text
        ):
            found.extend((item.start, item.end) for item in lines[index:follower])
        index = max(follower, index + 1)
    return found


def find_boilerplate(text: str, *, title: str | None = None) -> tuple[tuple[int, int], ...]:
    """Return sorted ``(start, end)`` ranges of boilerplate in ``text``.

    Each range covers exactly the boilerplate, without surrounding white space. The
    first line equal to ``title`` (or any headline-like line) is kept as
    content; its repeats are boilerplate.
    """
    lines = list(lines_of(text))
    ranges = _leading_marker(text)
    ranges.extend(_reaction_widgets(lines))
    seen: set[str] = set()
    title_key = _normalised(title) if title else None
    flagged = furniture_in_context([line.text for line in lines], _furniture_flags(lines))
    for line, is_furniture in zip(lines, flagged, strict=True):
        if is_furniture:
            ranges.append((line.start, line.end))
            continue
        key = _normalised(line.text)
        if key in seen:
            ranges.append((line.start, line.end))
        elif key == title_key or reads_like_headline(line.text):
            seen.add(key)
    return tuple(sorted(set(_without_overlaps(ranges))))


def _furniture_flags(lines: list[Line]) -> list[bool]:
    """Return, line by line, whether it is furniture read alone (or a link under "Read more")."""
    flags = []
    links_left = 0  # after "Read more:" or "Most read", this many headline-like lines are links
    for line in lines:
        in_link_list = links_left > 0 and _reads_like_link(line.text)
        links_left = max(0, links_left - 1) if in_link_list else 0
        if _LINK_LIST_HEADER.fullmatch(line.text):
            links_left = _LINK_LIST_MAX
        flags.append(
            in_link_list
            or is_timestamp_line(line.text)
            or is_widget_line(line.text)
            or is_furniture_line(line.text)
        )
    return flags


def _reads_like_link(line: str) -> bool:
    """True for a linked headline in a list of links: a short line with no final full stop."""
    return len(line.split()) <= _HEADLINE_MAX_WORDS and not line.endswith(".")


def _without_overlaps(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
