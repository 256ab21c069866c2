"""Find figures (numbers, amounts, dates) and compare them across sources.

Figures are read by :mod:`tui.core.figures.parse` (its docstring gives every unit
and value encoding). Two figures are paired when they measure the same kind of
thing (a count with a count, a weekday with a weekday, money with money) in
sentences that tell the same thing: the same aligned group, or sentences that
share many content words, plus the content words right around the figure.

Statuses: ``same`` (equal value and unit), ``equivalent`` (one quantity told another
way: "$27.6 million" for "$27,614,902", "nearly £4 billion" for "3.9 billion pounds",
"four miles" for "6.5 km", "80 million pounds" for "$101 million" — the note asks "same
amount in another currency?"), ``conflict`` (the same thing with a different figure),
``only_a`` / ``only_b``. A value both sources state is never one-sided, wherever each
states it: a figure left over after the one-to-one pairing meets its equal (or its
equivalent, near the same words) anywhere in the other source. A repeat of a one-sided
figure in the same source is listed but not reported again, and a one-sided weekday, clock
time, ordinal, year or "next week" is context: reported only when the other source names
another one (so the two can be checked). Two figures left over that count the same thing
(the same noun, or the same role word such as "arrested" or "injured", next to the figure)
are a conflict even in sentences that were not aligned; the note says who gives which
value when the sentence says ("police said"). A ``same`` pair where only one
source hedges the figure ("about one-third" vs "a third") carries a note and is
reported as a difference too. Two days named for different events ("a state
visit beginning Sunday" vs "will meet Xi on Monday") are not a conflict: a
conflict needs strong evidence that both figures describe one fact, because a
false "conflict" sends a journalist chasing an error that is not there. Each is
reported one-sided instead, with the other source's days named in its note so
the two can be checked against each other.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from tui.core.figures.parse import TIME_POINT_UNITS, scan_figures, vague_bounds
from tui.core.models import (
    Alignment,
    Difference,
    Document,
    Figure,
    FigureMatch,
    Finding,
    NumberStatus,
    Sentence,
    difference_id,
)
from tui.core.text.words import is_function_word, stem, word_spans, words

#: How many content words on each side of a figure count as its immediate context.
_NEAR_WORDS = 3
#: Minimum pairing evidence for two equal figures, and for two different ones (a conflict).
_SAME_THRESHOLD = 0.2
_CONFLICT_THRESHOLD = 0.55
#: Units whose one-sided figures name the other side's figures of that unit in their note.
_CROSS_REFERENCED = frozenset({"weekday", "date"})
#: Units that measure a share of a whole, compared with each other as shares.
_SHARE_UNITS = frozenset({"percent", "fraction"})
#: How far apart a percentage and a fraction may be and still be one share: the rounding
#: of a whole percentage ("33%" for a third), or more when either is hedged.
_SHARE_ROUNDING = 0.0051
_SHARE_HEDGED = 0.021
#: Lengths of the duration units, in days, and how far apart two durations told in
#: different units may be and still be one length ("two months" vs "eight weeks").
_DAYS_PER_UNIT = {
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "month": 30.44,
    "year": 365.25,
    "decade": 3652.5,
    "century": 36525.0,
}
_DURATION_TOLERANCE = 0.1
#: How many candidate partners one figure may have from each index (bounds pathological input,
#: such as a table of thousands of equal numbers, without affecting news copy).
_MAX_CANDIDATES = 64
#: How many figures of the other source a one-sided figure's note names at most.
_MAX_NAMED = 6


@dataclass(frozen=True, slots=True)
class _Located:
    """A figure with the sentence it sits in, the content stems around it, what it counts
    (the stems of the content words right after it) and who gives it ("police said")."""

    figure: Figure
    kind: str
    sentence: int
    sentence_stems: frozenset[str]
    near_stems: frozenset[str]
    counts: tuple[str, ...] = ()
    source: str = ""
    #: True for a change ("a rise of 2,500", "up by 3%"): a change never conflicts with a level.
    change: bool = False
    #: A length in kilometres, for a count followed by a unit of length, and that unit.
    length_km: float | None = None
    length_unit: str = ""
    #: True for an end of a range ("between July and September", "from 2026 to 2028").
    in_range: bool = False


#: Units of length after a count, in kilometres.
_LENGTHS = {
    "mile": 1.609344,
    "miles": 1.609344,
    "mi": 1.609344,
    "mph": 1.609344,
    "km": 1.0,
    "kilometre": 1.0,
    "kilometres": 1.0,
    "kilometer": 1.0,
    "kilometers": 1.0,
    "kph": 1.0,
    "metres": 0.001,
    "meters": 0.001,
    "feet": 0.0003048,
    "ft": 0.0003048,
}
#: How far apart two lengths in different units may be and still be one (rounding).
_LENGTH_TOLERANCE = 0.1
#: Rough value of each currency in US dollars: two amounts in different currencies within
#: ``_CURRENCY_TOLERANCE`` of each other at these rates may be one amount converted.
_USD_RATES = {
    "USD": 1.0,
    "GBP": 1.27,
    "EUR": 1.08,
    "CAD": 0.73,
    "AUD": 0.65,
    "NZD": 0.6,
    "HKD": 0.128,
    "SGD": 0.74,
    "JPY": 0.0067,
    "CNY": 0.14,
    "KRW": 0.00073,
    "INR": 0.012,
    "CHF": 1.12,
}
_CURRENCY_TOLERANCE = 0.2
#: A hedged or bounded figure ("nearly $150 million") is one with a value this close to it.
_HEDGED_TOLERANCE = 0.05
#: Generic nouns after a figure that say little about what it counts ("63 people arrested").
_GENERIC_NOUNS = frozenset(
    {
        "people",
        "person",
        "men",
        "women",
        "about",
        "more",
        "least",
        "around",
        "nearly",
        "some",
        "other",
        "others",
    }
)
#: Small numbers (counts, ages, shares under 100) are everywhere: one meets its equal in the
#: other source only near the same words ("66" the pension age, "66" an age at death).
_SMALL_COUNT = 100
#: Kinds of bare numbers, to which ``_SMALL_COUNT`` applies (amounts of money, durations,
#: dates and days meet their equal wherever it stands).
_BARE_NUMBER_KINDS = frozenset({"count", "age", "share", "percentage-point"})
#: A large figure and its rounding ("Some 105,000" and "105,204") are one fact anywhere.
_LARGE = 1000
_BODIES = r"(?:police|officials|organi[sz]ers|witnesses|authorities|investigators)"
_SOURCE_SAID = re.compile(
    r"\b(?:according to|said|says|estimated|reported|put the number at|told)\s+(?:the\s+)?"
    rf"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,3}}|(?:[a-z]+\s+)?{_BODIES})"
    rf"|\b((?:the\s+)?(?:(?:[a-z]+\s+)?{_BODIES}|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,3}}))"
    r"\s+(?:said|says|estimated|reported|put|counted|told)\b"
)


def find_figures(document: Document) -> tuple[Figure, ...]:
    """Return every figure in ``document`` in reading order, skipping boilerplate sentences."""
    figures: list[Figure] = []
    for sentence in document.sentences:
        if not sentence.boilerplate:
            figures.extend(scan_figures(sentence.text, sentence.start))
    return tuple(figures)


def figure_kind(unit: str) -> str:
    """Return the kind of thing a unit measures: figures are compared only within one kind.

    Money in any currency is ``money``; ``duration:year`` and ``duration:month`` are
    both ``duration``; a percentage and a fraction are both a ``share``; other units are
    their own kind.
    """
    if unit.isupper():
        return "money"
    if unit in _SHARE_UNITS:
        return "share"
    return unit.split(":", 1)[0]


def _share(figure: Figure) -> float | None:
    """Return a percentage or fraction as a share in [0, 1]-terms, else None."""
    if figure.value is None or figure.unit not in _SHARE_UNITS:
        return None
    return figure.value / 100 if figure.unit == "percent" else figure.value


def _duration_days(figure: Figure) -> float | None:
    """Return a duration's length in days, or None for other figures or unknown units."""
    kind, _, unit = figure.unit.partition(":")
    if kind != "duration" or figure.value is None or unit not in _DAYS_PER_UNIT:
        return None
    return figure.value * _DAYS_PER_UNIT[unit]


