"""Who said a quotation, where the text says so, and the outlet it was told to.

Recognised attributions, nearest first: a reporting clause right after the
closing mark (``“…,” said X``, ``“…,” X said``, ``“…,” X, a professor at Y,
said``, ``“…,” X told Reuters``), a speaker before the opening mark in the same
sentence (``X said “…”``, ``X, a professor at Y, said: “…”``, ``X said the
talks would cover “…”``), a reporting clause later in the sentence
(``…”, Wi added.``) and ``according to X``. A quotation with none of these
continues the speaker of the quotation before it in the same paragraph (or of
the paragraph it continues). A surname alone ("Kang") is expanded to the full
name the same document uses ("Kang Jun-young"); titles are dropped.

The names themselves (which runs are people, the full name a surname stands for) are read
by :mod:`tui.core.quotes.names`.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from tui.core.quotes.marks import QuotedSpan
from tui.core.quotes.names import (
    NAME,
    NOT_PERSON,
    NameBook,
    clean_name,
    is_person_name,
)
from tui.core.text.words import fold_marks

_VERBS = (
    r"said|says|say|added|adds|told|tells|stressed|noted|insisted|warned|argued|explained|"
    r"wrote|writes|asked|replied|answered|announced|stated|claimed|declared|urged|"
    r"reaffirmed|emphasised|emphasized|recalled|remarked|commented|tweeted|posted|called|"
    r"acknowledged|admitted|conceded|predicted|suggested|cautioned|vowed|pledged"
)
#: The reporting verbs (a regex alternation) that introduce or close a quotation.
REPORTING_VERBS = _VERBS
_AUX = r"(?:(?:has|had|have|also|later|then|previously|reportedly|once|further|had\s+earlier)\s+)*"
#: Bodies that speak as one: "the Lee administration said", "the Interior Ministry told".
_BODY = (
    r"administration|government|ministry|office|presidency|police|military|army|navy|"
    r"embassy|council|committee|agency|company|party|campaign|court|parliament|cabinet|"
    r"department|union|foundation"
)
_SPEAKER = rf"{NAME}(?:\s+(?:{_BODY})\b)?"
_APPOSITIVE = (
    r"(?:\s+of\s+[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){0,4})?(?:\s*\([A-Z][\w.\-]{0,20}\))?"
    r"(?:,\s+(?:[a-z][^,“”\"\n]{0,160}|[A-Z]-[\w.\-]+|\d{1,3}),)?"
)
_SUBJECT = rf"(?P<name>{_SPEAKER}|[Hh]e|[Ss]he){_APPOSITIVE}\s+{_AUX}(?:{_VERBS})\b"
#: Up to four lower-case words between a reporting verb and the name it introduces ("said
#: the city's mayor, Jane Doe"); never a preposition, after which a capitalised run is a place
#: or a platform ("told a rally outside Leeds General Infirmary:", "said in Washington").
_PREPOSITIONS = r"(?:in|at|on|outside|inside|near|from|to|into|across|by|with|after|before|during)"
_DESCRIPTOR = rf"(?:(?!{_PREPOSITIONS}\b)[a-z][\w’'.\-]*,?\s+){{0,4}}?"
_INVERTED = rf"\b(?:{_VERBS})\s+{_DESCRIPTOR}(?P<name>{NAME})"

_RIGHT_AFTER = re.compile(
    rf"^[\s,;:—–-]*(?:(?:{_VERBS})\s+{_DESCRIPTOR}(?P<inv>{NAME})|"
    rf"(?:[\w’'.\-]+\s+){{0,6}}?(?P<name>{_SPEAKER}|he|she){_APPOSITIVE}\s+{_AUX}"
    rf"(?:{_VERBS})\b)"
)
#: After an inverted speaker's first word: a role, then the name ("Labour *leader Keir Starmer*").
_ROLE_THEN_NAME = re.compile(
    r"\s+(?:leader|chief|minister|secretary|spokesman|spokeswoman|spokesperson|chairman|"
    r"chairwoman|chair|candidate|lawmaker|legislator|senator|congressman|congresswoman|MP|"
    r"councillor|councilor|deputy|official|member|activist|campaigner|organiser|organizer|"
    rf"president|governor|mayor|director|adviser|advisor|strategist|politician)\s+(?P<name>{NAME})"
)
_SUBJECT_RE = re.compile(_SUBJECT)
_VERB_RE = re.compile(rf"(?<![\w-])(?:{_VERBS})\b")
#: A name set off by commas after what the person is: "the mayor, Jane Doe, said", "Reeve's
#: sister, Laura Reeve, said".
_APPOSED_RE = re.compile(rf"\b[a-z][\w’'\-]*,\s+(?P<name>{NAME}),\s+{_AUX}(?:{_VERBS})\b")
_INVERTED_RE = re.compile(_INVERTED)
_ACCORDING = re.compile(rf"\baccording to (?:the\s+)?(?P<name>{NAME})")
_OUTLET = re.compile(
    rf"\b(?:told|in an interview with|speaking to|writing in) (?:the\s+)?(?P<name>{NAME})"
)
#: A full stop after an initial or one of these abbreviations does not end a sentence.
_NO_STOP = (
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bGov)(?<!\bSen)(?<!\bRep)"
)
_SENTENCE_START = re.compile(rf"(?:[!?…]|{_NO_STOP}\.)[”\"’']?\s+|\n")
_SENTENCE_STOP = re.compile(rf"(?:[!?…]|{_NO_STOP}\.)(?=[”\"’']?(?:\s|\Z))|\n")

_FEMALE = frozenset({"ms", "mrs", "miss", "madam", "dame", "lady", "she", "her"})
_MALE = frozenset({"mr", "sir", "lord", "he", "his", "him"})
_PRONOUNS = frozenset({"he", "she"})
#: What a speaker described by one word after "the" stands for ("said the Italian", "said the
#: Democrat"): a description of someone already named, resolved like a pronoun of any gender.
_DESCRIBED = "the one described"
_WINDOW = 400


@dataclass(frozen=True, slots=True)
class Attribution:
    """The speaker of one quotation (full name, titles dropped) and the outlet it was told to."""

    speaker: str | None
    outlet: str | None = None
    #: True when the text names the speaker at this quotation (not "he said", not carried over).
    explicit: bool = False


def _masked(text: str, spans: Sequence[QuotedSpan]) -> str:
    """Return ``text`` with each quotation's words blanked out, so windows skip them."""
    pieces: list[str] = []
    position = 0
    for span in spans:
        pieces.append(text[position : span.start])
        pieces.append("q" * (span.end - span.start))
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces)


