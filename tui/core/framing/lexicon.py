"""The framing word lists: loading them from the package and finding their entries in text.

Each category is a plain-text file under ``tui/core/framing/lexicon_data/``: one word or phrase per
line, ``[class]`` lines starting a class of entries, ``#`` comments naming the sources of the
category. Entries match words on their Snowball stems ("suggested" matches "suggest"), except
entries ending in "-ly" and entries written ``=word``, which match the exact word because their
stems collide with other words ("reportedly" and "report", "doctored" and "doctors"); an
exact past form ("=slashed") also matches its "-ing" form ("slashing").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from tui.core.text.words import fold_marks, stem, words

#: The framing categories that have a word list, in the order their shifts are preferred.
LEXICON_CATEGORIES: tuple[str, ...] = (
    "attribution",
    "whose-view",
    "hedging",
    "loaded",
    "intensity",
    "charged",
)


@dataclass(frozen=True, slots=True)
class Word:
    """One word of article text: its offsets into the document, the word as written, its keys."""

    start: int
    end: int
    text: str
    lower: str
    stem: str


def make_word(start: int, end: int, text: str) -> Word:
    """Return the :class:`Word` for ``text`` found at ``start:end``."""
    return Word(start, end, text, fold_marks(text).lower(), stem(text))


@dataclass(frozen=True, slots=True)
class Entry:
    """One entry of a word list: the phrase as listed, its class, and the keys it matches on."""

    phrase: str
    word_class: str
    keys: tuple[str, ...]
    exact: tuple[bool, ...]

    def matches_at(self, text_words: Sequence[Word], index: int) -> bool:
        """Return True when this entry's words start at ``text_words[index]``."""
        if index + len(self.keys) > len(text_words):
            return False
        for offset, (key, exact) in enumerate(zip(self.keys, self.exact, strict=True)):
            word = text_words[index + offset]
            if (word.lower if exact else word.stem) != key:
                return False
        return True


@dataclass(frozen=True, slots=True)
class Match:
    """An entry found in a run of words: ``first`` and ``last`` index the words (half-open)."""

    entry: Entry
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word list of one framing category."""

    category: str
    entries: tuple[Entry, ...]
    _by_first_key: dict[str, tuple[Entry, ...]] = field(
        init=False, repr=False, compare=False, default_factory=dict
    )

    def __post_init__(self) -> None:
        for entry in self.entries:
            listed = self._by_first_key.get(entry.keys[0], ())
            self._by_first_key[entry.keys[0]] = (*listed, entry)

    def find(self, text_words: Sequence[Word]) -> tuple[Match, ...]:
        """Return the entries found in ``text_words``, left to right, longest first, no overlap."""
        found: list[Match] = []
        index = 0
        while index < len(text_words):
            word = text_words[index]
            candidates = self._by_first_key.get(word.stem, ()) + self._by_first_key.get(
                word.lower, ()
            )
            entry = max(
                (e for e in candidates if e.matches_at(text_words, index)),
                key=lambda e: len(e.keys),
                default=None,
            )
            if entry is None:
                index += 1
                continue
            found.append(Match(entry, index, index + len(entry.keys)))
            index += len(entry.keys)
        return tuple(found)


def _entry(phrase: str, word_class: str) -> Entry:
    as_written = phrase.startswith("=")
    listed = words(phrase.removeprefix("="))
    exact = tuple(as_written or w.lower().endswith("ly") for w in listed)
    keys = tuple(
        fold_marks(w).lower() if is_exact else stem(w)
        for w, is_exact in zip(listed, exact, strict=True)
    )
    return Entry(phrase.removeprefix("="), word_class, keys, exact)


def _progressive(entry: Entry) -> Entry | None:
    """Return the "-ing" twin of an entry written as an exact past form ("=slashed" ->
    "slashing", "=seized on" -> "seizing on"), or None. Exact forms keep a verb apart from a
    noun of the same stem ("doctored" / "doctors"); the "-ing" form of the verb is as safe."""
    first = entry.keys[0]
    if not entry.exact[0] or not first.endswith("ed") or len(first) < 5 or first[-3] == "i":
        return None
    keys = (first[:-2] + "ing", *entry.keys[1:])
    phrase = " ".join((keys[0], *entry.phrase.split()[1:]))
    return Entry(phrase, entry.word_class, keys, entry.exact)


def parse_lexicon(category: str, source: str) -> Lexicon:
    """Return the :class:`Lexicon` written in ``source`` (the text of a word-list file).

    An entry written as an exact past form also matches its "-ing" form, unless listed."""
    entries: list[Entry] = []
    word_class = ""
    for raw in source.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            word_class = line[1:-1].strip()
            continue
        if not word_class:
            raise ValueError(f"{category}: entry {line!r} comes before any [class] line")
        entries.append(_entry(line, word_class))
    listed = {(e.keys, e.exact) for e in entries}
    for entry in list(entries):
        twin = _progressive(entry)
        if twin is not None and (twin.keys, twin.exact) not in listed:
            listed.add((twin.keys, twin.exact))
            entries.append(twin)
    entries.sort(key=lambda e: -len(e.keys))
    return Lexicon(category, tuple(entries))


@cache
def load_lexicon(category: str) -> Lexicon:
    """Return the word list of ``category`` as shipped in ``tui/core/framing/lexicon_data/``."""
    if category not in LEXICON_CATEGORIES:
        raise ValueError(f"no word list for framing category {category!r}")
    path = resources.files("tui.core.framing").joinpath("lexicon_data", f"{category}.txt")
    return parse_lexicon(category, path.read_text(encoding="utf-8"))
