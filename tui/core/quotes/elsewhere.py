"""Words a source quotes in another piece: neither dropped nor added.

One outlet runs a quotation as one stretch (``Marsh said: "X. Y."``), the other interrupts it
(``"X," she told the meeting. "Y."``) or gives the rest in a later paragraph. Paired piece by
piece, each piece seems to drop the others' words; but words are dropped only when the other
source quotes them nowhere. :func:`discount_pieces` takes the pairs of one comparison and
removes from each the dropped words the other source quotes in some other quotation (and the
added words this source quotes elsewhere): nothing left is ``same``, only dropped words
``shortened``, only added words ``extended`` (words left out inside a quotation, with no
ellipsis, stay an alteration). One quotation paired with several pieces of the other source
is then reported once (see :func:`_report_once`). :func:`join_continuations` pairs a
one-sided piece that runs on from words the other source quotes (``"X," he said. "Y. Z."``
against ``"X. Y."``) as the quotation cut short or extended.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from difflib import SequenceMatcher

from tui.core.models import Quote, QuoteMatch, QuoteStatus
from tui.core.quotes.names import same_person
from tui.core.quotes.wording import (
    QuoteWords,
    compare_wording,
    quote_spans,
    quote_words,
    word_runs,
)
from tui.core.text.words import is_function_word

#: A stretch of a run counts as quoted elsewhere when it is this many words or more in a row
#: of another quotation, one of them not a function word (a lone "not" or "the" is no piece).
_PIECE = 3


class _Quoted:
    """The runs of ``_PIECE`` words one source quotes, each with the quotations holding it
    (built once per comparison, so a look-up costs the length of the words looked up)."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self.where: dict[tuple[str, ...], list[Quote]] = defaultdict(list)
        for quote in quotes:
            for run in word_runs(quote_words(quote.text), _PIECE, 1):
                self.where[run].append(quote)

    def covered(self, keys: Sequence[str], excluding: Quote | None = None) -> list[bool]:
        """Return, for each word of ``keys``, whether it stands in a run of ``_PIECE`` words
        (one of them not a function word) that a quotation other than ``excluding`` holds,
        said by the same speaker as ``excluding`` (or by someone the text does not name)."""
        speaker = excluding.speaker if excluding is not None else None
        covered = [False] * len(keys)
        for k in range(len(keys) - _PIECE + 1):
            holders = self.where.get(tuple(keys[k : k + _PIECE]), ())
            if any(
                holder is not excluding
                and (
                    speaker is None
                    or holder.speaker is None
                    or same_person(speaker, holder.speaker)
                )
                for holder in holders
            ):
                for index in range(k, k + _PIECE):
                    covered[index] = True
        return covered


def _left_over(
    words: QuoteWords,
    quoted: _Quoted,
    excluding: Quote | None = None,
    told: Sequence[bool] = (),
) -> tuple[list[str], bool]:
    """Return the runs of ``words`` that the other source does not quote (as shown), and
    whether any of them was quoted there. A run of function words alone between two quoted
    stretches ("and") is no word left out. ``told``: the words another piece of the other
    source already stands for (see :func:`_told_span`)."""
    covered = quoted.covered(words.keys, excluding)
    covered = [done or (k < len(told) and told[k]) for k, done in enumerate(covered)]
    if not any(covered):
        return ([words.run()] if words.shown else []), False
    runs: list[str] = []
    start = None
    for index, done in enumerate([*covered, True]):
        if not done and start is None:
            start = index
        elif done and start is not None:
            if any(not is_function_word(w) for w in words.keys[start:index]):
                runs.append(words.run(start, index))
            start = None
    return runs, True


#: Words that turn a statement round: a run of them left out is never nothing.
_NEGATIONS = frozenset({"not", "no", "never", "nor", "n't", "none", "nothing", "cannot"})


def _worth(run: str) -> bool:
    """Return True for a left-over run with a word that says something (a linking "and"
    between two quoted stretches does not)."""
    keys = quote_words(run).keys
    return any(not is_function_word(w) or w in _NEGATIONS for w in keys)


