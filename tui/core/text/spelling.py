"""British and American spellings of one word share a key ("apologise" / "apologize").

A British outlet and an American one quote the same words in their own spelling; the
quotation is the same. :func:`spelling_key` maps a lower-case word to one key for both
spellings: by the regular patterns (-ise/-ize, -yse/-yze, -our/-or, -tre/-ter, -bre/-ber,
a doubled l before -ed/-ing/-er) and a short table of the irregular ones. It is applied
to both sides of a comparison, so the key need not be a real word; the rules are written
so that no two different words meet ("four" and "for" do not: -our is folded only after
two letters or more).
"""

from __future__ import annotations

import re
from functools import lru_cache

#: Irregular pairs: British spelling -> American.
_IRREGULAR = {
    "programme": "program",
    "programmes": "programs",
    "cheque": "check",
    "cheques": "checks",
    "tyre": "tire",
    "tyres": "tires",
    "grey": "gray",
    "aluminium": "aluminum",
    "jewellery": "jewelry",
    "mould": "mold",
    "plough": "plow",
    "sceptical": "skeptical",
    "sceptic": "skeptic",
    "sceptics": "skeptics",
    "practise": "practice",
    "defence": "defense",
    "offence": "offense",
    "offences": "offenses",
    "licence": "license",
    "pretence": "pretense",
    "manoeuvre": "maneuver",
    "paediatric": "pediatric",
    "anaesthetic": "anesthetic",
    "oestrogen": "estrogen",
    "foetus": "fetus",
    "ageing": "aging",
    "judgement": "judgment",
    "enrol": "enroll",
    "fulfil": "fulfill",
    "instil": "instill",
    "catalogue": "catalog",
    "dialogue": "dialog",
    "analogue": "analog",
    "kerb": "curb",
    "storey": "story",
    "draught": "draft",
    "pyjamas": "pajamas",
    "meagre": "meager",
    "cosy": "cozy",
    "diarrhoea": "diarrhea",
    "leukaemia": "leukemia",
    "haemorrhage": "hemorrhage",
    "orthopaedic": "orthopedic",
    "gynaecology": "gynecology",
    "oesophagus": "esophagus",
}
#: Words whose l doubles in British spelling before -ed, -ing, -er ("travelled", "cancelling").
_DOUBLED_L_WORDS = (
    "travel cancel model fuel label signal level counsel total dial equal marvel jewel quarrel "
    "channel tunnel rival duel shovel funnel pedal panel yodel grovel snorkel libel pencil stencil"
)
_DOUBLED_L_STEMS = frozenset(_DOUBLED_L_WORDS.split())
_DOUBLED_L = re.compile(r"(?P<stem>[a-z]+?)l(?P<ending>led|ling|ler|lers)")
_IZE = re.compile(r"(?P<stem>[a-z]{3,})is(?P<ending>e|es|ed|ing|er|ers|ation|ations)")
_YZE = re.compile(r"(?P<stem>[a-z]{2,})ys(?P<ending>e|es|ed|ing)")
_OUR = re.compile(
    r"(?P<stem>[a-z]{2,})our(?P<ending>|s|ed|ing|able|ably|ite|ites|itism|ful|fully|less|hood|hoods"
    r"|er|ers)"
)
_RE = re.compile(r"(?P<stem>[a-z]{2,}[tb])re(?P<ending>|s)")


@lru_cache(maxsize=8192)
def spelling_key(word: str) -> str:
    """Return one key for the British and the American spelling of ``word`` (lower case)."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    match = _DOUBLED_L.fullmatch(word)
    if match and match.group("stem") + "l" in _DOUBLED_L_STEMS:
        return f"{match.group('stem')}l{match.group('ending')[1:]}"
    for pattern, replacement in ((_IZE, "iz"), (_YZE, "yz"), (_OUR, "or")):
        match = pattern.fullmatch(word)
        if match:
            return f"{match.group('stem')}{replacement}{match.group('ending')}"
    match = _RE.fullmatch(word)
    if match:
        return f"{match.group('stem')}er{match.group('ending')}"
    return word
