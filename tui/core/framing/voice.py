"""Charged words in the reporter's own voice: the words of the ``charged`` list found outside
quotation marks, with their category, strength and why.

A charged word is a choice the outlet made: "wriggled out of", "looted", "regime", "claimed",
"so-called". Words inside quotation marks are the speaker's and are left out; plain factual
words (killed, injured, arrested) are not listed at all. The strength ranks items for the
reader ("sneered" outranks "stressed"): each class has a base weight, raised a little by the
word's VADER valence where the lexicon rates it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.framing.lexicon import Entry, Match, Word, load_lexicon
from tui.core.framing.regions import passage_words
from tui.core.framing.valence import valence
from tui.core.models import Document, Sentence
from tui.core.text.words import stem

#: Framing category of each class of the charged list.
CLASS_CATEGORY: dict[str, str] = {
    "contempt": "loaded",
    "deceit": "loaded",
    "label": "loaded",
    "attack": "loaded",
    "judgement": "loaded",
    "manner": "loaded",
    "exaggeration": "loaded",
    "epistemic": "epistemic",
    "emphasis": "loaded",
}
#: Base strength of each class (0..1): contempt and bad faith weigh most, manner least.
CLASS_STRENGTH: dict[str, float] = {
    "contempt": 0.85,
    "deceit": 0.8,
    "attack": 0.7,
    "label": 0.7,
    "judgement": 0.65,
    "exaggeration": 0.6,
    "epistemic": 0.6,
    "manner": 0.5,
    "emphasis": 0.5,
}
#: What a word of each class does, as the notes say it.
CLASS_MEANS: dict[str, str] = {
    "contempt": "casts the person with contempt",
    "deceit": "charges evasion or bad faith",
    "label": "a charged label",
    "attack": "a combative verb where “criticised” would do",
    "judgement": "passes judgement",
    "manner": "colours how it was done",
    "exaggeration": "a dramatic verb where a plain one would do",
    "epistemic": "casts doubt or guilt where “said” would do",
    "emphasis": "plays a figure down or up where the bare figure would do",
}
#: Words after which a listed verb reports a plain fact ("claimed responsibility",
#: "admitted to hospital", "conceding a late penalty"), keyed by the verb's stem.
_FACTUAL_AFTER: dict[str, frozenset[str]] = {
    "claim": frozenset(
        {"responsibility", "lives", "life", "victory", "credit", "the lives", "the life"}
        | {"the title", "a seat", "the seat", "a record", "the record", "asylum", "benefits"}
    ),
    "admit": frozenset({"to hospital", "to the hospital", "to a hospital", "to intensive"}),
    "acknowledg": frozenset({"receipt"}),
    "conced": frozenset({"a", "goal", "goals", "penalty", "penalties", "the penalty"}),
}


_PERSONS = frozenset({"him", "them", "me", "us", "you"})
_STATEMENTS = frozenset(
    [
        "claim",
        "claims",
        "comments",
        "remarks",
        "statement",
        "account",
        "decision",
        "words",
        "record",
        "assessment",
        "view",
        "position",
        "story",
        "figures",
        "warning",
        "warnings",
    ]
)


#: Words that, right before a figure, tell the reader what to make of it: "just 8%", "barely
#: 40 minutes", "a whopping £2bn" (the bare figure reports; these weigh it).
_EMPHASIS = frozenset({"just", "only", "barely", "merely", "mere", "paltry", "whopping"})
#: Minimisers that weigh "any" the same way ("barely any debate", "hardly any warning").
_BEFORE_ANY = frozenset({"barely", "hardly", "scarcely"})
#: An approximation may stand between the emphasis and the figure ("only around 47 per cent").
_APPROXIMATE = frozenset({"around", "about", "some", "roughly"})
_NUMBER_WORDS = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "dozen",
        "dozens",
    ]
)
_ANY_PAIRS = frozenset((w, "any") for w in _BEFORE_ANY)
#: "just 20 minutes before" tells how close in time, not how small.
_TIME_AFTER = frozenset({"before", "after", "ago", "earlier", "later"})
#: "the only 2 survivors": "only" as an adjective of the noun.
_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our", "my", "your"})


def _is_figure(word: Word) -> bool:
    return word.text[:1].isdigit() or word.lower in _NUMBER_WORDS


def _emphasis_matches(words: Sequence[Word]) -> list[Match]:
    """Return "just 8%", "barely 40 minutes" and the like: an emphasis word before a figure."""
    found = []
    for index, word in enumerate(words):
        if word.lower not in _EMPHASIS | _BEFORE_ANY:
            continue
        if index > 0 and words[index - 1].lower in _DETERMINERS:
            continue
        at = index + 1
        if at < len(words) and words[at].lower in _APPROXIMATE:
            at += 1
        if at >= len(words):
            continue
        if not _is_figure(words[at]) and (word.lower, words[at].lower) not in _ANY_PAIRS:
            continue
        if any(w.lower in _TIME_AFTER for w in words[at + 1 : at + 4]):
            continue
        start = index - 1 if index > 0 and words[index - 1].lower == "a" else index
        entry = Entry(word.lower, "emphasis", (word.lower,), (True,))
        found.append(Match(entry, start, at + 1))
    return found


@dataclass(frozen=True, slots=True)
class ChargedWord:
    """A charged word or phrase in the reporter's voice: offsets, text, category and weight."""

    start: int
    end: int
    text: str
    category: str
    word_class: str
    strength: float
    valence: float | None

    def why(self) -> str:
        """Return the reason in a few words: ``negative loaded word, valence -2.9: passes
        judgement``."""
        rated = self.valence
        tone = "" if rated is None else ("negative " if rated < 0 else "positive ")
        kind = "epistemic marker" if self.category == "epistemic" else "loaded word"
        score = "" if rated is None else f", valence {rated:+.1f}"
        return f"{tone}{kind}{score}: {CLASS_MEANS[self.word_class]}"