def _value_key(figure: Figure) -> tuple[str, float | None]:
    """Return the key under which equal figures meet: shares are keyed by percent, rounded."""
    share = _share(figure)
    if share is not None:
        return ("share", round(share * 100))
    return (figure.unit, figure.value)


def _content_stems(text: str) -> list[str]:
    """Return the stems of the content words of ``text`` (as ``words.content_stems``)."""
    return [stem(w) for w in words(text) if not is_function_word(w)]


@lru_cache(maxsize=256)
def _content_words(sentence: Sentence) -> list[tuple[int, int, str]]:
    """Return a sentence's content words with their offsets (cached: figures share them)."""
    return [
        (s, e, w)
        for s, e, w in word_spans(sentence.text, sentence.start)
        if not is_function_word(w) and not any(ch.isdigit() for ch in w)
    ]


def _near_words(
    words: list[tuple[int, int, str]], figure: Figure, before: int, after: int
) -> list[str]:
    """Return up to ``before`` content words before the figure and ``after`` ones after it.

    ``words`` are the sentence's content words (from :func:`_content_words`), in order.
    """
    ends = [e for _, e, _ in words]
    first_after = bisect.bisect_left([s for s, _, _ in words], figure.end)
    last_before = bisect.bisect_right(ends, figure.start)
    preceding = (
        [w for _, _, w in words[max(0, last_before - before) : last_before]] if before else []
    )
    following = [w for _, _, w in words[first_after : first_after + after]]
    return preceding + following


def _locate(document: Document) -> list[_Located]:
    located: list[_Located] = []
    for sentence in document.sentences:
        if sentence.boilerplate:
            continue
        figures = scan_figures(sentence.text, sentence.start)
        if not figures:
            continue
        all_stems = frozenset(_content_stems(sentence.text))
        words = _content_words(sentence)
        source = _source(sentence.text)
        for figure in figures:
            at = figure.start - sentence.start
            if at > 0 and _is_identifier(sentence.text, at, figure):
                continue
            figure_stems = set(_content_stems(figure.text))
            near = _near_words(words, figure, _NEAR_WORDS, _NEAR_WORDS)
            after = _near_words(words, figure, 0, 4)
            length, length_unit = _length_km(document.text, figure)
            located.append(
                _Located(
                    figure=figure,
                    kind="length" if length is not None else figure_kind(figure.unit),
                    sentence=sentence.id,
                    sentence_stems=all_stems - figure_stems,
                    near_stems=frozenset(_content_stems(" ".join(near))) - figure_stems,
                    counts=_counted(_compound(document.text, figure) + after),
                    change=_is_change(sentence.text, figure.start - sentence.start),
                    source=source,
                    length_km=length,
                    length_unit=length_unit,
                    in_range=_in_range(
                        sentence.text, figure.start - sentence.start, figure, figures
                    ),
                )
            )
    return located


