"""The immutable result types that flow through crosscheck's core.

Data flows one way: a source is loaded into a :class:`LoadedText`, segmented
into a :class:`Document`, two documents are aligned into an
:class:`Alignment`, analysed into quotes, figures and framing, and all of it is
summarised as :class:`Difference` records in a :class:`Comparison`.

Every offset is a character (code point) offset into the ``text`` of the
document it belongs to, half-open: ``text[start:end]``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

from tui.core.kinds import DifferenceKind

Side = Literal["a", "b"]
#: ``shortened``: B quotes a part of A's quotation; ``extended``: B quotes more of it.
QuoteStatus = Literal["same", "altered", "shortened", "extended", "only_a", "only_b"]
#: ``equivalent``: the same quantity told another way (precision, unit, currency).
NumberStatus = Literal["same", "equivalent", "conflict", "only_a", "only_b"]
Importance = Literal["major", "minor"]
FindingList = Literal["quotes", "numbers", "framing"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range of one document's text, with the text it covers."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class LoadedText:
    """A source after loading: clean text plus what the loader recognised in it.

    ``boilerplate`` lists character ranges of scraper junk (repeated titles,
    timestamp lines, reaction widgets, date markers). The segmenter turns each
    range into sentences of its own flagged as boilerplate.
    """

    path: str
    title: str | None
    text: str
    boilerplate: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a document: its id (reading order), offsets, text and paragraph."""

    id: int
    start: int
    end: int
    text: str
    paragraph: int
    boilerplate: bool = False


@dataclass(frozen=True, slots=True)
class Document:
    """A loaded and segmented source."""

    path: str
    title: str | None
    text: str
    sentences: tuple[Sentence, ...]

    @property
    def digest(self) -> str:
        """Return the SHA-256 hex digest of the document's text (its identity for sessions)."""
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()

    @property
    def name(self) -> str:
        """Return the file name (or URL) of the source, for headings."""
        if "://" in self.path:
            return self.path
        return self.path.replace("\\", "/").rsplit("/", 1)[-1]

    def span(self, start: int, end: int) -> Span:
        """Return the :class:`Span` of this document's text from ``start`` to ``end``."""
        return Span(start, end, self.text[start:end])


@dataclass(frozen=True, slots=True)
class WordEdit:
    """One word-level change inside an aligned group.

    ``tag`` is ``"replace"``, ``"delete"`` (words only in A) or ``"insert"``
    (words only in B). Offsets are into each document's text; an empty range
    (start == end) marks the position where the other side's words would go.
    """

    tag: Literal["replace", "delete", "insert"]
    a_start: int
    a_end: int
    b_start: int
    b_end: int


@dataclass(frozen=True, slots=True)
class AlignedGroup:
    """Sentences of A and B that tell the same thing (1:1, 1:n or n:1), with a score in [0, 1]."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float
    edits: tuple[WordEdit, ...] = ()


@dataclass(frozen=True, slots=True)
class Alignment:
    """The sentence alignment of two documents.

    A sentence is in a group, or one-sided (``only_a`` / ``only_b``: no sentence of the other
    source tells it), or *perhaps told another way* (``partial_a`` / ``partial_b``: no group
    took it, but a sentence of the other source is too like it to call it one-sided; each
    entry is the sentence's id and that sentence's id), or boilerplate (in none).
    """

    groups: tuple[AlignedGroup, ...]
    only_a: tuple[int, ...]
    only_b: tuple[int, ...]
    partial_a: tuple[tuple[int, int], ...] = ()
    partial_b: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation found in one document, with its speaker when the text names one."""

    start: int
    end: int
    text: str
    speaker: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteMatch:
    """A quotation compared across the two sources."""

    status: QuoteStatus
    a: Quote | None
    b: Quote | None
    note: str = ""
    #: Words of A's quotation that B's lacks, and words B's adds (altered, shortened, extended).
    dropped: tuple[str, ...] = ()
    added: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Figure:
    """A number, date or amount found in one document, with its normalised value."""

    start: int
    end: int
    text: str
    value: float | None
    unit: str = ""
    approximate: bool = False


@dataclass(frozen=True, slots=True)
class FigureMatch:
    """A figure compared across the two sources."""

    status: NumberStatus
    a: Figure | None
    b: Figure | None
    note: str = ""


@dataclass(frozen=True, slots=True)
class FramingShift:
    """A framing finding: its category, the spans of both sides, and a short note.

    A side is ``None`` where the shift is carried by the other side alone (a loaded word in a
    one-source passage, a headline word with no counterpart). ``side`` names the side that
    carries the framing (the stronger, more negative or more doubtful wording) and
    ``strength`` in [0, 1] ranks it: a sneer outranks a stress.
    """

    category: str
    a: Span | None
    b: Span | None
    note: str
    strength: float = 0.5
    side: Side = "a"


@dataclass(frozen=True, slots=True)
class Finding:
    """Where a difference's finding is: an entry of the comparison's quotes, figures or framing."""

    list: FindingList
    index: int


@dataclass(frozen=True, slots=True)
class Difference:
    """One thing a journalist steps through: where the sources differ, and a one-line summary.

    ``finding`` points at the quote, figure or framing entry the difference reports (``None``
    for passages and re-wordings); ``within`` is the id of the one-source passage that holds
    it, if any; ``importance`` says whether an editor must see it (``major``) or not.
    """

    id: str
    kind: DifferenceKind
    a: Span | None
    b: Span | None
    summary: str
    detail: str = ""
    finding: Finding | None = None
    importance: Importance = "minor"
    within: str | None = None

    @property
    def position(self) -> tuple[int, int]:
        """Return a sort key placing the difference in reading order (A first, then B)."""
        if self.a is not None:
            return (0, self.a.start)
        assert self.b is not None
        return (1, self.b.start)


def difference_id(kind: str, a: Span | None, b: Span | None, *extra: str) -> str:
    """Return an id for a difference that is stable for the same two inputs."""
    parts = [kind]
    for span in (a, b):
        parts.append("-" if span is None else f"{span.start}:{span.end}:{span.text}")
    parts.extend(extra)
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return f"{kind}-{digest[:10]}"


@dataclass(frozen=True, slots=True)
class Reuse:
    """How much of each source's article text the other also tells, and how.

    ``a_in_b``: the share of A's article characters that B also tells; ``b_in_a`` the reverse.
    ``verbatim`` + ``edited`` + ``paraphrased`` split the shared text (they sum to 1 when any
    is shared).
    """

    a_in_b: float
    b_in_a: float
    verbatim: float
    edited: float
    paraphrased: float


@dataclass(frozen=True, slots=True)
class Comparison:
    """Everything crosscheck knows about two sources."""

    a: Document
    b: Document
    alignment: Alignment
    quotes: tuple[QuoteMatch, ...] = ()
    figures: tuple[FigureMatch, ...] = ()
    framing: tuple[FramingShift, ...] = ()
    differences: tuple[Difference, ...] = field(default=())
    reuse: Reuse | None = None
