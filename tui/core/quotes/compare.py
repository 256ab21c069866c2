"""Find direct quotations and compare them across sources.

A :class:`~tui.core.models.Quote` covers the quoted words INSIDE the marks
(``text`` is the quotation itself, without its marks, surrounding white space
or the trailing comma of a reporting clause). A quotation that runs over
several paragraphs is one quote per paragraph, all with the same speaker.

Quotes of A and B are paired one to one, best pairs first: candidates come
from a cheap pass (``rapidfuzz.process.cdist`` on the folded words, plus shared
word triples and identical short quotes), then each candidate is compared word
by word. Statuses: ``same`` (identical after folding marks, case and
punctuation), ``shortened`` / ``extended`` (B quotes only part of A's quotation, or
more of it: the selective quote; ``dropped`` / ``added`` hold the words), ``altered``
(the note lists the changed words), ``only_a`` / ``only_b``. A quotation left over that is
a part of one the other source quotes in full ("independent" of "its courts are
independent") is paired with it as shortened or extended, even when that one is paired
already. Words one source quotes in another piece are neither dropped nor added: a quotation
one source interrupts with its reporting clause is the same as the other's one stretch where
every word is quoted somewhere (see :mod:`tui.core.quotes.elsewhere`). A pair attributed to
two different people says so in its note and becomes a
difference, but only when both sources name the person outright (no "he said", no body or
outlet): a wrong "attributed to someone else" costs more than a missed one.

A one- or two-word quotation that only one source has and that nobody is said to have said
(a scare quote, a term, a title) is a term, not a quotation: it stays in the list and is not
reported as a difference (framing may read it). So are, with nobody said to have said them,
a name or slogan of a few words in capitals ("Ring of Fire", signs reading "No Bus, No Job")
and a crosshead (a few quoted words alone in their paragraph); and a one-sided quotation
that its own source gives again where the other source has it (a headline's "a fresh
start") is a repeat, not reported.

(Over 400 lines on purpose: the candidate search, the pairing passes and the fragment rules
share the private ``_Found`` records and are read together; the differences are apart in
:mod:`tui.core.quotes.differences`.)
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from rapidfuzz import fuzz, process

from tui.core.models import (
    Alignment,
    Document,
    Quote,
    QuoteMatch,
    QuoteStatus,
)
from tui.core.quotes.elsewhere import discount_pieces, join_continuations
from tui.core.quotes.marks import find_quoted_spans
from tui.core.quotes.names import is_person_name, same_person
from tui.core.quotes.speakers import Attribution, attribute
from tui.core.quotes.wording import (
    QuoteWords,
    WordingComparison,
    change_phrases,
    compare_wording,
    quote_words,
    selective_phrase,
    shortened_note,
    word_runs,
)
from tui.core.text.headline import headline_sentence
from tui.core.text.words import is_function_word

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
#: Quotations two named people are said to have said pair only when this alike (base score).
_OTHER_SPEAKER_MATCH = 0.8


@dataclass(frozen=True, slots=True)
class _Found:
    quote: Quote
    attribution: Attribution
    words: QuoteWords
    sentence: int | None
    #: The quotation opens a paragraph of one left open in the paragraph before.
    continues: bool = False


def _paragraph_numbers(text: str, starts: Iterable[int]) -> list[int]:
    breaks = [match.start() for match in _PARAGRAPH_BREAK.finditer(text)]
    return [bisect.bisect_right(breaks, start) for start in starts]


def _prose_only(document: Document) -> str:
    """Return the document's text with its headline and boilerplate blanked (offsets kept)."""
    text = document.text
    headline = headline_sentence(document)
    blanks = [(s.start, s.end) for s in document.sentences if s.boilerplate or s.id == headline]
    if not blanks:
        return text
    parts = []
    position = 0
    for start, end in blanks:
        parts.append(text[position:start])
        parts.append(" " * (end - start))
        position = end
    parts.append(text[position:])
    return "".join(parts)


