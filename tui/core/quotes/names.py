"""Names in news copy: which capitalised runs are people, and the full name a surname stands for.

The name vocabulary (titles, words that are never names, words that make a name a body or a
place), the rules that clean a raw name and tell whether two names are one person, and the
index that expands a lone surname ("Kang") to the fuller name the same document uses ("Kang
Jun-young"). The attribution patterns that find who said a quotation are in
:mod:`tui.core.quotes.speakers`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from tui.core.text.words import fold_marks, is_function_word

#: A capitalised word of a name. A full stop belongs to it only in an initial ("D."), a run
#: of initials ("U.S.") or an abbreviated title ("Sgt."); any other full stop ends the
#: sentence, so "the Sanctuary Trust. She said" names no one called "Trust. She".
NAME_TOKEN = (
    r"(?:(?:[A-Z]\.)+(?![\w’'])|(?:Mr|Mrs|Ms|Dr|Sgt|Gov|Sen|Rep|Lt|Col|Gen|Capt|Cmdr|Prof|Rev|"
    r"St|Jr|Sr|Mt|Ft)\.|[A-Z][\w’'\-]*(?:\.[\w’'\-]+)*)"
)
NAME = rf"{NAME_TOKEN}(?:[^\S\n]+(?:(?:de|van|von|bin|al|da|di|le|la)\s+)?{NAME_TOKEN}){{0,5}}"

TITLES: frozenset[str] = frozenset(
    """
    president vice prime minister general gen lieutenant colonel col major maj captain capt
    admiral adm sergeant commander chief ceo cfo chairman chairwoman chair director secretary
    spokesman spokeswoman spokesperson ambassador senator sen representative rep governor gov
    mayor judge justice professor prof dr doctor mr mrs ms miss sir dame lord lady king queen
    prince princess pope bishop father rev reverend chancellor premier sheikh leader adviser
    advisor officer minister's deputy state foreign defence defense finance interior national
    security former acting senior executive minority majority whip commissioner speaker
    superintendent inspector councillor cllr councilor councilman councilwoman sheriff
    coach detective det trooper constable corporal cpl pastor rabbi imam cardinal archbishop
    congressman congresswoman assemblyman assemblywoman alderman alderwoman mp mep
    attorney prosecutor
    """.split()  # noqa: SIM905 - a word list reads better as prose
)
NOT_NAMES: frozenset[str] = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december meanwhile however still instead
    separately yesterday today tomorrow earlier later but and so yet then while
    twitter facebook instagram tiktok youtube linkedin threads bluesky telegram whatsapp
    x reddit truth
    """.split()  # noqa: SIM905
)
#: Words that make a name a body, a place or a publication rather than a person.
NOT_PERSON: frozenset[str] = frozenset(
    """
    house office ministry department government administration council committee agency
    company party campaign court parliament cabinet union foundation police army navy
    military embassy presidency commission authority board service services bank group
    inc corp ltd plc university college school hospital city county state states republic
    kingdom times post news journal press agency network club association institute
    league federation trust infirmary alliance coalition society centre center council
    organisation organization network fund charity movement forum watchdog regulator
    bros brothers sons llc llp co holdings partners industries enterprises workers local
    employees
    """.split()  # noqa: SIM905
)


def is_person_name(name: str) -> bool:
    """Return True when ``name`` reads as a person's full name: two to four capitalised
    words, none of them a body, place or outlet word ("White House", "New York Times")."""
    tokens = name.split()
    if not 2 <= len(tokens) <= 4 or not all(token[:1].isupper() for token in tokens):
        return False
    return not any(fold_marks(token).lower().strip(".,") in NOT_PERSON for token in tokens)