def _before_window(masked: str, span: QuotedSpan) -> str:
    window = masked[max(0, span.open_mark - _WINDOW) : span.open_mark]
    starts = list(_SENTENCE_START.finditer(window))
    return window[starts[-1].end() :] if starts else window


def _after_window(masked: str, span: QuotedSpan) -> str:
    begin = span.close_mark + 1 if span.close_mark is not None else span.end
    window = masked[begin : begin + _WINDOW]
    stop = _SENTENCE_STOP.search(window)
    return window[: stop.start()] if stop else window


def _first(pattern: re.Pattern[str], window: str) -> str | None:
    for match in pattern.finditer(window):
        name = match.group("name")
        if name and (name.lower() in _PRONOUNS or clean_name(name)):
            return name
    return None


def _last(pattern: re.Pattern[str], window: str) -> str | None:
    found = None
    for match in pattern.finditer(window):
        name = match.group("name")
        if name and (name.lower() in _PRONOUNS or clean_name(name)):
            found = name
    return found


def _last_subject(window: str) -> str | None:
    """Return the last named subject of a reporting verb in ``window``, or ``_DESCRIBED``
    when a later reporting verb has a subject that is no name ("Pruitt asked whether Feld
    would pay, and the tycoon replied that it was ..." is the tycoon's answer)."""
    found = None
    end = 0
    for match in _SUBJECT_RE.finditer(window):
        name = match.group("name")
        if name and (name.lower() in _PRONOUNS or clean_name(name)):
            found, end = name, match.end()
    if found is not None and _VERB_RE.search(window, end):
        return _DESCRIBED
    return found


def _raw_speaker(masked: str, span: QuotedSpan) -> str | None:
    after = _after_window(masked, span)
    right_after = _RIGHT_AFTER.match(after)
    if right_after:
        name = right_after.group("inv") or right_after.group("name")
        if name and right_after.group("inv") and " " not in name:
            lead = after[: right_after.start("inv")].rstrip()
            if lead.lower().endswith(" the"):
                return _DESCRIBED
        if name and right_after.group("inv"):
            # "said Labour leader Keir Starmer": the capitalised word is a party, the name follows
            role = _ROLE_THEN_NAME.match(after, right_after.end("inv"))
            if role and " " not in name:
                name = role.group("name")
        if name and (name.lower() in _PRONOUNS or clean_name(name)):
            return name
    before = _before_window(masked, span)
    return (
        _last(_APPOSED_RE, before)
        or _last_subject(before)
        or _last(_INVERTED_RE, before)
        or _first(_APPOSED_RE, after)
        or _first(_SUBJECT_RE, after)
        or _first(_ACCORDING, before + " " + after)
    )


