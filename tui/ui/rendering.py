"""Turn core results into styled text, never into markup strings.

Article text is data: it is only ever placed into :class:`rich.text.Text` or
:class:`rich.segment.Segment` as plain text, with styles attached by span, so a
source containing ``[Lee]`` or ``[bold]`` shows exactly that.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from tui.core.kinds import row_label
from tui.core.models import Difference
from tui.core.report.passages import Passage

#: Control characters drawn as visible symbols (one cell each, so offsets stay put).
_CONTROL_PICTURES: dict[int, str] = {
    **{code: chr(0x2400 + code) for code in range(0x20) if code != 0x0A},
    0x09: " ",
    0x7F: "\u2421",
    **{code: "\ufffd" for code in range(0x80, 0xA0)},
}


def printable(text: str) -> str:
    """Return ``text`` with tabs as spaces and control characters as visible symbols."""
    return text.translate(_CONTROL_PICTURES)


DETAIL_STYLES: dict[str, Style] = {
    "label": Style(bold=True),
    "span": Style(bold=True, underline=True),
    "changed": Style(underline=True, italic=True),
    "dim": Style(dim=True),
}


def kind_label(difference: Difference) -> str:
    """Return the short label of a difference's kind for the list ("only A", "quote", …)."""
    return row_label(difference.kind, side="a" if difference.a is not None else "b")


def passage_text(passage: Passage) -> Text:
    """Return a passage as plain text with its focus and changed words marked.

    The focus (the difference's own span within its sentences) is bold and underlined
    when it is not the whole passage; the changed words are underlined in italics.
    """
    text = Text(printable(passage.text), no_wrap=False)
    if passage.focus != (0, len(passage.text)):
        text.stylize(DETAIL_STYLES["span"], *passage.focus)
    for start, end in passage.changes:
        text.stylize(DETAIL_STYLES["changed"], start, end)
    return text