def clean_name(raw: str) -> str | None:
    """Return ``raw`` as a name without titles, leading sentence words or possessives, or None."""
    tokens = raw.replace("\n", " ").split()
    if tokens and len(tokens) > 1 and re.search(r"[’']s$", tokens[-1]):
        # The name of the one who owns what follows ("Frank Castellano's"): the person.
        tokens[-1] = tokens[-1][:-2]
    while tokens and tokens[-1].lower().rstrip(".") in TITLES:
        tokens.pop()
    # A title word inside a body's name is part of it ("the Premier League", "the State
    # Department"): it is cut only from a person's name.
    body = bool(tokens) and fold_marks(tokens[-1]).lower().rstrip(".") in NOT_PERSON
    for index in range(len(tokens) - 1, -1, -1):
        folded = fold_marks(tokens[index]).lower().rstrip(".")
        if (folded in TITLES and not body) or folded in NOT_NAMES or folded.endswith("'s"):
            tokens = tokens[index + 1 :]
            break
    while tokens and (is_function_word(tokens[0]) or tokens[0].lower() in NOT_NAMES):
        tokens = tokens[1:]
    name = " ".join(tokens).strip(" .,")
    if name.lower() in NOT_NAMES:
        return None
    return name or None


def name_key(name: str) -> frozenset[str]:
    """Return the comparable tokens of a name: folded, lower case, titles and initials dropped
    ("U.S. Attorney Dana Whitfield" and "Dana L. Whitfield" are one person)."""
    return frozenset(
        token
        for token in fold_marks(name).lower().replace(".", " ").split()
        if token not in TITLES and len(token) > 1
    )


@lru_cache(maxsize=8192)
def same_person(first: str | None, second: str | None) -> bool:
    """Return True when two names can be the same person ("Kang" and "Kang Jun-young")."""
    if first is None or second is None:
        return False
    key_a, key_b = name_key(first), name_key(second)
    if not key_a or not key_b:
        return False
    return key_a <= key_b or key_b <= key_a or _short_first_name(first, second)


#: A first name this long or longer may stand for the one it begins ("Steve" for "Steven").
_SHORT_NAME = 3


def _short_first_name(first: str, second: str) -> bool:
    """Return True for one surname after first names one of which begins the other ("Steve
    Kaplan" and "Steven J. Kaplan", "Chris Hall" and "Christopher Hall")."""
    tokens_a = [t for t in fold_marks(first).lower().replace(".", " ").split() if len(t) > 1]
    tokens_b = [t for t in fold_marks(second).lower().replace(".", " ").split() if len(t) > 1]
    tokens_a = [t for t in tokens_a if t not in TITLES]
    tokens_b = [t for t in tokens_b if t not in TITLES]
    if len(tokens_a) != 2 or len(tokens_b) != 2 or tokens_a[-1] != tokens_b[-1]:
        return False
    given_a, given_b = tokens_a[0], tokens_b[0]
    shorter, longer = sorted((given_a, given_b), key=len)
    return len(shorter) >= _SHORT_NAME and longer.startswith(shorter)


_WORD_RUN = re.compile(r"[\w’']+")
_WORDISH = re.compile(r"[\w’']")
#: A possessive after a name ("Frank Castellano's bills"): the name is whole before it.
_POSSESSIVE = re.compile(r"[’']s(?![\w’'])")
_BEFORE_MID_SENTENCE = re.compile(r"[\w,;:]")


class NameBook:
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
                if word[-2:] in ("'s", "’s"):
                    word = word[:-2]
                if word in leads:
                    places.setdefault(word, []).append(match.start())
            self._places = places
        found = []
        for start in self._places.get(lead.group(), ()):
            end = start + len(name)
            if text.startswith(name, start) and (
                _WORDISH.match(text, end) is None or _POSSESSIVE.match(text, end) is not None
            ):
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
            rf"(?<![\w’'])(?:{NAME_TOKEN}[^\S\n]+){{0,3}}{escaped}(?:[’']s(?![\w’'])|"
            rf"(?:[^\S\n]+{NAME_TOKEN}){{0,3}}(?![\w’']))"
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
        # A person's name before a firm named after them ("Frank Castellano" and
        # "Castellano Bros."): a quotation is a person's.
        return max(counts, key=lambda full: (is_person_name(full), counts[full], len(full)))

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
        if index > 0 and (folded in NOT_NAMES or folded in TITLES or folded.endswith("'s")):
            return " ".join(tokens[:index]) if index > 1 else run
    return run
