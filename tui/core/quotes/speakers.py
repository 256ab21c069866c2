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

(About 500 lines on purpose: the attribution patterns, the name rules and the index of names
they look up are read together; splitting them would scatter one table over three files.)
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from tui.core.quotes.marks import QuotedSpan
from tui.core.text.words import fold_marks, is_function_word

_VERBS = (
    r"said|says|say|added|adds|told|tells|stressed|noted|insisted|warned|argued|explained|"
    r"wrote|writes|asked|replied|answered|announced|stated|claimed|declared|urged|"
    r"reaffirmed|emphasised|emphasized|recalled|remarked|commented|tweeted|posted|called|"
    r"acknowledged|admitted|conceded|predicted|suggested|cautioned|vowed|pledged"
)
#: The reporting verbs (a regex alternation) that introduce or close a quotation.
REPORTING_VERBS = _VERBS
_AUX = r"(?:(?:has|had|have|also|later|then|previously|reportedly|once|further|had\s+earlier)\s+)*"
#: A capitalised word of a name. A full stop belongs to it only in an initial ("D."), a run
#: of initials ("U.S.") or an abbreviated title ("Sgt."); any other full stop ends the
#: sentence, so "the Sanctuary Trust. She said" names no one called "Trust. She".
_TOKEN = (
    r"(?:(?:[A-Z]\.)+(?![\w’'])|(?:Mr|Mrs|Ms|Dr|Sgt|Gov|Sen|Rep|Lt|Col|Gen|Capt|Cmdr|Prof|Rev|"
    r"St|Jr|Sr|Mt|Ft)\.|[A-Z][\w’'\-]*(?:\.[\w’'\-]+)*)"
)
_NAME = rf"{_TOKEN}(?:[^\S\n]+(?:(?:de|van|von|bin|al|da|di|le|la)\s+)?{_TOKEN}){{0,5}}"
#: Bodies that speak as one: "the Lee administration said", "the Interior Ministry told".
_BODY = (
    r"administration|government|ministry|office|presidency|police|military|army|navy|"
    r"embassy|council|committee|agency|company|party|campaign|court|parliament|cabinet|"
    r"department|union|foundation"
)
_SPEAKER = rf"{_NAME}(?:\s+(?:{_BODY})\b)?"
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
_INVERTED = rf"\b(?:{_VERBS})\s+{_DESCRIPTOR}(?P<name>{_NAME})"

_RIGHT_AFTER = re.compile(
    rf"^[\s,;:—–-]*(?:(?:{_VERBS})\s+{_DESCRIPTOR}(?P<inv>{_NAME})|"
    rf"(?:[\w’'.\-]+\s+){{0,6}}?(?P<name>{_SPEAKER}|he|she){_APPOSITIVE}\s+{_AUX}"
    rf"(?:{_VERBS})\b)"
)
#: After an inverted speaker's first word: a role, then the name ("Labour *leader Keir Starmer*").
_ROLE_THEN_NAME = re.compile(
    r"\s+(?:leader|chief|minister|secretary|spokesman|spokeswoman|spokesperson|chairman|"
    r"chairwoman|chair|candidate|lawmaker|legislator|senator|congressman|congresswoman|MP|"
    r"councillor|councilor|deputy|official|member|activist|campaigner|organiser|organizer|"
    rf"president|governor|mayor|director|adviser|advisor|strategist|politician)\s+(?P<name>{_NAME})"
)
_SUBJECT_RE = re.compile(_SUBJECT)
_VERB_RE = re.compile(rf"\b(?:{_VERBS})\b")
#: A name set off by commas after what the person is: "the mayor, Jane Doe, said", "Reeve's
#: sister, Laura Reeve, said".
_APPOSED_RE = re.compile(rf"\b[a-z][\w’'\-]*,\s+(?P<name>{_NAME}),\s+{_AUX}(?:{_VERBS})\b")
_INVERTED_RE = re.compile(_INVERTED)
_ACCORDING = re.compile(rf"\baccording to (?:the\s+)?(?P<name>{_NAME})")
_OUTLET = re.compile(
    rf"\b(?:told|in an interview with|speaking to|writing in) (?:the\s+)?(?P<name>{_NAME})"
)
#: A full stop after an initial or one of these abbreviations does not end a sentence.
_NO_STOP = (
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bGov)(?<!\bSen)(?<!\bRep)"
)
_SENTENCE_START = re.compile(rf"(?:[!?…]|{_NO_STOP}\.)[”\"’']?\s+|\n")
_SENTENCE_STOP = re.compile(rf"(?:[!?…]|{_NO_STOP}\.)(?=[”\"’']?(?:\s|\Z))|\n")

