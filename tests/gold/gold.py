"""Read a gold alignment written by sentence text and resolve it to sentence ids.

A gold file names sentences by a distinctive piece of their text, not by id, so that
it survives changes to the segmenter.  Each piece must occur in exactly one article
sentence of its side.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from tui.core.models import AlignedGroup, Alignment, Document
from tui.core.text.document import open_document

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = Path(__file__).resolve().parent
GOLD_NAMES = ("sample", "port-strike", "flood")


@dataclass(frozen=True)
class Gold:
    """A gold alignment resolved to sentence ids of two loaded documents."""

    name: str
    a: Document
    b: Document
    groups: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]
    only_a: frozenset[int]
    only_b: frozenset[int]

    @property
    def pairs(self) -> frozenset[tuple[int, int]]:
        """Return every (a id, b id) pair of the gold groups (a 1:n group is n pairs)."""
        return frozenset((i, j) for a_ids, b_ids in self.groups for i in a_ids for j in b_ids)


def find_sentence(document: Document, piece: str) -> int:
    """Return the id of the one article sentence of ``document`` whose text contains ``piece``."""
    hits = [s.id for s in document.sentences if piece in s.text and not s.boilerplate]
    if len(hits) != 1:
        raise LookupError(f"{piece!r} is in {len(hits)} sentences of {document.name}")
    return hits[0]


def hand_alignment(
    a: Document, b: Document, pairs: Iterable[Mapping[str, Sequence[str] | str]]
) -> Alignment:
    """Return an alignment of the hand-made groups ``pairs`` (sentence pieces for "a" and "b")."""
    groups = tuple(
        AlignedGroup(
            tuple(find_sentence(a, piece) for piece in pair["a"]),
            tuple(find_sentence(b, piece) for piece in pair["b"]),
            0.8,
        )
        for pair in pairs
    )
    return Alignment(groups=groups, only_a=(), only_b=())


def load_gold(name: str) -> Gold:
    """Return the gold alignment ``tests/gold/<name>.json`` resolved against its two texts."""
    spec = json.loads((GOLD_DIR / f"{name}.json").read_text(encoding="utf-8"))
    a = open_document(str(ROOT / spec["a"]))
    b = open_document(str(ROOT / spec["b"]))
    groups = tuple(
        (
            tuple(sorted(find_sentence(a, piece) for piece in group["a"])),
            tuple(sorted(find_sentence(b, piece) for piece in group["b"])),
        )
        for group in spec["groups"]
    )
    only_a = frozenset(find_sentence(a, piece) for piece in spec["only_a"])
    only_b = frozenset(find_sentence(b, piece) for piece in spec["only_b"])
    return Gold(name, a, b, groups, only_a, only_b)


def alignment_pairs(alignment: Alignment) -> frozenset[tuple[int, int]]:
    """Return every (a id, b id) pair of an alignment's groups."""
    return frozenset((i, j) for group in alignment.groups for i in group.a for j in group.b)


def precision_recall(gold: Gold, alignment: Alignment) -> tuple[float, float]:
    """Return the precision and recall of the alignment's pairs against the gold pairs."""
    found = alignment_pairs(alignment)
    correct = len(found & gold.pairs)
    precision = correct / len(found) if found else 1.0
    recall = correct / len(gold.pairs) if gold.pairs else 1.0
    return precision, recall
