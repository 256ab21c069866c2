"""Find direct quotations and compare them across sources.

A :class:`~tui.core.models.Quote` covers the quoted words INSIDE the marks
(``text`` is the quotation itself, without its marks, surrounding white space
or the trailing comma of a reporting clause). A quotation that runs over
several paragraphs is one quote per paragraph, all with the same speaker.

Quotes of A and B are paired one to one, best pairs first: candidates come
from a cheap pass (``rapidfuzz.process.cdist`` on the folded words, plus shared
word triples and identical short quotes), then each candidate is compared word
by word. Statuses: ``same`` (identical after folding marks, case and
punctuation, or merely shortened — the note says so), ``altered`` (the note
lists the changed words), ``only_a`` / ``only_b``. A pair attributed to
different speakers or outlets says so in its note and becomes a difference.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from tui.core.models import (
    Alignment,
    Difference,
    Document,
    Finding,
    Quote,
    QuoteMatch,
    difference_id,
)
from tui.core.quotes.marks import find_quoted_spans
from tui.core.quotes.speakers import Attribution, attribute, same_person
from tui.core.quotes.wording import (
    QuoteWords,
    WordingComparison,
    change_phrases,
    compare_wording,
    quote_words,
    shortened_note,
)

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SHORT = 2  # quotes of this many words or fewer are scare quotes
_PREFILTER_CUTOFF = 50.0
_COMMON_TRIPLE = 40  # a word triple in more distinct quotes than this says nothing about a pair
#: Above this many (distinct long quotes in A) x (in B), the all-against-all ``cdist`` prefilter
#: is skipped and shared rare word triples alone propose candidates (book-length input).
_CDIST_LIMIT = 1_000_000
#: Two quotations occurring so often that pairing every occurrence with every other would
#: exceed this many pairs are paired by rank and aligned group instead (see _instance_pairs).
_FULL_PRODUCT = 256
_RANK_WINDOW = 4
_GROUP_CAP = 16
_ALIGNED_BONUS = 0.05
_SPEAKER_BONUS = 0.03
_SUMMARY_QUOTE = 90


@dataclass(frozen=True, slots=True)
class _Found:
    quote: Quote
    attribution: Attribution
    words: QuoteWords
    sentence: int | None


def _paragraph_numbers(text: str, starts: Iterable[int]) -> list[int]:
    breaks = [match.start() for match in _PARAGRAPH_BREAK.finditer(text)]
    return [bisect.bisect_right(breaks, start) for start in starts]


def _found_quotes(document: Document) -> list[_Found]:
    text = document.text
    spans = find_quoted_spans(text)
    paragraphs = _paragraph_numbers(text, (span.start for span in spans))
    attributions = attribute(text, spans, paragraphs)
    sentence_starts = [sentence.start for sentence in document.sentences]
    found = []
    for span, attribution in zip(spans, attributions, strict=True):
        quoted = text[span.start : span.end]
        index = bisect.bisect_right(sentence_starts, span.start) - 1
        sentence = document.sentences[index].id if index >= 0 else None
        quote = Quote(span.start, span.end, quoted, attribution.speaker)
        found.append(_Found(quote, attribution, quote_words(quoted), sentence))
    return found


def find_quotes(document: Document) -> tuple[Quote, ...]:
    """Return every direct quotation in ``document`` in reading order, with its speaker."""
    return tuple(item.quote for item in _found_quotes(document))


def _is_short(words: QuoteWords) -> bool:
    return len(words.keys) <= _SHORT


def _candidate_classes(
    words_a: list[QuoteWords], words_b: list[QuoteWords]
) -> set[tuple[int, int]]:
    """Return pairs of distinct quotations (class indexes) worth comparing word by word.

    A cheap, generous prefilter: ``cdist`` over the folded words of the long quotations
    (skipped when both sides hold so many distinct quotations that the full matrix would
    dominate, see ``_CDIST_LIMIT``), plus quotations sharing a word triple that few
    quotations use, plus identical short quotes.
    """
    pairs: set[tuple[int, int]] = set()
    long_a = [i for i, words in enumerate(words_a) if not _is_short(words)]
    long_b = [j for j, words in enumerate(words_b) if not _is_short(words)]
    if long_a and long_b and len(long_a) * len(long_b) <= _CDIST_LIMIT:
        scores = process.cdist(
            [" ".join(words_a[i].keys) for i in long_a],
            [" ".join(words_b[j].keys) for j in long_b],
            scorer=fuzz.ratio,
            score_cutoff=_PREFILTER_CUTOFF,
            dtype="uint8",
            workers=-1,
        )
        for row, column in zip(*scores.nonzero(), strict=True):
            pairs.add((long_a[int(row)], long_b[int(column)]))
    index: dict[tuple[str, ...], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for side, classes in enumerate((words_a, words_b)):
        for position, words in enumerate(classes):
            for key in _keys(words):
                index[key][side].append(position)
    for in_a, in_b in index.values():
        if len(in_a) <= _COMMON_TRIPLE and len(in_b) <= _COMMON_TRIPLE:
            pairs.update((i, j) for i in in_a for j in in_b)
    return pairs


def _keys(words: QuoteWords) -> set[tuple[str, ...]]:
    """Return the index keys of a quote: its stems if short, else its word triples."""
    if _is_short(words):
        return {("short", *words.stems)}
    keys = words.keys
    return {keys[i : i + 3] for i in range(len(keys) - 2)}


def _acceptable(a: QuoteWords, b: QuoteWords, wording: WordingComparison) -> bool:
    if _is_short(a) or _is_short(b):
        if wording.identical or a.stems == b.stems:
            return True
        joined_a, joined_b = " ".join(a.keys), " ".join(b.keys)
        return len(a.keys) == len(b.keys) and fuzz.ratio(joined_a, joined_b) >= 90
    if wording.shortened is not None and min(len(a.keys), len(b.keys)) >= 3:
        return True
    return wording.similarity >= 0.5 or (
        wording.containment >= 0.8 and min(len(a.keys), len(b.keys)) >= 4
    )


def _group_of_sentence(alignment: Alignment) -> tuple[dict[int, int], dict[int, int]]:
    in_a: dict[int, int] = {}
    in_b: dict[int, int] = {}
    for number, group in enumerate(alignment.groups):
        in_a.update((sid, number) for sid in group.a)
        in_b.update((sid, number) for sid in group.b)
    return in_a, in_b


def _base_score(wording: WordingComparison) -> float:
    """Return how well two quotations' words agree (before the alignment and speaker bonuses)."""
    score = wording.similarity
    if wording.shortened is not None:
        score = max(score, 0.9 * wording.containment)
    return score


