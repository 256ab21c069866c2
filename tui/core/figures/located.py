"""Read the figures of a document where they stand: each with its sentence, the content
words around it, what it counts, who gives it, and whether it is a change, a name
("Train 612"), a length or an end of a range. This is what pairing works from.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from tui.core.figures.number_words import parse_number
from tui.core.figures.parse import scan_figures
from tui.core.figures.units import (
    AREAS,
    ENERGIES,
    LENGTHS,
    MASSES,
    MEASURED_KINDS,
    POWERS,
    UNIT_AFTER,
)
from tui.core.models import Document, Figure, Sentence
from tui.core.text.quotation import in_quotation, quotation_ranges
from tui.core.text.words import is_function_word, stem, word_spans, words

#: How many content words on each side of a figure count as its immediate context.
_NEAR_WORDS = 3

#: Units that measure a share of a whole, compared with each other as shares.
SHARE_UNITS = frozenset({"percent", "fraction"})


@dataclass(frozen=True, slots=True)
class Located:
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
    #: A length in kilometres (an area in square kilometres, kind "area"; a mass in
    #: kilograms, kind "mass"), for a count followed by a unit of length (of area, of
    #: mass), and that unit.
    length_km: float | None = None
    length_unit: str = ""
    #: True for an end of a range ("between July and September", "from 2026 to 2028").
    in_range: bool = False
    #: For a clock time, its time zone as written after it: minutes ahead of UTC ("2047 GMT"
    #: → 0, "21:47 Central European Time" → 60), ``ZONE_UNKNOWN`` for a zone that cannot be
    #: converted ("local time", "Eastern time"), None when none is written.
    zone: int | None = None
    #: When the sentence says its count stood ("By midday", "by late Saturday"): the stems
    #: of those time words, else empty.
    counted_by: frozenset[str] = frozenset()
    #: The word right before the figure, lower-cased ("in" 10 years, "for" 24 years).
    before: str = ""
    #: True for a death toll named as such ("the death toll rose to 132"): see ``named_toll``.
    toll: bool = False
    #: Stems of the names right around the figure (capitalised words, not the first of the
    #: sentence nor its cited source): "a California subclass of about 580,000 users".
    names: frozenset[str] = frozenset()


_LENGTHS = LENGTHS
_AREAS = AREAS
_AREA_WORDS = frozenset(word for unit in _AREAS for word in unit.split())

_MASSES = MASSES

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

_BODIES = r"(?:police|officials|organi[sz]ers|witnesses|authorities|investigators)"
_SOURCE_SAID = re.compile(
    r"\b(?:according to|said|says|estimated|reported|put the number at|told)\s+(?:the\s+)?"
    rf"([A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,3}}|(?:[a-z]+\s+)?{_BODIES})"
    rf"|\b((?:the\s+)?(?:(?:(?!(?:and|but|or|the|that|as|while)\s)[a-z]+\s+)?{_BODIES}"
    rf"|[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){{0,3}}))"
    r"\s+(?:said|says|estimated|reported|put|counted|told)\b"
)


#: Time zones written after a clock time, in minutes ahead of UTC; ``ZONE_UNKNOWN`` for a zone
#: named but not convertible (the season of "Eastern time" or "local time" is not said).
ZONE_UNKNOWN = 10_000
_ZONES = {
    "gmt": 0,
    "utc": 0,
    "greenwich mean time": 0,
    "coordinated universal time": 0,
    "universal time": 0,
    "bst": 60,
    "british summer time": 60,
    "cet": 60,
    "central european time": 60,
    "cest": 120,
    "central european summer time": 120,
    "eet": 120,
    "eastern european time": 120,
    "eest": 180,
    "msk": 180,
    "moscow time": 180,
    "est": -300,
    "eastern standard time": -300,
    "edt": -240,
    "eastern daylight time": -240,
    "cst": -360,
    "central standard time": -360,
    "cdt": -300,
    "central daylight time": -300,
    "mst": -420,
    "mountain standard time": -420,
    "mdt": -360,
    "mountain daylight time": -360,
    "pst": -480,
    "pacific standard time": -480,
    "pdt": -420,
    "pacific daylight time": -420,
    "jst": 540,
    "japan standard time": 540,
    "aest": 600,
    "australian eastern standard time": 600,
    "aedt": 660,
    "australian eastern daylight time": 660,
    "local time": ZONE_UNKNOWN,
    "eastern time": ZONE_UNKNOWN,
    "central time": ZONE_UNKNOWN,
    "mountain time": ZONE_UNKNOWN,
    "pacific time": ZONE_UNKNOWN,
    "et": ZONE_UNKNOWN,
    "pt": ZONE_UNKNOWN,
}
_ZONE_AFTER = re.compile(
    r"\s*\(?\s*("
    + "|".join(sorted((re.escape(z) for z in _ZONES), key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
_ZONE_IN = re.compile(r"\s(GMT|UTC)$")


def _zone(text: str, figure: Figure) -> int | None:
    """Return the time zone written with a clock time (see ``Located.zone``), else None."""
    if figure.unit != "time":
        return None
    inside = _ZONE_IN.search(figure.text)
    if inside is not None:
        return 0
    written = _ZONE_AFTER.match(text, figure.end)
    if written is None:
        return None
    name = " ".join(written.group(1).lower().split())
    if name.isalpha() and len(name) <= 4 and not written.group(1).isupper():
        return None  # "et", "est" in lower case are words, not zones
    return _ZONES[name]


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
    if unit in SHARE_UNITS:
        return "share"
    return unit.split(":", 1)[0]


#: Stems that name one thing a figure may count, told with other words ("six dead" /
#: "six people died" / "six deaths"; "40 homes" / "35 houses"): each maps to one stem.
_COUNTED_ALIKE = {
    "dead": "death",
    "die": "death",
    "kill": "death",
    "fatal": "death",
    "hous": "home",
    "dwell": "home",
    "hurt": "injur",
    "injuri": "injur",
    "wound": "injur",
    "employe": "worker",
    "staff": "worker",
    "staffer": "worker",
}


def _figure_stem(word: str) -> str:
    """Return a word's stem, one stem for the words that count the same thing."""
    stemmed = stem(word)
    return _COUNTED_ALIKE.get(stemmed, stemmed)


