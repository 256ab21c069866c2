"""Find figures (numbers, amounts, dates) and compare them across sources.

Figures are read by :mod:`tui.core.figures.parse` (its docstring gives every unit
and value encoding). Two figures are paired when they measure the same kind of
thing (a count with a count, a weekday with a weekday, money with money) in
sentences that tell the same thing: the same aligned group, or sentences that
share many content words, plus the content words right around the figure.

Statuses: ``same`` (equal value and unit), ``conflict`` (the same thing with a
different figure), ``only_a`` / ``only_b``. A ``same`` pair where only one
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
import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from tui.core.figures.parse import TIME_POINT_UNITS, scan_figures
from tui.core.models import (
    Alignment,
    Difference,
    Document,
    Figure,
    FigureMatch,
    Finding,
    Sentence,
    difference_id,
)
from tui.core.text.words import fast_word_spans, fast_words, is_function_word, stem

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
    """A figure with the sentence it sits in and the content stems around it."""

    figure: Figure
    kind: str
    sentence: int
    sentence_stems: frozenset[str]
    near_stems: frozenset[str]


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
    return [stem(w) for w in fast_words(text) if not is_function_word(w)]


@lru_cache(maxsize=256)
def _content_words(sentence: Sentence) -> list[tuple[int, int, str]]:
    """Return a sentence's content words with their offsets (cached: figures share them)."""
    return [
        (s, e, w)
        for s, e, w in fast_word_spans(sentence.text, sentence.start)
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
        for figure in figures:
            figure_stems = set(_content_stems(figure.text))
            near = _near_words(words, figure, _NEAR_WORDS, _NEAR_WORDS)
            located.append(
                _Located(
                    figure=figure,
                    kind=figure_kind(figure.unit),
                    sentence=sentence.id,
                    sentence_stems=all_stems - figure_stems,
                    near_stems=frozenset(_content_stems(" ".join(near))) - figure_stems,
                )
            )
    return located


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


def _group_of(alignment: Alignment) -> tuple[dict[int, int], dict[int, int]]:
    a_group: dict[int, int] = {}
    b_group: dict[int, int] = {}
    for index, group in enumerate(alignment.groups):
        for sid in group.a:
            a_group[sid] = index
        for sid in group.b:
            b_group[sid] = index
    return a_group, b_group


def _pair_score(first: _Located, second: _Located, aligned: bool) -> tuple[float, bool] | None:
    """Return (score, same value) for a candidate pair, or None when they cannot be paired."""
    if first.kind != second.kind:
        return None
    sentence_overlap = _overlap(first.sentence_stems, second.sentence_stems)
    near_overlap = _overlap(first.near_stems, second.near_stems)
    evidence = max(sentence_overlap, 0.6 if aligned else 0.0) + 0.5 * near_overlap
    same = _same_value(first.figure, second.figure)
    if same:
        return (evidence + 1.0, True) if evidence >= _SAME_THRESHOLD else None
    if evidence >= _CONFLICT_THRESHOLD and near_overlap > 0:
        return (evidence, False)
    return None


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
    candidates: list[tuple[float, int, int, bool]] = []
    for i, j in _candidate_pairs(located_a, located_b, a_group, b_group):
        first, second = located_a[i], located_b[j]
        group = a_group.get(first.sentence)
        aligned = group is not None and group == b_group.get(second.sentence)
        scored = _pair_score(first, second, aligned)
        if scored is not None:
            candidates.append((scored[0], i, j, scored[1]))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    matches: list[FigureMatch] = []
    for _, i, j, same in candidates:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        fa, fb = located_a[i].figure, located_b[j].figure
        if same:
            matches.append(FigureMatch("same", fa, fb, _hedge_note(fa, fb)))
        else:
            matches.append(FigureMatch("conflict", fa, fb, f"{fa.text} in A, {fb.text} in B"))
    leftover_a = [located_a[i].figure for i in range(len(located_a)) if i not in used_a]
    leftover_b = [located_b[j].figure for j in range(len(located_b)) if j not in used_b]
    named_in_a, named_in_b = _named_by_unit(leftover_a), _named_by_unit(leftover_b)
    for figure in leftover_a:
        matches.append(
            FigureMatch("only_a", figure, None, _cross_reference(figure, named_in_b, "B"))
        )
    for figure in leftover_b:
        matches.append(
            FigureMatch("only_b", None, figure, _cross_reference(figure, named_in_a, "A"))
        )
    return tuple(sorted(matches, key=_position))


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


def _summary(a: Document, b: Document, match: FigureMatch, starts: dict[str, list[int]]) -> str:
    if match.status == "conflict":
        assert match.a is not None and match.b is not None
        return f"Number conflict: “{match.a.text}” (A) vs “{match.b.text}” (B)"
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


def _reported(match: FigureMatch) -> bool:
    return match.status != "same" or bool(match.note)


def figure_differences(
    a: Document, b: Document, matches: tuple[FigureMatch, ...]
) -> tuple[Difference, ...]:
    """Return a ``number`` difference per conflicting, one-sided or one-sidedly hedged figure."""
    differences: list[Difference] = []
    starts = {"A": [s.start for s in a.sentences], "B": [s.start for s in b.sentences]}
    for index, match in enumerate(matches):
        if not _reported(match):
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
