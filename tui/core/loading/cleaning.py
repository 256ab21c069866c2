"""Make decoded text safe to show in a terminal, without otherwise rewriting it.

Line ends become ``\\n``; terminal escape sequences (CSI, OSC, DCS and the
like) are removed whole (an OSC or DCS that is never terminated loses only its
introducer and command number: the text after it is kept); control characters
(C0 except newline and tab, DEL, C1) and the bidirectional override and isolate
controls, which can disguise text in a terminal, are removed; tabs become single
spaces. :func:`visible_controls` writes control characters out instead, for
messages and reports that name files, URLs or notes. Letters of every
script, emoji, no-break spaces and zero-width characters are kept.
"""

from __future__ import annotations

import re

# ESC-introduced sequences, and their single-byte C1 forms (U+009B CSI, U+009D OSC, ...).
_ESCAPE_SEQUENCE = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[\x20-/]*[@-~]?          # CSI ... final byte (e.g. colours, cursor moves)
    | (?:\x1b[\]PX^_]|[\x9d\x90\x98\x9e\x9f])     # OSC, DCS, SOS, PM, APC ...
      [^\x07\x1b\x9c\n]{0,4096}(?:\x07|\x1b\\|\x9c)   # ... up to BEL or ST
    | (?:\x1b[\]PX^_]|[\x9d\x90\x98\x9e\x9f])     # unterminated: the introducer, the command
      (?:8;[^;\s]*;[^\s\x07\x1b\x9c]*|[0-9]{1,4};)?  # number (a link's URI too), not the text
    | \x1b[\x20-/]*[0-~]                          # two-byte and nF escapes (ESC c, ESC ( B, ...)
    """,
    re.VERBOSE,
)

_C1_INTRODUCER = re.compile(r"[\x90\x98\x9b\x9d\x9e\x9f]")

_LINE_BREAK = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")

# C0 controls except tab and newline, DEL, C1 controls, bidi embeddings/overrides/isolates.
_UNSAFE_CHARACTER = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


# What ``visible_controls`` escapes: C0 controls, DEL, C1 controls, bidi overrides/isolates.
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def visible_controls(text: str, *, keep: str = "", json_style: bool = False) -> str:
    """Return ``text`` with every control character written out visibly (``\\x1b``, ``\\n``).

    Characters in ``keep`` (e.g. ``"\\n\\t"`` for a report) are left as they are. A name
    with a newline in it stays one line. ``json_style`` writes ``\\u001b``, which is
    also a valid escape inside a JSON string.
    """

    def escape(match: re.Match[str]) -> str:
        char = match.group()
        if char in keep:
            return char
        code = ord(char)
        if json_style:
            return f"\\u{code:04x}"
        if char in _NAMED:
            return _NAMED[char]
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _INVISIBLE.sub(escape, text)


_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def normalise_line_ends(text: str) -> str:
    """Return ``text`` with CRLF, CR and other line or page breaks turned into ``\\n``."""
    return _LINE_BREAK.sub("\n", text)


def strip_escape_sequences(text: str) -> str:
    """Return ``text`` without terminal escape sequences (each removed whole)."""
    if "\x1b" not in text and _C1_INTRODUCER.search(text) is None:
        return text
    return _ESCAPE_SEQUENCE.sub("", text)


def clean_text(text: str) -> str:
    """Return ``text`` safe for a terminal: ``\\n`` line ends, no escapes or control characters.

    Tabs become single spaces. Nothing else is changed, so offsets into the
    result are offsets into the text the user sees.
    """
    text = normalise_line_ends(text)
    text = strip_escape_sequences(text)
    text = _UNSAFE_CHARACTER.sub("", text)
    return text.replace("\t", " ")