def _length_km(text: str, figure: Figure) -> tuple[float | None, str]:
    """Return a count's length in km and its unit when a unit of length follows it
    ("four miles", "a 249-mile line"), else (None, "")."""
    if figure.unit != "count" or figure.value is None:
        return None, ""
    following = text[figure.end : figure.end + 14].lstrip(" -\u00a0(").split()
    unit = following[0].strip(".,;:)").lower() if following else ""
    if unit not in _LENGTHS:
        return None, ""
    return figure.value * _LENGTHS[unit], _LENGTHS[unit].__repr__()


def _same(first: _Located, second: _Located) -> bool:
    """Return True for equal figures (lengths: the same number of the same unit)."""
    if first.length_km is not None or second.length_km is not None:
        return first.length_unit == second.length_unit and _same_value(first.figure, second.figure)
    return _same_value(first.figure, second.figure)


_CHANGE = re.compile(
    r"(?:\b(?:rise|rose|increase|increased|jump|jumped|fall|fell|drop|dropped|decline|"
    r"declined|cut|up|down|grew|growth|gain|loss)\s+(?:of|by|to)?\s*|\bfrom\s+)$",
    re.IGNORECASE,
)
#: A bare number right after one of these words is a name ("Train 612", "Route 9").
_IDENTIFIER = re.compile(
    r"\b(?:Train|Flight|Route|Interstate|Highway|Section|Article|Proposition|Prop|No|Gate|"
    r"Platform|Bus|Line|Unit|Room|Ward|District|Chapter|Title|Amendment|Exit|Pier|Terminal|"
    r"Building|Block|Bill|Resolution|Rule|Order|Lot|Case|Station)\.?\s+$"
)


def _is_change(sentence: str, at: int) -> bool:
    """Return True when the figure at ``at`` is a change ("a rise of more than 2,500")."""
    return _CHANGE.search(sentence[max(0, at - 24) : at]) is not None


def _is_identifier(sentence: str, at: int, figure: Figure) -> bool:
    """Return True for a number that names something ("Train 612"), not a figure."""
    if figure.unit != "count" or not figure.text.isdigit():
        return False
    return _IDENTIFIER.search(sentence[max(0, at - 20) : at]) is not None


_COMPOUND = re.compile(r"-([A-Za-z]+)")


def _compound(text: str, figure: Figure) -> list[str]:
    """Return the noun a figure is joined to ("20-team" → team), which is what it counts."""
    joined = _COMPOUND.match(text, figure.end)
    return [joined.group(1)] if joined else []


def _counted(after: list[str]) -> tuple[str, ...]:
    """Return the stems saying what a figure counts: the first content words after it,
    a generic "people" skipped ("63 people under arrest" counts arrests)."""
    stems = [
        stem(word.lower())
        for word in after
        if word.lower() not in _GENERIC_NOUNS and word.lower() not in _LENGTHS
    ]
    return tuple(stems[:3])


def _source(sentence: str) -> str:
    """Return who the sentence says gives its figures ("police", "the Highway Patrol")."""
    match = _SOURCE_SAID.search(sentence)
    if match is None:
        return ""
    return " ".join((match.group(1) or match.group(2) or "").split())


def _overlap(first: frozenset[str], second: frozenset[str]) -> float:
    """Return the Jaccard overlap of two stem sets (0 when either is empty)."""
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def _same_value(first: Figure, second: Figure) -> bool:
    first_share, second_share = _share(first), _share(second)
    if first_share is not None and second_share is not None and first.unit != second.unit:
        # "33%" is how "a third" is written as a percentage: equal within the rounding of
        # a whole percentage, or of a hedged figure ("nearly half" and "49%").
        hedged = first.approximate or second.approximate
        return abs(first_share - second_share) <= (_SHARE_HEDGED if hedged else _SHARE_ROUNDING)
    first_days, second_days = _duration_days(first), _duration_days(second)
    if first_days is not None and second_days is not None and first.unit != second.unit:
        # "two months" and "eight weeks" are one length told in other units.
        return abs(first_days - second_days) <= _DURATION_TOLERANCE * max(first_days, second_days)
    if first.unit != second.unit:
        return False
    if first.value is None or second.value is None:
        return first.value is None and second.value is None
    return math.isclose(first.value, second.value, rel_tol=1e-9, abs_tol=1e-12)


def _granularity(value: float) -> float:
    """Return the place of a figure's last significant digit (86e9 -> 1e9, 6140 -> 10)."""
    value = abs(value)
    if value == 0 or not math.isfinite(value):
        return 1.0
    step = 10.0 ** math.floor(math.log10(value))
    while step > 1e-6 and abs(value / step - round(value / step)) > 1e-9:
        step /= 10
    return step


_LOWER_BOUNDS = ("more than", "over", "at least", "upwards of", "just over", "well over")
_UPPER_BOUNDS = ("less than", "fewer than", "under", "at most", "up to", "nearly", "almost")


def _breaks_bound(bounded: Figure, other: Figure) -> bool:
    """Return True when ``other``'s value falls outside the bound ``bounded`` states."""
    text = bounded.text.lower()
    if bounded.value is None or other.value is None:
        return False
    if text.startswith(_LOWER_BOUNDS):
        return other.value <= bounded.value
    if text.startswith(_UPPER_BOUNDS):
        return other.value >= bounded.value
    return False


