"""Read a gold alignment written by sentence text and resolve it to sentence ids.

A gold file names sentences by a distinctive piece of their text, not by id, so that
it survives changes to the segmenter.  A piece stands for the article sentence that
contains it; a piece that our segmenter cut across two sentences (the gold writer read
the boundary differently) stands for the sentence its first word is in, or, when that
is flagged as page furniture, the sentence it runs on to.

Two kinds of gold are read:

- the hand-made pairs in ``tests/gold/<name>.json`` (``GOLD_NAMES``): ``a``, ``b``,
  ``groups``, ``only_a``, ``only_b`` at the top level;
- the independent-coverage pairs in ``tests/data/pairs/independent/pairNN.gold.json``
  (``INDEPENDENT_NAMES``), written blind to the code: the same lists under ``alignment``
  (see ``GOLD_SPEC.md`` there); texts ``pairNN-a.txt`` and ``pairNN-b.txt`` beside it;
- later blind sets written the same way, one folder each under ``tests/data/pairs/``
  (``SETS``: "fresh", then "holdout"), read by the same functions (pair names are unique
  across the folders).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.core.models import AlignedGroup, Alignment, Document
from tui.core.text.document import open_document

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = Path(__file__).resolve().parent
INDEPENDENT_DIR = ROOT / "tests" / "data" / "pairs" / "independent"
#: The blind sets after the first: "fresh" (round 3, later read for kinds of error) and
#: "holdout" (measured once in round 3, read for kinds of error in round 4) and "unseen"
#: (written in round 4, measured at its start and end, totals only); "design" and "design2"
#: (written in round 4 to be read for kinds of error); "unseen2" (end of round 4, read in
#: round 5); "unseen3" (start of round 5, measured twice, then read); "unseen4" (late in
#: round 5, totals only; read in round 6); "unseen5" (start of round 6, totals only; read in
#: round 7); "unseen6" (start of round 7, totals only). Each
#: folder's README says how it was measured.
SETS = (
    "independent",
    "fresh",
    "holdout",
    "unseen",
    "design",
    "design2",
    "unseen2",
    "unseen3",
    "unseen4",
    "unseen5",
    "unseen6",
)
FRESH_DIR = ROOT / "tests" / "data" / "pairs" / "fresh"
GOLD_NAMES = ("sample", "port-strike", "flood")


def _pair_names(directory: Path) -> tuple[str, ...]:
    """Return the names ("pair01") of the pairs with a gold file in ``directory``."""
    return tuple(
        sorted(path.name.removesuffix(".gold.json") for path in directory.glob("*.gold.json"))
    )


INDEPENDENT_NAMES = _pair_names(INDEPENDENT_DIR)
FRESH_NAMES = _pair_names(FRESH_DIR)


def pair_names(set_name: str = "independent") -> tuple[str, ...]:
    """Return the names of the pairs with gold in the blind set ``set_name`` (``SETS``)."""
    return _pair_names(ROOT / "tests" / "data" / "pairs" / set_name)


def _pair_dir(name: str) -> Path:
    """Return the folder holding the blind pair ``name``."""
    for set_name in SETS:
        directory = ROOT / "tests" / "data" / "pairs" / set_name
        if (directory / f"{name}.gold.json").exists():
            return directory
    return INDEPENDENT_DIR


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

    @property
    def labelled_a(self) -> frozenset[int]:
        """Return the A sentences the gold judged (in a group or one-sided)."""
        return frozenset(i for a_ids, _ in self.groups for i in a_ids) | self.only_a

    @property
    def labelled_b(self) -> frozenset[int]:
        """Return the B sentences the gold judged (in a group or one-sided)."""
        return frozenset(j for _, b_ids in self.groups for j in b_ids) | self.only_b


def find_sentence(document: Document, piece: str) -> int:
    """Return the id of the article sentence of ``document`` that ``piece`` stands for.

    That is the one sentence containing ``piece``; failing that, when ``piece`` occurs
    once in the text but across a sentence boundary, the sentence where it starts.
    """
    hits = [s.id for s in document.sentences if piece in s.text and not s.boilerplate]
    if len(hits) == 1:
        return hits[0]
    if not hits:
        at = document.text.find(piece)
        if at >= 0 and document.text.find(piece, at + 1) < 0:
            for sentence in document.sentences:
                # the sentence the piece starts in; past flagged furniture, the one it runs on to
                overlaps = sentence.end > at and sentence.start < at + len(piece)
                if overlaps and not sentence.boilerplate:
                    return sentence.id
    raise LookupError(f"{piece!r} is in {len(hits)} sentences of {document.name}")


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


def _resolve(name: str, a: Document, b: Document, spec: Mapping[str, Any]) -> Gold:
    """Return the gold of ``spec`` (groups, only_a, only_b by pieces) resolved to ids."""
    groups = tuple(
        (
            tuple(sorted({find_sentence(a, piece) for piece in group["a"]})),
            tuple(sorted({find_sentence(b, piece) for piece in group["b"]})),
        )
        for group in spec["groups"]
    )
    only_a = frozenset(find_sentence(a, piece) for piece in spec["only_a"])
    only_b = frozenset(find_sentence(b, piece) for piece in spec["only_b"])
    return Gold(name, a, b, groups, only_a, only_b)


def read_gold(name: str) -> Any:
    """Return the raw gold file ``tests/gold/<name>.json`` (any kind: alignment, quotes, ...)."""
    return json.loads((GOLD_DIR / f"{name}.json").read_text(encoding="utf-8"))


def read_independent_gold(name: str) -> Any:
    """Return the raw blind gold of the independent pair ``name`` ("pair01"): every field."""
    return json.loads((_pair_dir(name) / f"{name}.gold.json").read_text(encoding="utf-8"))


def independent_paths(name: str) -> tuple[Path, Path]:
    """Return the two texts of the independent pair ``name`` ("pair01")."""
    directory = _pair_dir(name)
    return directory / f"{name}-a.txt", directory / f"{name}-b.txt"


def load_gold(name: str) -> Gold:
    """Return the gold alignment ``tests/gold/<name>.json`` resolved against its two texts."""
    spec = read_gold(name)
    a = open_document(str(ROOT / spec["a"]))
    b = open_document(str(ROOT / spec["b"]))
    return _resolve(name, a, b, spec)


def load_independent_gold(name: str) -> Gold:
    """Return the gold alignment of the independent pair ``name`` ("pair01")."""
    spec = read_independent_gold(name)
    path_a, path_b = independent_paths(name)
    a, b = open_document(str(path_a)), open_document(str(path_b))
    return _resolve(name, a, b, spec["alignment"])


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


@dataclass(frozen=True)
class Score:
    """The counts behind precision, recall and one-source accuracy of one alignment.

    - groups judged / right: predicted groups with a gold-labelled sentence on both sides,
      or with a labelled sentence the gold says is one-sided; right when every labelled
      (a, b) pair in the group is a gold pair and none is one-sided in the gold;
    - pairs gold / found: gold (a, b) pairs, and how many the alignment has;
    - one-sided judged / right: sentences the alignment left one-sided that the gold
      labelled; right when the gold says they are one-sided too.
    Sentences the gold left out as unclear count neither way.
    """

    groups_judged: int
    groups_right: int
    pairs_gold: int
    pairs_found: int
    only_judged: int
    only_right: int

    def __add__(self, other: Score) -> Score:
        return Score(*(x + y for x, y in zip(self.counts(), other.counts(), strict=True)))

    def counts(self) -> tuple[int, ...]:
        """Return the six counts in field order."""
        return (
            self.groups_judged,
            self.groups_right,
            self.pairs_gold,
            self.pairs_found,
            self.only_judged,
            self.only_right,
        )

    @property
    def precision(self) -> float:
        """Return the share of judged groups that are right (1 when none is judged)."""
        return self.groups_right / self.groups_judged if self.groups_judged else 1.0

    @property
    def recall(self) -> float:
        """Return the share of gold pairs found (1 when the gold has none)."""
        return self.pairs_found / self.pairs_gold if self.pairs_gold else 1.0

    @property
    def one_source(self) -> float:
        """Return the share of judged one-sided sentences that are one-sided in the gold."""
        return self.only_right / self.only_judged if self.only_judged else 1.0


def group_verdict(gold: Gold, a_ids: Iterable[int], b_ids: Iterable[int]) -> bool | None:
    """Return whether a predicted group is right, or None when the gold cannot judge it."""
    a_labelled = [i for i in a_ids if i in gold.labelled_a]
    b_labelled = [j for j in b_ids if j in gold.labelled_b]
    if any(i in gold.only_a for i in a_labelled) or any(j in gold.only_b for j in b_labelled):
        return False
    if not a_labelled or not b_labelled:
        return None
    pairs = gold.pairs
    return all((i, j) in pairs for i in a_labelled for j in b_labelled)


def score(gold: Gold, alignment: Alignment) -> Score:
    """Return the :class:`Score` of ``alignment`` against ``gold``."""
    verdicts = [group_verdict(gold, g.a, g.b) for g in alignment.groups]
    judged = [v for v in verdicts if v is not None]
    found = alignment_pairs(alignment) & gold.pairs
    only = [(i, i in gold.only_a) for i in alignment.only_a if i in gold.labelled_a]
    only += [(j, j in gold.only_b) for j in alignment.only_b if j in gold.labelled_b]
    return Score(
        len(judged),
        sum(judged),
        len(gold.pairs),
        len(found),
        len(only),
        sum(right for _, right in only),
    )