def _found_quotes(document: Document) -> list[_Found]:
    text = document.text
    spans = find_quoted_spans(text)
    paragraphs = _paragraph_numbers(text, (span.start for span in spans))
    attributions = attribute(text, spans, paragraphs, names_text=_prose_only(document))
    sentence_starts = [sentence.start for sentence in document.sentences]
    found = []
    for span, attribution in zip(spans, attributions, strict=True):
        quoted = text[span.start : span.end]
        index = bisect.bisect_right(sentence_starts, span.start) - 1
        sentence = document.sentences[index].id if index >= 0 else None
        quote = Quote(span.start, span.end, quoted, attribution.speaker)
        words = quote_words(quoted)
        found.append(_Found(quote, attribution, words, sentence, span.continues_previous))
    return found


def find_quotes(document: Document) -> tuple[Quote, ...]:
    """Return every direct quotation in ``document`` in reading order, with its speaker."""
    return tuple(item.quote for item in _found_quotes(document))


def is_short(words: QuoteWords) -> bool:
    """Return True for a quotation of two words or fewer (a scare quote, a term, a title)."""
    return words.size <= _SHORT


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
    long_a = [i for i, words in enumerate(words_a) if not is_short(words)]
    long_b = [j for j, words in enumerate(words_b) if not is_short(words)]
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
    if is_short(words):
        return {("short", *words.stems)}
    keys = words.keys
    return {keys[i : i + 3] for i in range(len(keys) - 2)}


def _acceptable(a: QuoteWords, b: QuoteWords, wording: WordingComparison) -> bool:
    if is_short(a) or is_short(b):
        if wording.identical or a.stems == b.stems:
            return True
        joined_a, joined_b = " ".join(a.keys), " ".join(b.keys)
        return len(a.keys) == len(b.keys) and fuzz.ratio(joined_a, joined_b) >= 90
    if wording.shortened is not None and min(len(a.keys), len(b.keys)) >= 3:
        return True
    if wording.selective is not None and min(len(a.keys), len(b.keys)) >= 3:
        return True
    return (
        wording.similarity >= 0.5
        or (wording.containment >= 0.8 and min(len(a.keys), len(b.keys)) >= 4)
        or _overlapping(a, b)
        or _same_opening(a, b)
    )


#: Words one quotation must end with and the other begin with to be two cuts of one
#: quotation ("…, but words are not enough" / "But words are not enough. Daniel has …").
_OVERLAP = 5


def _same_opening(a: QuoteWords, b: QuoteWords) -> bool:
    """Return True when two quotations open with the same ``_OVERLAP`` words or more, two not
    function words: one quotation each source ran on differently ("We didn't want to strike.
    No teacher ..." / "We didn't want to strike ... but for two years ...")."""
    size = 0
    for first, second in zip(a.keys, b.keys, strict=False):
        if first != second:
            break
        size += 1
    return size >= _OVERLAP and sum(not is_function_word(w) for w in a.keys[:size]) >= 2


def _overlapping(a: QuoteWords, b: QuoteWords) -> bool:
    """Return True when one quotation's last words are the other's first (at least
    ``_OVERLAP`` of them, two not function words): one quotation each source cut at a
    different end."""
    for first, second in ((a.keys, b.keys), (b.keys, a.keys)):
        for size in range(min(len(first), len(second)) - 1, _OVERLAP - 1, -1):
            if first[-size:] == second[:size]:
                return sum(not is_function_word(word) for word in second[:size]) >= 2
    return False


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
    if wording.shortened is not None or wording.selective is not None:
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
    """Return ``attributed to X in A, Y in B`` (or the outlets) when the sources disagree.

    Two speakers differ only when both sources name a person outright: a pronoun, a
    continued paragraph, a body or a single unexplained word is not evidence enough.
    """
    speaker_a, speaker_b = a.attribution.speaker, b.attribution.speaker
    if _different_people(a.attribution, b.attribution):
        return f"attributed to {speaker_a} in A, {speaker_b} in B"
    outlet_a, outlet_b = a.attribution.outlet, b.attribution.outlet
    if outlet_a and outlet_b and not same_person(outlet_a, outlet_b):
        return f"told to {outlet_a} in A, {outlet_b} in B"
    return ""