def _equivalent(first: _Located, second: _Located) -> str | None:
    """Return a note when two different-looking figures are one quantity told another way
    (precision, hedge, unit of length, currency), else None."""
    a, b = first.figure, second.figure
    rough = _roughly(first, second)
    if rough is not None:
        return rough
    if first.length_km is not None and second.length_km is not None:
        if first.length_unit == second.length_unit:
            return None
        larger = max(first.length_km, second.length_km)
        close = abs(first.length_km - second.length_km) <= _LENGTH_TOLERANCE * larger
        return "the same distance in other units" if close else None
    if a.value is None or b.value is None or a.value <= 0 or b.value <= 0:
        return None
    if first.kind == "money" and a.unit != b.unit:
        rate_a, rate_b = _USD_RATES.get(a.unit), _USD_RATES.get(b.unit)
        if rate_a is None or rate_b is None:
            return None
        usd_a, usd_b = a.value * rate_a, b.value * rate_b
        close = abs(usd_a - usd_b) <= _CURRENCY_TOLERANCE * max(usd_a, usd_b)
        return "same amount in another currency?" if close else None
    if a.unit != b.unit or first.kind in TIME_POINT_UNITS:
        return None
    if _breaks_bound(a, b) or _breaks_bound(b, a):
        return None  # "more than $12.4 million" and "$12,386,540" disagree
    coarse, fine = (a, b) if _granularity(a.value) >= _granularity(b.value) else (b, a)
    step = _granularity(coarse.value or 0.0)
    if step < 10 * _granularity(fine.value or 0.0):
        return None  # "about 9,400" and "nearly 9,500": two figures told as precisely
    fine_value, coarse_value = fine.value or 0.0, coarse.value or 0.0
    rounded = {round(fine_value / step) * step, math.floor(fine_value / step) * step}
    if any(math.isclose(coarse_value, value, rel_tol=1e-9) for value in rounded):
        return "the same figure, rounded"
    hedged = a.approximate or b.approximate
    if hedged and abs(a.value - b.value) <= _HEDGED_TOLERANCE * max(a.value, b.value):
        return "the same figure, hedged"
    return None


def _roughly(first: _Located, second: _Located) -> str | None:
    """Return a note when one figure tells only roughly ("dozens", "tens of thousands")
    a count the other gives ("41"), else None."""
    if {first.kind, second.kind} != {"vague", "count"}:
        return None
    rough, exact = (first, second) if first.kind == "vague" else (second, first)
    bounds = vague_bounds(rough.figure.text)
    value = exact.figure.value
    if bounds is None or value is None or not bounds[0] <= value <= bounds[1]:
        return None
    return f"told roughly (“{rough.figure.text}”) where the other gives a count"


def _group_of(alignment: Alignment) -> tuple[dict[int, int], dict[int, int]]:
    a_group: dict[int, int] = {}
    b_group: dict[int, int] = {}
    for index, group in enumerate(alignment.groups):
        for sid in group.a:
            a_group[sid] = index
        for sid in group.b:
            b_group[sid] = index
    return a_group, b_group


def _pair_score(first: _Located, second: _Located, aligned: bool) -> tuple[float, str] | None:
    """Return (score, status) for a candidate pair, or None when they cannot be paired."""
    if first.kind != second.kind:
        return None
    sentence_overlap = _overlap(first.sentence_stems, second.sentence_stems)
    near_overlap = _overlap(first.near_stems, second.near_stems)
    evidence = max(sentence_overlap, 0.6 if aligned else 0.0) + 0.5 * near_overlap
    if _same(first, second):
        return (evidence + 1.0, "same") if evidence >= _SAME_THRESHOLD else None
    if _equivalent(first, second) is not None:
        return (evidence + 0.9, "equivalent") if evidence >= _SAME_THRESHOLD else None
    if (
        evidence >= _CONFLICT_THRESHOLD
        and near_overlap > 0
        and _counts_alike(first, second)
        and _plausible_conflict(first, second)
    ):
        return (evidence, "conflict")
    return None


#: Two accounts of one quantity differ by less than this factor ("12,000" vs "60,000");
#: "187 passengers" on board and "three passengers" killed are two quantities.
_CONFLICT_RATIO = 20.0


def _plausible_conflict(first: _Located, second: _Located) -> bool:
    """Return True when two different values can be two accounts of one quantity."""
    if first.in_range or second.in_range:
        return False  # "between 2026 and 2028" and "2027" do not disagree
    if first.change != second.change or _within_bound(first.figure, second.figure):
        return False
    a, b = first.figure.value, second.figure.value
    if first.kind == "share":
        a, b = _share(first.figure), _share(second.figure)
    if first.kind == "duration":
        a, b = _duration_days(first.figure), _duration_days(second.figure)
    if first.kind in TIME_POINT_UNITS or a is None or b is None or first.kind == "length":
        return True
    if a <= 0 or b <= 0:
        return a != b
    return max(a, b) / min(a, b) <= _CONFLICT_RATIO


#: Words that give a count its role: "37 homes destroyed" and "96 homes damaged" are two
#: quantities, as are the dead and the injured, the arrested and the charged.
_ROLES = frozenset(
    stem(word)
    for word in [
        "destroyed",
        "damaged",
        "killed",
        "dead",
        "died",
        "deaths",
        "injured",
        "wounded",
        "hurt",
        "missing",
        "arrested",
        "charged",
        "detained",
        "convicted",
        "evacuated",
        "displaced",
        "hospitalized",
        "hospitalised",
        "treated",
        "rescued",
        "critical",
        "serious",
        "confirmed",
        "suspected",
        "infected",
        "recovered",
        "affected",
        "homeless",
        "fled",
        "released",
        "remaining",
        "remained",
        "new",
        "total",
        "additional",
    ]
)
#: Bounds that a figure in range satisfies ("at least 30" and "45" agree).
_STRICT_LOWER = ("more than", "over", "at least", "upwards of", "well over")
_STRICT_UPPER = ("less than", "fewer than", "under", "at most", "up to")


def _roles(item: _Located) -> frozenset[str]:
    """Return the role words among what a figure counts ("homes destroyed" → destroy)."""
    return frozenset(item.counts) & _ROLES


