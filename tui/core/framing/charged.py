"""Charged words one source chooses and the other does not: in aligned passages (with the other
source's word for the same thing where there is one), in one-source passages, in the headlines
(always compared with each other), and terms one source puts in scare quotes that the other
uses plainly.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache, lru_cache

from tui.core.framing.lexicon import Match, Word, load_lexicon, make_word
from tui.core.framing.passage import quoted
from tui.core.framing.regions import Region, diff_regions, passage_words
from tui.core.framing.valence import valence
from tui.core.framing.voice import NUMBER_WORDS, ChargedWord, charged_matches, charged_word
from tui.core.models import Alignment, Document, FramingShift, Side, Span
from tui.core.text.headline import headline_sentence
from tui.core.text.quotation import in_quotation, quotation_ranges
from tui.core.text.words import is_function_word, stem, word_spans, words

#: A counterpart is named when the other side's changed words are at most this many.
_COUNTERPART_MAX = 4
#: Headlines without a charged word are compared when one of them has at least this many words
#: the other source never uses: it tells the news from another angle ("as union points to
#: maintenance cuts"), not the shared facts in other words ("killed in fire" / "deadly blaze").
_NOVEL_MIN = 2
#: A scare-quoted term has at most this many words.
_SCARE_MAX_WORDS = 4
#: Reporting verbs that are more often nouns ("the state", "the report"): no sign of a speaker.
_NOUN_LIKE = ("state", "report", "note", "answer", "comment", "remark", "reply", "protest", "grant")
#: Verbs that introduce someone's words besides the reporting verbs of the attribution list,
#: and words that introduce a term ("known locally as", "nicknamed"): the marks then quote
#: the name a place or a trade uses, they do not distance the outlet from it.
_NAMING_VERBS = (
    "call",
    "known",
    "nicknamed",
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
        for m in charged_matches(words, title_case=headline, plain_terms=plain, text=document.text)
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
            if word.needs_other_telling():
                continue
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

    if first < last and _not_a_wording(
        other_doc.text[other_words[first].start : other_words[last - 1].end]
    ):
        return None

    def skip(word: Word) -> bool:
        return is_function_word(word.text) or _is_name_word(other_doc, word)

    # Names and titles at the edges are who or where, not the wording: "cancelled on Sunday"
    # is told by "cancelled", "pay Greenway" by "pay"; a name in the middle is no wording.
    while first < last and skip(other_words[first]):
        first += 1
    while last > first and skip(other_words[last - 1]):
        last -= 1
    if first >= last or last - first > _COUNTERPART_MAX:
        return None
    if any(_is_name_word(other_doc, w) for w in other_words[first:last]):
        return None
    span = other_doc.span(other_words[first].start, other_words[last - 1].end)
    return None if _not_a_wording(span.text) else span


def _is_name_word(document: Document, word: Word) -> bool:
    """True for a capitalised word inside its sentence ("Ms", "Seattle", "Ohio"): a name or a
    title, never the other source's word for a charged one."""
    if not word.text[:1].isupper():
        return False
    before = document.text[max(0, word.start - 40) : word.start].rstrip()
    return bool(before) and before[-1] not in '.!?:—-\n"“‘'


def _not_a_wording(text: str) -> bool:
    """True for a stretch that cannot be the other source's word for the same thing: one that
    runs across brackets or clause marks ("D-CT) noted"), or a run of names ("Minister Viktor
    Salnikov") where a word was chosen."""
    if any(mark in text for mark in "();:"):
        return True
    capitalised = [w for w in words(text) if w[:1].isupper()]
    return len(capitalised) >= 2


def _is_label(span: Span | None) -> bool:
    """True when ``span`` is itself a political label ("conservative" against "rightwing")."""
    if span is None:
        return False
    found = load_lexicon("charged").find([make_word(*w) for w in word_spans(span.text, 0)])
    return any(m.entry.word_class == "partisan" for m in found)


def _has_figure(text: str) -> bool:
    return any(ch.isdigit() for ch in text) or any(w.lower() in NUMBER_WORDS for w in words(text))


def _same_kind(word: ChargedWord, counterpart: Span) -> bool:
    """True when ``counterpart`` can be the other source's wording of ``word``: a weighed
    figure ("only two") against the same figure ("two", not "87.3"), and a word against
    words, not a figure ("quietly" is no rewording of "388 pence")."""
    if word.word_class == "emphasis":
        figure = word.text.split()[-1].lower()
        return figure in counterpart.text.lower().split()
    return _has_figure(word.text) or not _has_figure(counterpart.text)


def _bare_figure(document: Document, other: Sequence[Word], figure: Word) -> Span | None:
    """Return the other source's own telling of a figure one source weighs ("seven" where the
    one has "just seven"), or None when it does not give that figure."""
    for word in other:
        if word.lower == figure.lower:
            start = word.start
            if start > 0 and document.text[start - 1] in "£$€¥":
                start -= 1  # the currency belongs to the figure ("£64,800")
            return document.span(start, word.end)
    return None


