"""The state the alignment steps share: each document's article sentences with their
words (a side), the term sets and weights of both sides, the scored candidate pairs
with their calibrated probabilities, and the groups being built.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import accumulate, chain

import numpy as np
from numpy.typing import NDArray

from tui.core.align.agreement import CONVERTED_FIGURE_TERMS, converted_measures
from tui.core.align.calibration import FEATURES, PairLayout, pair_features, probability
from tui.core.align.candidates import candidate_pairs
from tui.core.align.scoring import (
    FloatArray,
    IntArray,
    SharedStats,
    TermMatrix,
    TermTable,
    rare_weights,
    shared_stats,
    shared_top_weight,
    term_table,
    union_terms,
    word_terms,
)
from tui.core.align.speakers import (
    ATTRIBUTION_VERBS,
    NAMING_TERMS,
    apposition_span,
    speaker_span,
)
from tui.core.models import Document, Sentence
from tui.core.text.measures import may_state_measure, measures
from tui.core.text.words import fold_words, locate_words, word_bounds, words

#: Each sentence proposes this many partners sharing the most of its rarest terms.
CANDIDATE_RARE_TERMS = 8
CANDIDATE_KEEP = 6


class TermSets(dict[int, frozenset[int]]):
    """The term set of each sentence of one side, built on first use."""

    def __init__(self, matrix: TermMatrix) -> None:
        super().__init__()
        self.matrix = matrix

    def __missing__(self, row: int) -> frozenset[int]:
        terms = self.matrix.terms(row)
        self[row] = terms
        return terms


@dataclass
class Side:
    """The article sentences of one document, by position, with their words.

    The folded words of sentence ``k`` are ``folded[first[k]:first[k + 1]]``.
    """

    text: str
    sentences: list[Sentence]
    words: list[list[str]]
    folded: list[str]
    first: list[int]
    #: Whether each sentence's text is its slice of the document text.
    exact: list[bool]
    #: Whether each sentence reads as prose (:func:`prose_rows`).
    prose: list[bool] = field(default_factory=list)

    def group_words(self, rows: Sequence[int]) -> list[str]:
        """Return the folded words of the sentences at ``rows``, in order."""
        if len(rows) == 1:
            return self._folded(rows[0])
        return list(chain.from_iterable(map(self._folded, rows)))

    def _folded(self, row: int) -> list[str]:
        return self.folded[self.first[row] : self.first[row + 1]]

    def group_bounds(self, rows: Sequence[int], count: int) -> list[int]:
        """Return the offsets of the first ``count`` words of the sentences at ``rows``
        (see ``word_bounds``)."""
        bounds: list[int] = []
        for row in rows:
            if count <= 0:
                break
            sentence = self.sentences[row]
            if self.exact[row]:
                bounds += locate_words(self.text, self.words[row], sentence.start, count)
            else:
                bounds += word_bounds(self.text, sentence.start, sentence.end, count)
            count -= len(self.words[row])
        return bounds


@dataclass
class Group:
    a: set[int] = field(default_factory=set)
    b: set[int] = field(default_factory=set)
    #: The scored pair the group started from.
    pair: int = -1


@dataclass
class Scores:
    """The candidate pairs ``(a[k], b[k])`` with their overlap, containment, features and
    calibrated probability of being counterparts."""

    a: IntArray
    b: IntArray
    shared: IntArray
    #: How many terms each pair shares.
    shared_terms: IntArray
    dice: FloatArray
    contained: FloatArray
    features: FloatArray
    probability: FloatArray

    def subset(self, keep: NDArray[np.bool_]) -> Scores:
        """Return the pairs where ``keep`` is true."""
        return Scores(
            self.a[keep],
            self.b[keep],
            self.shared[keep],
            self.shared_terms[keep],
            self.dice[keep],
            self.contained[keep],
            self.features[keep],
            self.probability[keep],
        )


@dataclass
class Context:
    """Everything the matching steps share: both sides, terms, weights and scores."""

    a: Side
    b: Side
    a_terms: TermSets
    b_terms: TermSets
    a_sizes: IntArray
    b_sizes: IntArray
    weights: list[int]
    scores: Scores
    table: TermTable
    layout: PairLayout
    _naming: dict[tuple[str, int], frozenset[int] | None] = field(default_factory=dict)

    def speaker_only(self, i: int, j: int) -> bool:
        """Return whether sentences ``i`` of a and ``j`` of b each name their speaker and
        share nothing outside that naming: one person quoted on two things."""
        shared = self.a_terms[i] & self.b_terms[j]
        if len(shared) > NAMING_TERMS:
            return False
        a_naming = self.naming_terms("a", i)
        if a_naming is None:
            return False
        b_naming = self.naming_terms("b", j)
        return b_naming is not None and shared <= (a_naming | b_naming)

    def other_speakers(self, i: int, j: int) -> bool:
        """Return whether sentences ``i`` of a and ``j`` of b each name their speaker and
        neither naming is found in the other sentence: two people, not one."""
        a_naming = self.naming_terms("a", i)
        if not a_naming:
            return False
        b_naming = self.naming_terms("b", j)
        if not b_naming:
            return False
        return a_naming.isdisjoint(self.b_terms[j]) and b_naming.isdisjoint(self.a_terms[i])

    def content_terms(self, side: str, row: int) -> frozenset[int]:
        """Return the terms of sentence ``row`` of ``side`` ("a" or "b") told outside the
        naming of its speaker (:meth:`naming_terms`)."""
        terms = (self.a_terms if side == "a" else self.b_terms)[row]
        naming = self.naming_terms(side, row)
        return terms if not naming else terms - naming

    def joining_terms(self, side: str, row: int, rows: set[int]) -> frozenset[int]:
        """Return the terms sentence ``row`` of ``side`` brings to a group whose sentences
        on that side are ``rows``: all of them when the group names no speaker there (a
        sentence naming the speaker of the quotation that follows it, '"...," she said'),
        else those outside the naming of its own speaker (:meth:`content_terms`)."""
        terms = (self.a_terms if side == "a" else self.b_terms)[row]
        naming = self.naming_terms(side, row)
        if not naming or not any(self.naming_terms(side, member) for member in rows):
            return terms
        return terms - naming

    def told_beyond_naming(self, side: str, rows: set[int], others: set[int]) -> frozenset[int]:
        """Return the terms of the sentences at ``rows`` of ``side``, less the naming of
        their speakers when the sentences at ``others`` of the other side name one of them
        already: a sentence that joins them for that naming alone ("Lionel Pratt, a
        Columbus attorney representing the family, watched the video") tells nothing
        they do not."""
        terms = union_terms(self.a_terms if side == "a" else self.b_terms, rows)
        other_side = "b" if side == "a" else "a"
        named = frozenset().union(*(self.naming_terms(side, row) or () for row in rows))
        if not named:
            return terms
        also_named = frozenset().union(
            *(self.naming_terms(other_side, row) or () for row in others)
        )
        return terms - named if named & also_named else terms

    def naming_terms(self, side: str, row: int) -> frozenset[int] | None:
        """Return the terms of sentence ``row`` of ``side`` that only the naming of its
        speaker carries (:func:`tui.core.align.speakers.speaker_span`), or None when it
        names no speaker. The span is looked for only in a sentence with an attribution
        verb among its words, else only an opening apposition
        (:func:`tui.core.align.speakers.apposition_span`)."""
        key = (side, row)
        if key in self._naming:
            return self._naming[key]
        own = self.a if side == "a" else self.b
        folded = own.folded[own.first[row] : own.first[row + 1]]
        text = own.sentences[row].text
        find = apposition_span if ATTRIBUTION_VERBS.isdisjoint(folded) else speaker_span
        span = find(text)
        naming: frozenset[int] | None = None
        term_id = self.table.term_id
        if span is not None and term_id is not None:
            # A span opens or closes the sentence: its words are the first or last ones.
            row_words = own.words[row]
            if span[0] == 0:
                cut = len(words(text[: span[1]]))
                named, told = row_words[:cut], row_words[cut:]
            else:
                cut = len(row_words) - len(words(text[span[0] :]))
                named, told = row_words[cut:], row_words[:cut]
            only_named = set(chain.from_iterable(map(word_terms, named)))
            only_named.difference_update(chain.from_iterable(map(word_terms, told)))
            naming = frozenset(term_id[term] for term in only_named if term in term_id)
        self._naming[key] = naming
        return naming


def reads_as_prose(sentence: Sentence) -> bool:
    """Return True for a sentence ending like prose (headings and labels do not)."""
    text = sentence.text.rstrip()
    return bool(text) and text[-1] in ".!?\"”’'…)]"


#: A line ending so opens a list ("Among the stolen treasures are:"), or goes on with it
#: ("£22bn for a new National Homes Fund;").
_LIST_OPENERS = (":", ";")


def prose_rows(sentences: Sequence[Sentence]) -> list[bool]:
    """Return, for each sentence, whether it reads as prose: it ends like prose
    (:func:`reads_as_prose`), or it is an item of a list, a paragraph of its own after a
    line that opens or goes on with a list ("Among the stolen treasures are:" / "A pair of
    pearl drop earrings"): an item tells a fact as a sentence does, unlike a heading."""
    prose: list[bool] = []
    previous: Sentence | None = None
    bare_item = False
    for sentence in sentences:
        ends_like_prose = reads_as_prose(sentence)
        opened = (
            previous is not None
            and previous.paragraph != sentence.paragraph
            and (bare_item or previous.text.rstrip().endswith(_LIST_OPENERS))
        )
        bare_item = opened and not ends_like_prose and bool(sentence.text.strip())
        prose.append(ends_like_prose or bare_item)
        previous = sentence
    return prose


def build_side(document: Document) -> Side:
    text = document.text
    sentences = [s for s in document.sentences if not s.boilerplate]
    sentence_words = list(map(words, [s.text for s in sentences]))
    first = [0, *accumulate(map(len, sentence_words))]
    every_word = list(chain.from_iterable(sentence_words))
    # Each distinct word is folded once, and its folded form shared by all its uses.
    distinct = list(set(every_word))
    folded_of = dict(zip(distinct, fold_words(distinct), strict=True))
    folded = list(map(folded_of.__getitem__, every_word))
    exact = [text[s.start : s.end] == s.text for s in sentences]
    return Side(text, sentences, sentence_words, folded, first, exact, prose_rows(sentences))


def ratio(numerator: IntArray, denominator: IntArray) -> FloatArray:
    """Return ``numerator / denominator`` where the numerator is positive, else 0."""
    out = np.zeros(len(numerator), dtype=np.float64)
    np.divide(numerator, denominator, out=out, where=numerator > 0)
    return out


def score_pairs(a: IntArray, b: IntArray, shared: SharedStats, layout: PairLayout) -> Scores:
    features = pair_features(a, b, shared, layout)
    return Scores(
        a,
        b,
        shared.weight,
        shared.terms,
        features[:, FEATURES.index("dice")].copy(),
        features[:, FEATURES.index("contained")].copy(),
        features,
        probability(features),
    )


def _measured_rows(side: Side) -> set[int]:
    """Return the rows of the sentences that state a measure in a unit ("32 kilometers")."""
    return {
        row
        for row, sentence in enumerate(side.sentences)
        if may_state_measure(sentence.text) and measures(side.words[row])
    }


def with_converted_measures(
    shared: SharedStats, a_rows: IntArray, b_rows: IntArray, side_a: Side, side_b: Side
) -> SharedStats:
    """Return ``shared`` with each measure two sentences give in different units ("the
    20-mile mark" and "after 32 kilometers") counted as a shared figure."""
    a_measured = _measured_rows(side_a)
    b_measured = _measured_rows(side_b)
    if not a_measured or not b_measured:
        return shared
    figures = shared.figures.copy()
    both = np.isin(a_rows, list(a_measured)) & np.isin(b_rows, list(b_measured))
    for k in np.flatnonzero(both).tolist():
        i, j = int(a_rows[k]), int(b_rows[k])
        figures[k] += CONVERTED_FIGURE_TERMS * converted_measures(side_a.words[i], side_b.words[j])
    return replace(shared, figures=figures)


def build_context(side_a: Side, side_b: Side) -> Context:
    table = term_table(side_a.words, side_b.words)
    a_sizes, b_sizes = table.a.row_weights(table.weights), table.b.row_weights(table.weights)
    a_rows, b_rows = candidate_pairs(
        table.a, table.b, table.weights, rare_terms=CANDIDATE_RARE_TERMS, keep=CANDIDATE_KEEP
    )
    shared = with_converted_measures(
        shared_stats(table, a_rows, b_rows), a_rows, b_rows, side_a, side_b
    )
    rare = rare_weights(table)
    layout = PairLayout(
        a_sizes,
        b_sizes,
        len(side_a.sentences),
        len(side_b.sentences),
        table.a.row_weights(rare),
        table.b.row_weights(rare),
        shared_top_weight(table),
    )
    return Context(
        side_a,
        side_b,
        TermSets(table.a),
        TermSets(table.b),
        a_sizes,
        b_sizes,
        table.weights.tolist(),
        score_pairs(a_rows, b_rows, shared, layout),
        table,
        layout,
    )