def _stem_in(word: str, stems: tuple[str, ...]) -> bool:
    """Return True when ``word`` is among ``stems``, or shares a long stem with one
    ("threat" and "threaten")."""
    return any(
        word == other
        or (min(len(word), len(other)) >= 5 and other.startswith(word))
        or (min(len(word), len(other)) >= 5 and word.startswith(other))
        for other in stems
    )


def _counts_alike(first: _Located, second: _Located) -> bool:
    """Return True unless the two figures plainly count different things ("six" critical
    vs "612" passengers, "three" places vs a "20-team" league, homes "destroyed" vs homes
    "damaged"): the thing counted right after one must be among what the other counts, and
    the roles around them, where both have one, must meet."""
    roles_a, roles_b = _roles(first), _roles(second)
    if roles_a and roles_b and not roles_a & roles_b:
        return False
    if first.kind != "count" or not first.counts or not second.counts:
        return True
    return _stem_in(first.counts[0], second.counts) or _stem_in(second.counts[0], first.counts)


def _within_bound(first: Figure, second: Figure) -> bool:
    """Return True when one figure is a strict bound the other satisfies ("at least 30"
    and "45"): two statements that agree, not a conflict."""
    for bounded, other in ((first, second), (second, first)):
        text = bounded.text.lower()
        if bounded.value is None or other.value is None:
            continue
        if text.startswith(_STRICT_LOWER) and other.value > bounded.value:
            return True
        if text.startswith(_STRICT_UPPER) and other.value < bounded.value:
            return True
    return False


def _hedge_note(a: Figure, b: Figure) -> str:
    if a.approximate and not b.approximate:
        return "hedged in A, stated flatly in B"
    if b.approximate and not a.approximate:
        return "hedged in B, stated flatly in A"
    return ""


def _position(match: FigureMatch) -> tuple[int, int]:
    if match.a is not None:
        return (0, match.a.start)
    assert match.b is not None
    return (1, match.b.start)


def compare_figures(a: Document, b: Document, alignment: Alignment) -> tuple[FigureMatch, ...]:
    """Return the figures of both sources paired and classified, in reading order (A, then B).

    Works with an empty alignment too: sentence similarity then stands in for it.
    """
    located_a = _locate(a)
    located_b = _locate(b)
    a_group, b_group = _group_of(alignment)
    values_a = {(item.kind, _value_key(item.figure)) for item in located_a}
    values_b = {(item.kind, _value_key(item.figure)) for item in located_b}
    candidates: list[tuple[float, int, int, str]] = []
    for i, j in _candidate_pairs(located_a, located_b, a_group, b_group):
        first, second = located_a[i], located_b[j]
        group = a_group.get(first.sentence)
        aligned = group is not None and group == b_group.get(second.sentence)
        scored = _pair_score(first, second, aligned)
        if (
            scored is not None
            and scored[1] == "conflict"
            and (
                (first.kind, _value_key(first.figure)) in values_b
                or (second.kind, _value_key(second.figure)) in values_a
            )
        ):
            continue  # each source also states the other's value: no disagreement
        if scored is not None:
            candidates.append((scored[0], i, j, scored[1]))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    converted_a, converted_b = _conversions(located_a), _conversions(located_b)
    # A conversion ("50 km (31 miles)") is its twin told again: it pairs with nothing.
    used_a = {i for i, item in enumerate(located_a) if item.figure.start in converted_a}
    used_b = {j for j, item in enumerate(located_b) if item.figure.start in converted_b}
    matches: list[FigureMatch] = []
    #: Figures paired as one fact (same or equivalent), each side's index to its partner.
    partner_of_a: dict[int, _Located] = {}
    partner_of_b: dict[int, _Located] = {}
    for _, i, j, paired_as in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        matches.append(_matched(located_a[i], located_b[j], paired_as))
        if paired_as != "conflict":
            partner_of_a[i], partner_of_b[j] = located_b[j], located_a[i]
    # A figure left over meets its equal in the other source wherever it stands; then a
    # figure still left over may repeat one its own source has already paired.
    claimed: set[int] = set()  # ids of figures already paired by such a restatement
    for find in ("elsewhere", "told again"):
        for located, others, used, side, partners in (
            (located_a, located_b, used_a, "a", partner_of_a),
            (located_b, located_a, used_b, "b", partner_of_b),
        ):
            for index, item in enumerate(located):
                if index in used:
                    continue
                if id(item) in claimed:
                    used.add(index)  # already paired from the other side
                    continue
                restated = (
                    _stated_elsewhere(item, others)
                    if find == "elsewhere"
                    else _told_again(item, located, partners)
                )
                if restated is None:
                    continue
                used.add(index)
                if item.kind in CONTEXT_KINDS | TIME_POINT_UNITS:
                    # "Friday" for two events: one-sided as a mention, never as a finding.
                    other = "B" if side == "a" else "A"
                    note = f"{_ALSO_GIVEN} {other}: “{restated.figure.text}”"
                    one_sided: NumberStatus = "only_a" if side == "a" else "only_b"
                    figure_a, figure_b = (item.figure, None) if side == "a" else (None, item.figure)
                    matches.append(FigureMatch(one_sided, figure_a, figure_b, note))
                    continue
                partners[index] = restated
                claimed.add(id(restated))
                first, second = (item, restated) if side == "a" else (restated, item)
                matches.append(_matched(first, second, _restated_status(first, second)))
    _pair_by_what_is_counted(located_a, located_b, used_a, used_b, matches)
    _pair_conversions(located_a, located_b, used_a, used_b, matches)
    leftover_a = [located_a[i].figure for i in range(len(located_a)) if i not in used_a]
    leftover_b = [located_b[j].figure for j in range(len(located_b)) if j not in used_b]
    named_in_a, named_in_b = _named_by_unit(leftover_a), _named_by_unit(leftover_b)
    where_a = {id(item.figure): item for item in located_a}
    where_b = {id(item.figure): item for item in located_b}
    years_a = [item for item in located_a if item.kind == "year"]
    years_b = [item for item in located_b if item.kind == "year"]
    ranged_a = {item.figure.start for item in located_a if item.in_range}
    ranged_b = {item.figure.start for item in located_b if item.in_range}
    for figure in leftover_a:
        note = (
            converted_a.get(figure.start)
            or _year_only(where_a[id(figure)], years_b, "B")
            or _range_note(figure, ranged_a)
            or _cross_reference(figure, named_in_b, "B")
        )
        matches.append(FigureMatch("only_a", figure, None, note))
    for figure in leftover_b:
        note = (
            converted_b.get(figure.start)
            or _year_only(where_b[id(figure)], years_a, "A")
            or _range_note(figure, ranged_b)
            or _cross_reference(figure, named_in_a, "A")
        )
        matches.append(FigureMatch("only_b", None, figure, note))
    return tuple(sorted(matches, key=_position))


