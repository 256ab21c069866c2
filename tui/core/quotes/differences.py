"""The quote differences a journalist steps through: one per quotation altered, cut short,
extended, told by one source only or given to another speaker, with a one-line summary.
"""

from __future__ import annotations

import re
from collections import defaultdict

from tui.core.models import Difference, Document, Finding, Quote, QuoteMatch, difference_id
from tui.core.quotes.compare import is_short
from tui.core.quotes.speakers import REPORTING_VERBS as _REPORTING_VERBS
from tui.core.quotes.wording import (
    QuoteWords,
    change_phrases,
    compare_wording,
    quote_words,
    selective_phrase,
)
from tui.core.text.words import is_function_word

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
    if (match.dropped, match.added) != (wording.dropped, wording.added):
        # what the other source quotes in another piece was taken out of the changes
        parts.append(match.note.split("; ", 1)[0])
    elif match.status == "altered":
        parts.append(", ".join(change_phrases(wording.changes, limit=4, name_side=False)))
    elif match.status in ("shortened", "extended"):
        parts.append(selective_phrase(found_a, found_b, wording))
    attributed = [note for note in match.note.split("; ") if note.startswith("attributed to")]
    if attributed:
        parts.append(attributed[0])
    elif match.status == "same" and "told to" in match.note:
        parts.append(match.note.rsplit("; ", 1)[-1])
    return "; ".join(parts)


#: A reporting verb ("called"), not part of a compound ("so-called").
_REPORTED = re.compile(rf"(?<![\w-])(?:{_REPORTING_VERBS})\b")
_CLAUSE_START = re.compile(r"[.!?…][”\"’']?\s+|\n")


#: Words right before a quotation mark that name the quoted words as a term, whatever
#: verb the sentence has ("charities claimed … so-called ‘pull factors’").
_TERM_CUE = re.compile(r"\b(?:so-called|dubbed|termed|nicknamed|known as)\s*$", re.IGNORECASE)
#: A name or slogan in marks is at most this many words ("the Pacific “Ring of Fire”").
_NAME_WORDS = 4
#: A title in capitals (a bill's, a report's, a book's) is at most this many words
#: ("Restoring Opportunity for American Workers").
_TITLE_WORDS = 7
_CAPITALISED = re.compile(r"[A-Z0-9]")


def _is_term(document: Document, quote: Quote) -> bool:
    """Return True for words in marks that nobody is said to have said: a word or two with
    no reporting verb earlier in its sentence ("it has said Lee's approach of “practical
    diplomacy”" is a quotation; "the “wall”" is a term), a word or two named as a term
    ("so-called"), a name or slogan in
    capitals ("Ring of Fire", signs reading "No Bus, No Job") or a crosshead (a paragraph
    of a few quoted words and nothing else)."""
    words = quote_words(quote.text)
    text = document.text
    before = text[max(0, quote.start - 300) : quote.start]
    short = is_short(words)
    if short and _TERM_CUE.search(before[:-1]) is not None:
        return True
    if quote.speaker is not None:
        return short and not _said_here(text, quote, before[:-1])
    title = len(words.keys) <= _TITLE_WORDS and not quote.text.isupper()  # shouted: said
    if (len(words.keys) <= _NAME_WORDS or title) and _in_capitals(words):
        return True
    if len(words.keys) <= _NAME_WORDS and _whole_paragraph(text, quote):
        return True
    if not short:
        return False
    starts = list(_CLAUSE_START.finditer(before))
    sentence = before[starts[-1].end() :] if starts else before
    return _REPORTED.search(sentence) is None


#: A reporting clause right after a quotation's closing mark: ``,” she said``, ``!” said X``.
_CLAUSE_AFTER = re.compile(
    rf"^(?:[,!?]?[”\"’'»]|[”\"’'»][,!?]?)[ \t]*(?:[\w’'.-]+[ \t]+){{0,4}}?"
    rf"(?:{_REPORTING_VERBS})\b"
)
_CLOSING = re.compile(r"[”»\"]")
_SENTENCE_END = re.compile(r"[.!?…][”\"’']?\s|\n")
_LEADING_CLAUSE = re.compile(
    rf"^[\s,]*(?:(?:{_REPORTING_VERBS})\b[^,.;]*|[^,.;]*?\b(?:{_REPORTING_VERBS})\b)"
)
#: A reporting verb, or its -ing form that carries speech on ("..., adding that ...").
_SPEECH = re.compile(
    rf"(?<![\w-])(?:{_REPORTING_VERBS}|adding|saying|calling|describing|insisting|warning|"
    r"noting|arguing|claiming|describing|telling)\b"
)