#: Classes of words that tell a passage dramatically.
_DRAMATIC = frozenset({"dramatic", "exaggeration"})


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
    found = {side: _found(own_doc, own, other_doc) for side, own_doc, own, other_doc, _ in sides}
    for side, own_doc, own, other_doc, other in sides:
        other_stems = {w.stem for w in other}
        # Both sources telling the passage dramatically ("paralysed" / "ground to a halt"):
        # neither chose the drama over a plain word.
        other_dramatic = any(
            word.word_class in _DRAMATIC for _, word in found["b" if side == "a" else "a"]
        )
        for match, word in found[side]:
            if all(w.stem in other_stems for w in own[match.first : match.last]):
                if side == "a":
                    shifts.extend(_shared(word, own[match.first : match.last], b, b_words))
                continue
            if word.word_class == "dramatic" and other_dramatic:
                continue
            counterpart = _counterpart(other_doc, other, _region_of(regions, side, match), side)
            if counterpart is not None and not _same_kind(word, counterpart):
                counterpart = None
            if word.word_class == "partisan" and not _is_label(counterpart):
                counterpart = None  # a label added, not a word swapped for another
            if counterpart is None and word.word_class == "emphasis":
                counterpart = _bare_figure(other_doc, other, own[match.last - 1])
            category = word.category
            letter, other_letter = side.upper(), ("B" if side == "a" else "A")
            if counterpart is None:
                if word.needs_counterpart():
                    continue
                note = (
                    f"{quoted(word.text)} only in {letter}, where {other_letter} tells the "
                    f"same passage without it ({word.why()})"
                )
                if word.word_class == "dramatic":
                    category = "term_choice"
                    note = (
                        f"{quoted(word.text)} in {letter}, where {other_letter} tells the same "
                        f"passage in plainer words ({word.why()})"
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


def _shared(
    word: ChargedWord, own: Sequence[Word], b: Document, b_words: Sequence[Word]
) -> list[FramingShift]:
    """A charged word both sources chose for the same passage ("insisted" in both): one item
    holding both, since each outlet's reader meets it in the reporter's voice. A figure both
    weigh alike ("in just two months") is left out: the weighing is the fact's, not a choice."""
    if word.word_class in ("emphasis", "dramatic", "partisan"):
        return []
    keys = [w.stem for w in own]
    for index in range(len(b_words) - len(keys) + 1):
        if [w.stem for w in b_words[index : index + len(keys)]] == keys:
            a_span = Span(word.start, word.end, word.text)
            b_span = b.span(b_words[index].start, b_words[index + len(keys) - 1].end)
            note = f"{quoted(word.text)} in both A and B ({word.why()})"
            strength = round(word.strength - 0.1, 2)
            return [FramingShift(word.category, a_span, b_span, note, strength, side="a")]
    return []


def _differing(words: Sequence[Word], other: Sequence[Word]) -> tuple[int, int] | None:
    """Return the word range from the first to the last content word of ``words`` that
    ``other`` lacks (by stem), or None when every content word is shared."""
    other_stems = {w.stem for w in other}
    places = [
        i
        for i, w in enumerate(words)
        if w.stem not in other_stems and not is_function_word(w.text) and w.text[:1].isalpha()
    ]
    return (places[0], places[-1] + 1) if places else None


def _headline_side(
    own_doc: Document, own_id: int, other_doc: Document, other: Sequence[Word]
) -> tuple[Span | None, list[ChargedWord]]:
    """Return the span of one headline's own wording (what the other headline lacks) and the
    charged words in it (quoted words are the speaker's: not charged, but part of the span)."""
    own = _headline_words(own_doc, own_id)
    voice = passage_words(own_doc, [own_id])
    other_stems = {o.stem for o in other}
    charged = [
        word
        for match, word in _found(own_doc, voice, other_doc, headline=True)
        if not all(w.stem in other_stems for w in voice[match.first : match.last])
    ]
    stretch = _differing(own, other)
    if stretch is None:
        return None, charged
    first, last = stretch
    for word in charged:
        first = min(first, next(i for i, w in enumerate(own) if w.start >= word.start))
        last = max(last, next(i + 1 for i, w in enumerate(own) if w.end >= word.end))
    return own_doc.span(own[first].start, own[last - 1].end), charged


def _weight(span: Span | None, charged: Sequence[ChargedWord]) -> tuple[float, float, int]:
    """How strongly one headline frames: its charged words, then its valence, then its length."""
    if span is None:
        return (0.0, 0.0, 0)
    rated = valence(span.text)
    return (
        max((w.strength for w in charged), default=0.0),
        0.0 if rated is None else abs(rated),
        len(span.text),
    )


def _headline_words(document: Document, sentence_id: int) -> tuple[Word, ...]:
    """Every word of a headline, quoted ones too: quoting a phrase in the headline is the
    outlet's choice."""
    sentence = document.sentences[sentence_id]
    return tuple(make_word(*span) for span in word_spans(sentence.text, sentence.start))


def _novel_words(document: Document, sentence_id: int, other: Document) -> int:
    """Return how many content words of a headline the other source never uses at all."""
    used = _plain_stems(other.text)
    return sum(
        1
        for w in _headline_words(document, sentence_id)
        if w.text[:1].isalpha() and not is_function_word(w.text) and w.stem not in used
    )


@lru_cache(maxsize=8)
def _plain_stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in words(text))