#: How far (characters) an amount's conversion may follow it ("105 million pounds (about
#: $133 million)", "17 million pounds, or about $21.6 million").
_CONVERSION_REACH = 24


_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s*(?:and|to|through|until|-|–)\s*$", re.IGNORECASE)


def _in_range(sentence: str, at: int, figure: Figure, figures: list[Figure]) -> bool:
    """Return True when the figure starts or ends a range ("between July and September",
    "from 2026 to 2028"): an end of a range is not a figure of its own."""
    for other in figures:
        if other is figure or other.unit != figure.unit:
            continue
        first, second = (figure, other) if other.start > figure.start else (other, figure)
        between = sentence[first.end - figure.start + at : second.start - figure.start + at]
        if not _RANGE_AFTER.fullmatch(between):
            continue
        lead = sentence[
            max(0, first.start - figure.start + at - 12) : first.start - figure.start + at
        ]
        if _RANGE_BEFORE.search(lead) or between.strip() in ("-", "–", "to", "through"):
            return True
    return False


def _year_only(item: _Located, years: list[_Located], side: str) -> str:
    """Return "B gives only the year 2022" for a dated figure whose year the other source
    names near the same words ("February 2022" where the other says "in 2022")."""
    figure = item.figure
    value = figure.value
    if value is None:
        return ""
    if figure.unit == "date" and value >= 10_000_000:
        year = value // 10_000
    elif figure.unit == "month" and value > 12:
        year = value // 100
    else:
        return ""
    for other in years:
        if other.figure.value == year and item.near_stems & other.near_stems:
            return f"{side} {_YEAR_ONLY} {int(year)}"
    return ""


def _range_note(figure: Figure, ranged: set[int]) -> str:
    """Return a note for a date, month or year that ends a range (context, not a finding)."""
    if figure.start in ranged and figure_kind(figure.unit) in TIME_POINT_UNITS:
        return _RANGE_END
    return ""


def _pair_conversions(
    located_a: list[_Located],
    located_b: list[_Located],
    used_a: set[int],
    used_b: set[int],
    matches: list[FigureMatch],
) -> None:
    """Pair left-over amounts in two currencies that are one amount converted ("£410m"
    and "$560 million" for one takeover) when each has that one partner and their
    sentences share a word."""
    partners: dict[int, list[int]] = defaultdict(list)
    partners_b: dict[int, list[int]] = defaultdict(list)
    for i, first in enumerate(located_a):
        if i in used_a or first.kind != "money":
            continue
        for j, second in enumerate(located_b):
            if j in used_b or second.kind != "money" or first.figure.unit == second.figure.unit:
                continue
            if _equivalent(first, second) and first.sentence_stems & second.sentence_stems:
                partners[i].append(j)
                partners_b[j].append(i)
    for i, found in partners.items():
        if len(found) == 1 and len(partners_b[found[0]]) == 1:
            used_a.add(i)
            used_b.add(found[0])
            matches.append(_matched(located_a[i], located_b[found[0]], "equivalent"))


def _conversions(located: list[_Located]) -> dict[int, str]:
    """Return, by start offset, a note for each amount or distance that converts the one
    just before it in the same sentence into another currency or unit ("50 km (31 miles)"):
    it is not a fact of its own."""
    notes: dict[int, str] = {}
    for before, item in itertools.pairwise(located):
        if before.sentence != item.sentence or item.kind not in ("money", "length"):
            continue
        if before.kind != item.kind or item.figure.start - before.figure.end > _CONVERSION_REACH:
            continue
        other_unit = (
            before.length_unit != item.length_unit
            if item.kind == "length"
            else before.figure.unit != item.figure.unit
        )
        if other_unit and _equivalent(before, item) is not None:
            notes[item.figure.start] = f"{_CONVERTED} “{before.figure.text}”"
    return notes


def _matched(first: _Located, second: _Located, status: str) -> FigureMatch:
    """Return the match of two paired figures with its note."""
    fa, fb = first.figure, second.figure
    if status == "same":
        return FigureMatch("same", fa, fb, _hedge_note(fa, fb))
    if status == "equivalent":
        return FigureMatch("equivalent", fa, fb, _equivalent(first, second) or "")
    who_a = f" ({first.source})" if first.source else ""
    who_b = f" ({second.source})" if second.source else ""
    return FigureMatch("conflict", fa, fb, f"{fa.text} in A{who_a}, {fb.text} in B{who_b}")