def _discounted(
    match: QuoteMatch,
    quoted_a: _Quoted,
    quoted_b: _Quoted,
    told: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset()),
) -> QuoteMatch:
    """Return ``match`` with the words the other source quotes elsewhere taken out of its
    changes (unchanged when there are none). ``told``: the word indexes of A's (B's)
    quotation that another piece of the other source stands for."""
    assert match.a is not None and match.b is not None
    told_a, told_b = told
    words_a, words_b = quote_words(match.a.text), quote_words(match.b.text)
    wording = compare_wording(words_a, words_b)
    dropped: list[str] = []
    added: list[str] = []
    changed = False
    within = False  # words left out or put in inside the other quotation, without "…"
    for change in wording.changes:
        runs_a: list[str] = []
        runs_b: list[str] = []
        if change.tag in ("delete", "replace") and change.a_words:
            part = quote_words(change.a_words)
            runs_a, found = _left_over(
                part, quoted_b, match.b, [change.a_at + k in told_a for k in range(len(part.keys))]
            )
            changed = changed or found
        if change.tag in ("insert", "replace") and change.b_words:
            part = quote_words(change.b_words)
            runs_b, found = _left_over(
                part, quoted_a, match.a, [change.b_at + k in told_b for k in range(len(part.keys))]
            )
            changed = changed or found
        # A linking word left at a cut is nothing; left out inside the quotation, an edit.
        inside_b = change.tag == "delete" and _inside(words_b, change.b_at)
        inside_a = change.tag == "insert" and _inside(words_a, change.a_at)
        runs_a = [run for run in runs_a if inside_b or _worth(run)]
        runs_b = [run for run in runs_b if inside_a or _worth(run)]
        within = within or (bool(runs_a) and inside_b) or (bool(runs_b) and inside_a)
        dropped.extend(runs_a)
        added.extend(runs_b)
    if not changed:
        return match
    status: QuoteStatus
    if not dropped and not added:
        return _same(match)
    if within or (dropped and added):
        status = "altered"
    elif dropped:
        status = "shortened"
    else:
        status = "extended"
    notes = [n for n in match.note.split("; ") if n.startswith(("attributed to", "told to"))]
    return replace(
        match,
        status=status,
        note="; ".join([_phrase(dropped, added, altered=status == "altered"), *notes]),
        dropped=tuple(dropped),
        added=tuple(added),
    )


def _inside(words: QuoteWords, at: int) -> bool:
    """Return True when word index ``at`` is inside the quotation, at no ellipsis."""
    return 0 < at < len(words.keys) and at not in words.cuts


def _phrase(dropped: Sequence[str], added: Sequence[str], *, altered: bool = False) -> str:
    """Return ``drops “…”; adds “…”`` for the words really missing or added (as an
    alteration's changes are named: ``left out “…”, added “…”``)."""
    if altered:
        return ", ".join(
            [*(f"left out “{run}”" for run in dropped), *(f"added “{run}”" for run in added)]
        )
    parts = []
    if dropped:
        parts.append(f"drops “{'”, “'.join(dropped)}”")
    if added:
        parts.append(f"adds “{'”, “'.join(added)}”")
    return "; ".join(parts)


def _same(match: QuoteMatch) -> QuoteMatch:
    """Return ``match`` as ``same``, keeping only a note on who said it or to whom."""
    notes = [n for n in match.note.split("; ") if n.startswith(("attributed to", "told to"))]
    return replace(match, status="same", note="; ".join(notes), dropped=(), added=())


def discount_pieces(
    matches: Sequence[QuoteMatch], quotes_a: Sequence[Quote], quotes_b: Sequence[Quote]
) -> tuple[QuoteMatch, ...]:
    """Return ``matches`` with what each source quotes in another piece taken out of the
    words dropped and added (see the module docstring), each change reported once."""
    quoted_a, quoted_b = _Quoted(quotes_a), _Quoted(quotes_b)
    paired = _paired_by_span(matches)
    result = [
        _discounted(m, quoted_a, quoted_b, _told_by_other_pieces(m, paired))
        if m.a is not None and m.b is not None and m.status in ("shortened", "extended", "altered")
        else m
        for m in matches
    ]
    groups: dict[tuple[int, int, tuple[str, ...], tuple[str, ...]], list[int]] = {}
    for index, match in enumerate(result):
        if match.a is None or match.b is None or match.status not in ("shortened", "extended"):
            continue
        longer = match.a if match.status == "shortened" else match.b
        key = (longer.start, longer.end, match.dropped, match.added)
        groups.setdefault(key, []).append(index)
    for members in groups.values():
        if len(members) > 1:
            _report_once(result, members)
    return tuple(result)