def _raw_outlet(masked: str, span: QuotedSpan) -> str | None:
    window = _before_window(masked, span) + " " + _after_window(masked, span)
    match = _OUTLET.search(window) or _ACCORDING.search(window)
    return clean_name(match.group("name")) if match else None


_HONORIFIC = re.compile(r"\b(Mr|Ms|Mrs|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+(?P<name>[A-Z][\w’'\-]+)")
_TITLED = re.compile(
    r"\b(?:[Ll]eader|[Ss]ecretary|[Mm]inister|[Pp]resident|CEO|[Ee]xecutive|[Cc]hairman|"
    r"[Cc]hairwoman|[Cc]hair|[Dd]irector|[Ss]pokesman|[Ss]pokeswoman|[Ss]pokesperson|[Gg]overnor|"
    r"[Mm]ayor|[Ss]enator|Sen\.|Rep\.|Gov\.|[Rr]epresentative|[Cc]ommissioner|[Cc]hief|"
    r"[Pp]rofessor|[Jj]udge|[Ss]peaker|[Oo]fficer|[Aa]ttorney|[Ll]awyer|[Aa]nalyst|[Ee]conomist)"
    r",?\s+(?P<name>[A-Z][\w’'\-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w’'\-]+){1,2})"
)
_PRONOUN_AFTER = re.compile(r"\b(he|she|his|her|him)\b", re.IGNORECASE)
_MENTION_REACH = 1500


_CAPITALISED_PAIR = re.compile(r"(?=\b([A-Z][\w’'\-]+)[^\S\n]+([A-Z][\w’'\-]+)(?![\w’']))")


def _first_names_before(text: str, surnames: set[str]) -> list[str]:
    """Return, for each of ``surnames`` written after another capitalised word ("Marta
    Kessling"), the first such pair, in one pass over ``text``."""
    found: dict[str, str] = {}
    for match in _CAPITALISED_PAIR.finditer(text):
        surname = match.group(2)
        if surname in surnames and surname not in found:
            found[surname] = f"{match.group(1)} {surname}"
    return list(found.values())


class _People:
    """The people a document names, where it names them, and their gender when it says.

    A mention of a full name is that person; a surname alone is the first person the
    document names with it (so "Laura Reeve" is not her brother "Daniel Reeve")."""

    def __init__(self, masked: str, known: Sequence[str]) -> None:
        self.masked = masked
        people: dict[str, str] = {}  # surname or full name -> full name
        full_names: list[str] = []
        for name in known:
            if is_person_name(name) and name not in full_names:
                full_names.append(name)
        for pattern in (_TITLED, _SUBJECT_RE, _APPOSED_RE):
            for match in pattern.finditer(masked):
                cleaned = clean_name(match.group("name"))
                if cleaned and is_person_name(cleaned) and cleaned not in full_names:
                    full_names.append(cleaned)
        # A person the story names in passing ("the Civic Alliance led by Marta Kessling",
        # "Elias Kiptanui had never ...") and then as "Ms Kessling" or as the subject of a
        # reporting verb ("Kiptanui said he hoped ..."): a "she said" after that may be them.
        named = {name.split()[-1] for name in full_names}
        surnames = {m.group("name") for m in _HONORIFIC.finditer(masked)}
        surnames.update(
            m.group("name")
            for m in _SUBJECT_RE.finditer(masked)
            if " " not in m.group("name") and m.group("name").lower() not in _PRONOUNS
        )
        wanted = surnames - named
        if wanted:
            for full in _first_names_before(masked, wanted):
                cleaned = clean_name(full)
                if cleaned and is_person_name(cleaned) and cleaned.split()[-1] in wanted:
                    full_names.append(cleaned)
        for name in full_names:
            people.setdefault(name.split()[-1], name)
        for name in full_names:
            people.setdefault(name, name)
        self.gender: dict[str, Counter[str]] = {name: Counter() for name in full_names}
        for match in _HONORIFIC.finditer(masked):
            person = people.get(match.group("name"))
            title = match.group(1).lower()
            if person is not None and title != "dr":  # a doctor is a woman or a man
                self.gender[person]["f" if title in _FEMALE else "m"] += 3
        mentions: list[tuple[int, str]] = []
        if people:
            written = sorted(people, key=len, reverse=True)  # a full name before its surname
            names = re.compile(
                r"(?<![\w’'])(" + "|".join(re.escape(name) for name in written) + r")(?![\w’'])"
            )
            for match in names.finditer(masked):
                after = masked[match.end() : match.end() + 2]
                if after in ("’s", "'s"):
                    continue  # "Smith's plan": a mention, not someone speaking
                person = people[match.group(1)]
                mentions.append((match.start(), person))
                tail = masked[match.end() : match.end() + 120]
                stop = _SENTENCE_STOP.search(tail)
                pronoun = _PRONOUN_AFTER.search(tail[: stop.start()] if stop else tail)
                if pronoun:
                    word = pronoun.group(1).lower()
                    self.gender[person]["f" if word in _FEMALE else "m"] += 1
        self.mentions = mentions
        self.starts = [start for start, _ in mentions]

    def last_before(self, offset: int, pronoun: str) -> str | None:
        """Return the last person named before ``offset`` (nearby) who can be ``pronoun``
        (any person when ``pronoun`` is empty)."""
        wanted = "f" if pronoun.lower() in _FEMALE else "m" if pronoun else None
        at = bisect.bisect_left(self.starts, offset) - 1
        while at >= 0 and offset - self.starts[at] <= _MENTION_REACH:
            name = self.mentions[at][1]
            votes = self.gender.get(name, Counter())
            if wanted is None or not votes or votes.most_common(1)[0][0] == wanted:
                return name
            at -= 1
        return None