def _classify(
    a: _Found, b: _Found, wording: WordingComparison, *, split: bool = False
) -> QuoteMatch:
    """Return the match of two paired quotations; ``split``: the shorter one is the other's
    quotation told in pieces, so they are the same."""
    notes: list[str] = []
    status: QuoteStatus
    if wording.identical:
        status = "same"
    elif wording.selective is not None:
        status = "shortened" if wording.selective == "b" else "extended"
        notes.append(shortened_note(wording) or selective_phrase(a.words, b.words, wording))
    else:
        status = "altered"
        notes.append("; ".join(change_phrases(wording.changes)))
    # A word or two in marks attributed to two names is a term each source credits as it
    # likes ("approximate"), too little to say a quotation changed speaker.
    short = is_short(a.words) or is_short(b.words)
    attribution = "" if short else _attribution_note(a, b)
    if attribution:
        notes.append(attribution)
    if split:
        status, notes = (
            "same",
            [n for n in notes if not n.startswith(("shortened", "drops", "adds"))],
        )
    dropped, added = ((), ()) if status == "same" else (wording.dropped, wording.added)
    return QuoteMatch(status, a.quote, b.quote, "; ".join(notes), dropped, added)


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
            if base < _OTHER_SPEAKER_MATCH and _different_people(
                found_a[i].attribution, found_b[j].attribution
            ):
                continue  # two people who share a few words did not say one quotation
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
    fragments = _fragments(
        (a.text, found_a, taken_a, groups_a), (b.text, found_b, taken_b, groups_b)
    )
    matches = _in_reading_order(found_a, found_b, paired, fragments)
    quotes_a = [item.quote for item in found_a]
    quotes_b = [item.quote for item in found_b]
    matches = discount_pieces(matches, quotes_a, quotes_b)
    return join_continuations(
        matches, (quotes_a, _told_on(a.text, found_a)), (quotes_b, _told_on(b.text, found_b))
    )


def _told_on(text: str, found: list[_Found]) -> list[tuple[int, ...]]:
    """Return, for each quotation, the quotations next to it that may go on with it: by the
    same speaker (or both unnamed) in the same paragraph with little between (a reporting
    clause, see ``_SPLIT_GAP``), or in the next paragraph of one quotation."""
    joined = [False] * len(found)  # True: goes on from the one before
    for index in range(1, len(found)):
        first, second = found[index - 1], found[index]
        between = text[first.quote.end : second.quote.start]
        near = len(between) <= _SPLIT_GAP and _PARAGRAPH_BREAK.search(between) is None
        speaker = first.quote.speaker
        if second.continues:
            joined[index] = second.quote.speaker in (None, speaker)
        elif near:
            joined[index] = speaker is second.quote.speaker is None or (
                speaker is not None and same_person(speaker, second.quote.speaker)
            )
    return [
        tuple(
            other
            for other, goes_on in (
                (index - 1, joined[index]),
                (index + 1, index + 1 < len(found) and joined[index + 1]),
            )
            if goes_on
        )
        for index in range(len(found))
    ]


def _is_fragment(part: QuoteWords, whole: QuoteWords) -> bool:
    """Return True when ``part``'s words run, in order and unbroken, inside the longer ``whole``."""
    size = len(part.keys)
    if not size or size >= len(whole.keys):
        return False
    if all(is_function_word(word) for word in part.keys):
        return False
    return any(whole.keys[k : k + size] == part.keys for k in range(len(whole.keys) - size + 1))