#: Runs of words in common this many words apart or fewer belong to one stretch a piece tells.
_SPAN_GAP = 5
#: ... and the runs beside the longest one this many words long or more.
_SPAN_RUN = 2


def _told_span(whole: QuoteWords, piece: QuoteWords) -> frozenset[int]:
    """Return the word indexes of ``whole`` that ``piece`` stands for: its longest run of words
    in common with ``whole`` (``_PIECE`` words or more) and the runs of two words or more a
    few words from it, with the words between them, when the piece tells some of them in
    other words (that is its own change: "and then the European hubs get hit" / "and then the
    ports in Europe get hit"); none when it tells them word for word (:class:`_Quoted` covers
    those)."""
    blocks = [
        block
        for block in SequenceMatcher(
            None, whole.keys, piece.keys, autojunk=False
        ).get_matching_blocks()
        if block.size >= _SPAN_RUN
    ]
    if not blocks:
        return frozenset()
    core = max(range(len(blocks)), key=lambda k: blocks[k].size)
    if blocks[core].size < _PIECE:
        return frozenset()
    start, end = blocks[core].a, blocks[core].a + blocks[core].size
    for block in reversed(blocks[:core]):
        if start - (block.a + block.size) > _SPAN_GAP:
            break
        start = block.a
    for block in blocks[core + 1 :]:
        if block.a - end > _SPAN_GAP:
            break
        end = block.a + block.size
    in_common = sum(block.size for block in blocks if start <= block.a < end)
    if in_common == end - start:
        return frozenset()  # told word for word: the runs it quotes cover it already
    return frozenset(range(start, end))


#: The paired matches of a comparison by the span of their A (B) quotation.
_BySpan = dict[tuple[int, int], list[QuoteMatch]]


def _paired_by_span(matches: Sequence[QuoteMatch]) -> tuple[_BySpan, _BySpan]:
    """Return the paired matches by the span of their A quotation, and by that of their B."""
    by_a: _BySpan = defaultdict(list)
    by_b: _BySpan = defaultdict(list)
    for match in matches:
        if match.a is not None and match.b is not None:
            by_a[match.a.start, match.a.end].append(match)
            by_b[match.b.start, match.b.end].append(match)
    return by_a, by_b


def _told_by_other_pieces(
    match: QuoteMatch, paired: tuple[_BySpan, _BySpan]
) -> tuple[frozenset[int], frozenset[int]]:
    """Return the word indexes of ``match``'s A (and B) quotation that another piece of the
    other source, paired with the same quotation, stands for: its change there is that
    pair's to report, not words this piece drops (one quotation that one source splits in
    two, each piece told a little differently). ``paired``: see :func:`_paired_by_span`."""
    assert match.a is not None and match.b is not None
    told: list[frozenset[int]] = []
    for mine, theirs, same_whole in ((match.a, match.b, paired[0]), (match.b, match.a, paired[1])):
        whole = quote_words(mine.text)
        indexes: set[int] = set()
        for other in same_whole.get((mine.start, mine.end), ()):
            assert other.a is not None and other.b is not None
            piece = other.b if mine is match.a else other.a
            if other is not match and (piece.start, piece.end) != (theirs.start, theirs.end):
                indexes |= _told_span(whole, quote_words(piece.text))
        told.append(frozenset(indexes))
    return told[0], told[1]


def _sentence_numbers(text: str) -> list[int]:
    """Return the number of the sentence each word of a quotation stands in (one per word of
    its :func:`quote_words`)."""
    numbers: list[int] = []
    previous_end = 0
    number = 0
    for start, end, _ in quote_spans(text)[0]:
        if numbers and any(char in ".!?…" for char in text[previous_end:start]):
            number += 1
        numbers.append(number)
        previous_end = end
    return numbers


def _position(part: Sequence[str], whole: Sequence[str]) -> int:
    """Return where ``part`` (or its longest stretch) stands in ``whole``."""
    match = SequenceMatcher(None, whole, part, autojunk=False).find_longest_match(
        0, len(whole), 0, len(part)
    )
    return match.a


