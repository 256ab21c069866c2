"""Compare the wording of two quotations word by word.

Words are compared after folding quote marks and dashes, case, punctuation and British or
American spelling ("apologise" is "apologize").
An editorial insertion in brackets (``[Lee]``) may stand for a pronoun or the
name itself. A quotation whose words all appear, in order, in the other one,
with the missing words only at either end or where an ellipsis marks a cut, was
merely shortened. A quotation that one source gives only in part, or to which it adds
words (a clause before or after), is *selective*: every change goes one way (the other
source's extra words), at the quotation's ends or at an ellipsis (words missing
mid-quotation without one are an alteration), allowing a reworded word or two where the
cut was made ("we were not going" → "was not going") and one figure written another way
("£28m" → "£28million").
Any other difference is an alteration.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Literal

from tui.core.text.numerals import NUMBER_WORDS
from tui.core.text.spelling import spelling_key
from tui.core.text.words import fold_marks, is_function_word, stem, word_spans

_BRACKETS = re.compile(r"\[[^\]\n]{0,80}\]")
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")
_PRONOUNS = frozenset(
    "he him his she her hers they them their it its i me my we us our you your".split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class QuoteWords:
    """The words of one quotation: as written, as compared, and where the editor stepped in.

    ``editorial`` holds the indexes of words inside brackets; ``cuts`` the word
    indexes an ellipsis stands before (``len(shown)`` for a trailing one). A compound
    written with a hyphen is its words (one writer's "a well-done study" is another's "the
    study was well done"): ``joined`` holds the indexes of the words a hyphen joins to the
    word before (see :meth:`run`).
    """

    shown: tuple[str, ...]
    keys: tuple[str, ...]
    editorial: frozenset[int]
    cuts: frozenset[int]
    joined: frozenset[int] = frozenset()

    @property
    def size(self) -> int:
        """Return the number of words as written (a hyphenated compound is one)."""
        return len(self.keys) - len(self.joined)

    def run(self, start: int = 0, end: int | None = None) -> str:
        """Return words ``start`` to ``end`` as shown, hyphens put back."""
        stop = len(self.shown) if end is None else end
        parts: list[str] = []
        for index in range(start, stop):
            if parts and index in self.joined:
                parts[-1] += "-" + self.shown[index]
            else:
                parts.append(self.shown[index])
        return " ".join(parts)

    @property
    def stems(self) -> tuple[str, ...]:
        """Return the Snowball stems of the words."""
        return tuple(stem(word) for word in self.keys)


@dataclass(frozen=True, slots=True)
class WordChange:
    """Words of A replaced by, or missing from, words of B (``"insert"``: only in B).

    ``a_at`` / ``b_at`` are the word indexes where the change stands in each quotation.
    """

    tag: Literal["replace", "insert", "delete"]
    a_words: str
    b_words: str
    a_at: int = 0
    b_at: int = 0


@dataclass(frozen=True, slots=True)
class WordingComparison:
    """How two quotations' words compare.

    ``similarity`` is the share of words in common (0-1, both lengths counted);
    ``containment`` the share of the shorter quotation found in the longer one;
    ``shortened`` names the side ("a" or "b") that merely cut words at its ends or at an
    ellipsis, if so; ``selective`` the side that quotes less of the same quotation (cut or
    added anywhere, see the module docstring), if so.
    """

    similarity: float
    containment: float
    identical: bool
    shortened: Literal["a", "b"] | None
    changes: tuple[WordChange, ...]
    selective: Literal["a", "b"] | None = None

    @property
    def dropped(self) -> tuple[str, ...]:
        """Return the runs of A's words that B lacks or replaced."""
        return tuple(c.a_words for c in self.changes if c.tag != "insert" and c.a_words)

    @property
    def added(self) -> tuple[str, ...]:
        """Return the runs of words B adds or put in A's place."""
        return tuple(c.b_words for c in self.changes if c.tag != "delete" and c.b_words)


@lru_cache(maxsize=8192)
def quote_words(text: str) -> QuoteWords:
    """Return the :class:`QuoteWords` of a quotation's text."""
    spans, joined = quote_spans(text)
    brackets = [match.span() for match in _BRACKETS.finditer(text)]
    editorial = frozenset(
        index
        for index, (start, end, _) in enumerate(spans)
        if any(left < start and end < right for left, right in brackets)
    )
    starts = [start for start, _, _ in spans]
    cuts = frozenset(
        sum(1 for start in starts if start < match.start()) for match in _ELLIPSIS.finditer(text)
    )
    shown = tuple(word for _, _, word in spans)
    keys = tuple(_key(word) for word in shown)
    return QuoteWords(shown, keys, editorial, cuts, joined)


def quote_spans(text: str) -> tuple[list[tuple[int, int, str]], frozenset[int]]:
    """Return the (start, end, word) of each word of a quotation as it is compared, and the
    indexes joined to the word before by a hyphen: a hyphenated compound of letters is its
    words, and a per cent sign or "per cent" is the one word "percent" ("3.5%", "3.5 per
    cent" and "3.5 percent" say the same)."""
    spans, joined = _split_compounds(word_spans(text))
    result: list[tuple[int, int, str]] = []
    moved: dict[int, int] = {}  # index in ``spans`` -> index in ``result``
    for index, (start, end, word) in enumerate(spans):
        if word.lower() == "cent" and result and result[-1][2].lower() == "per":
            result[-1] = (result[-1][0], end, " ".join(text[result[-1][0] : end].split()))
            continue
        moved[index] = len(result)
        result.append((start, end, word))
        if text[end : end + 1] == "%":
            result.append((end, end + 1, "%"))
    return result, frozenset(moved[index] for index in joined if index in moved)


_COMPOUND_PART = re.compile(r"[^\W\d_]+")


def _split_compounds(
    spans: list[tuple[int, int, str]],
) -> tuple[list[tuple[int, int, str]], frozenset[int]]:
    """Return ``spans`` with each hyphenated compound of letters split into its words
    (a number in words, "twenty-five", stays one), and the indexes joined by a hyphen."""
    result: list[tuple[int, int, str]] = []
    joined: set[int] = set()
    for start, end, word in spans:
        parts = fold_marks(word).split("-")
        if (
            len(parts) < 2
            or not all(_COMPOUND_PART.fullmatch(part) for part in parts)
            or fold_marks(word).lower() in NUMBER_WORDS
        ):
            result.append((start, end, word))
            continue
        position = start
        for number, part in enumerate(parts):
            if number:
                joined.add(len(result))
            result.append(
                (
                    position,
                    position + len(part),
                    word[position - start : position - start + len(part)],
                )
            )
            position += len(part) + 1
    return result, frozenset(joined)


_DOTTED = re.compile(r"(?:\w\.){2,}\w?")


def word_runs(words: QuoteWords, size: int, content: int) -> set[tuple[str, ...]]:
    """Return a quotation's runs of ``size`` words in a row (as keys) with ``content`` words
    or more that are not function words."""
    keys = words.keys
    return {
        keys[k : k + size]
        for k in range(len(keys) - size + 1)
        if sum(not is_function_word(w) for w in keys[k : k + size]) >= content
    }


def _key(word: str) -> str:
    """Return a word as compared: marks folded, lower case, an abbreviation's dots dropped
    ("F.B.I." is "FBI"), one key for its British and American spelling, a number in words
    as its digits (an outlet's style writes "ten" or "10"; the speaker said one thing)."""
    key = fold_marks(word).lower()
    if key == "%" or " ".join(key.split()) == "per cent":
        return "percent"
    if _DOTTED.fullmatch(key):
        return key.replace(".", "")
    return NUMBER_WORDS.get(key) or spelling_key(key)


def _stands_in(first: QuoteWords, i: int, second: QuoteWords, j: int) -> bool:
    """Return True when an editorial word of ``first`` stands for word ``j`` of ``second``."""
    return i in first.editorial and (second.keys[j] in _PRONOUNS or second.keys[j] == first.keys[i])


def _is_editorial_swap(a: QuoteWords, b: QuoteWords, op: tuple[str, int, int, int, int]) -> bool:
    tag, i1, i2, j1, j2 = op
    if tag != "replace" or i2 - i1 != 1 or j2 - j1 != 1:
        return False
    return _stands_in(a, i1, b, j1) or _stands_in(b, j1, a, i1)


def _cut_only(
    ops: Sequence[tuple[str, int, int, int, int]], shorter: QuoteWords, side: int
) -> bool:
    """Return True when every missing run of the shorter side sits at an end or an ellipsis."""
    length = len(shorter.shown)
    for op in ops:
        position = op[1] if side == 0 else op[3]
        if position not in (0, length) and position not in shorter.cuts:
            return False
    return True


_DIGITS = re.compile(r"\d")
#: A reworded run at the edge of a cut this long (in the shorter quotation) is part of the cut.
_EDGE_REWORDING = 2


def _same_figure(first: str, second: str) -> bool:
    """Return True for one figure written two ways ("28m" and "28million")."""
    digits_a = "".join(_DIGITS.findall(first))
    return bool(digits_a) and digits_a == "".join(_DIGITS.findall(second))


def _selective(
    ops: Sequence[tuple[str, int, int, int, int]], a: QuoteWords, b: QuoteWords
) -> Literal["a", "b"] | None:
    """Return the side that quotes less of the same words, or None (see the module docstring)."""
    if len(a.keys) == len(b.keys):
        return None
    side: Literal["a", "b"] = "a" if len(a.keys) < len(b.keys) else "b"
    shorter = a if side == "a" else b
    shorter_length = len(shorter.keys)
    wanted = "insert" if side == "a" else "delete"
    extra = 0
    for tag, i1, i2, j1, j2 in ops:
        if tag == wanted:
            extra += 1
            continue
        if tag != "replace":
            return None
        first, second = " ".join(a.keys[i1:i2]), " ".join(b.keys[j1:j2])
        if _same_figure(first, second):
            continue
        start, end = (i1, i2) if side == "a" else (j1, j2)
        at_edge = start == 0 or end == shorter_length
        if not at_edge or end - start > _EDGE_REWORDING or end - start >= shorter_length:
            return None
        extra += 1
    if not _cut_only([op for op in ops if op[0] == wanted], shorter, 0 if side == "a" else 1):
        return None  # words left out mid-quotation without an ellipsis: altered
    return side if extra else None


#: Words that link a quotation to what came before it in the speech: an outlet that starts
#: the quotation there keeps them or not ("But the pain would be far greater." / "The pain
#: would be far greater ..."), which changes nothing the speaker said.
_LINKS = frozenset({"but", "and", "so", "yet", "or", "now", "well"})


def _leading_link(a: QuoteWords, b: QuoteWords, op: tuple[str, int, int, int, int]) -> bool:
    """Return True for a linking word only one quotation opens with (see :data:`_LINKS`)."""
    tag, i1, i2, j1, j2 = op
    if tag == "insert":
        return i1 == 0 and j1 == 0 and j2 == 1 and b.keys[0] in _LINKS
    if tag == "delete":
        return j1 == 0 and i1 == 0 and i2 == 1 and a.keys[0] in _LINKS
    return False


@lru_cache(maxsize=8192)
def compare_wording(a: QuoteWords, b: QuoteWords) -> WordingComparison:
    """Return how quotation ``b`` differs in wording from quotation ``a``."""
    matcher = SequenceMatcher(None, a.keys, b.keys, autojunk=False)
    ops = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    ops = [op for op in ops if not _is_editorial_swap(a, b, op)]
    # A linking word one quotation opens with is no change of its own when the quotations
    # differ otherwise too; alone, it is the one word one source left out.
    unlinked = [op for op in ops if not _leading_link(a, b, op)]
    ops = unlinked or ops
    unchanged_a = len(a.keys) - sum(op[2] - op[1] for op in ops)
    unchanged_b = len(b.keys) - sum(op[4] - op[3] for op in ops)
    total = len(a.keys) + len(b.keys)
    similarity = (unchanged_a + unchanged_b) / total if total else 1.0
    shorter = min(len(a.keys), len(b.keys))
    containment = min(unchanged_a, unchanged_b) / shorter if shorter else 0.0
    shortened: Literal["a", "b"] | None = None
    if ops and all(op[0] == "insert" for op in ops) and _cut_only(ops, a, 0):
        shortened = "a"
    elif ops and all(op[0] == "delete" for op in ops) and _cut_only(ops, b, 1):
        shortened = "b"
    changes = tuple(
        WordChange(tag, a.run(i1, i2), b.run(j1, j2), i1, j1)
        for tag, i1, i2, j1, j2 in ops
        if tag in ("replace", "insert", "delete")
    )
    selective = _selective(ops, a, b) if ops else None
    return WordingComparison(similarity, containment, not ops, shortened, changes, selective)


def change_phrases(
    changes: tuple[WordChange, ...], *, limit: int = 6, name_side: bool = True
) -> list[str]:
    """Return a phrase per change: ``“underscore” → “emphasise”``, ``added in B: “slightly”``.

    With ``name_side=False`` the phrases are shorter (``added “slightly”``), for summaries.
    """
    added, dropped = ("added in B: ", "left out in B: ") if name_side else ("added ", "left out ")
    phrases = []
    for change in changes[:limit]:
        if change.tag == "replace":
            phrases.append(f"“{change.a_words}” → “{change.b_words}”")
        elif change.tag == "insert":
            phrases.append(f"{added}“{change.b_words}”")
        else:
            phrases.append(f"{dropped}“{change.a_words}”")
    if len(changes) > limit:
        phrases.append(f"and {len(changes) - limit} more")
    return phrases


def shortened_note(comparison: WordingComparison) -> str:
    """Return a note such as ``shortened in A: leaves out “slightly more”`` (empty if not cut)."""
    if comparison.shortened is None:
        return ""
    side = comparison.shortened.upper()
    left_out = " … ".join(
        change.b_words if change.tag == "insert" else change.a_words
        for change in comparison.changes
    )
    return f"shortened in {side}: leaves out “{left_out}”"


def _run_in_place(run: str, at_start: bool, at_end: bool) -> str:
    """Return a run of words with "…" where the quotation goes on around it."""
    return f"{'' if at_start else '… '}{run}{'' if at_end else ' …'}"


def selective_phrase(a: QuoteWords, b: QuoteWords, comparison: WordingComparison) -> str:
    """Return ``drops “… every paycheck”`` (B quotes less) or ``adds “This is a scandal …”``.

    Each run of the longer quotation's extra words is shown with "…" where the quoted
    text goes on around it; empty when the quotations are not a selective pair.
    """
    if comparison.selective is None:
        return ""
    longer = a if comparison.selective == "b" else b
    matcher = SequenceMatcher(None, a.keys, b.keys, autojunk=False)
    runs = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        start, end = (i1, i2) if comparison.selective == "b" else (j1, j2)
        if start == end:
            continue
        words = longer.run(start, end).strip(" ,;:")
        if words:
            runs.append(_run_in_place(words, start == 0, end == len(longer.shown)))
    verb = "drops" if comparison.selective == "b" else "adds"
    return f"{verb} “{'”, “'.join(runs[:3])}”" + (
        f" and {len(runs) - 3} more" if len(runs) > 3 else ""
    )
