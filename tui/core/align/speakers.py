"""Where a sentence names who is speaking: the part of it that says who, not what.

News copy names a speaker with a name and a title ("Richard Voss, the firm's managing
partner, said ...", '"...," said Denise Farrow, president of the transit workers' council.').
Another outlet that names the same person in a sentence about something else shares those
words, yet tells another fact. A left-over sentence that joins a group must tell some of the
group's other side outside the naming of its speaker (:mod:`tui.core.align.merging`).
"""

from __future__ import annotations

import re

#: Verbs that attribute what follows or goes before to a speaker.
_VERBS = (
    "said|says|say|told|tells|added|adds|wrote|writes|acknowledged|acknowledges|argued|"
    "argues|insisted|insists|warned|warns|cautioned|cautions|explained|explains|conceded|"
    "concedes|noted|notes|stressed|stresses|declared|declares|replied|replies|asked|asks|"
    "claimed|claims|confirmed|confirms|vowed|vows|pledged|pledges|promised|promises|urged|"
    "urges|denied|denies|admitted|admits|announced|announces|stated|states|testified|"
    "tweeted|posted|responded|responds|predicted|predicts|maintained|maintains"
)
_VERB = re.compile(rf"(?<![\w-])(?:{_VERBS})\b", re.IGNORECASE)
#: The same verbs as folded words: a sentence without one names no speaker.
ATTRIBUTION_VERBS = frozenset(_VERBS.split("|"))
_QUOTE_MARKS = '"“”«»„‘'
#: A quotation's end (punctuation, then a closing quote mark) and what follows it.
_QUOTE_END = re.compile(r"[,.?!…—-][\"”’'»]\s*")
_CLOSING = "\"”’'»"
_WORD = re.compile(r"\w+(?:['’.\-]\w+)*")
#: A sentence opening on a name and who the person is ("But Harrow, a Democrat from
#: Washington state, wasn't buying it"): the apposition names, it does not tell.
_APPOSITION = re.compile(
    r"(?:(?:But|And|Yet|So)\s+)?(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*,\s+"
    r"(?:a|an|the|who|whose)\s[^,;:\"“”]{2,120},"
)
#: A sentence opening on who someone is, then the name ("The union's general secretary,
#: Jiří Dostál, struck a conciliatory tone"): the title and the name name, they do not tell.
_TITLE_APPOSITION = re.compile(
    r"(?:(?:But|And|Yet|So)\s+)?(?:The|A|An|Its|Their|His|Her)\s[^,;:\"“”]{2,80},\s+"
    r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*,"
)
#: An attribution verb followed by the speaker's name, after a clause the speaker told
#: without quotation marks ("The timing is a useful clue, said Elena Varga, an engineer").
#: The name ends the sentence or an apposition follows it ("said MPs would call" is no
#: naming).
_INVERTED = re.compile(
    r",\s+(?:said|says|added|wrote|noted|explained|warned|argued)\s+"
    r"(?:[A-Z][\w.'’-]*\s+)*[A-Z][\w'’-]*(?=,|\.?\s*$)"
)
#: A clause on what the speaker was doing ("Salnikov, speaking to state television after
#: the talks, said") tells something beyond who: such an opening is no mere naming.
_PARTICIPLE = re.compile(r",\s+\w+ing\b")
#: Two sentences naming one person share at most this many terms in their namings (a
#: name, a title, an organisation: "Shadow pensions minister Rachel Dunmore" is five).
NAMING_TERMS = 12
#: A speaker named before the verb takes at most this many words ("NTSB board member Lena
#: Morrow told ...", "On a call with Wall Street analysts, Chief Executive Dan Whitcombe
#: acknowledged ..."); a longer opening is the fact itself, told on someone's authority.
HEAD_WORDS = 12


def _names_someone(text: str, start: int, end: int) -> bool:
    """Return whether ``text[start:end]`` holds a capitalised word past the sentence's
    first word: a name ("Forecasters warned" names no one)."""
    return any(
        match.start() > 0 and match.group()[0].isupper()
        for match in _WORD.finditer(text, start, end)
    )


def apposition_span(text: str) -> tuple[int, int] | None:
    """Return the ``(start, end)`` characters of an opening that names someone and says who
    they are ("But Harrow, a Democrat from Washington state,"), or None."""
    for pattern in (_APPOSITION, _TITLE_APPOSITION):
        apposition = pattern.match(text)
        if apposition is not None and _names_someone(text, 0, apposition.end()):
            return 0, apposition.end()
    return None


def speaker_span(text: str) -> tuple[int, int] | None:
    """Return the ``(start, end)`` characters of ``text`` that name its speaker, or None.

    A sentence with no attribution verb may still open on a name and who the person is
    (:func:`apposition_span`).

    That is what follows the last quotation when an attribution verb stands there
    ('"...," said Denise Farrow, president of the council.'), else the opening up to an
    attribution verb within :data:`HEAD_WORDS` words with no quotation before it
    ("Richard Voss, the firm's managing partner, said") and says no more than who (no
    clause on what the speaker was doing); a span must name someone, with a capitalised
    word past the sentence's first.
    """
    ends = list(_QUOTE_END.finditer(text)) if any(m in text for m in _CLOSING) else []
    if ends:
        tail = ends[-1].end()
        rest = text[tail:]
        if rest and _VERB.search(rest) and not any(mark in rest for mark in _QUOTE_MARKS):
            return (tail, len(text)) if _names_someone(text, tail, len(text)) else None
    verb = _VERB.search(text)
    if verb is None:
        return apposition_span(text)
    head = text[: verb.start()]
    if any(mark in head for mark in _QUOTE_MARKS):
        return None
    inverted = _INVERTED.search(text)
    if inverted is not None and inverted.start() < verb.start() + 2:
        # '..., said Elena Varga, an aerospace engineer ...': the naming is the rest.
        return inverted.start() + 1, len(text)
    if _PARTICIPLE.search(head):
        return None
    if len(_WORD.findall(head)) > HEAD_WORDS:
        # A longer head names only as a name and who the person is, up to the verb.
        apposition = _APPOSITION.match(head)
        if apposition is None or head[apposition.end() :].strip():
            return None
    return (0, verb.end()) if _names_someone(text, 0, verb.end()) else None
