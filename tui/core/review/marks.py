"""Review marks: which differences the journalist has checked, flagged or annotated.

Everything here is pure and immutable. :class:`ReviewState` maps difference ids to
:class:`ReviewMark` values, and every operation returns a new state, so the UI can keep
the previous one for undo and the session module can save and merge them. Saving lives
in :mod:`tui.core.review.session`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from tui.core.kinds import DifferenceKind
from tui.core.models import Difference

ReviewFilterName = Literal["unchecked", "flagged"]

#: The review filters the difference list gains, with their labels for screens.
REVIEW_FILTERS: tuple[tuple[ReviewFilterName, str], ...] = (
    ("unchecked", "Unchecked"),
    ("flagged", "Flagged"),
)


@dataclass(frozen=True, slots=True)
class ReviewMark:
    """The review of one difference: checked, flagged, and a free-text note.

    ``stamp`` orders changes to the same difference across app instances (nanoseconds
    since the epoch of the change); it takes no part in equality.
    """

    checked: bool = False
    flagged: bool = False
    note: str = ""
    stamp: int = field(default=0, compare=False)

    @property
    def is_blank(self) -> bool:
        """Return True when the mark says nothing: not checked, not flagged, no note."""
        return not (self.checked or self.flagged or self.note.strip())

    @property
    def symbols(self) -> str:
        """Return the mark as short symbols for a list row: ``✓`` checked, ``⚑`` flagged,
        ``✎`` noted; an empty string for a blank mark."""
        return (
            ("✓" if self.checked else "")
            + ("⚑" if self.flagged else "")
            + ("✎" if self.note.strip() else "")
        )


BLANK = ReviewMark()


@dataclass(frozen=True, slots=True)
class ReviewProgress:
    """How far the review has got: checked and flagged differences out of ``total``.

    ``unsaved`` is True while some marks are not in the session file (a save failed).
    """

    checked: int
    flagged: int
    total: int
    unsaved: bool = False

    @property
    def label(self) -> str:
        """Return the progress as a header reads it, e.g. ``12/40 checked, 3 flagged``
        (and ``· unsaved`` after it while a save has failed)."""
        label = f"{self.checked}/{self.total} checked, {self.flagged} flagged"
        return f"{label} · unsaved" if self.unsaved else label


@dataclass(frozen=True, slots=True)
class OrphanedMark:
    """A saved mark whose difference no longer exists (a source changed since it was made).

    ``a_text`` and ``b_text`` are the passages it was made on (None for a side the
    difference did not have), oriented like the comparison now open.
    """

    kind: DifferenceKind
    a_text: str | None
    b_text: str | None
    mark: ReviewMark


class ReviewState(Mapping[str, ReviewMark]):
    """An immutable mapping of difference id to :class:`ReviewMark`.

    Looking up an id with no mark gives KeyError as for any mapping; :meth:`mark`
    returns a blank mark instead. Every operation returns a new state.
    """

    __slots__ = ("_marks",)

    def __init__(self, marks: Mapping[str, ReviewMark] | None = None) -> None:
        self._marks: dict[str, ReviewMark] = {
            key: mark for key, mark in (marks or {}).items() if not mark.is_blank
        }

    def __getitem__(self, difference_id: str) -> ReviewMark:
        return self._marks[difference_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._marks)

    def __len__(self) -> int:
        return len(self._marks)

    def __repr__(self) -> str:
        return f"ReviewState({self._marks!r})"

    def mark(self, difference_id: str) -> ReviewMark:
        """Return the mark of a difference, blank when it has none."""
        return self._marks.get(difference_id, BLANK)

    def with_mark(self, difference_id: str, mark: ReviewMark) -> ReviewState:
        """Return a state where ``difference_id`` has ``mark`` (a blank mark removes it)."""
        marks = dict(self._marks)
        marks[difference_id] = mark
        return ReviewState(marks)

    def toggled_checked(self, difference_id: str, *, stamp: int = 0) -> ReviewState:
        """Return a state where the difference's checked mark is flipped."""
        mark = self.mark(difference_id)
        return self.with_mark(difference_id, replace(mark, checked=not mark.checked, stamp=stamp))

    def toggled_flagged(self, difference_id: str, *, stamp: int = 0) -> ReviewState:
        """Return a state where the difference's flag is flipped."""
        mark = self.mark(difference_id)
        return self.with_mark(difference_id, replace(mark, flagged=not mark.flagged, stamp=stamp))

    def with_note(self, difference_id: str, note: str, *, stamp: int = 0) -> ReviewState:
        """Return a state where the difference's note is ``note`` (surrounding blanks removed)."""
        mark = self.mark(difference_id)
        return self.with_mark(difference_id, replace(mark, note=note.strip(), stamp=stamp))

    def progress(self, differences: Sequence[Difference]) -> ReviewProgress:
        """Return how many of ``differences`` are checked and flagged, out of all of them."""
        marks = [self.mark(d.id) for d in differences]
        return ReviewProgress(
            checked=sum(1 for m in marks if m.checked),
            flagged=sum(1 for m in marks if m.flagged),
            total=len(differences),
        )


def review_filter_indices(
    differences: Sequence[Difference], state: ReviewState, name: ReviewFilterName
) -> tuple[int, ...]:
    """Return the indices (into ``differences``) that the review filter ``name`` shows:
    ``unchecked`` — not yet checked; ``flagged`` — flagged."""
    if name == "unchecked":
        return tuple(i for i, d in enumerate(differences) if not state.mark(d.id).checked)
    return tuple(i for i, d in enumerate(differences) if state.mark(d.id).flagged)