def _content_stems(text: str) -> list[str]:
    """Return the stems of the content words of ``text`` (as ``words.content_stems``)."""
    return [_figure_stem(w) for w in words(text) if not is_function_word(w)]


@lru_cache(maxsize=256)
def content_words(sentence: Sentence) -> list[tuple[int, int, str]]:
    """Return a sentence's content words with their offsets (cached: figures share them)."""
    return [
        (s, e, w)
        for s, e, w in word_spans(sentence.text, sentence.start)
        if not is_function_word(w) and not any(ch.isdigit() for ch in w)
    ]


def near_words(
    words: list[tuple[int, int, str]], figure: Figure, before: int, after: int
) -> list[str]:
    """Return up to ``before`` content words before the figure and ``after`` ones after it.

    ``words`` are the sentence's content words (from :func:`content_words`), in order.
    """
    ends = [e for _, e, _ in words]
    first_after = bisect.bisect_left([s for s, _, _ in words], figure.end)
    last_before = bisect.bisect_right(ends, figure.start)
    preceding = (
        [w for _, _, w in words[max(0, last_before - before) : last_before]] if before else []
    )
    following = [w for _, _, w in words[first_after : first_after + after]]
    return preceding + following


def _names_near(
    words: list[tuple[int, int, str]], figure: Figure, sentence_start: int, source: str
) -> frozenset[str]:
    """Return the stems of the capitalised words among the content words right around a
    figure, but the sentence's first word and the source it cites ("Police said ...")."""
    ends = [e for _, e, _ in words]
    last_before = bisect.bisect_right(ends, figure.start)
    first_after = bisect.bisect_left([s for s, _, _ in words], figure.end)
    window = words[max(0, last_before - _NEAR_WORDS) : first_after + _NEAR_WORDS]
    cited = set(_content_stems(source))
    return frozenset(
        stem(word)
        for start, _, word in window
        if word[:1].isupper() and start != sentence_start and stem(word) not in cited
    )


