"""The quote differences a journalist steps through: one per quotation altered, cut short,
extended, told by one source only or given to another speaker, with a one-line summary.
"""

from __future__ import annotations

import re

from tui.core.models import Difference, Document, Finding, Quote, QuoteMatch, difference_id
from tui.core.quotes.compare import is_short
from tui.core.quotes.speakers import REPORTING_VERBS as _REPORTING_VERBS
from tui.core.quotes.wording import (
    change_phrases,
    compare_wording,
    quote_words,
    selective_phrase,
)

_SUMMARY_QUOTE = 90


def _shown(quote: Quote) -> str:
    text = " ".join(quote.text.split())
    if len(text) > _SUMMARY_QUOTE:
        text = text[: _SUMMARY_QUOTE - 1].rstrip() + "…"
    return f"“{text}”"


def _summary(match: QuoteMatch, wording_note: str) -> str:
    quote = match.a or match.b
    assert quote is not None
    speaker = match.a.speaker if match.a and match.a.speaker else None
    speaker = speaker or (match.b.speaker if match.b else None)
    who = f" ({speaker})" if speaker else ""
    if match.status == "only_a":
        return f"Quote only in A{who}: {_shown(quote)}"
    if match.status == "only_b":
        return f"Quote only in B{who}: {_shown(quote)}"
    if match.status == "altered":
        return f"Quote altered{who}: {wording_note}"
    if match.status in ("shortened", "extended"):
        return f"Quote {match.status} in B{who}: {wording_note}"
    return f"Quote {wording_note}: {_shown(quote)}"


def _summary_note(a: Document, b: Document, match: QuoteMatch) -> str:
    assert match.a is not None and match.b is not None
    found_a = quote_words(match.a.text)
    found_b = quote_words(match.b.text)
    wording = compare_wording(found_a, found_b)
    parts: list[str] = []
    if match.status == "altered":
        parts.append(", ".join(change_phrases(wording.changes, limit=4, name_side=False)))
    elif match.status in ("shortened", "extended"):
        parts.append(selective_phrase(found_a, found_b, wording))
    attributed = [note for note in match.note.split("; ") if note.startswith("attributed to")]
    if attributed:
        parts.append(attributed[0])
    elif match.status == "same" and "told to" in match.note:
        parts.append(match.note.rsplit("; ", 1)[-1])
    return "; ".join(parts)


_REPORTED = re.compile(rf"\b(?:{_REPORTING_VERBS})\b")
_CLAUSE_START = re.compile(r"[.!?…][”\"’']?\s+|\n")


def _is_term(document: Document, quote: Quote) -> bool:
    """Return True for a word or two in marks that nobody is said to have said: no speaker,
    and no reporting verb earlier in its sentence ("it has said Lee's approach of “practical
    diplomacy”" is a quotation; "the “wall”" is a term)."""
    if quote.speaker is not None or not is_short(quote_words(quote.text)):
        return False
    before = document.text[max(0, quote.start - 300) : quote.start]
    starts = list(_CLAUSE_START.finditer(before))
    sentence = before[starts[-1].end() :] if starts else before
    return _REPORTED.search(sentence) is None


def quote_differences(
    a: Document, b: Document, matches: tuple[QuoteMatch, ...]
) -> tuple[Difference, ...]:
    """Return a ``quote`` difference for each altered, one-sided or differently attributed quote."""
    differences = []
    for index, match in enumerate(matches):
        attributed = "attributed to" in match.note or "told to" in match.note
        if match.status == "same" and not attributed:
            continue
        if (match.status == "only_a" and match.a and _is_term(a, match.a)) or (
            match.status == "only_b" and match.b and _is_term(b, match.b)
        ):
            continue
        note = _summary_note(a, b, match) if match.a and match.b else ""
        span_a = a.span(match.a.start, match.a.end) if match.a else None
        span_b = b.span(match.b.start, match.b.end) if match.b else None
        differences.append(
            Difference(
                id=difference_id("quote", span_a, span_b),
                kind="quote",
                a=span_a,
                b=span_b,
                summary=_summary(match, note),
                detail=match.note,
                finding=Finding("quotes", index),
            )
        )
    return tuple(differences)
