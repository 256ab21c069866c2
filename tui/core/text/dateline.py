"""The dateline that opens a wire or newspaper story ("VELDHAVEN, Nov 14 - ...", "RAS DAHAB,
March 8 — ...", "LONDON, Oct. 14 (Reuters) - ..."): the place in capitals and the day the
story was filed. The day is the filing stamp, not a fact of the story."""

from __future__ import annotations

import re

_DATELINE = re.compile(
    r"[A-Z][A-Z'’.\-]+(?:[^\S\n]+[A-Z][A-Z'’.\-]+)*"  # the place, in capitals
    r"(?:,[^\S\n]+[A-Z][\w.’'\-]*(?:[^\S\n]+[A-Z][\w.’'\-]*)*)?"  # a region or country
    r",?[^\S\n]+(?:\([^()\n]{1,30}\)[^\S\n]+)?"  # an agency in brackets
    r"(?P<date>[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2}(?:,[^\S\n]+\d{4})?)"  # the day
    r"(?:[^\S\n]+\([^()\n]{1,30}\))?[^\S\n]*[-—–]"
)


def dateline_date(sentence: str) -> tuple[int, int] | None:
    """Return where the filing day of a dateline opening ``sentence`` stands (offsets into
    it), or None when the sentence opens with no dated dateline."""
    found = _DATELINE.match(sentence)
    return found.span("date") if found else None