def _said_here(text: str, quote: Quote, before: str) -> bool:
    """Return True when a word or two in marks is itself said by someone: a reporting verb
    follows it in its sentence, or one stands before it in the sentence and not only in the
    reporting clause of an earlier quotation (``“…,” said Priya Raman, who rates the stock
    “buy”`` is a rating, not her words; ``said it was “aware” and would be “making
    enquiries”`` are both said)."""
    after = text[quote.end : quote.end + 300]
    if _CLAUSE_AFTER.match(after):
        return True
    stop = _SENTENCE_END.search(after)
    if _SPEECH.search(after[: stop.start()] if stop else after):
        return True  # "… a “constructive” role in achieving “…”, Wi added."
    starts = list(_CLAUSE_START.finditer(before))
    sentence = before[starts[-1].end() :] if starts else before
    closings = list(_CLOSING.finditer(sentence))
    if closings and _CLAUSE_AFTER.match(sentence[closings[-1].start() :]):
        # the earlier quotation's own reporting clause speaks for it, not for this one
        sentence = _LEADING_CLAUSE.sub("", sentence[closings[-1].end() :], count=1)
    return _SPEECH.search(sentence) is not None


def _in_capitals(words: QuoteWords) -> bool:
    """Return True when every word of more than three letters starts with a capital, and at
    least two words do ("Ring of Fire", "No Bus, No Job"): a name, a title or a slogan."""
    long_words = [word for word in words.shown if len(word) > 3 or word[:1].isupper()]
    capitals = [word for word in long_words if _CAPITALISED.match(word)]
    return len(capitals) >= 2 and len(capitals) == len(long_words)


def _whole_paragraph(text: str, quote: Quote) -> bool:
    """Return True when the quoted words, without a closing full stop, are their paragraph
    ("‘Lessons will be learned’" between two paragraphs: a crosshead)."""
    if quote.text.rstrip()[-1:] in ".!?…":
        return False
    line_start = text.rfind("\n", 0, quote.start) + 1
    line_end = text.find("\n", quote.end)
    line_end = len(text) if line_end < 0 else line_end
    around = text[line_start : quote.start] + text[quote.end : line_end]
    return not any(char.isalnum() for char in around)


def _content_runs(paired: list[tuple[str, ...]]) -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Return where each content word of the paired quotations stands: for each word, the
    content words of each quotation it is in, with its place there."""
    runs: dict[str, list[tuple[tuple[str, ...], int]]] = defaultdict(list)
    for whole in paired:
        content = tuple(key for key in whole if not is_function_word(key))
        for place, key in enumerate(content):
            runs[key].append((content, place))
    return runs


def _told_again(quote: Quote, runs: dict[str, list[tuple[tuple[str, ...], int]]]) -> bool:
    """Return True when a one-sided quotation's content words run, in order, inside a
    quotation its source gives again and the other source pairs ("a fresh start" in A's
    headline, A's "fresh start" paired with B's): a repeat, not a quotation B lacks.
    ``runs`` are the paired quotations' content words (:func:`_content_runs`)."""
    keys = tuple(key for key in quote_words(quote.text).keys if not is_function_word(key))
    if not keys:
        return False
    size = len(keys)
    return any(content[k : k + size] == keys for content, k in runs.get(keys[0], ()))


def quote_differences(
    a: Document, b: Document, matches: tuple[QuoteMatch, ...]
) -> tuple[Difference, ...]:
    """Return a ``quote`` difference for each altered, one-sided or differently attributed quote."""
    differences = []
    paired_a = _content_runs([quote_words(m.a.text).keys for m in matches if m.a and m.b])
    paired_b = _content_runs([quote_words(m.b.text).keys for m in matches if m.a and m.b])
    for index, match in enumerate(matches):
        attributed = "attributed to" in match.note or "told to" in match.note
        if match.status == "same" and not attributed:
            continue
        if (match.status == "only_a" and match.a and _is_term(a, match.a)) or (
            match.status == "only_b" and match.b and _is_term(b, match.b)
        ):
            continue
        if (match.status == "only_a" and match.a and _told_again(match.a, paired_a)) or (
            match.status == "only_b" and match.b and _told_again(match.b, paired_b)
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