def _restated_status(first: _Located, second: _Located) -> str:
    return "same" if _same(first, second) else "equivalent"


def _stated_elsewhere(item: _Located, others: list[_Located]) -> _Located | None:
    """Return a figure of the other source with the same value (or an equivalent one near
    the same words), wherever it stands; small counts need the same words near them too."""
    small = item.kind in _BARE_NUMBER_KINDS and abs(item.figure.value or 0) < _SMALL_COUNT
    for other in others:
        if other.kind != item.kind and _roughly(item, other) is None:
            continue
        near = bool(item.near_stems & other.near_stems) or bool(
            set(item.counts) & set(other.counts)
        )
        if _same(item, other):
            if near or not small:
                return other
            continue
        equivalent = _equivalent(item, other)
        if equivalent is not None and (
            near or (equivalent.endswith("rounded") and _precise_rounding(item, other))
        ):
            return other
    return None


def _told_again(
    item: _Located, own: list[_Located], partners: dict[int, _Located]
) -> _Located | None:
    """Return the other source's partner of a figure this source already paired that ``item``
    repeats (the headline's "$86.1 billion" again, "more than £19million" for its own
    "£19.2million", "aged 65" for "65 and older"), else None: one fact, told twice in a source.
    Small numbers repeat only near the same words ("six cars" is not "at least six" critical)."""
    for index, partner in partners.items():
        told = own[index]
        if told is item:
            continue
        if told.kind == item.kind:
            alike = _same(item, told) or (
                (_equivalent(item, told) or "").endswith(("rounded", "hedged"))
                and _two_digits(item, told)
            )
        else:
            alike = _roughly(item, told) is not None or (
                {told.kind, item.kind} == {"age", "count"}
                and told.figure.value == item.figure.value
            )
        if not alike:
            continue
        # Small numbers of any kind ("two years", "six") recur for other facts.
        small = item.kind != "money" and abs(item.figure.value or 0) < _SMALL_COUNT
        if small and not (item.near_stems & told.near_stems or set(item.counts) & set(told.counts)):
            continue
        return partner
    return None


def _two_digits(first: _Located, second: _Located) -> bool:
    """Return True when the rounder of two figures keeps at least two significant digits
    ("$86 billion" for "$86.1 billion"; not "10 days" for "nine days")."""
    values = [abs(first.figure.value or 0.0), abs(second.figure.value or 0.0)]
    coarse = max(values, key=_granularity)
    return coarse / _granularity(coarse) >= 10


def _precise_rounding(first: _Located, second: _Located) -> bool:
    """Return True when the rounder of two figures still keeps three significant digits
    ("Some 105,000" for "105,204"; not "12,000" for "11,800"): one fact wherever it stands."""
    values = [abs(first.figure.value or 0.0), abs(second.figure.value or 0.0)]
    coarse = max(values, key=_granularity)
    return coarse >= _LARGE and coarse / _granularity(coarse) >= 100


def _pair_by_what_is_counted(
    located_a: list[_Located],
    located_b: list[_Located],
    used_a: set[int],
    used_b: set[int],
    matches: list[FigureMatch],
) -> None:
    """Pair left-over figures that count the same thing (a word right after them in
    common: "hospitals", "critical", "arrested") with different values: a conflict, even
    where the sentences were not aligned. Only an unambiguous pair counts: each figure has
    that one partner and no other."""

    def countable(item: _Located) -> bool:
        return (
            bool(item.counts)
            and item.kind not in TIME_POINT_UNITS | CONTEXT_KINDS
            and not item.change
        )

    partners_a: dict[int, list[int]] = defaultdict(list)
    partners_b: dict[int, list[int]] = defaultdict(list)
    for i, first in enumerate(located_a):
        if i in used_a or not countable(first):
            continue
        for j, second in enumerate(located_b):
            if j in used_b or second.kind != first.kind or not countable(second):
                continue
            counted = first.counts[0] == second.counts[0] and _counts_alike(first, second)
            if counted and _plausible_conflict(first, second):
                partners_a[i].append(j)
                partners_b[j].append(i)
    for i, found in partners_a.items():
        if len(found) != 1 or len(partners_b[found[0]]) != 1:
            continue
        j = found[0]
        first, second = located_a[i], located_b[j]
        if _same(first, second) or _equivalent(first, second) is not None:
            status = _restated_status(first, second)
        else:
            status = "conflict"
        used_a.add(i)
        used_b.add(j)
        matches.append(_matched(first, second, status))


def _candidate_pairs(
    located_a: list[_Located],
    located_b: list[_Located],
    a_group: dict[int, int],
    b_group: dict[int, int],
) -> list[tuple[int, int]]:
    """Return the (A index, B index) pairs that could score: the rest never can.

    A pair can score only when its figures are equal (same unit and value), sit in one
    aligned group, or share a content word right around them (what a conflict needs).
    """
    by_value: dict[tuple[str, float | None], list[int]] = defaultdict(list)
    by_group: dict[tuple[str, int], list[int]] = defaultdict(list)
    by_near: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j, second in enumerate(located_b):
        by_value[_value_key(second.figure)].append(j)
        group = b_group.get(second.sentence)
        if group is not None:
            by_group[(second.kind, group)].append(j)
        for word in second.near_stems:
            by_near[(second.kind, word)].append(j)
    pairs: set[tuple[int, int]] = set()
    for i, first in enumerate(located_a):
        partners = by_value.get(_value_key(first.figure), [])[:_MAX_CANDIDATES]
        group = a_group.get(first.sentence)
        if group is not None:
            partners = partners + by_group.get((first.kind, group), [])[:_MAX_CANDIDATES]
        for word in sorted(first.near_stems):
            partners = partners + by_near.get((first.kind, word), [])[:_MAX_CANDIDATES]
        pairs.update((i, j) for j in partners)
    return sorted(pairs)


