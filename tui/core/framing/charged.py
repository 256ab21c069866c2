"""Charged words one source chooses and the other does not: in aligned passages (with the other
source's word for the same thing where there is one), in one-source passages, in the headlines
(always compared with each other), and terms one source puts in scare quotes that the other
uses plainly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from tui.core.framing.lexicon import Match, Word, load_lexicon
from tui.core.framing.passage import quoted
from tui.core.framing.regions import (
    Region,
    diff_regions,
    in_quotation,
    passage_words,
    quotation_ranges,
)
from tui.core.framing.valence import valence
from tui.core.framing.voice import ChargedWord, charged_matches, charged_word
from tui.core.models import Alignment, Document, FramingShift, Side, Span
from tui.core.text.headline import headline_sentence
from tui.core.text.words import is_function_word, stem, words

#: A counterpart is named when the other side's changed words are at most this many.
_COUNTERPART_MAX = 4
#: A scare-quoted term has at most this many words.
_SCARE_MAX_WORDS = 4
#: Reporting verbs that are more often nouns ("the state", "the report"): no sign of a speaker.
_NOUN_LIKE = ("state", "report", "note", "answer", "comment", "remark", "reply", "protest", "grant")
#: Verbs that introduce someone's words besides the reporting verbs of the attribution list.
_NAMING_VERBS = (
    "call",
    "described",
    "dubbed",
    "termed",
    "branded",
    "labelled",
    "promised",
    "pledged",
    "vowed",
    "hailed",
    "urged",
    "warned",
)


def _side_shift(
    side: Side, own: Span, other: Span | None, category: str, note: str, strength: float
) -> FramingShift:
    a, b = (own, other) if side == "a" else (other, own)
    return FramingShift(category, a, b, note, strength=strength, side=side)


def _found(
    document: Document,
    words: Sequence[Word],
    other: Document,
    *,
    headline: bool = False,
) -> list[tuple[Match, ChargedWord]]:
    plain = _plain_words(other.text)
    found = [
        (m, charged_word(words, m, document))
        for m in charged_matches(words, title_case=headline, plain_terms=plain)
    ]
    if headline:
        found.extend(_degree_words(document, words))
    return sorted(found, key=lambda item: item[0].first)


@lru_cache(maxsize=8)
def _plain_words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in words(text))


def _degree_words(document: Document, words: Sequence[Word]) -> list[tuple[Match, ChargedWord]]:
    """Amplifiers in a headline ("soar", "record high") frame the news as bigger."""
    found = []
    for match in load_lexicon("intensity").find(words):
        if match.entry.word_class != "amplifier":
            continue
        span = document.span(words[match.first].start, words[match.last - 1].end)
        word = ChargedWord(
            span.start, span.end, span.text, "headline", "exaggeration", 0.6, valence(span.text)
        )
        found.append((match, word))
    return found


def _one_source(
    document: Document, side: Side, sentence_ids: Sequence[int], other_doc: Document
) -> list[FramingShift]:
    other = "B" if side == "a" else "A"
    shifts = []
    for sentence_id in sentence_ids:
        words = passage_words(document, [sentence_id])
        for _, word in _found(document, words, other_doc):
            note = (
                f"{quoted(word.text)} only in {side.upper()}, in a passage {other} "
                f"does not have ({word.why()})"
            )
            span = document.span(word.start, word.end)
            shifts.append(_side_shift(side, span, None, word.category, note, word.strength))
    return shifts


def _region_of(regions: Sequence[Region], side: Side, match: Match) -> Region | None:
    for region in regions:
        first, last = (
            (region.a_first, region.a_last) if side == "a" else (region.b_first, region.b_last)
        )
        if first <= match.first and match.last <= last:
            return region
    return None


def _counterpart(
    other_doc: Document, other_words: Sequence[Word], region: Region | None, side: Side
) -> Span | None:
    if region is None:
        return None
    first, last = (
        (region.b_first, region.b_last) if side == "a" else (region.a_first, region.a_last)
    )
    while first < last and is_function_word(other_words[first].text):
        first += 1
    while last > first and is_function_word(other_words[last - 1].text):
        last -= 1
    if first >= last or last - first > _COUNTERPART_MAX:
        return None
    return other_doc.span(other_words[first].start, other_words[last - 1].end)


def _aligned(
    a: Document, b: Document, a_ids: Sequence[int], b_ids: Sequence[int]
) -> list[FramingShift]:
    a_words, b_words = passage_words(a, a_ids), passage_words(b, b_ids)
    if not a_words and not b_words:
        return []
    regions = diff_regions(a_words, b_words)
    shifts = []
    sides: tuple[tuple[Side, Document, Sequence[Word], Document, Sequence[Word]], ...] = (
        ("a", a, a_words, b, b_words),
        ("b", b, b_words, a, a_words),
    )
    for side, own_doc, own, other_doc, other in sides:
        other_stems = {w.stem for w in other}
        for match, word in _found(own_doc, own, other_doc):
            if all(w.stem in other_stems for w in own[match.first : match.last]):
                continue
            counterpart = _counterpart(other_doc, other, _region_of(regions, side, match), side)
            category = word.category
            letter, other_letter = side.upper(), ("B" if side == "a" else "A")
            if counterpart is None:
                note = (
                    f"{quoted(word.text)} only in {letter}, where {other_letter} tells the "
                    f"same passage without it ({word.why()})"
                )
            else:
                if category == "loaded":
                    category = "term_choice"
                note = (
                    f"{quoted(word.text)} in {letter}, {quoted(counterpart.text)} in "
                    f"{other_letter} ({word.why()})"
                )
            span = own_doc.span(word.start, word.end)
            shifts.append(_side_shift(side, span, counterpart, category, note, word.strength))
    return shifts


def _headlines(a: Document, b: Document, a_id: int | None, b_id: int | None) -> list[FramingShift]:
    shifts = []
    sides: tuple[tuple[Side, Document, int | None, Document, int | None], ...] = (
        ("a", a, a_id, b, b_id),
        ("b", b, b_id, a, a_id),
    )
    for side, own_doc, own_id, other_doc, other_id in sides:
        if own_id is None:
            continue
        own = passage_words(own_doc, [own_id])
        other = passage_words(other_doc, [other_id]) if other_id is not None else ()
        other_stems = {w.stem for w in other}
        other_line = other_doc.sentences[other_id].text.strip() if other_id is not None else None
        for match, word in _found(own_doc, own, other_doc, headline=True):
            if all(w.stem in other_stems for w in own[match.first : match.last]):
                continue
            letter, other_letter = side.upper(), ("B" if side == "a" else "A")
            against = (
                f"{other_letter}’s headline: {quoted(other_line)}"
                if other_line
                else f"{other_letter} has no headline"
            )
            note = f"{quoted(word.text)} in {letter}’s headline; {against} ({word.why()})"
            span = own_doc.span(word.start, word.end)
            shifts.append(
                _side_shift(side, span, None, "headline", note, min(1.0, word.strength + 0.1))
            )
    return shifts


def _plain_places(document: Document, phrase: str) -> list[tuple[int, int]]:
    """Return where ``phrase`` stands in ``document`` outside quotation marks."""
    ranges = quotation_ranges(document.text)
    pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)
    return [
        m.span()
        for m in pattern.finditer(document.text)
        if not in_quotation(ranges, m.start(), m.end())
    ]


@cache
def _reporting_stems() -> frozenset[str]:
    listed = {e.keys[0] for e in load_lexicon("attribution").entries}
    return frozenset((listed - {stem(w) for w in _NOUN_LIKE}) | {stem(w) for w in _NAMING_VERBS})


def _attributed(before: str) -> bool:
    """True when the clause before a quotation names a speaker's verb ("said they were"):
    the marks then quote someone, they do not distance the outlet from a term."""
    clause = re.split(r"[,;:—–(]", before)[-1]
    stems = _reporting_stems()
    return any(stem(w) in stems for w in words(clause))


def _scare_quotes(own_doc: Document, side: Side, other_doc: Document) -> list[FramingShift]:
    """Terms one source puts in quotation marks that the other uses plainly, or after
    "so-called"; quotations of a speaker are left out."""
    shifts = []
    letter, other_letter = side.upper(), ("B" if side == "a" else "A")
    ranges = quotation_ranges(own_doc.text)
    for sentence in own_doc.sentences:
        if sentence.boilerplate:
            continue
        for start, end in ranges:
            if not sentence.start <= start < sentence.end:
                continue
            term = own_doc.text[start + 1 : end - 1].strip()
            if (
                not term[:1].islower()
                or len(term.split()) > _SCARE_MAX_WORDS
                or term[-1:] in ".,!?;:"
            ):
                continue
            span = own_doc.span(start, end)
            before = own_doc.text[sentence.start : start].rstrip()
            if before.lower().endswith("so-called"):
                note = (
                    f"{span.text} in scare quotes after “so-called” in {letter} "
                    "(the outlet distances itself from the term)"
                )
                shifts.append(_side_shift(side, span, None, "scare_quote", note, 0.7))
                continue
            if _attributed(before):
                continue
            places = _plain_places(other_doc, term)
            if places:
                plain = other_doc.span(*places[0])
                note = (
                    f"{span.text} in quotation marks in {letter}, used plainly in "
                    f"{other_letter} ({quoted(plain.text)}): the outlet distances itself "
                    "from the term"
                )
                shifts.append(_side_shift(side, span, plain, "scare_quote", note, 0.65))
    return shifts


def charged_shifts(a: Document, b: Document, alignment: Alignment) -> list[FramingShift]:
    """Return the charged-word shifts between ``a`` and ``b``: aligned passages, one-source
    passages, the headline pair and scare quotes."""
    a_head, b_head = headline_sentence(a), headline_sentence(b)
    shifts = _headlines(a, b, a_head, b_head)
    for group in alignment.groups:
        a_ids = [i for i in group.a if i != a_head]
        b_ids = [i for i in group.b if i != b_head]
        if a_ids and b_ids:
            shifts.extend(_aligned(a, b, a_ids, b_ids))
    shifts.extend(_one_source(a, "a", [i for i in alignment.only_a if i != a_head], b))
    shifts.extend(_one_source(b, "b", [i for i in alignment.only_b if i != b_head], a))
    shifts.extend(_scare_quotes(a, "a", b))
    shifts.extend(_scare_quotes(b, "b", a))
    return shifts