TITLES: frozenset[str] = frozenset(
    """
    president vice prime minister general gen lieutenant colonel col major maj captain capt
    admiral adm sergeant commander chief ceo cfo chairman chairwoman chair director secretary
    spokesman spokeswoman spokesperson ambassador senator sen representative rep governor gov
    mayor judge justice professor prof dr doctor mr mrs ms miss sir dame lord lady king queen
    prince princess pope bishop father rev reverend chancellor premier sheikh leader adviser
    advisor officer minister's deputy state foreign defence defense finance interior national
    security former acting senior executive minority majority whip commissioner speaker
    superintendent inspector councillor councilman councilwoman sheriff
    """.split()  # noqa: SIM905 - a word list reads better as prose
)
_NOT_NAMES: frozenset[str] = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december meanwhile however still instead
    separately yesterday today tomorrow earlier later but and so yet then while
    twitter facebook instagram tiktok youtube linkedin threads bluesky telegram whatsapp
    x reddit truth
    """.split()  # noqa: SIM905
)
#: Words that make a name a body, a place or a publication rather than a person.
_NOT_PERSON: frozenset[str] = frozenset(
    """
    house office ministry department government administration council committee agency
    company party campaign court parliament cabinet union foundation police army navy
    military embassy presidency commission authority board service services bank group
    inc corp ltd plc university college school hospital city county state states republic
    kingdom times post news journal press agency network club association institute
    league federation trust infirmary
    """.split()  # noqa: SIM905
)
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


def is_person_name(name: str) -> bool:
    """Return True when ``name`` reads as a person's full name: two to four capitalised
    words, none of them a body, place or outlet word ("White House", "New York Times")."""
    tokens = name.split()
    if not 2 <= len(tokens) <= 4 or not all(token[:1].isupper() for token in tokens):
        return False
    return not any(fold_marks(token).lower().strip(".,") in _NOT_PERSON for token in tokens)


def clean_name(raw: str) -> str | None:
    """Return ``raw`` as a name without titles, leading sentence words or possessives, or None."""
    tokens = raw.replace("\n", " ").split()
    while tokens and tokens[-1].lower().rstrip(".") in TITLES:
        tokens.pop()
    # A title word inside a body's name is part of it ("the Premier League", "the State
    # Department"): it is cut only from a person's name.
    body = bool(tokens) and fold_marks(tokens[-1]).lower().rstrip(".") in _NOT_PERSON
    for index in range(len(tokens) - 1, -1, -1):
        folded = fold_marks(tokens[index]).lower().rstrip(".")
        if (folded in TITLES and not body) or folded in _NOT_NAMES or folded.endswith("'s"):
            tokens = tokens[index + 1 :]
            break
    while tokens and (is_function_word(tokens[0]) or tokens[0].lower() in _NOT_NAMES):
        tokens = tokens[1:]
    name = " ".join(tokens).strip(" .,")
    if name.lower() in _NOT_NAMES:
        return None
    return name or None


def name_key(name: str) -> frozenset[str]:
    """Return the comparable tokens of a name: folded, lower case, titles dropped."""
    return frozenset(
        token for token in fold_marks(name).lower().replace(".", " ").split() if token not in TITLES
    )


@lru_cache(maxsize=8192)
def same_person(first: str | None, second: str | None) -> bool:
    """Return True when two names can be the same person ("Kang" and "Kang Jun-young")."""
    if first is None or second is None:
        return False
    key_a, key_b = name_key(first), name_key(second)
    return bool(key_a) and bool(key_b) and (key_a <= key_b or key_b <= key_a)


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


_WORD_RUN = re.compile(r"[\w’']+")
_WORDISH = re.compile(r"[\w’']")
_BEFORE_MID_SENTENCE = re.compile(r"[\w,;:]")


class _NameBook:
    """Expands a lone surname to the fuller name a document uses for it (cached per name).

    The places where the ``wanted`` one-word names stand as whole words are indexed in one
    pass over the text, so each name costs its own occurrences, not a scan of the text.
    """

    def __init__(self, text: str, known: Sequence[str], wanted: Sequence[str] = ()) -> None:
        self.text = text
        self.known = [name for name in known if len(name.split()) > 1]
        self.cache: dict[str, str] = {}
        self.mid_sentence: dict[str, bool] = {}
        self._known_by_token: dict[str, str] = {}
        for full in self.known:
            for token in full.split():
                self._known_by_token.setdefault(token, full)
        self._wanted = {name for name in wanted if len(name.split()) == 1}
        self._places: dict[str, list[int]] | None = None

    def full(self, name: str) -> str | None:
        """Return the full name for ``name``; None for a lone word never used as a name."""
        if len(name.split()) > 1:
            return name
        if name not in self.cache:
            self.cache[name] = self._lookup(name)
        found = self.cache[name]
        if found == name and not self._used_mid_sentence(name):
            return None  # "Officials said": a capitalised word opening a sentence
        return found

    def _occurrences(self, name: str) -> list[int] | None:
        """Return where ``name`` stands as a whole word (no ``[\\w’']`` either side), in order;
        None for a name that is not indexed."""
        lead = _WORD_RUN.match(name)
        if lead is None or name not in self._wanted:
            return None
        text = self.text
        if self._places is None:
            leads = {m.group() for m in map(_WORD_RUN.match, self._wanted) if m is not None}
            places: dict[str, list[int]] = {}
            for match in _WORD_RUN.finditer(text):
                word = match.group()
                if word in leads:
                    places.setdefault(word, []).append(match.start())
            self._places = places
        found = []
        for start in self._places.get(lead.group(), ()):
            end = start + len(name)
            if text.startswith(name, start) and _WORDISH.match(text, end) is None:
                found.append(start)
        return found

    def _used_mid_sentence(self, name: str) -> bool:
        if name not in self.mid_sentence:
            places = self._occurrences(name)
            if places is None:
                pattern = rf"(?:[\w,;:]|,[”\"’'])\s+{re.escape(name)}(?![\w’'])"
                self.mid_sentence[name] = re.search(pattern, self.text) is not None
            else:
                self.mid_sentence[name] = any(self._after_a_word(start) for start in places)
        return self.mid_sentence[name]

    def _after_a_word(self, start: int) -> bool:
        """Return True when white space, and before it a word, comma, semicolon or colon
        (or a closing mark after a comma), come right before ``start``."""
        text = self.text
        position = start
        while position > 0 and text[position - 1].isspace():
            position -= 1
        if position == start or position == 0:
            return False
        before = text[position - 1]
        if _BEFORE_MID_SENTENCE.match(before):
            return True
        return before in "”\"’'" and position >= 2 and text[position - 2] == ","

    def _lookup(self, name: str) -> str:
        if name in self._known_by_token:
            return self._known_by_token[name]
        escaped = re.escape(name)
        pattern = re.compile(
            rf"(?<![\w’'])(?:{_TOKEN}[^\S\n]+){{0,3}}{escaped}(?:[^\S\n]+{_TOKEN}){{0,3}}(?![\w’'])"
        )
        counts: Counter[str] = Counter()
        for matched in self._runs(pattern, name):
            pieces = _RUN_STOP.split(matched)
            run = next((piece for piece in pieces if name in piece.split()), matched)
            cleaned = clean_name(_trim_after_stop(run))
            if cleaned and name in cleaned.split() and len(cleaned.split()) > 1:
                counts[cleaned] += 1
        if not counts:
            return name
        return max(counts, key=lambda full: (counts[full], len(full)))

    def _runs(self, pattern: re.Pattern[str], name: str) -> list[str]:
        """Return ``pattern.finditer(text)``'s matches, searching only near ``name``'s places.

        Every match holds the name as a whole word with at most three words before it, so
        the search for the next match can start three words before the word holding the
        next place.
        """
        places = self._occurrences(name)
        if places is None:
            return [match.group() for match in pattern.finditer(self.text)]
        runs: list[str] = []
        position = 0
        for start in places:
            if start < position:
                continue
            match = pattern.search(self.text, _words_back(self.text, start, 3, position))
            if match is None:  # cannot happen: the name alone matches at ``start``
                break
            runs.append(match.group())
            position = match.end()
        return runs


def _words_back(text: str, position: int, count: int, floor: int) -> int:
    """Return where the ``count``-th white-space-separated run before the one holding
    ``position`` starts, or ``floor`` if that is earlier (the walk never passes ``floor``)."""
    while position > floor and not text[position - 1].isspace():
        position -= 1
    for _ in range(count):
        space = position
        while space > floor and text[space - 1].isspace():
            space -= 1
        if space <= floor:
            return floor
        start = space
        while start > floor and not text[start - 1].isspace():
            start -= 1
        position = start
    return max(position, floor)


#: A full stop that ends a sentence inside a run of capitalised words ("Jun-young. Officials").
_RUN_STOP = re.compile(r"(?<=[a-z]{2}[.!?])\s+")


def _trim_after_stop(run: str) -> str:
    tokens = run.split()
    for index, token in enumerate(tokens):
        folded = fold_marks(token).lower().rstrip(".")
        if index > 0 and (folded in _NOT_NAMES or folded in TITLES or folded.endswith("'s")):
            return " ".join(tokens[:index]) if index > 1 else run
    return run


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
        for name in full_names:
            people.setdefault(name.split()[-1], name)
        for name in full_names:
            people.setdefault(name, name)
        self.gender: dict[str, Counter[str]] = {name: Counter() for name in full_names}
        for match in _HONORIFIC.finditer(masked):
            person = people.get(match.group("name"))
            if person is not None:
                title = match.group(1).lower()
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
    book = _NameBook(lookup, [name for name in named if name], [name for name in named if name])
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
                fold_marks(token).lower() in _NOT_PERSON for token in full.split()
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