def locate(document: Document) -> list[Located]:
    located: list[Located] = []
    for sentence in document.sentences:
        if sentence.boilerplate:
            continue
        figures = scan_figures(sentence.text, sentence.start)
        if not figures:
            continue
        all_stems = frozenset(_content_stems(sentence.text))
        words = content_words(sentence)
        source = cited_source(sentence.text)
        counted_by = _counted_by(sentence.text)
        by_start = _ByStart(figures)
        for position, figure in enumerate(figures):
            at = figure.start - sentence.start
            if at > 0 and _is_identifier(sentence.text, at, figure):
                continue
            if _names_a_part(sentence.text, at, figure):
                continue
            figure_stems = set(_content_stems(figure.text))
            near = near_words(words, figure, _NEAR_WORDS, _NEAR_WORDS)
            upto = _counted_until(sentence, figures, position)
            after = [w for s, _, w in words if figure.end <= s < upto][:4]
            kind, length, length_unit = _measure(document.text, figure)
            located.append(
                Located(
                    figure=figure,
                    kind=kind,
                    sentence=sentence.id,
                    sentence_stems=all_stems - figure_stems,
                    near_stems=frozenset(_content_stems(" ".join(near))) - figure_stems,
                    counts=_counted(_compound(document.text, figure) + after, sentence.text, at),
                    change=_is_change(sentence.text, figure.start - sentence.start),
                    source=source,
                    length_km=length,
                    length_unit=length_unit,
                    counted_by=counted_by,
                    before=_word_before(sentence.text, at),
                    toll=named_toll(sentence.text, at),
                    names=_names_near(words, figure, sentence.start, source),
                    zone=_zone(document.text, figure),
                    in_range=_in_range(
                        sentence.text, figure.start - sentence.start, figure, by_start.near(figure)
                    ),
                )
            )
    return _measured_ranges(document.text, located)


#: Between the two ends of a range told with one unit ("5 to 8 grams", "3-4 km").
_RANGE_JOIN = re.compile(r"\s*(?:to|and|-|\u2013)\s*")


def _measured_ranges(text: str, located: list[Located]) -> list[Located]:
    """Give the first end of a range its unit from the second ("5 to 8 grams": five grams)."""
    measured = list(located)
    for index in range(len(measured) - 2, -1, -1):
        first, second = measured[index], measured[index + 1]
        if (
            first.kind == "count"
            and second.kind in MEASURED_KINDS
            and first.sentence == second.sentence
            and first.figure.value is not None
            and second.figure.value
            and second.length_km is not None
            and _RANGE_JOIN.fullmatch(text, first.figure.end, second.figure.start)
        ):
            per_unit = second.length_km / second.figure.value
            measured[index] = replace(
                first,
                kind=second.kind,
                length_km=first.figure.value * per_unit,
                length_unit=second.length_unit,
            )
    return measured


