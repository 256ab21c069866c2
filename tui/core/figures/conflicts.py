"""Decide whether two different figures can be two accounts of one fact (a conflict):
they must count the same thing in the same role, not be a change against a level or a
bound the other satisfies, and differ by a plausible factor.
"""

from __future__ import annotations

import re

from tui.core.figures.located import Located
from tui.core.figures.parse import TIME_POINT_UNITS
from tui.core.figures.units import MEASURED_KINDS
from tui.core.figures.values import (
    STRICT_LOWER,
    STRICT_UPPER,
    calendar,
    duration_days,
    share_of,
    utc_minutes,
)
from tui.core.models import Figure
from tui.core.text.words import stem

#: Two accounts of one quantity differ by less than this factor ("12,000" vs "60,000");
#: "187 passengers" on board and "three passengers" killed are two quantities.
_CONFLICT_RATIO = 20.0


#: How far apart two clock times may be when one is hedged ("around 11:40") and still agree.
_HEDGED_MINUTES = 15


def _close_hedged_times(first: Figure, second: Figure) -> bool:
    """Return True when one of two clock times is hedged and they are minutes apart."""
    if not (first.approximate or second.approximate):
        return False
    if first.value is None or second.value is None:
        return False

    def minutes(value: float) -> int:
        return int(value) // 100 * 60 + int(value) % 100

    return abs(minutes(first.value) - minutes(second.value)) <= _HEDGED_MINUTES


def _told_at_other_times(first: Located, second: Located) -> bool:
    """Return True when both sentences say when their count stood ("by midday", "by late
    Saturday") and name different times: a toll that rose, not two accounts that disagree."""
    told_a, told_b = first.counted_by, second.counted_by
    # "by Tuesday morning" and "as of Tuesday evening" are other times; "by Tuesday" and
    # "by Tuesday evening" may be one.
    return bool(told_a and told_b) and not (told_a <= told_b or told_b <= told_a)


def _one_dated_to_the_year(first: Figure, second: Figure) -> bool:
    """Return True when one of two dates gives its year and the other does not."""
    return bool(calendar(first)[0]) != bool(calendar(second)[0])


_ATTRIBUTIVE = re.compile(r"-(?:second|minute|hour|day|week|month|year|decade|century)$", re.I)


def _names_what_it_qualifies(item: Located, other: Located) -> bool:
    """Return True unless ``item`` is a length joined to a noun ("a 41-year history", "a
    10-day trip") that ``other``'s sentence does not name: the length of another thing."""
    if not _ATTRIBUTIVE.search(item.figure.text):
        return True
    unit = item.figure.unit.partition(":")[2]
    nouns = [word for word in item.counts if word != stem(unit)]
    return not nouns or nouns[0] in other.sentence_stems


#: A time from now ("in 10 years", "within two years") against a span ("for 24 years"):
#: two roles of a duration, never one fact told two ways.
_SPAN_AND_WAIT = [{wait, span} for wait in ("in", "within") for span in ("for", "of", "over")]


def _two_tolls(first: Located, second: Located) -> bool:
    """Return True for two counts of the dead: "at least 128" killed and a toll of "132"
    are two tolls a journalist checks (told at other times or by other sources), though
    the second meets the first's bound."""
    both_count = first.kind == second.kind == "count"
    named = first.toll or second.toll  # "at least 30" killed and "killed 45" agree
    return both_count and named and "death" in first.counts and "death" in second.counts


def plausible_conflict(first: Located, second: Located) -> bool:
    """Return True when two different values can be two accounts of one quantity."""
    if first.in_range or second.in_range:
        return False  # "between 2026 and 2028" and "2027" do not disagree
    if first.change != second.change:
        return False
    if _within_bound(first.figure, second.figure) and not _two_tolls(first, second):
        return False
    if first.kind not in TIME_POINT_UNITS and _told_at_other_times(first, second):
        return False  # "by midday, 12 deaths" and "by late Saturday, 16 deaths"; a fire
        # "8% contained" by Tuesday morning and "10 percent" as of Tuesday evening
    if first.kind == "money" and first.figure.unit != second.figure.unit:
        return False  # "A$600,000" and "$720,000": other currencies, no telling they disagree
    if first.kind == "time" and _close_hedged_times(first.figure, second.figure):
        return False  # "11:37 p.m." and "around 11:40 P.M.": one moment, told roughly
    if first.kind == "time" and (first.zone is not None or second.zone is not None):
        # "21:47 Central European Time" and "2047 GMT": compared only in one zone; where
        # either zone is not known, the two cannot be said to disagree.
        utc = utc_minutes(first), utc_minutes(second)
        if None in utc or utc[0] == utc[1]:
            return False
    if first.kind == "date" and _one_dated_to_the_year(first.figure, second.figure):
        return False  # "March 14" and "March 13, 2029": which year the first is, is not said
    if first.kind == "duration" and {first.before, second.before} in _SPAN_AND_WAIT:
        return False  # open "in 10 years" (from now) and worked there "for 24 years"
    if first.kind == "duration" and not (
        _names_what_it_qualifies(first, second) and _names_what_it_qualifies(second, first)
    ):
        return False  # the event's "41-year history" and who has run it "for 11 years"
    a, b = first.figure.value, second.figure.value
    if first.kind == "share":
        a, b = share_of(first.figure), share_of(second.figure)
    if first.kind == "duration":
        a, b = duration_days(first.figure), duration_days(second.figure)
    if first.kind in TIME_POINT_UNITS or a is None or b is None or first.kind in MEASURED_KINDS:
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


def roles(item: Located) -> frozenset[str]:
    """Return the role words among what a figure counts ("homes destroyed" → destroy)."""
    return frozenset(item.counts) & _ROLES


def shared_roles(first: Located, second: Located) -> frozenset[str]:
    """Return the role words both figures count ("critical": "at least six of them with
    critical injuries" and "four remained in critical condition")."""
    return roles(first) & roles(second)


def _stem_in(word: str, stems: tuple[str, ...]) -> bool:
    """Return True when ``word`` is among ``stems``, or shares a long stem with one
    ("threat" and "threaten")."""
    return any(
        word == other
        or (min(len(word), len(other)) >= 5 and other.startswith(word))
        or (min(len(word), len(other)) >= 5 and word.startswith(other))
        for other in stems
    )


def counts_alike(first: Located, second: Located) -> bool:
    """Return True unless the two figures plainly count different things ("six" critical
    vs "612" passengers, "three" places vs a "20-team" league, homes "destroyed" vs homes
    "damaged"): the thing counted right after one must be among what the other counts, and
    the roles around them, where both have one, must meet."""
    roles_a, roles_b = roles(first), roles(second)
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
        # Shares compare as shares: "less than a third" bounds "31 percent".
        shares = share_of(bounded), share_of(other)
        limit, value = shares if None not in shares else (bounded.value, other.value)
        if limit is None or value is None:
            continue
        if text.startswith(STRICT_LOWER) and value > limit:
            return True
        if text.startswith(STRICT_UPPER) and value < limit:
            return True
    return False
