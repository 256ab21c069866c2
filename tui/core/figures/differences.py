"""Turn figure matches into ``number`` differences: which matches a journalist should step
through, their one-line summaries, and the few words saying what a figure is about.
"""

from __future__ import annotations

import bisect
import re

from tui.core.figures.located import (
    cited_source,
    content_words,
    figure_kind,
    hypothetical,
    near_words,
    reporting_period,
)
from tui.core.figures.notes import (
    ALIGNED_GIVES,
    ALSO_GIVEN,
    CONTEXT_KINDS,
    CONVERTED,
    DATE_IN_MONTH,
    HEADLINE_TELLS,
    MONTH_ONLY,
    RANGE_END,
    RATIO_GIVES,
    TOLD_AS_SPAN,
    YEAR_ONLY,
)
from tui.core.figures.parse import TIME_POINT_UNITS
from tui.core.models import (
    Difference,
    Document,
    Figure,
    FigureMatch,
    Finding,
    Sentence,
    difference_id,
)


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
    content = content_words(sentence)
    if figure_kind(figure.unit) in TIME_POINT_UNITS | {"relative-date"}:
        words = near_words(content, figure, 3, 0) or near_words(content, figure, 0, 2)
    else:
        words = near_words(content, figure, 0, 2) or near_words(content, figure, 3, 0)
    return " ".join(" ".join(words).split())


def _given_by(document: Document, figure: Figure, starts: list[int]) -> str:
    """Return ", police" when the figure's sentence says who gives it, else ""."""
    sentence = _sentence_at(document, figure.start, starts)
    source = cited_source(sentence.text) if sentence is not None else ""
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


#: Kinds whose values compare across the two ("29" and "a 29-year-old", "Six" and "six").
_PLAIN_KINDS = frozenset({"count", "age"})


def _value_key(figure: Figure) -> tuple[str, float | None]:
    """Return a figure's unit and value, counts and ages under one key. Unlike pairing's
    ``value_key`` it leaves shares as written: a share told another way is no proof that the
    other source states this fact."""
    kind = figure_kind(figure.unit)
    return ("count" if kind in _PLAIN_KINDS else figure.unit, figure.value)


_DECIMAL = re.compile(r"\d\.\d")


def _repeat_unit(figure: Figure) -> str:
    """Return the unit under which a one-sided figure repeats: an amount written with a
    decimal ("MD$11.50 an hour", then "earns 11.50 an hour") is one fact with or without
    its currency."""
    kind = figure_kind(figure.unit)
    if kind in ("money", "count") and _DECIMAL.search(figure.text):
        return "amount"
    return figure.unit


#: Below this, a whole number repeats only counting the same thing (see ``_reported``).
_SMALL = 10


def _counted(a: Document, b: Document, match: FigureMatch, starts: dict[str, list[int]]) -> str:
    """Return the first content word after a one-sided figure, lower-cased ("" if none)."""
    side, document, figure = ("A", a, match.a) if match.a is not None else ("B", b, match.b)
    if figure is None or match.status not in ("only_a", "only_b"):
        return ""
    sentence = _sentence_at(document, figure.start, starts[side])
    if sentence is None:
        return ""
    after = near_words(content_words(sentence), figure, 0, 1)
    return after[0].lower() if after else ""


def _told_as_context(
    a: Document, b: Document, match: FigureMatch, starts: dict[str, list[int]]
) -> bool:
    """Return True when a one-sided figure is context where it stands: the period a statistic
    covers ("in the three months through September") or a figure someone supposes inside a
    quotation ("if they pick him, we'll be back here in six months")."""
    if match.status not in ("only_a", "only_b"):
        return False
    side, document, figure = ("A", a, match.a) if match.a is not None else ("B", b, match.b)
    if figure is None:
        return False
    sentence = _sentence_at(document, figure.start, starts[side])
    if sentence is None:
        return False
    at = figure.start - sentence.start
    return reporting_period(sentence.text, at, figure) or hypothetical(document, sentence, figure)


def _stated_values(matches: tuple[FigureMatch, ...]) -> dict[str, set[tuple[str, float | None]]]:
    """Return, per side, the (kind, value) of every figure that side states."""
    stated: dict[str, set[tuple[str, float | None]]] = {"a": set(), "b": set()}
    for match in matches:
        for side, figure in (("a", match.a), ("b", match.b)):
            if figure is not None and figure.value is not None:
                stated[side].add(_value_key(figure))
    return stated


def _reported(
    match: FigureMatch,
    repeated: set[tuple[str, str, float | None, str]],
    stated: dict[str, set[tuple[str, float | None]]],
    counted: str = "",
) -> bool:
    """Return True when a match is a difference a journalist should step through.

    ``counted`` is the word right after a one-sided figure: a small number repeats only
    counting the same thing ("three harpoons" is no repeat of "about 3 meters")."""
    if match.status == "equivalent":
        return False
    if match.status == "same":
        return False  # a hedge alone ("about $1.1 billion" / "$1.1 billion"): in the note
    if match.status == "conflict":
        return _first_telling(match, repeated)
    figure = match.a or match.b
    assert figure is not None
    if figure_kind(figure.unit) in CONTEXT_KINDS and not match.note:
        return False
    if match.note.startswith((CONVERTED, ALSO_GIVEN, RANGE_END, HEADLINE_TELLS)):
        return False
    if YEAR_ONLY in match.note:
        return False
    if MONTH_ONLY in match.note or DATE_IN_MONTH in match.note:
        return False
    if ALIGNED_GIVES in match.note or RATIO_GIVES in match.note or TOLD_AS_SPAN in match.note:
        return False  # the aligned sentence tells it another way: "only in A" would be a guess
    if figure_kind(figure.unit) == "vague":
        return False  # "dozens" alone in one source: a manner of speaking, not a fact to check
    other = "b" if match.status == "only_a" else "a"
    distinctive = figure.value is not None and (figure.value >= 10 or not figure.value.is_integer())
    if match.status in ("only_a", "only_b") and distinctive and _value_key(figure) in stated[other]:
        return False  # the other source states this value too: never "only in A"
    small = (
        figure_kind(figure.unit) not in CONTEXT_KINDS | TIME_POINT_UNITS
        and figure.value is not None
        and figure.value < _SMALL
        and figure.value.is_integer()
    )
    key = (match.status, _repeat_unit(figure), figure.value, counted if small else "")
    if figure.value is not None and key in repeated:
        return False  # the same one-sided fact again: one item per fact
    repeated.add(key)
    return True


def _first_telling(match: FigureMatch, repeated: set[tuple[str, str, float | None, str]]) -> bool:
    """Return whether a conflict is told for the first time: the same two values told again
    (in the headlines, then in the body: "at least 128" / "132") are one conflict."""
    if match.a is None or match.b is None or match.a.value is None or match.b.value is None:
        return True
    key = ("conflict", _repeat_unit(match.a), match.a.value, str(match.b.value))
    if key in repeated:
        return False
    repeated.add(key)
    return True


def figure_differences(
    a: Document, b: Document, matches: tuple[FigureMatch, ...]
) -> tuple[Difference, ...]:
    """Return a ``number`` difference per conflicting, one-sided or one-sidedly hedged figure."""
    differences: list[Difference] = []
    starts = {"A": [s.start for s in a.sentences], "B": [s.start for s in b.sentences]}
    repeated: set[tuple[str, str, float | None, str]] = set()
    stated = _stated_values(matches)
    for index, match in enumerate(matches):
        if _told_as_context(a, b, match, starts):
            continue
        if not _reported(match, repeated, stated, _counted(a, b, match, starts)):
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
