"""The differences an alignment implies: passages one source alone tells, and re-wordings.

One ``unique`` difference per run of one-source sentences, one per sentence that is perhaps
told another way in the other source (its summary names that source's likeliest sentence),
and one ``wording`` difference per pair of sentence runs of a group whose words differ
beyond punctuation and case.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.models import (
    AlignedGroup,
    Alignment,
    Difference,
    Document,
    WordEdit,
    difference_id,
)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _quoted(text: str, limit: int) -> str:
    text = _one_line(text)
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return f"“{text}”"


def _covering(document: Document, ids: Sequence[int]) -> tuple[int, int]:
    sentences = [document.sentences[i] for i in ids]
    return min(s.start for s in sentences), max(s.end for s in sentences)


def _runs(document: Document, only: Sequence[int]) -> list[list[int]]:
    """Return maximal runs of consecutive ``only`` sentences, skipping boilerplate."""
    unique = set(only)
    runs: list[list[int]] = []
    current: list[int] = []
    for sentence in document.sentences:
        if sentence.boilerplate:
            continue
        if sentence.id in unique:
            current.append(sentence.id)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def _unique_differences(document: Document, only: Sequence[int], side: str) -> list[Difference]:
    differences: list[Difference] = []
    for run in _runs(document, only):
        start, end = _covering(document, run)
        span = document.span(start, end)
        count = f"{len(run)} sentence" + ("" if len(run) == 1 else "s")
        first = _quoted(document.sentences[run[0]].text, 100)
        more = "…" if len(run) > 1 else ""
        summary = f"Only in {side.upper()}: {count} — {first}{more}"
        a_span, b_span = (span, None) if side == "a" else (None, span)
        differences.append(
            Difference(difference_id("unique", a_span, b_span), "unique", a_span, b_span, summary)
        )
    return differences


def _partial_differences(
    document: Document, other: Document, partial: Sequence[tuple[int, int]], side: str
) -> list[Difference]:
    differences: list[Difference] = []
    other_side = "B" if side == "a" else "A"
    for own, like in partial:
        sentence = document.sentences[own]
        span = document.span(sentence.start, sentence.end)
        summary = (
            f"Perhaps only in {side.upper()}: {_quoted(sentence.text, 90)} — "
            f"{other_side} may tell it another way: {_quoted(other.sentences[like].text, 70)}"
        )
        a_span, b_span = (span, None) if side == "a" else (None, span)
        differences.append(
            Difference(difference_id("unique", a_span, b_span), "unique", a_span, b_span, summary)
        )
    return differences


def _edit_phrase(a: Document, b: Document, edit: WordEdit) -> str:
    a_words = _quoted(a.text[edit.a_start : edit.a_end], 40)
    b_words = _quoted(b.text[edit.b_start : edit.b_end], 40)
    if edit.tag == "replace":
        return f"{a_words} → {b_words}"
    if edit.tag == "delete":
        return f"{a_words} only in A"
    return f"{b_words} only in B"


def wording_summary(a: Document, b: Document, edits: Sequence[WordEdit], limit: int = 160) -> str:
    """Return a one-line summary naming the changed words, e.g. ``“urge” → “persuade”; …``.

    Words replaced by other words come first (they are what a reader checks), then words
    found on one side only; each group keeps reading order.
    """
    ordered = sorted(edits, key=lambda edit: edit.tag != "replace")
    summary = "Worded differently: "
    for index, edit in enumerate(ordered):
        phrase = _edit_phrase(a, b, edit)
        separator = "" if index == 0 else "; "
        if len(summary) + len(separator) + len(phrase) > limit:
            return summary + ("; …" if index else "…")
        summary += separator + phrase
    return summary


def _blocks(document: Document, ids: Sequence[int]) -> list[tuple[int, int]]:
    """Return the spans of the runs of consecutive sentences among ``ids`` (boilerplate skipped).

    Two sentences are in one run when only boilerplate stands between them; the gap check
    stops at the first article sentence, so this costs next to nothing per group.
    """
    sentences = document.sentences
    blocks: list[list[int]] = []
    previous: int | None = None
    for sid in sorted(ids):
        if sentences[sid].boilerplate:
            continue
        if previous is not None and all(sentences[k].boilerplate for k in range(previous + 1, sid)):
            blocks[-1].append(sid)
        else:
            blocks.append([sid])
        previous = sid
    return [_covering(document, block) for block in blocks]


def _wording_differences(a: Document, b: Document, group: AlignedGroup) -> list[Difference]:
    """Return one ``wording`` difference per pair of sentence runs of a group that has edits.

    A group is usually one run on each side; a merge of sentences far apart in one
    source gets one difference per run, so that no span covers unrelated sentences.
    """
    differences: list[Difference] = []
    for a_start, a_end in _blocks(a, group.a):
        for b_start, b_end in _blocks(b, group.b):
            edits = [
                edit
                for edit in group.edits
                if a_start <= edit.a_start <= a_end and b_start <= edit.b_start <= b_end
            ]
            if not edits:
                continue
            a_span, b_span = a.span(a_start, a_end), b.span(b_start, b_end)
            summary = wording_summary(a, b, edits)
            key = difference_id("wording", a_span, b_span)
            differences.append(Difference(key, "wording", a_span, b_span, summary))
    return differences


def alignment_differences(a: Document, b: Document, alignment: Alignment) -> tuple[Difference, ...]:
    """Return the ``unique`` differences (one per passage found in one source only, one per
    sentence perhaps told another way) and the ``wording`` differences (one per group whose
    words differ beyond punctuation/case).
    """
    differences = [
        *_unique_differences(a, alignment.only_a, "a"),
        *_unique_differences(b, alignment.only_b, "b"),
        *_partial_differences(a, b, alignment.partial_a, "a"),
        *_partial_differences(b, a, alignment.partial_b, "b"),
    ]
    for group in alignment.groups:
        differences.extend(_wording_differences(a, b, group))
    return tuple(differences)