def _headline_pair(a: Document, b: Document, a_id: int, b_id: int) -> list[FramingShift]:
    """The two headlines compared with each other: one item holding the wording each has and
    the other lacks, the charged words in it named, on the side that frames more strongly."""
    a_span, a_charged = _headline_side(a, a_id, b, _headline_words(b, b_id))
    b_span, b_charged = _headline_side(b, b_id, a, _headline_words(a, a_id))
    novel = max(_novel_words(a, a_id, b), _novel_words(b, b_id, a))
    if (a_span is None and b_span is None) or not (a_charged or b_charged or novel >= _NOVEL_MIN):
        return []
    side: Side = "a" if _weight(a_span, a_charged) >= _weight(b_span, b_charged) else "b"
    charged = a_charged if side == "a" else b_charged
    lines = (a.sentences[a_id].text.strip(), b.sentences[b_id].text.strip())
    note = f"the headlines differ: A {quoted(lines[0])}; B {quoted(lines[1])}"
    named = [
        f"{quoted(w.text)} in {letter}"
        for letter, found in (("A", a_charged), ("B", b_charged))
        for w in found
    ]
    if named:
        note += f" ({', '.join(named)}: {charged[0].why() if charged else 'loaded'})"
    strength = min(1.0, max((w.strength for w in a_charged + b_charged), default=0.45) + 0.1)
    return [FramingShift("headline", a_span, b_span, note, strength=round(strength, 2), side=side)]


def _headlines(a: Document, b: Document, a_id: int | None, b_id: int | None) -> list[FramingShift]:
    if a_id is not None and b_id is not None:
        return _headline_pair(a, b, a_id, b_id)
    shifts = []
    sides: tuple[tuple[Side, Document, int | None, Document], ...] = (
        ("a", a, a_id, b),
        ("b", b, b_id, a),
    )
    for side, own_doc, own_id, other_doc in sides:
        if own_id is None:
            continue
        own = passage_words(own_doc, [own_id])
        other_letter = "B" if side == "a" else "A"
        for _, word in _found(own_doc, own, other_doc, headline=True):
            note = (
                f"{quoted(word.text)} in {side.upper()}’s headline; {other_letter} has no "
                f"headline ({word.why()})"
            )
            span = own_doc.span(word.start, word.end)
            shifts.append(
                _side_shift(side, span, None, "headline", note, min(1.0, word.strength + 0.1))
            )
    return shifts


def _plain_place(document: Document, phrase: str) -> tuple[int, int] | None:
    """Return where ``phrase`` first stands in ``document`` outside quotation marks, if it does."""
    ranges = quotation_ranges(document.text)
    pattern = re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE)
    return next(
        (
            m.span()
            for m in pattern.finditer(document.text)
            if not in_quotation(ranges, m.start(), m.end())
        ),
        None,
    )


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
    plain_places: dict[str, tuple[int, int] | None] = {}  # by term: where the other has it
    for sentence in own_doc.sentences:
        if sentence.boilerplate:
            continue
        # The quotations that open in this sentence (the ranges are in reading order).
        first = bisect.bisect_left(ranges, (sentence.start,))
        for start, end in ranges[first : bisect.bisect_left(ranges, (sentence.end,))]:
            # American style sets a comma inside the marks ("death tax,"): still a term.
            term = own_doc.text[start + 1 : end - 1].strip().removesuffix(",").strip()
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
            if term not in plain_places:
                plain_places[term] = _plain_place(other_doc, term)
            place = plain_places[term]
            if place is not None:
                plain = other_doc.span(*place)
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
    # Scare quotes first: where a charged word in one source is the term the other puts in
    # marks ("death tax" / "“death tax”"), the pair of them is the one item to keep.
    shifts.extend(_scare_quotes(a, "a", b))
    shifts.extend(_scare_quotes(b, "b", a))
    for group in alignment.groups:
        a_ids = [i for i in group.a if i != a_head]
        b_ids = [i for i in group.b if i != b_head]
        if a_ids and b_ids:
            shifts.extend(_aligned(a, b, a_ids, b_ids))
    # A sentence the other source perhaps tells another way is read as one-sided here too:
    # no group pairs its words with the other source's.
    alone_a = sorted([*alignment.only_a, *(i for i, _ in alignment.partial_a)])
    alone_b = sorted([*alignment.only_b, *(j for j, _ in alignment.partial_b)])
    shifts.extend(_one_source(a, "a", [i for i in alone_a if i != a_head], b))
    shifts.extend(_one_source(b, "b", [i for i in alone_b if i != b_head], a))
    return shifts