#: Words in a row a left-over quotation must share with one of the other source's to be a
#: piece of it told with more around it.
_SHARED_RUN = 6
#: A piece of a longer quotation told with a small word changed ("Its welfare back. Its
#: future back." / "... its welfare back and its future back."): at least this many words,
#: this share of them found in order in the longer one, and one word at most not found.
_NEAR_PIECE_WORDS = 4
_NEAR_PIECE_SHARE = 0.8
_TRIPLE = 3


def _is_near_fragment(part: QuoteWords, whole: QuoteWords) -> bool:
    """Return True when nearly all of ``part``'s words, in order, are in the longer ``whole``
    (:data:`_NEAR_PIECE_SHARE`), with one word at most missing there."""
    size = len(part.keys)
    if size < _NEAR_PIECE_WORDS or size >= len(whole.keys):
        return False
    blocks = SequenceMatcher(None, part.keys, whole.keys, autojunk=False).get_matching_blocks()
    found = sum(block.size for block in blocks)
    return found >= _NEAR_PIECE_SHARE * size and size - found <= 1


def _runs(words: QuoteWords, size: int = _SHARED_RUN, content: int = 2) -> set[tuple[str, ...]]:
    """Return a quotation's runs of words (:func:`word_runs`), by default of
    :data:`_SHARED_RUN` words, two of them content words."""
    return word_runs(words, size, content)


def _run_index(
    found: list[_Found], size: int = _SHARED_RUN, content: int = 2
) -> dict[tuple[str, ...], list[int]]:
    """Return, for each run of words (:func:`_runs`), the quotations that hold it."""
    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for position, item in enumerate(found):
        for run in _runs(item.words, size, content):
            index[run].append(position)
    return index


def _sharing_runs(part: QuoteWords, index: dict[tuple[str, ...], list[int]]) -> set[int]:
    """Return the quotations of the other source that share a run of ``_SHARED_RUN`` words
    with ``part`` and are not the same words: the other source split the quotation and ran
    one piece on ("… and I just pulled the gate down and got everybody into the stockroom." /
    "I just pulled the gate down and got everybody into the stockroom. There were eleven
    of us …")."""
    return {other for run in _runs(part) for other in index.get(run, ())}


#: Words right before a quotation mark that make the quoted words a term being named.
_TERM_CUE = re.compile(r"(?:\bas|\bso-called|\bdubbed|\btermed|\bknown as|\bthe)\s*$", re.I)
_Side = tuple[str, list[_Found], set[int], list[int]]


def _is_named_term(text: str, item: _Found) -> bool:
    """Return True for a word or two in marks that the text names as a term ("as the “death
    tax”"), with nobody said to have said it."""
    if item.quote.speaker is not None or not is_short(item.words):
        return False
    return _TERM_CUE.search(text[max(0, item.quote.start - 20) : item.quote.start - 1]) is not None