def _backs_a_person(words: Sequence[Word], at: int) -> bool:
    """True for "stood by Hale", "stood by him": loyalty to a person, where "stood by her
    claim" maintains a statement (doubt)."""
    following = words[at]
    if following.lower == "her":  # "stood by her claim" / "stood by her throughout"
        return at + 1 >= len(words) or words[at + 1].lower not in _STATEMENTS
    return following.text[:1].isupper() or following.lower in _PERSONS


def _factual(words: Sequence[Word], match: Match, plain_terms: frozenset[str]) -> bool:
    if match.entry.phrase == "so-called":
        # "a so-called fast radio burst" introduces a term; "the so-called reform" distances,
        # and so does "a so-called election" when the other source says "election" plainly.
        term = words[match.last].lower if match.last < len(words) else ""
        introduces = match.first > 0 and words[match.first - 1].lower in ("a", "an")
        return introduces and term not in plain_terms
    if match.entry.phrase == "stood by" and match.last < len(words):
        return _backs_a_person(words, match.last)
    after = _FACTUAL_AFTER.get(words[match.first].stem)
    if after is None:
        return False
    following = [w.lower for w in words[match.last : match.last + 2]]
    return any(" ".join(following[:n]) in after for n in (1, 2))


#: Verbs that lend a characterisation to someone ("rights groups condemned it as a sham"): a
#: charged word right after "<verb> ... as" is theirs, told in indirect speech, not the outlet's.
_CHARACTERISING = frozenset(
    stem(w)
    for w in [
        "described",
        "condemned",
        "denounced",
        "branded",
        "labelled",
        "labeled",
        "called",
        "dismissed",
        "criticised",
        "criticized",
        "decried",
        "derided",
        "hailed",
        "praised",
        "slammed",
        "characterised",
        "characterized",
        "portrayed",
        "painted",
    ]
)


def _characterised(words: Sequence[Word], match: Match) -> bool:
    """True for "condemned as a sham", "described the plan as reckless": the word is the
    characterisation of someone the sentence names, not the reporter's."""
    at = match.first - 1
    while at >= 0 and words[at].lower in ("a", "an", "the", "being", "both"):
        at -= 1
    if at < 0 or words[at].lower != "as":
        return False
    return any(w.stem in _CHARACTERISING for w in words[max(0, at - 6) : at])


def _is_name(words: Sequence[Word], match: Match, title_case: bool) -> bool:
    """True for a capitalised word inside a sentence ("the Fury", "Regime Change" as a title)."""
    if title_case or match.first == 0:
        return False
    word = words[match.first]
    return word.text[:1].isupper() and not words[match.first - 1].text.endswith((".", ":"))


def _joined(first: Match, second: Match, words: Sequence[Word]) -> bool:
    """True when two matches stand side by side in one stretch of text ("grudgingly
    acknowledged"): they are one choice of words, reported once."""
    if first.last != second.first:
        return False
    gap = words[second.first].start - words[first.last - 1].end
    return gap <= 1


def _within(match: Match, other: Match) -> bool:
    return other.first < match.last and match.first < other.last


def charged_matches(
    words: Sequence[Word], *, title_case: bool = False, plain_terms: frozenset[str] = frozenset()
) -> list[Match]:
    """Return the charged-list entries found in ``words`` (reporter-voice words), facts left out.

    Entries side by side are joined into one match, classed by the stronger of the two.
    ``title_case`` is for headlines, where capitals do not mark names; ``plain_terms`` are the
    words the other source uses (lower case), against which "a so-called X" is read.
    """
    found: list[Match] = []
    listed = load_lexicon("charged").find(words)
    extra = [m for m in _emphasis_matches(words) if not any(_within(m, o) for o in listed)]
    for match in sorted((*listed, *extra), key=lambda m: m.first):
        if (
            _factual(words, match, plain_terms)
            or _is_name(words, match, title_case)
            or _characterised(words, match)
        ):
            continue
        if found and _joined(found[-1], match, words):
            last = found[-1]
            stronger = max((last.entry, match.entry), key=lambda e: CLASS_STRENGTH[e.word_class])
            found[-1] = Match(stronger, last.first, match.last)
            continue
        found.append(match)
    return found


def charged_word(words: Sequence[Word], match: Match, document: Document) -> ChargedWord:
    """Return the :class:`ChargedWord` for ``match`` (an entry found in ``words``)."""
    span = document.span(words[match.first].start, words[match.last - 1].end)
    word_class = match.entry.word_class
    rated = valence(span.text)
    strength = CLASS_STRENGTH[word_class] + (0.0 if rated is None else 0.04 * min(abs(rated), 4.0))
    return ChargedWord(
        span.start,
        span.end,
        span.text,
        CLASS_CATEGORY[word_class],
        word_class,
        round(min(strength, 1.0), 2),
        rated,
    )


def loaded_words(sentence: str, *, headline: bool = False) -> tuple[ChargedWord, ...]:
    """Return the charged words of one sentence in the reporter's own voice, in reading order.

    Offsets are into ``sentence``. Words inside quotation marks (the speaker's) are left out.
    """
    document = Document("sentence", None, sentence, (Sentence(0, 0, len(sentence), sentence, 0),))
    words = passage_words(document, [0])
    return tuple(
        charged_word(words, match, document)
        for match in charged_matches(words, title_case=headline)
    )