def attribute(
    text: str,
    spans: Sequence[QuotedSpan],
    paragraphs: Sequence[int],
    *,
    names_text: str | None = None,
) -> tuple[Attribution, ...]:
    """Return the attribution of each span (same order), ``paragraphs`` giving each its paragraph.

    Pronoun speakers ("he said") take the last person named before them (see the module
    docstring), else the most recent named speaker. Full names and the people a pronoun can
    stand for are looked up in ``names_text`` (``text`` by default): the caller blanks out
    what is not prose, such as a headline in title case, whose capitals run through names
    ("President Margaret Ashby Resigns After ...").
    """
    masked = _masked(text, spans)
    raw = [_raw_speaker(masked, span) for span in spans]
    named = [clean_name(name) for name in raw if name and name.lower() not in _PRONOUNS]
    lookup = text if names_text is None else names_text
    book = NameBook(lookup, [name for name in named if name], [name for name in named if name])
    fulls = [book.full(name) for name in named if name]
    people = _People(_masked(lookup, spans), [name for name in fulls if name])
    speakers: list[str | None] = []
    explicit: list[bool] = []
    last_named: str | None = None
    for span, name in zip(spans, raw, strict=True):
        if name is None:
            speakers.append(None)
            explicit.append(False)
        elif name == _DESCRIBED:
            speakers.append(people.last_before(span.open_mark, "") or last_named)
            explicit.append(False)
        elif name.lower() in _PRONOUNS:
            speakers.append(people.last_before(span.open_mark, name) or last_named)
            explicit.append(False)
        else:
            cleaned = clean_name(name)
            full = book.full(cleaned) if cleaned else None
            speakers.append(full)
            explicit.append(full is not None)
            if full is not None and not any(
                fold_marks(token).lower() in NOT_PERSON for token in full.split()
            ):
                last_named = full
    _carry_over(text, spans, paragraphs, speakers)
    outlets = tuple(_raw_outlet(masked, span) for span in spans)
    return tuple(Attribution(s, o, e) for s, o, e in zip(speakers, outlets, explicit, strict=True))


def _is_full_quotation(text: str, span: QuotedSpan) -> bool:
    return len(text[span.start : span.end].split()) >= 4


def _carry_over(
    text: str,
    spans: Sequence[QuotedSpan],
    paragraphs: Sequence[int],
    speakers: list[str | None],
) -> None:
    """Fill missing speakers from the quotation before (same paragraph or continued paragraph)."""
    for index in range(1, len(spans)):
        if speakers[index] is not None:
            continue
        span, previous = spans[index], spans[index - 1]
        continued = span.continues_previous
        same_paragraph = paragraphs[index] == paragraphs[index - 1]
        both_full = _is_full_quotation(text, span) and _is_full_quotation(text, previous)
        if continued or (same_paragraph and both_full):
            speakers[index] = speakers[index - 1]
    for index in range(len(spans) - 2, -1, -1):
        if speakers[index] is None and spans[index + 1].continues_previous:
            speakers[index] = speakers[index + 1]