def _fragments(first: _Side, second: _Side) -> list[tuple[int, int]]:
    """Return (A, B) pairs of a left-over quotation and the longer one of the other source it
    is a part of (speakers compatible; the one in an aligned sentence first). A word or two
    with no speaker pairs only within an aligned group, and never when named as a term."""
    pairs: list[tuple[int, int]] = []
    for (text, found, taken, groups), (_, others, _, other_groups), side in (
        (first, second, "a"),
        (second, first, "b"),
    ):
        runs = _run_index(others)
        triples = _run_index(others, _TRIPLE, 1)
        holding: dict[str, set[int]] = defaultdict(set)  # by word: the quotations with it
        for other, candidate in enumerate(others):
            for key in candidate.words.keys:
                holding[key].add(other)
        for index, item in enumerate(found):
            if index in taken or _is_named_term(text, item):
                continue
            # A word or two nobody is said to have said is a part of the other source's
            # quotation only where the two sentences tell the same thing.
            loose = is_short(item.words) and item.quote.speaker is None
            sharing = _sharing_runs(item.words, runs)
            near = {o for run in _runs(item.words, _TRIPLE, 1) for o in triples.get(run, ())}
            # Only a quotation holding its first word may hold it whole.
            first_word = item.words.keys[:1]
            maybe = sharing | near | (holding.get(first_word[0], set()) if first_word else set())
            wholes = [
                other
                for other, candidate in ((other, others[other]) for other in sorted(maybe))
                if (
                    # the same quotation again is a repeat, told once more
                    (other in sharing and candidate.words.keys != item.words.keys)
                    or _is_fragment(item.words, candidate.words)
                    or (
                        # near, with a word changed: only when one person said both
                        other in near
                        and same_person(item.quote.speaker, candidate.quote.speaker)
                        and _is_near_fragment(item.words, candidate.words)
                    )
                )
                and not _different_people(item.attribution, candidate.attribution)
                and (not loose or other_groups[other] == groups[index])
            ]
            if not wholes:
                continue
            best = min(wholes, key=lambda other: (other_groups[other] != groups[index], other))
            pairs.append((index, best) if side == "a" else (best, index))
    return pairs


def _different_people(first: Attribution, second: Attribution) -> bool:
    """Return True when two attributions name two different people outright."""
    return (
        first.speaker is not None
        and second.speaker is not None
        and first.explicit
        and second.explicit
        and is_person_name(first.speaker)
        and is_person_name(second.speaker)
        and not same_person(first.speaker, second.speaker)
    )


#: Two quotations of one source this close (characters between them) may be one quotation
#: the other source gives in one piece.
_SPLIT_GAP = 160


def _told_in_pieces(found: list[_Found], index: int, whole: QuoteWords) -> bool:
    """Return True when ``whole`` is quotation ``index`` of ``found`` together with its
    neighbours (one quotation the source split with a reporting clause between)."""
    keys = found[index].words.keys
    if index > 0 and found[index].quote.start - found[index - 1].quote.end <= _SPLIT_GAP:
        keys = found[index - 1].words.keys + keys
    if (
        index + 1 < len(found)
        and found[index + 1].quote.start - found[index].quote.end <= _SPLIT_GAP
    ):
        keys = keys + found[index + 1].words.keys
    size = len(whole.keys)
    return any(keys[k : k + size] == whole.keys for k in range(len(keys) - size + 1))


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
    fragments: list[tuple[int, int]],
) -> tuple[QuoteMatch, ...]:
    """Return the matches in A's order, each B-only quote after the pair that precedes it in B."""
    keyed: list[tuple[tuple[int, int, int], QuoteMatch]] = []
    a_position_of_b: dict[int, int] = {}
    fragment_a = {i for i, _ in fragments}

    def classify(i: int, j: int, wording: WordingComparison) -> QuoteMatch:
        split = (wording.selective == "a" and _told_in_pieces(found_a, i, found_b[j].words)) or (
            wording.selective == "b" and _told_in_pieces(found_b, j, found_a[i].words)
        )
        return _classify(found_a[i], found_b[j], wording, split=split)

    for i, j in fragments:
        a_position_of_b.setdefault(j, i)
        keyed.append(
            ((i, 0, j), classify(i, j, compare_wording(found_a[i].words, found_b[j].words)))
        )
    for i, item in enumerate(found_a):
        if i in paired:
            j, wording = paired[i]
            a_position_of_b[j] = i
            keyed.append(((i, 0, j), classify(i, j, wording)))
        elif i not in fragment_a:
            keyed.append(((i, 0, -1), QuoteMatch("only_a", item.quote, None)))
    previous_a = -1
    for j, item in enumerate(found_b):
        if j in a_position_of_b:
            previous_a = a_position_of_b[j]
        else:
            keyed.append(((previous_a, 1, j), QuoteMatch("only_b", None, item.quote)))
    keyed.sort(key=lambda entry: entry[0])
    return tuple(match for _, match in keyed)