def _sentence_groups(found: list[_Found], of_sentence: dict[int, int], missing: int) -> list[int]:
    """Return the aligned group number of each quote's sentence (``missing`` when none)."""
    return [
        of_sentence.get(item.sentence, missing) if item.sentence is not None else missing
        for item in found
    ]


def _instance_pairs(
    in_a: list[int], in_b: list[int], groups_a: list[int], groups_b: list[int]
) -> Iterable[tuple[int, int]]:
    """Return the (A, B) quote pairs of two distinct quotations that may pair.

    Every pair when the two quotations occur only a few times; otherwise (the same words
    quoted over and over, as in a book or a pathological file) each occurrence in A meets
    the occurrences of B of nearby rank (``_RANK_WINDOW`` either side: the one-to-one
    assignment pairs the n-th with the n-th unless something else took it) and those in
    its own aligned group. This bounds the pairs at a few per occurrence instead of the
    product of the counts.
    """
    if len(in_a) * len(in_b) <= _FULL_PRODUCT:
        return [(i, j) for i in in_a for j in in_b]
    by_group: dict[int, list[int]] = defaultdict(list)
    for j in in_b:
        by_group[groups_b[j]].append(j)
    pairs: set[tuple[int, int]] = set()
    for rank, i in enumerate(in_a):
        window = in_b[max(0, rank - _RANK_WINDOW) : rank + _RANK_WINDOW + 1]
        pairs.update((i, j) for j in window)
        pairs.update((i, j) for j in by_group.get(groups_a[i], ())[:_GROUP_CAP])
    return pairs


def _attribution_note(a: _Found, b: _Found) -> str:
    """Return ``attributed to X in A, Y in B`` (or the outlets) when the sources disagree."""
    speaker_a, speaker_b = a.attribution.speaker, b.attribution.speaker
    if speaker_a and speaker_b and not same_person(speaker_a, speaker_b):
        return f"attributed to {speaker_a} in A, {speaker_b} in B"
    outlet_a, outlet_b = a.attribution.outlet, b.attribution.outlet
    if outlet_a and outlet_b and not same_person(outlet_a, outlet_b):
        return f"told to {outlet_a} in A, {outlet_b} in B"
    return ""


def _classify(a: _Found, b: _Found, wording: WordingComparison) -> QuoteMatch:
    notes: list[str] = []
    if wording.identical:
        status = "same"
    elif wording.shortened is not None:
        status = "same"
        notes.append(shortened_note(wording))
    else:
        status = "altered"
        notes.append("; ".join(change_phrases(wording.changes)))
    attribution = _attribution_note(a, b)
    if attribution:
        notes.append(attribution)
    return QuoteMatch(status, a.quote, b.quote, "; ".join(notes))  # type: ignore[arg-type]


