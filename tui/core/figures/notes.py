"""The notes a one-sided figure carries: a conversion of the amount before it, a date whose
year alone the other source gives, an end of a range, or the other source's figures of
the same unit; and the kinds of figures that are context rather than findings.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict

from tui.core.figures.conflicts import counts_alike
from tui.core.figures.located import MOTION, SAYING, TIME_WORDS, Located, figure_kind
from tui.core.figures.number_words import CARDINALS, TENS, parse_number
from tui.core.figures.parse import TIME_POINT_UNITS
from tui.core.figures.units import MEASURED_KINDS
from tui.core.figures.values import calendar, equivalence_note, rated, same_figures
from tui.core.models import Document, Figure
from tui.core.text.words import content_stems, stem

#: Units whose one-sided figures name the other side's figures of that unit in their note.
_CROSS_REFERENCED = frozenset({"weekday", "date"})

#: How many figures of the other source a one-sided figure's note names at most.
_MAX_NAMED = 6

#: Two quantities within this factor of each other may be one figure told two ways.
_SAME_ORDER = 3.0

#: How far (characters) an amount's conversion may follow it ("105 million pounds (about
#: $133 million)", "17 million pounds, or about $21.6 million").
_CONVERSION_REACH = 24


#: A number however it is written, for :func:`mentions` (words: up to "ninety-nine").
_MENTION = re.compile(
    r"(?<![\w.,$£€-])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
    rf"|(?:{'|'.join(TENS)})(?:-(?:{'|'.join(c for c in CARDINALS if 0 < CARDINALS[c] < 10)}))?"
    rf"|{'|'.join(sorted(CARDINALS, key=len, reverse=True))})"
    r"(?![\w%]|[.,]\d)",
    re.IGNORECASE,
)
#: The least number :func:`mentions` returns.
_LEAST_MENTIONED = 2
#: How many content words after a number say what it counts, for :func:`mentions`.
_MENTION_WORDS = 2
#: Words after a number that say nothing of what it counts.
_MENTION_SKIP = frozenset({"people", "person", "more", "other", "others", "of", "the", "a", "an"})


def mentions(document: Document) -> list[tuple[float, tuple[str, ...], str]]:
    """Return every number the document writes, however the figure reader took it (or left
    it: "the six army helicopters", "on 17 separate days"), with the stems of the first
    content words after it, in order, and its text."""
    found: list[tuple[float, tuple[str, ...], str]] = []
    for sentence in document.sentences:
        if sentence.boilerplate:
            continue
        for match in _MENTION.finditer(sentence.text):
            value = parse_number(match.group(1))
            if value is None or value < _LEAST_MENTIONED:
                continue  # "one" is a pronoun far more often than a figure
            after = [
                w
                for w in re.findall(r"[A-Za-z]+", sentence.text[match.end() : match.end() + 40])
                if w.lower() not in _MENTION_SKIP
            ][:_MENTION_WORDS]
            found.append((value, tuple(content_stems(" ".join(after))), match.group(1)))
        for match in _ONE_SPAN.finditer(sentence.text):
            for count, unit in _SPAN_IN_UNITS[match.group(1).lower()]:
                found.append((count, (stem(unit),), match.group()))
    return found


#: One unit of time told as a span, not a rate ("delay it by a year", "for another
#: month"; "£186,000 a year" is a rate): told as "12 months" or "four weeks" by the other.
_ONE_SPAN = re.compile(
    r"\b(?:(?:for|by|within|after|over)\s+(?:a|an|one|another)|another)\s+"
    r"(year|month|week|decade)\b(?!\s+(?:of|earlier|ago|before))",
    re.IGNORECASE,
)
#: The same span in smaller units (whole numbers only, as a writer would round them).
_SPAN_IN_UNITS: dict[str, tuple[tuple[float, str], ...]] = {
    "decade": ((10.0, "year"),),
    "year": ((12.0, "month"), (52.0, "week")),
    "month": ((4.0, "week"), (30.0, "day")),
    "week": ((7.0, "day"),),
}


def stated_as_mention(
    item: Located, others: list[tuple[float, tuple[str, ...], str]], side: str
) -> str:
    """Return "also given in B: “six”" for a figure the other source writes too, with the same
    value and the same thing counted right after it, however it is written there ("six army
    helicopters" / "the six army helicopters"; "17 days of strike action" / "on 17 separate
    days"): a value both sources state is never one-sided."""
    value = item.figure.value
    if value is None or item.kind not in ("count", "duration", "age"):
        return ""
    if item.kind == "duration":
        things = {stem(item.figure.unit.partition(":")[2])}
    elif item.counts:
        # "six army helicopters" / "six army helicopters now flying"; "17 separate days" /
        # "17 days of strike action": the thing counted is among the first words after both.
        things = set(item.counts[:_MENTION_WORDS])
    else:
        return ""
    for other_value, stems, text in others:
        if other_value == value and things & set(stems):
            return f"{ALSO_GIVEN} {side}: “{text}”"
    return ""


_BRACKETED_DAY = re.compile(r"\((\d{1,2})\)$")


def dated_by_weekday(item: Located, others: list[Located], side: str) -> str:
    """Return "also given in B: “this Tuesday (14)”" for a date ("May 14") whose day the
    other source writes in brackets after a weekday, as agency copy dates a day: one date."""
    if item.kind != "date" or item.figure.value is None:
        return ""
    day = int(item.figure.value) % 100
    for other in others:
        written = _BRACKETED_DAY.search(other.figure.text) if other.kind == "weekday" else None
        if written is not None and int(written.group(1)) == day:
            return f"{ALSO_GIVEN} {side}: “{other.figure.text}”"
    return ""


_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s*$")


def headline_ids(document: Document) -> frozenset[int]:
    """Return the id of the document's headline: its first paragraph when that is one
    sentence without a full stop ("Drivers pocket 15 per cent rise after year of strikes")."""
    sentences = [s for s in document.sentences if not s.boilerplate]
    if len(sentences) < 2:
        return frozenset()
    first = sentences[0]
    if sentences[1].paragraph == first.paragraph or _SENTENCE_END.search(first.text):
        return frozenset()
    return frozenset({first.id})


def headline_rounding(item: Located, own: list[Located], headline: frozenset[int]) -> str:
    """Return "the headline's telling of “about 480”" for a headline figure that rounds,
    hedges or repeats a figure of its own body counting alike ("almost 500 workers axed" /
    "about 480 of the group's workers lost their jobs"): no fact of its own."""
    if item.sentence not in headline or item.figure.value is None:
        return ""
    for body in own:
        # A headline tells the body's "extra 8,980 crowns a year" as a change ("bills to jump
        # by almost 9,000 crowns a year"); a change in the body is no headline's level.
        if body.sentence in headline or body.kind != item.kind or (body.change and not item.change):
            continue
        if not counts_alike(item, body):
            continue
        note = "" if same_figures(item, body) else equivalence_note(item, body) or "-"
        if note.endswith(("rounded", "hedged")) or not note:
            return f"{HEADLINE_TELLS} “{body.figure.text}”"
    return ""


def year_only(item: Located, years: list[Located], side: str) -> str:
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
            return f"{side} {YEAR_ONLY} {int(year)}"
    return ""


def span_note(
    item: Located, others: list[Located], other_text: str, latest_year: int, side: str
) -> str:
    """Return "B tells the span as “2014 to 2019”" for a one-sided duration the other
    source tells as its ends: a span of years ("five years" / "from 2014 to 2019"), a
    start year ("nine years" / "since 2015", counted to the latest year either source
    names) or a time ago ("a seven-week contest" / "resigned seven weeks ago")."""
    figure = item.figure
    kind, _, unit = figure.unit.partition(":")
    if kind != "duration" or figure.value is None or figure.approximate:
        return ""
    years = figure.value if unit == "year" else None
    for other in others:
        value = other.figure.value
        if value is None:
            continue
        if other.figure.unit == f"relative-date:{unit}" and value == -figure.value:
            return f"{side} {TOLD_AS_SPAN} “{other.figure.text}”"
        if years is None or other.kind != "year":
            continue
        if other.in_range:
            for end in others:
                if (
                    end.sentence == other.sentence
                    and end.kind == "year"
                    and end.in_range
                    and end.figure.start > other.figure.start
                    and end.figure.value == value + years
                ):
                    span = other_text[other.figure.start : end.figure.end]
                    return f"{side} {TOLD_AS_SPAN} “{span}”"
        before = other_text[max(0, other.figure.start - 6) : other.figure.start].lower()
        if before.endswith("since ") and latest_year - value in (years, years + 1):
            return f"{side} {TOLD_AS_SPAN} “since {other.figure.text}”"
    return ""


def latest_year(*sides: list[Located]) -> int:
    """Return the latest year any figure of either source names (0 when none does)."""
    latest = 0
    for located in sides:
        for item in located:
            value = item.figure.value
            if value is None:
                continue
            if item.kind in ("year", "decade"):
                latest = max(latest, int(value))
            elif item.kind == "date" and value >= 10_000_000:
                latest = max(latest, int(value) // 10_000)
            elif item.kind == "month" and value > 12:
                latest = max(latest, int(value) // 100)
    return latest


def _same_month(first: Figure, second: Figure) -> bool:
    """Return True when a date and a month (either way round) fall in one month, of the same
    year where both give one."""
    year_a, month_a, _ = calendar(first)
    year_b, month_b, _ = calendar(second)
    return month_a == month_b and (not year_a or not year_b or year_a == year_b)


def _both_dated(first: Figure, second: Figure) -> bool:
    """Return True when both give their year: a month of a named year ("December 2029") is
    specific enough to meet the day in it ("12 December 2029") wherever each is written."""
    return bool(calendar(first)[0]) and bool(calendar(second)[0])


#: Reporting verbs near a figure say nothing of which event it dates.
_REPORTING = frozenset({"said", "say", "told", "tell", "announc"})


def _in_the_month(
    item: Located, others: list[Located], unit: str, *, reporting_says_nothing: bool
) -> Located | None:
    """Return the first of ``others`` that tells the month of ``item`` (a figure of
    ``unit``) at the other precision, near the same words or where both name the year."""
    figure = item.figure
    if figure.unit != unit or figure.value is None:
        return None
    near = item.near_stems
    for other in others:
        if other.figure.value is None:
            continue
        shared = near & other.near_stems
        if reporting_says_nothing:
            shared -= _REPORTING
        if not shared and not _both_dated(figure, other.figure):
            continue  # "Lee said in December" is not the forum "on December 29"
        if _same_month(figure, other.figure):
            return other
    return None


def month_only(item: Located, months: list[Located], side: str) -> str:
    """Return "B gives only the month “March”" for a full date ("March 12") whose month
    (of the same year, where both give one) the other source names near the same words."""
    other = _in_the_month(item, months, "date", reporting_says_nothing=False)
    return f"{side} {MONTH_ONLY} “{other.figure.text}”" if other else ""


def dated_in_month(item: Located, dates: list[Located], side: str) -> str:
    """Return "B gives the day: “April 6”" for a month named alone ("from next April") that
    the other source dates to the day in that month near the same words (of the same year,
    where both give one)."""
    other = _in_the_month(item, dates, "month", reporting_says_nothing=True)
    return f"{side} {DATE_IN_MONTH} “{other.figure.text}”" if other else ""


def paired_range_ends(located: list[Located], used: set[int]) -> set[int]:
    """Return the start offsets of the unpaired ends of ranges of money whose other end was
    paired ("$450 million" of "$450 million to $500 million" when the other source gives
    "up to $500 million"). Amounts only: a dash between counts is as often a sum
    ("the 127 - 118 passengers and nine crew") and a share may pair with another share."""
    paired = {
        (item.sentence, item.kind)
        for index, item in enumerate(located)
        if index in used and item.in_range and item.kind == "money"
    }
    return {
        item.figure.start
        for index, item in enumerate(located)
        if index not in used and item.in_range and (item.sentence, item.kind) in paired
    }


def timed_range_ends(located: list[Located]) -> set[int]:
    """Return the start offsets of the dates, months and years that end a span of time."""
    return {
        item.figure.start
        for item in located
        if item.in_range and figure_kind(item.figure.unit) in TIME_POINT_UNITS
    }


def range_note(figure: Figure, ranged: set[int]) -> str:
    """Return a note for a figure that ends a range and is no fact of its own (the start
    offsets in ``ranged``, from :func:`timed_range_ends` and :func:`paired_range_ends`)."""
    return RANGE_END if figure.start in ranged else ""


#: Kinds of figure a source may give again in another unit right after.
_CONVERTIBLE = frozenset({"money", "temperature", *MEASURED_KINDS})


#: What stands between an amount and its conversion: a bracket, a dash, "or", "about".
_RESTATING = re.compile(
    r"[\s,]*(?:[(\[\u2014\u2013]|--|\s-\s|,|\bor\b|\bi\.e\.)[\s,]*"
    r"(?:(?:or|some|about|around|roughly|approximately|nearly|almost|more than|over|"
    r"just over|just under|close to|worth|equal to|equivalent to)\s+)*",
    re.IGNORECASE,
)


_FAHRENHEIT = re.compile(r"F\b|Fahrenheit", re.IGNORECASE)
#: How far apart (°C) a reading and its conversion may be: each is rounded as it is written
#: ("9 degrees Celsius (48 Fahrenheit)": 48°F is 8.9°C).
_TEMPERATURE_ROUNDING = 0.8


def _same_temperature(first: Figure, second: Figure) -> bool:
    """Return True when two temperatures in different scales are one reading, or one change
    told in both ("fall by 8 degrees Celsius (about 14 Fahrenheit)")."""
    if first.value is None or second.value is None:
        return False
    in_f = (bool(_FAHRENHEIT.search(first.text)), bool(_FAHRENHEIT.search(second.text)))
    if first.value == second.value and first.text != second.text:
        return True
    if in_f[0] == in_f[1]:
        return False
    if abs(first.value - second.value) <= _TEMPERATURE_ROUNDING:
        return True
    # A change: the Fahrenheit figure's degrees are 5/9 of a Celsius degree each.
    celsius, fahrenheit = (second, first) if in_f[0] else (first, second)
    assert celsius.value is not None and fahrenheit.value is not None
    degrees_f = fahrenheit.value * 9 / 5 + 32
    return abs(celsius.value - degrees_f * 5 / 9) <= _TEMPERATURE_ROUNDING


def conversions(located: list[Located], text: str = "") -> dict[int, str]:
    """Return, by start offset, a note for each amount, distance, weight or temperature that
    converts the one just before it in the same sentence into another currency or unit ("50
    km (31 miles)", "41.9C (107.4F)", "150 grams (5.3 ounces)"): it is not a fact of its own.
    Where no rate is known (a local dollar: "1.96 billion Marenne dollars, or about US$1.21
    billion") the way it is written says so: right after the amount, in brackets, between
    dashes or after "or". ``text`` is the document's text (its figures' offsets index it)."""
    notes: dict[int, str] = {}
    for before, item in itertools.pairwise(located):
        if before.sentence != item.sentence or item.kind not in _CONVERTIBLE:
            continue
        if before.kind != item.kind or item.figure.start - before.figure.end > _CONVERSION_REACH:
            continue
        if item.kind == "temperature":
            # Both are kept in °C: the same reading told in the other scale is a conversion.
            if _same_temperature(before.figure, item.figure):
                notes[item.figure.start] = f"{CONVERTED} “{before.figure.text}”"
            continue
        other_unit = (
            before.length_unit != item.length_unit
            if item.kind in MEASURED_KINDS
            else before.figure.unit != item.figure.unit
        )
        if not other_unit:
            continue
        unrated = item.kind == "money" and not (rated(before.figure) and rated(item.figure))
        between = text[before.figure.end : item.figure.start] if text else ""
        if equivalence_note(before, item) is not None or (
            unrated and _RESTATING.fullmatch(between)
        ):
            notes[item.figure.start] = f"{CONVERTED} “{before.figure.text}”"
    return notes


def named_by_unit(located: list[Located], leftover: list[Figure]) -> dict[str, list[Located]]:
    """Return, per cross-referenced unit, the left-over figures of that unit, in order."""
    left = {id(figure) for figure in leftover}
    named: dict[str, list[Located]] = defaultdict(list)
    for item in located:
        if id(item.figure) in left and item.figure.unit in _CROSS_REFERENCED:
            named[item.figure.unit].append(item)
    return named


#: Content stems a sentence must share with another for their days to be one event's.
_SAME_EVENT = 2


def same_event(item: Located, other: Located, *, aligned: bool) -> bool:
    """Return True when two time points may date one event: several words in both
    sentences, or, in aligned sentences, one word of who or what that is not a word of
    time. "Rose", "said" and "week" name no event:
    "indices published on Friday" and "oil prices rose about 2% on Wednesday" are two
    events, however the sentences were aligned."""
    near = (item.near_stems & other.near_stems) - SAYING - MOTION
    shared = (item.sentence_stems & other.sentence_stems) - SAYING - MOTION
    if len(shared) >= _SAME_EVENT:
        return True
    # Aligned sentences: one word of what happens or who does it ("Lee will begin a state
    # visit on Sunday" / "Lee will meet Xi on Monday"); a word of time dates no event.
    return aligned and bool(near or shared - TIME_WORDS)


def cross_reference(
    item: Located,
    named: dict[str, list[Located]],
    side: str,
    groups: tuple[int | None, dict[int, int]] = (None, {}),
) -> str:
    """Return "B gives “Monday”" when the other source names left-over figures of the same
    unit in a sentence about the same thing (aligned to this one, or with a few content
    words in common): two days for one event, to check. A day named for another event is
    no cross-reference. ``groups``: this figure's aligned group and the other source's
    groups by sentence."""
    if item.figure.unit not in _CROSS_REFERENCED:
        return ""
    group, other_groups = groups
    texts: dict[str, None] = {}
    for other in named.get(item.figure.unit, []):
        aligned = group is not None and other_groups.get(other.sentence) == group
        if same_event(item, other, aligned=aligned):
            texts.setdefault(f"“{other.figure.text}”")
    shown = list(texts)[:_MAX_NAMED]
    return f"{side} gives {', '.join(shown)}" if shown else ""


def aligned_counterpart(
    item: Located, group: int | None, unpaired: dict[tuple[int, str], list[Located]], side: str
) -> str:
    """Return "B's aligned sentence gives “5 p.m.”" for a one-sided figure whose sentence is
    aligned to one of the other source holding an unpaired figure of the same kind: the other
    source plainly tells the same thing, in a form not compared ("1700 GMT" / "5 p.m.", "from
    six to three" / "halved"), so "only in A" would be a guess."""
    if group is None:
        return ""
    others = [
        other.figure
        for other in unpaired.get((group, item.kind), [])
        if (item.kind in TIME_POINT_UNITS and same_event(item, other, aligned=True))
        or (item.kind not in TIME_POINT_UNITS and _comparable(item, other))
    ]
    if not others:
        return ""
    return f"{side}'s {ALIGNED_GIVES} {', '.join(f'“{f.text}”' for f in others[:_MAX_NAMED])}"


#: Content stems a ratio sentence shares with the change it tells another way.
_RATIO_SHARED = 3

#: Words that tell a change as a ratio ("cut in half", "doubled"), and the ratios they mean.
_RATIO_WORDS = re.compile(
    r"\b(?:(?:in|by) half|halved|halving|doubled|doubling|tripled|trebled|tripling)\b",
    re.IGNORECASE,
)


def ratio_sentences(document: Document) -> list[tuple[str, frozenset[str]]]:
    """Return, for each sentence telling a change as a ratio ("cut in half"), the ratio
    words and the sentence's content stems."""
    found = []
    for sentence in document.sentences:
        word = _RATIO_WORDS.search(sentence.text)
        if word is not None:
            found.append((word.group(), frozenset(content_stems(sentence.text))))
    return found


def ratio_counterpart(
    item: Located, own: list[Located], ratios: list[tuple[str, frozenset[str]]], side: str
) -> str:
    """Return "B tells the change as “in half”" for one end of a change told as two
    values ("from six to three") when a sentence of the other source about the same thing
    (sharing a few content words) tells that change as the ratio the two values make."""
    if not item.in_range:
        return ""
    for other in own:
        if other is item or other.sentence != item.sentence or not other.in_range:
            continue
        x, y = item.figure.value, other.figure.value
        if other.kind != item.kind or not x or not y:
            continue
        ratio = max(x, y) / min(x, y)
        if not any(abs(ratio - r) < 0.01 for r in (2.0, 3.0)):
            continue
        for word, stems in ratios:
            if len(stems & item.sentence_stems) >= _RATIO_SHARED:
                return f"{side} {RATIO_GIVES} “{word}”"
    return ""


def _comparable(first: Located, second: Located) -> bool:
    """Return True when two quantities could be one told two ways: both levels or both
    changes, counting alike, of the same order of magnitude (within a factor of three)."""
    if first.change != second.change or not counts_alike(first, second):
        return False
    x, y = abs(first.figure.value or 0), abs(second.figure.value or 0)
    return bool(x and y) and max(x, y) <= _SAME_ORDER * min(x, y)


CONVERTED = "the same amount in other units as"
ALIGNED_GIVES = "aligned sentence gives"
RATIO_GIVES = "tells the change as"
ALSO_GIVEN = "also given in"
YEAR_ONLY = "gives only the year"
TOLD_AS_SPAN = "tells the span as"
MONTH_ONLY = "gives only the month"
DATE_IN_MONTH = "gives the day:"
RANGE_END = "one end of a range"
HEADLINE_TELLS = "the headline's telling of"
#: Kinds that place a fact in time or order rather than measure it: one-sided, they are
#: context, reported only where the other source names another one of the same unit.
CONTEXT_KINDS = frozenset({"weekday", "time", "year", "decade", "ordinal", "relative-date"})