def _named_by_unit(figures: list[Figure]) -> dict[str, list[str]]:
    """Return, per cross-referenced unit, the distinct figures as quoted text, in order."""
    named: dict[str, dict[str, None]] = defaultdict(dict)
    for figure in figures:
        if figure.unit in _CROSS_REFERENCED:
            named[figure.unit].setdefault(f"“{figure.text}”")
    return {unit: list(texts)[:_MAX_NAMED] for unit, texts in named.items()}


def _cross_reference(figure: Figure, named: dict[str, list[str]], side: str) -> str:
    """Return "B gives “Monday”" when the other source names unpaired figures of the same unit."""
    if figure.unit not in _CROSS_REFERENCED:
        return ""
    texts = named.get(figure.unit, [])
    return f"{side} gives {', '.join(texts)}" if texts else ""


def _sentence_at(
    document: Document, offset: int, starts: list[int] | None = None
) -> Sentence | None:
    if starts is None:
        starts = [s.start for s in document.sentences]
    index = bisect.bisect_right(starts, offset) - 1
    if index >= 0 and offset < document.sentences[index].end:
        return document.sentences[index]
    return None


def figure_context(document: Document, figure: Figure, *, starts: list[int] | None = None) -> str:
    """Return a few words saying what a figure is about ("colonial rule", "visit beginning").

    Amounts are described by the words after them, dates and days by the words before.
    ``starts`` (the sentences' start offsets) saves recomputing them for many figures.
    """
    sentence = _sentence_at(document, figure.start, starts)
    if sentence is None:
        return ""
    content = _content_words(sentence)
    if figure_kind(figure.unit) in TIME_POINT_UNITS | {"relative-date"}:
        words = _near_words(content, figure, 3, 0) or _near_words(content, figure, 0, 2)
    else:
        words = _near_words(content, figure, 0, 2) or _near_words(content, figure, 3, 0)
    return " ".join(" ".join(words).split())


def _given_by(document: Document, figure: Figure, starts: list[int]) -> str:
    """Return ", police" when the figure's sentence says who gives it, else ""."""
    sentence = _sentence_at(document, figure.start, starts)
    source = _source(sentence.text) if sentence is not None else ""
    return f", {source}" if source else ""


def _summary(a: Document, b: Document, match: FigureMatch, starts: dict[str, list[int]]) -> str:
    if match.status == "conflict":
        assert match.a is not None and match.b is not None
        who_a = _given_by(a, match.a, starts["A"])
        who_b = _given_by(b, match.b, starts["B"])
        if who_a == who_b:
            who_a = who_b = ""
        return f"Number conflict: “{match.a.text}” (A{who_a}) vs “{match.b.text}” (B{who_b})"
    if match.status == "same":
        assert match.a is not None and match.b is not None
        hedged = "A" if match.a.approximate else "B"
        return f"Figure hedged only in {hedged}: “{match.a.text}” (A) vs “{match.b.text}” (B)"
    side, document, figure = ("A", a, match.a) if match.status == "only_a" else ("B", b, match.b)
    assert figure is not None
    context = figure_context(document, figure, starts=starts["A" if document is a else "B"])
    summary = f"Figure only in {side}: “{figure.text}”"
    if context:
        summary += f" ({context})"
    if match.note:
        summary += f"; {match.note}"
    return " ".join(summary.split())


_CONVERTED = "the same amount in other units as"
_ALSO_GIVEN = "also given in"
_YEAR_ONLY = "gives only the year"
_RANGE_END = "one end of a range"
#: Kinds that place a fact in time or order rather than measure it: one-sided, they are
#: context, reported only where the other source names another one of the same unit.
CONTEXT_KINDS = frozenset({"weekday", "time", "year", "decade", "ordinal", "relative-date"})


def _reported(match: FigureMatch, repeated: set[tuple[str, str, float | None]]) -> bool:
    """Return True when a match is a difference a journalist should step through."""
    if match.status == "equivalent":
        return False
    if match.status == "same":
        return False  # a hedge alone ("about $1.1 billion" / "$1.1 billion"): in the note
    if match.status == "conflict":
        return True
    figure = match.a or match.b
    assert figure is not None
    if figure_kind(figure.unit) in CONTEXT_KINDS and not match.note:
        return False
    if match.note.startswith((_CONVERTED, _ALSO_GIVEN, _RANGE_END)) or _YEAR_ONLY in match.note:
        return False
    key = (match.status, figure.unit, figure.value)
    if figure.value is not None and key in repeated:
        return False  # the same one-sided fact again: one item per fact
    repeated.add(key)
    return True


def figure_differences(
    a: Document, b: Document, matches: tuple[FigureMatch, ...]
) -> tuple[Difference, ...]:
    """Return a ``number`` difference per conflicting, one-sided or one-sidedly hedged figure."""
    differences: list[Difference] = []
    starts = {"A": [s.start for s in a.sentences], "B": [s.start for s in b.sentences]}
    repeated: set[tuple[str, str, float | None]] = set()
    for index, match in enumerate(matches):
        if not _reported(match, repeated):
            continue
        span_a = None if match.a is None else a.span(match.a.start, match.a.end)
        span_b = None if match.b is None else b.span(match.b.start, match.b.end)
        differences.append(
            Difference(
                id=difference_id("number", span_a, span_b, match.status),
                kind="number",
                a=span_a,
                b=span_b,
                summary=_summary(a, b, match, starts),
                detail=match.note,
                finding=Finding("numbers", index),
            )
        )
    return tuple(differences)