def compare_quotes(a: Document, b: Document, alignment: Alignment) -> tuple[QuoteMatch, ...]:
    """Return the quotations of both sources paired one to one and classified, in reading order.

    The alignment only breaks ties (quotes in aligned sentences pair first);
    pairing works without it.
    """
    found_a, found_b = _found_quotes(a), _found_quotes(b)
    in_group_a, in_group_b = _group_of_sentence(alignment)
    groups_a = _sentence_groups(found_a, in_group_a, -1)
    groups_b = _sentence_groups(found_b, in_group_b, -2)
    classes_a = _classes(found_a)
    classes_b = _classes(found_b)
    words_a, words_b = list(classes_a), list(classes_b)
    scored: list[tuple[float, int, int, WordingComparison]] = []
    for first, second in _candidate_classes(words_a, words_b):
        wording = compare_wording(words_a[first], words_b[second])
        if not _acceptable(words_a[first], words_b[second], wording):
            continue
        base = _base_score(wording)
        in_a, in_b = classes_a[words_a[first]], classes_b[words_b[second]]
        for i, j in _instance_pairs(in_a, in_b, groups_a, groups_b):
            score = base
            if groups_a[i] == groups_b[j]:
                score += _ALIGNED_BONUS
            if same_person(found_a[i].quote.speaker, found_b[j].quote.speaker):
                score += _SPEAKER_BONUS
            scored.append((score, i, j, wording))
    scored.sort(key=lambda item: (-item[0], item[1], item[2]))
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    paired: dict[int, tuple[int, WordingComparison]] = {}
    for _, i, j, wording in scored:
        if i not in taken_a and j not in taken_b:
            taken_a.add(i)
            taken_b.add(j)
            paired[i] = (j, wording)
    return _in_reading_order(found_a, found_b, paired)


def _classes(found: list[_Found]) -> dict[QuoteWords, list[int]]:
    """Return the quotes grouped by their words (equal quotations compared once), in order."""
    classes: dict[QuoteWords, list[int]] = defaultdict(list)
    for index, item in enumerate(found):
        classes[item.words].append(index)
    return classes


def _in_reading_order(
    found_a: list[_Found],
    found_b: list[_Found],
    paired: dict[int, tuple[int, WordingComparison]],
) -> tuple[QuoteMatch, ...]:
    """Return the matches in A's order, each B-only quote after the pair that precedes it in B."""
    keyed: list[tuple[tuple[int, int, int], QuoteMatch]] = []
    a_position_of_b: dict[int, int] = {}
    for i, item in enumerate(found_a):
        if i in paired:
            j, wording = paired[i]
            a_position_of_b[j] = i
            keyed.append(((i, 0, j), _classify(item, found_b[j], wording)))
        else:
            keyed.append(((i, 0, -1), QuoteMatch("only_a", item.quote, None)))
    previous_a = -1
    for j, item in enumerate(found_b):
        if j in a_position_of_b:
            previous_a = a_position_of_b[j]
        else:
            keyed.append(((previous_a, 1, j), QuoteMatch("only_b", None, item.quote)))
    keyed.sort(key=lambda entry: entry[0])
    return tuple(match for _, match in keyed)


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
    return f"Quote {wording_note}: {_shown(quote)}"


def _summary_note(a: Document, b: Document, match: QuoteMatch) -> str:
    assert match.a is not None and match.b is not None
    found_a = quote_words(match.a.text)
    found_b = quote_words(match.b.text)
    wording = compare_wording(found_a, found_b)
    parts: list[str] = []
    if match.status == "altered":
        parts.append(", ".join(change_phrases(wording.changes, limit=4, name_side=False)))
    speaker_a, speaker_b = match.a.speaker, match.b.speaker
    if speaker_a and speaker_b and not same_person(speaker_a, speaker_b):
        parts.append(f"attributed to {speaker_a} in A, {speaker_b} in B")
    elif match.status == "same" and "told to" in match.note:
        parts.append(match.note.rsplit("; ", 1)[-1])
    return "; ".join(parts)


def quote_differences(
    a: Document, b: Document, matches: tuple[QuoteMatch, ...]
) -> tuple[Difference, ...]:
    """Return a ``quote`` difference for each altered, one-sided or differently attributed quote."""
    differences = []
    for index, match in enumerate(matches):
        attributed = "attributed to" in match.note or "told to" in match.note
        if match.status == "same" and not attributed:
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
