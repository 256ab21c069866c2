"""Prominence: a fact one source leads with and the other buries far down."""

from __future__ import annotations

from tui.core.models import AlignedGroup, Document, FramingShift, Sentence

#: A fact in one of the first this-many body paragraphs "leads".
LEAD_PARAGRAPHS = 3
#: A fact "is buried" when it sits in the last part of the article, after this fraction of
#: its body paragraphs, and no earlier than paragraph ``MIN_BURIED_PARAGRAPH``.
BURIED_FRACTION = 0.5
MIN_BURIED_PARAGRAPH = 7
_HEADING_MAX_WORDS = 12


def _is_heading(sentences: list[Sentence]) -> bool:
    """True for a one-line paragraph with no closing punctuation, such as a subhead."""
    if len(sentences) != 1:
        return False
    text = sentences[0].text.rstrip()
    return len(text.split()) <= _HEADING_MAX_WORDS and not text.endswith(
        (".", "!", "?", "”", '"', "’", "'", ":")
    )


def body_paragraphs(document: Document) -> dict[int, int]:
    """Return, for each paragraph number of ``document``, its 1-based rank among body paragraphs.

    Boilerplate and subheads are not body paragraphs and are left out.
    """
    by_paragraph: dict[int, list[Sentence]] = {}
    for sentence in document.sentences:
        if not sentence.boilerplate:
            by_paragraph.setdefault(sentence.paragraph, []).append(sentence)
    ranks: dict[int, int] = {}
    for paragraph in sorted(by_paragraph):
        if not _is_heading(by_paragraph[paragraph]):
            ranks[paragraph] = len(ranks) + 1
    return ranks


def _rank(document: Document, ranks: dict[int, int], sentence_ids: tuple[int, ...]) -> int | None:
    found = [ranks.get(document.sentences[i].paragraph) for i in sentence_ids]
    known = [r for r in found if r is not None]
    return min(known) if known else None


def _buried(rank: int, total: int) -> bool:
    return rank >= MIN_BURIED_PARAGRAPH and (rank - 1) >= total * BURIED_FRACTION


def prominence_shifts(
    a: Document, b: Document, groups: tuple[AlignedGroup, ...]
) -> tuple[FramingShift, ...]:
    """Return a ``prominence`` shift for each shared fact that leads in one source only.

    A fact leads when it is in one of the first :data:`LEAD_PARAGRAPHS` body paragraphs and is
    buried when it is in the second half of the other source's body paragraphs.
    """
    a_ranks, b_ranks = body_paragraphs(a), body_paragraphs(b)
    a_total, b_total = len(a_ranks), len(b_ranks)
    shifts: list[FramingShift] = []
    for group in groups:
        if not group.a or not group.b:
            continue
        rank_a, rank_b = _rank(a, a_ranks, group.a), _rank(b, b_ranks, group.b)
        if rank_a is None or rank_b is None:
            continue
        if rank_a <= LEAD_PARAGRAPHS and _buried(rank_b, b_total):
            note = f"leads in A (paragraph {rank_a}), buried in B (paragraph {rank_b} of {b_total})"
        elif rank_b <= LEAD_PARAGRAPHS and _buried(rank_a, a_total):
            note = f"leads in B (paragraph {rank_b}), buried in A (paragraph {rank_a} of {a_total})"
        else:
            continue
        a_span = a.span(a.sentences[group.a[0]].start, a.sentences[group.a[-1]].end)
        b_span = b.span(b.sentences[group.b[0]].start, b.sentences[group.b[-1]].end)
        shifts.append(FramingShift("prominence", a_span, b_span, note))
    return tuple(shifts)