def _report_once(result: list[QuoteMatch], members: list[int]) -> None:
    """One quotation paired with several pieces of the other source that all miss the same
    words: the piece of the sentence those words stand in (the nearest of them, else the
    first piece) reports them, and every other piece is ``same``: what it leaves out is told
    once, by that piece (two cuts from one sentence that miss the same words are one finding,
    not two)."""
    first = result[members[0]]
    shortened = first.status == "shortened"
    longer = first.a if shortened else first.b
    assert longer is not None
    whole = quote_words(longer.text)
    sentences = _sentence_numbers(longer.text)
    if len(sentences) != len(whole.keys):
        return
    runs = first.dropped if shortened else first.added
    missing_at = _position(quote_words(runs[0]).keys, whole.keys) if runs else 0
    placed: list[tuple[int, int]] = []  # (member, position in the whole quotation)
    for member in members:
        piece = result[member].b if shortened else result[member].a
        assert piece is not None
        placed.append((member, _position(quote_words(piece.text).keys, whole.keys)))
    in_sentence = [
        (member, at)
        for member, at in placed
        if sentences[min(at, len(sentences) - 1)] == sentences[min(missing_at, len(sentences) - 1)]
    ]
    if in_sentence:  # the piece nearest the words it lost
        carrier = min(in_sentence, key=lambda item: abs(item[1] - missing_at))[0]
    else:
        carrier = min(placed, key=lambda item: item[1])[0]
    for member, _ in placed:
        if member != carrier:
            result[member] = _same(result[member])


#: A source's quotations and, for each, the ones next to it that may go on with it.
_Side = tuple[Sequence[Quote], Sequence[tuple[int, ...]]]


def join_continuations(
    matches: Sequence[QuoteMatch], side_a: _Side, side_b: _Side
) -> tuple[QuoteMatch, ...]:
    """Return ``matches`` with each one-sided quotation that goes on from a paired one
    paired with that one's counterpart: the other source cut the quotation short there
    (``shortened``) or this one quoted on (``extended``).

    It goes on from it when a reporting clause (or a paragraph break within one quotation)
    splits the same speaker's words and the one-sided piece opens, on the side of its
    neighbour, with words the counterpart quotes ("I came here to win," he said. "The record
    is a bonus. Maybe next year ..." against "I came here to win. The record is a bonus.").
    A piece split off with words of its own alone may be a quotation of its own: it stays
    one-sided.
    """
    quotes_a, next_to_a = side_a
    quotes_b, next_to_b = side_b
    index_a = {(q.start, q.end): k for k, q in enumerate(quotes_a)}
    index_b = {(q.start, q.end): k for k, q in enumerate(quotes_b)}
    partner_of_a: dict[int, Quote] = {}
    partner_of_b: dict[int, Quote] = {}
    for match in matches:
        if match.a is not None and match.b is not None:
            partner_of_a.setdefault(index_a[match.a.start, match.a.end], match.b)
            partner_of_b.setdefault(index_b[match.b.start, match.b.end], match.a)
    quoted_a, quoted_b = _Quoted(quotes_a), _Quoted(quotes_b)
    result = list(matches)
    for position, match in enumerate(matches):
        if match.status == "only_a" and match.a is not None:
            one, others, next_to, partners = match.a, quoted_b, next_to_a, partner_of_a
            own, index = quoted_a, index_a
        elif match.status == "only_b" and match.b is not None:
            one, others, next_to, partners = match.b, quoted_a, next_to_b, partner_of_b
            own, index = quoted_b, index_b
        else:
            continue
        own_index = index[one.start, one.end]
        partner, before = next(
            ((partners[k], k < own_index) for k in next_to[own_index] if k in partners),
            (None, False),
        )
        if partner is None:
            continue
        words = quote_words(one.text)
        missing, _ = _left_over(words, others)
        covered = _Quoted([partner]).covered(words.keys)
        # it opens (or ends, toward its neighbour) with words the counterpart quotes
        repeated = bool(covered) and covered[0 if before else -1]
        extra, _ = _left_over(quote_words(partner.text), own)
        if extra or not repeated or not missing:
            continue  # not a clean cut, or perhaps a quotation of its own
        if match.status == "only_a":
            result[position] = QuoteMatch(
                "shortened", one, partner, _phrase(missing, ()), tuple(missing), ()
            )
        else:
            result[position] = QuoteMatch(
                "extended", partner, one, _phrase((), missing), (), tuple(missing)
            )
    return tuple(result)