#: Words that say when within the story's days a count stood ("By midday", "by late Saturday").
_TIMES_OF_DAY = frozenset(
    {
        "morning",
        "midday",
        "noon",
        "afternoon",
        "evening",
        "night",
        "nightfall",
        "overnight",
        "dawn",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)
_COUNTED_BY = re.compile(r"\b(?:by|as of|as at)\s+((?:[A-Za-z]+\s+){0,2}[A-Za-z]+)", re.IGNORECASE)


def _counted_by(sentence: str) -> frozenset[str]:
    """Return the time words after "by" / "as of" in a sentence ("By late Saturday")."""
    found: set[str] = set()
    for match in _COUNTED_BY.finditer(sentence):
        found.update(w for w in match.group(1).lower().split() if w in _TIMES_OF_DAY)
    return frozenset(found)


#: Words between two figures that make them a list of counts ("12 deaths, with 26 missing").
_LIST_JOINS = re.compile(r"[,;]|\b(?:and|with|plus|while)\b", re.IGNORECASE)


def _counted_until(sentence: Sentence, figures: list[Figure], position: int) -> int:
    """Return where the words saying what the figure at ``position`` counts end: at the
    next figure when the two are listed ("12 deaths, with 26 missing"), not when one is
    part of the other ("642 of the roughly 1,400 faculty")."""
    if position + 1 >= len(figures):
        return sentence.end
    figure, following = figures[position], figures[position + 1]
    between = sentence.text[figure.end - sentence.start : following.start - sentence.start]
    return following.start if _LIST_JOINS.search(between) else sentence.end


def _measure(text: str, figure: Figure) -> tuple[str, float | None, str]:
    """Return a figure's kind, and for a count followed by a unit of length or area ("four
    miles", "a 249-mile line", "41,300 acres") its size in km or km² and that unit."""
    if figure.unit != "count" or figure.value is None:
        return figure_kind(figure.unit), None, ""
    joined = _compound(text, figure) or _unit_within(figure) or _unit_written(figure)
    after = text[figure.end : figure.end + 24].lstrip(" -\u00a0(").split()
    following = [word.strip(".,;:)").lower() for word in (joined + after)[:2]]
    two = " ".join(following)
    if two in _AREAS:
        return "area", figure.value * _AREAS[two], two
    if following and following[0] in _AREAS:
        return "area", figure.value * _AREAS[following[0]], following[0]
    if two in _LENGTHS:
        return "length", figure.value * _LENGTHS[two], repr(_LENGTHS[two])
    if following and following[0] in _LENGTHS:
        return "length", figure.value * _LENGTHS[following[0]], repr(_LENGTHS[following[0]])
    for kind, table in (("mass", _MASSES), ("power", POWERS), ("energy", ENERGIES)):
        if following and following[0] in table:
            return kind, figure.value * table[following[0]], repr(table[following[0]])
    return "count", None, ""


_CHANGE = re.compile(
    r"(?:\b(?:rise|rose|increase|increased|jump|jumped|fall|fell|drop|dropped|decline|"
    r"declined|cut|up|down|grew|growth|gain|loss|rises|rising|increases|falls|falling|jumps|"
    r"drops|gains|climbed|climbs|slid|slipped|slumped|soared|surged|plunged|tumbled)"
    r"\s+(?:of|by)?\s*|\bfrom\s+)$",
    re.IGNORECASE,
)
#: A bare number right after one of these words is a name ("Train 612", "Route 9").
_IDENTIFIER = re.compile(
    r"\b(?:Train|Flight|Route|Interstate|Highway|Section|Article|Proposition|Prop|No|Gate|"
    r"Platform|Bus|Line|Unit|Room|Ward|District|Chapter|Title|Amendment|Exit|Pier|Terminal|"
    r"Building|Block|Bill|Resolution|Rule|Order|Lot|Case|Station|Road|Street|Avenue)\.?\s+$"
    # A class or grade named by its number ("type 2 diabetes", "stage 4 cancer", "a phase 3
    # trial", "a band 5 nurse", "grade 2 listed", "tier 3 rules").
    r"|\b(?i:type|stage|phase|band|grade|tier)\s+$"
)
#: The second half of a model number ("the ATR 72-600", "a Boeing 737-800").
_MODEL_BEFORE = re.compile(r"\b[A-Z][A-Za-z]*\s?\d{2,}-$")


def _is_change(sentence: str, at: int) -> bool:
    """Return True when the figure at ``at`` is a change ("a rise of more than 2,500")."""
    return _CHANGE.search(sentence[max(0, at - 24) : at]) is not None


#: A bare number right before these words is an address ("the 1400 block of Garfield Avenue").
_ADDRESS_AFTER = re.compile(r"\s+block\s+of\b", re.IGNORECASE)


#: Words right before the base of a rate ("per 100 millilitres", "in every 1,000 users",
#: "four extra cases for every 1,000 people").
_DENOMINATOR_BEFORE = re.compile(r"\b(?:per|in\s+every|out\s+of\s+every)\s+$", re.I)
#: "for every", "of each": the base of a rate only when a round base ("four extra cases for
#: every 1,000 people"); "one reviewer for every 37,000 children" tells its figure there.
_ROUND_BASE_BEFORE = re.compile(r"\b(?:for|of|in)\s+(?:every|each)\s+$", re.IGNORECASE)
_ROUND_BASES = frozenset({10.0, 100.0, 1_000.0, 10_000.0, 100_000.0, 1_000_000.0})


#: A month naming a period ("the June quarter"), and the part of a place or thing that a
#: "half" names ("the southern half of Pine Hollow"): names, not figures.
_MONTH_NAMING = re.compile(r"\s+(?:quarter|half)\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_PART_BEFORE = re.compile(
    r"\b(?:north|south|east|west|northern|southern|eastern|western|upper|lower|top|bottom|"
    r"front|back|rear)\s+$",
    re.IGNORECASE,
)


def _names_a_part(sentence: str, at: int, figure: Figure) -> bool:
    """Return True for a month naming a quarter ("the June quarter") or a half naming a part
    of a place ("the southern half of the city"): no figure to check."""
    if figure.unit == "month" and figure.value is not None and figure.value <= 12:
        named = _THE_BEFORE.search(sentence[max(0, at - 5) : at]) is not None
        return named and _MONTH_NAMING.match(sentence, at + len(figure.text)) is not None
    if figure.unit == "fraction" and figure.text.lower().endswith("half"):
        return _PART_BEFORE.search(sentence[max(0, at - 12) : at]) is not None
    return False


#: A span of time the figure's period ends at ("in the three months to September", "the seven
#: days to Tuesday", "the 12 months through March"): the period a statistic covers.
_PERIOD_END_AFTER = re.compile(
    r"\s+(?:to|through|thru|ending|ended|until)\s+(?:the\s+end\s+of\s+)?"
    r"(?:[A-Z][a-z]+|\d|last\b|this\b|mid)"
)


def reporting_period(sentence: str, at: int, figure: Figure) -> bool:
    """Return True when a duration names the period a statistic covers ("sales jumped in the
    three months through September"): context for the statistic, never a finding alone."""
    if not figure.unit.startswith("duration:"):
        return False
    return _PERIOD_END_AFTER.match(sentence, at + len(figure.text)) is not None


#: A condition, then what the speaker says they will do ("if they pick him, we'll be back").
_CONDITION = re.compile(
    r"\b(?:if|unless)\b.*\b(?:we|I)(?:\s+(?:will|would|shall|could|might)\b|['\u2019](?:ll|d)\b)",
    re.IGNORECASE,
)


def hypothetical(document: Document, sentence: Sentence, figure: Figure) -> bool:
    """Return True for a figure inside a quotation where the speaker says what they will do
    if something happens ("if they pick him, we'll be back here in six months"; "unless
    something changes, we will strike in November"): a threat or a promise, not a fact
    either source reports."""
    at = figure.start - sentence.start
    if _CONDITION.search(sentence.text[:at]) is None:
        return False
    return in_quotation(quotation_ranges(document.text), figure.start, figure.end)


def _is_identifier(sentence: str, at: int, figure: Figure) -> bool:
    """Return True for a number that names something ("Train 612", "the 1400 block of ..."),
    not a figure."""
    if figure.unit == "count" and _DENOMINATOR_BEFORE.search(sentence[max(0, at - 14) : at]):
        return True  # "per 100 millilitres", "in every 1,000": the base of a rate
    if figure.value in _ROUND_BASES and _ROUND_BASE_BEFORE.search(sentence[max(0, at - 14) : at]):
        return True
    if figure.unit != "count" or not figure.text.isdigit():
        return False
    if _ADDRESS_AFTER.match(sentence, at + len(figure.text)):
        return True
    if len(figure.text) >= 3 and _MODEL_BEFORE.search(sentence[max(0, at - 20) : at]):
        return True
    return _IDENTIFIER.search(sentence[max(0, at - 20) : at]) is not None


_COMPOUND = re.compile(r"(?<=\w)-([A-Za-z]+)$")


_UNIT_AND_A_HALF = re.compile(r"\b(\w+)\s+and\s+a\s+half$", re.IGNORECASE)


def _unit_within(figure: Figure) -> list[str]:
    """Return the unit inside "a mile and a half"."""
    inner = _UNIT_AND_A_HALF.search(figure.text)
    return [inner.group(1)] if inner and inner.group(1).lower() in _LENGTHS else []


_UNIT_WRITTEN = re.compile(rf"(?<=[\d\w])(?:{UNIT_AFTER.pattern})$", re.IGNORECASE)


def _unit_written(figure: Figure) -> list[str]:
    """Return the words of the unit the figure's text ends with ("40 km" → ["km"])."""
    inner = _UNIT_WRITTEN.search(figure.text)
    return inner.group().split() if inner else []


def _compound(text: str, figure: Figure) -> list[str]:
    """Return the noun a figure is joined to ("20-team" → team), which is what it counts."""
    joined = _COMPOUND.search(figure.text)
    if joined is None or parse_number(joined.group(1)) is not None:
        return []  # "Ninety-six" is one number, not ninety counting "six"
    return [joined.group(1)]


#: Stems of words of saying, near a figure in any quoted sentence: never what it counts,
#: and no sign that two figures count one thing ("in 10 years," she said / "24 years", he said).
SAYING = frozenset(stem(word) for word in ("said", "says", "say", "told", "according", "added"))
#: Words of time, shared by sentences about any two events ("week on week", "this year"):
#: they name no event, and are not what a figure counts ("81.2% from 79.6% a year earlier").
_TIME_WORDS = (
    "week weeks weekend day days month months year years morning afternoon evening night "
    "today tonight yesterday"
)
TIME_WORDS = frozenset(stem(word) for word in _TIME_WORDS.split(" "))
#: Words of motion that say how a quantity moved, not which quantity it is: "spot rates rose
#: 11%" and "oil prices rose about 2%" share "rose" and nothing they measure.
_MOTION = (
    "rose rise rises rising risen fell fall falls falling fallen up down increase increased "
    "increases decrease decreased jumped jump climbed climb dropped drop declined decline "
    "grew grow gained gain lost slid slipped slumped soared surged plunged tumbled eased "
    "higher lower more less"
)
MOTION = frozenset(stem(word) for word in _MOTION.split(" "))


#: A death toll named before the figure it reaches ("the death toll ... rose to 132", "a
#: death toll of 40"): what the figure counts is deaths, whatever words follow it.
_TOLL_BEFORE = re.compile(
    r"(?:\b(?:death|casualty|fatality)\s+toll\b"
    # "the number of deaths caused by the floods ... rose to 29"
    r"|\bnumber\s+of\s+(?:deaths|dead|fatalities)\b)"
    r"[^.;:!?]{0,100}?\b(?:to|at|of|reached|hit|is|was)"
    r"\s+(?:(?:at\s+least|more\s+than|nearly|about|around|some)\s+)?$",
    re.IGNORECASE,
)
#: A killing verb right before a figure ("floods kill at least 27", "have killed 12 people"):
#: what it counts is deaths.
_KILLED_BEFORE = re.compile(
    r"\b(?:kill|kills|killed|killing)\s+"
    r"(?:(?:at\s+least|more\s+than|nearly|about|around|some|an\s+estimated)\s+)?$",
    re.IGNORECASE,
)


_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")


def _word_before(sentence: str, at: int) -> str:
    """Return the word right before offset ``at`` in ``sentence``, lower-cased ("" if none)."""
    found = _LAST_WORD.search(sentence[max(0, at - 24) : at])
    return found.group(1).lower() if found else ""


def named_toll(sentence: str, at: int) -> bool:
    """Return True when a death toll named before the figure at offset ``at`` of ``sentence``
    stands at it ("the death toll rose to 132", "the number of deaths reached 29"): a toll,
    which rises as bodies are found, unlike a count of the killed told once."""
    return _TOLL_BEFORE.search(sentence[max(0, at - 160) : at]) is not None


def _counted(after: list[str], sentence: str = "", at: int = 0) -> tuple[str, ...]:
    """Return the stems saying what a figure counts: the first content words after it,
    a generic "people" skipped ("63 people under arrest" counts arrests), led by deaths
    where a death toll named before it in ``sentence`` stands at it (at offset ``at``)."""
    stems = [
        _figure_stem(word.lower())
        for word in after
        if word.lower() not in _GENERIC_NOUNS
        and word.lower() not in _LENGTHS
        and word.lower() not in _AREA_WORDS
        and word.lower() not in _MASSES
    ]
    counted = [word for word in stems if word not in SAYING]
    before = sentence[max(0, at - 160) : at]
    if (named_toll(sentence, at) or _KILLED_BEFORE.search(before)) and "death" not in counted:
        counted.insert(0, "death")
    return tuple(counted[:3])


def cited_source(sentence: str) -> str:
    """Return who the sentence says gives its figures ("police", "the Highway Patrol")."""
    match = _SOURCE_SAID.search(sentence)
    if match is None:
        return ""
    words = (match.group(1) or match.group(2) or "").split()
    if words and words[-1].endswith(".") and not _DOTTED.fullmatch(words[-1]):
        words[-1] = words[-1][:-1]  # the full stop that ends the sentence, not "U.S."
    return " ".join(words)


_DOTTED = re.compile(r"(?:[A-Z]\.)+")


_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s*(?:[-–]?(?:and|to|through|until)[-–]?|-|–)\s*$", re.IGNORECASE)


#: How far before a figure's start the other end of its range may start (its own text, then
#: "to" or "and"), and how far after its end: only figures this close are looked at.
_RANGE_REACH_BEFORE = 80
_RANGE_REACH_AFTER = 16


class _ByStart:
    """The figures of one sentence, found by where they start (a sentence of thousands of
    numbers is looked up in log time, not scanned once per figure)."""

    def __init__(self, figures: Sequence[Figure]) -> None:
        self._figures = sorted(figures, key=lambda f: f.start)
        self._starts = [f.start for f in self._figures]

    def near(self, figure: Figure) -> list[Figure]:
        low = bisect.bisect_left(self._starts, figure.start - _RANGE_REACH_BEFORE)
        high = bisect.bisect_right(self._starts, figure.end + _RANGE_REACH_AFTER)
        return self._figures[low:high]


def _in_range(sentence: str, at: int, figure: Figure, figures: Sequence[Figure]) -> bool:
    """Return True when the figure starts or ends a range ("between July and September",
    "from 2026 to 2028"): an end of a range is not a figure of its own. ``figures`` are the
    sentence's figures near this one (see :class:`_ByStart`)."""
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
        joined = between.strip().strip("-–")  # "July-to-September": one span
        if _RANGE_BEFORE.search(lead) or joined in ("", "to", "through"):
            return True
    return False
