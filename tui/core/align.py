"""Align the sentences of two documents: which tell the same thing, and which only one tells.

The method, in order:

1. every article sentence (boilerplate never takes part) becomes a set of weighted
   content terms (:mod:`tui.core.similarity`);
2. an index of rare terms proposes the few sentence pairs worth scoring, wherever
   they stand in either text, so reordered paragraphs are found and the full
   N × M matrix is never scored (:mod:`tui.core.candidates`);
3. pairs are chosen best-first over the whole document (mutual best), so a lookalike
   that shares a frame with a sentence loses to that sentence's real counterpart;
4. sentences left over join an existing group when they tell the part of its
   counterpart that the group does not yet explain: splits and merges become 1:n
   and n:1 groups;
5. each group gets its word-level edits (:mod:`tui.core.word_diff`).

The documents are processed in a canonical order (by their text), and the result
mirrored when needed, so ``align(b, a)`` is exactly the mirror image of ``align(a, b)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from tui.core.candidates import candidate_pairs
from tui.core.models import (
    AlignedGroup,
    Alignment,
    Difference,
    Document,
    Sentence,
    WordEdit,
    difference_id,
)
from tui.core.similarity import (
    containment,
    sentence_terms,
    term_weights,
    total_weight,
    union_terms,
    weighted_dice,
)
from tui.core.word_diff import group_word_edits

#: A pair of sentences tells the same thing from this weighted overlap on.
PAIR_THRESHOLD = 0.34
#: ... or from this lower overlap when the shorter one is mostly inside the longer one.
CONTAINED_PAIR_THRESHOLD = 0.25
CONTAINED_SHARE = 0.7
#: A weaker pair is accepted between neighbours of an aligned pair (both sides, this close).
CONTEXT_THRESHOLD = 0.2
CONTEXT_REACH = 2
#: A left-over sentence joins a group when this share of its weight is in the other side
#: (less when it stands next to a sentence of the group: a sentence split in two),
MERGE_CONTAINMENT = 0.5
ADJACENT_MERGE_CONTAINMENT = 0.35
#: and it explains at least this share of the other side not explained yet.
MERGE_GAIN = 0.15
#: At most this many sentences on one side of a group.
MAX_GROUP_SIDE = 4


@dataclass
class _Side:
    """The article sentences of one document, by position, with their terms."""

    sentences: list[Sentence]
    terms: list[frozenset[str]]
    sizes: list[int] = field(default_factory=list)


@dataclass
class _Group:
    a: set[int] = field(default_factory=set)
    b: set[int] = field(default_factory=set)


def _side(document: Document) -> _Side:
    sentences = [s for s in document.sentences if not s.boilerplate]
    return _Side(sentences, [sentence_terms(s.text) for s in sentences])


def _pair_score(a: _Side, i: int, b: _Side, j: int, weights: dict[str, int]) -> tuple[float, float]:
    """Return the weighted overlap of two sentences and the share of the smaller in the larger."""
    shared = total_weight(a.terms[i] & b.terms[j], weights)
    size_a, size_b = a.sizes[i], b.sizes[j]
    if shared == 0:
        return 0.0, 0.0
    return 2 * shared / (size_a + size_b), shared / min(size_a, size_b)


def _is_pair(dice: float, contained: float) -> bool:
    if dice >= PAIR_THRESHOLD:
        return True
    return dice >= CONTAINED_PAIR_THRESHOLD and contained >= CONTAINED_SHARE


def _match(
    scored: dict[tuple[int, int], tuple[float, float]], a_count: int, b_count: int
) -> list[_Group]:
    """Return 1:1 groups chosen best-first over all eligible pairs (mutual best)."""
    eligible = sorted(
        (pair for pair, (dice, contained) in scored.items() if _is_pair(dice, contained)),
        key=lambda pair: (-scored[pair][0], abs(pair[0] * b_count - pair[1] * a_count), pair),
    )
    taken_a: set[int] = set()
    taken_b: set[int] = set()
    groups: list[_Group] = []
    for i, j in eligible:
        if i in taken_a or j in taken_b:
            continue
        taken_a.add(i)
        taken_b.add(j)
        groups.append(_Group({i}, {j}))
    return groups


def _reads_as_prose(sentence: Sentence) -> bool:
    """Return True for a sentence ending like prose (headings and labels do not)."""
    text = sentence.text.rstrip()
    return bool(text) and text[-1] in ".!?\"”’'…)]"


def _anchored(i: int, j: int, pairs: set[tuple[int, int]]) -> bool:
    """Return True when an aligned pair stands just before, or just after, both sentences."""
    steps = range(1, CONTEXT_REACH + 1)
    before = any((i - di, j - dj) in pairs for di in steps for dj in steps)
    after = any((i + di, j + dj) in pairs for di in steps for dj in steps)
    return before or after


def _match_in_context(
    groups: list[_Group],
    scored: dict[tuple[int, int], tuple[float, float]],
    a: _Side,
    b: _Side,
) -> None:
    """Accept weaker pairs of prose sentences that sit between neighbours already aligned."""
    pairs = {(i, j) for group in groups for i in group.a for j in group.b}
    taken_a = {i for group in groups for i in group.a}
    taken_b = {j for group in groups for j in group.b}
    weak = sorted(
        (
            pair
            for pair, (dice, _) in scored.items()
            if dice >= CONTEXT_THRESHOLD and pair[0] not in taken_a and pair[1] not in taken_b
        ),
        key=lambda pair: (-scored[pair][0], pair),
    )
    for i, j in weak:
        if i in taken_a or j in taken_b:
            continue
        if not (_reads_as_prose(a.sentences[i]) and _reads_as_prose(b.sentences[j])):
            continue
        if not _anchored(i, j, pairs):
            continue
        taken_a.add(i)
        taken_b.add(j)
        pairs.add((i, j))
        groups.append(_Group({i}, {j}))


def _merge_leftovers(
    groups: list[_Group],
    scored: dict[tuple[int, int], tuple[float, float]],
    a: _Side,
    b: _Side,
    weights: dict[str, int],
) -> None:
    """Attach left-over sentences to the group whose counterpart they help explain."""
    group_of_a = {i: g for g, group in enumerate(groups) for i in group.a}
    group_of_b = {j: g for g, group in enumerate(groups) for j in group.b}
    options: list[tuple[float, str, int, int]] = []
    for i, j in scored:
        if i not in group_of_a and j in group_of_b:
            options.append((containment(a.terms[i], b.terms[j], weights), "a", i, group_of_b[j]))
        if j not in group_of_b and i in group_of_a:
            options.append((containment(b.terms[j], a.terms[i], weights), "b", j, group_of_a[i]))
    options.sort(key=lambda option: (-option[0], option[1], option[2], option[3]))
    attached: set[tuple[str, int]] = set()
    for _, side, position, g in options:
        if (side, position) in attached:
            continue
        group = groups[g]
        own, other = (group.a, group.b) if side == "a" else (group.b, group.a)
        own_terms, other_terms = (a.terms, b.terms) if side == "a" else (b.terms, a.terms)
        if len(own) >= MAX_GROUP_SIDE:
            continue
        terms = own_terms[position]
        other_union = union_terms(other_terms, other)
        own_union = union_terms(own_terms, own)
        adjacent = position - 1 in own or position + 1 in own
        needed = ADJACENT_MERGE_CONTAINMENT if adjacent else MERGE_CONTAINMENT
        if containment(terms, other_union, weights) < needed:
            continue
        explained = total_weight((other_union & terms) - own_union, weights)
        if explained < MERGE_GAIN * total_weight(other_union, weights):
            continue
        before = weighted_dice(own_union, other_union, weights)
        after = weighted_dice(own_union | terms, other_union, weights)
        if after < before:
            continue
        own.add(position)
        attached.add((side, position))


def _group_score(group: _Group, a: _Side, b: _Side, weights: dict[str, int]) -> float:
    score = weighted_dice(union_terms(a.terms, group.a), union_terms(b.terms, group.b), weights)
    return min(1.0, max(0.0, score))


def _align_ordered(a: Document, b: Document) -> Alignment:
    side_a, side_b = _side(a), _side(b)
    weights = term_weights([*side_a.terms, *side_b.terms])
    for side in (side_a, side_b):
        side.sizes = [total_weight(terms, weights) for terms in side.terms]
    scored = {
        (i, j): _pair_score(side_a, i, side_b, j, weights)
        for i, j in candidate_pairs(side_a.terms, side_b.terms, weights)
    }
    groups = _match(scored, len(side_a.terms), len(side_b.terms))
    _match_in_context(groups, scored, side_a, side_b)
    _merge_leftovers(groups, scored, side_a, side_b, weights)
    aligned: list[AlignedGroup] = []
    for group in groups:
        a_ids = tuple(sorted(side_a.sentences[i].id for i in group.a))
        b_ids = tuple(sorted(side_b.sentences[j].id for j in group.b))
        score = _group_score(group, side_a, side_b, weights)
        edits = group_word_edits(a, a_ids, b, b_ids)
        aligned.append(AlignedGroup(a_ids, b_ids, score, edits))
    aligned.sort(key=lambda g: (g.a[0], g.b[0]))
    in_a = {i for g in aligned for i in g.a}
    in_b = {j for g in aligned for j in g.b}
    only_a = tuple(s.id for s in side_a.sentences if s.id not in in_a)
    only_b = tuple(s.id for s in side_b.sentences if s.id not in in_b)
    return Alignment(tuple(aligned), only_a, only_b)


def _mirror_edit(edit: WordEdit) -> WordEdit:
    tag = edit.tag
    if tag != "replace":
        tag = "insert" if tag == "delete" else "delete"
    return WordEdit(tag, edit.b_start, edit.b_end, edit.a_start, edit.a_end)


def mirror(alignment: Alignment) -> Alignment:
    """Return ``alignment`` with the two sides swapped."""
    groups = tuple(
        sorted(
            (
                AlignedGroup(g.b, g.a, g.score, tuple(_mirror_edit(e) for e in g.edits))
                for g in alignment.groups
            ),
            key=lambda g: (g.a[0], g.b[0]),
        )
    )
    return Alignment(groups, alignment.only_b, alignment.only_a)


def align(a: Document, b: Document) -> Alignment:
    """Return which sentences of ``a`` and ``b`` tell the same thing, and which only one tells.

    Groups are 1:1, 1:n or n:1 with a score in [0, 1] and word edits; boilerplate
    sentences are in no group and in neither ``only`` list.  Deterministic, and
    symmetric: ``align(b, a) == mirror(align(a, b))``.
    """
    if b.text < a.text:
        return mirror(_align_ordered(b, a))
    return _align_ordered(a, b)


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
    """Return the spans of the runs of consecutive sentences among ``ids`` (boilerplate skipped)."""
    wanted = set(ids)
    blocks: list[list[int]] = []
    previous_in = False
    for sentence in document.sentences:
        if sentence.boilerplate:
            continue
        inside = sentence.id in wanted
        if inside and previous_in:
            blocks[-1].append(sentence.id)
        elif inside:
            blocks.append([sentence.id])
        previous_in = inside
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
    """Return the ``unique`` differences (one per passage found in one source only) and
    the ``wording`` differences (one per group whose words differ beyond punctuation/case).
    """
    differences = [
        *_unique_differences(a, alignment.only_a, "a"),
        *_unique_differences(b, alignment.only_b, "b"),
    ]
    for group in alignment.groups:
        differences.extend(_wording_differences(a, b, group))
    return tuple(differences)
