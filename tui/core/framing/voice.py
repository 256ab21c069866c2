"""Charged words in the reporter's own voice: the words of the ``charged`` list found outside
quotation marks, with their category, strength and why.

A charged word is a choice the outlet made: "wriggled out of", "looted", "regime", "claimed",
"so-called". Words inside quotation marks are the speaker's and are left out; plain factual
words (killed, injured, arrested) are not listed at all. The strength ranks items for the
reader ("sneered" outranks "stressed"): each class has a base weight, raised a little by the
word's VADER valence where the lexicon rates it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

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
    "commentary": "loaded",
    "dramatic": "loaded",
    "partisan": "loaded",
    "colloquial": "loaded",
    "idiom": "loaded",
    "editorial": "loaded",
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
    "commentary": 0.6,
    "dramatic": 0.5,
    "partisan": 0.6,
    "colloquial": 0.55,
    "idiom": 0.6,
    "editorial": 0.5,
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
    "commentary": "the reporter's own verdict or forecast, attributed to no one",
    "dramatic": "a dramatic word where the other source uses a plain one",
    "partisan": "a political label the other source does not attach",
    "colloquial": "slang where a plain word would report the same",
    "idiom": "a figure of speech that passes the reporter's judgement on a plain event",
    "editorial": "the reporter's own weighing of a plain fact",
}
#: Words after which a listed verb reports a plain fact ("claimed responsibility",
#: "admitted to hospital", "conceding a late penalty"), keyed by the verb's stem.
_FACTUAL_AFTER: dict[str, frozenset[str]] = {
    "claim": frozenset(
        {"responsibility", "lives", "life", "victory", "credit", "the lives", "the life"}
        | {"the title", "a seat", "the seat", "a record", "the record", "asylum", "benefits"}
        # "emails claiming to be from the bank", "a man claiming to be an officer": posing.
        | {"to be"}
    ),
    "admit": frozenset({"to hospital", "to the hospital", "to a hospital", "to intensive"}),
    "acknowledg": frozenset({"receipt"}),
    "conced": frozenset({"a", "goal", "goals", "penalty", "penalties", "the penalty"})
    | frozenset({"defeat", "the election", "the race", "the contest", "the seat"}),
    # Terms of art: the law's and the economist's words, not the reporter's verdict.
    "reckless": frozenset({"driving", "endangerment", "imprudence", "homicide", "conduct"})
    | frozenset({"manslaughter", "disregard"}),
    # "clung to a floating bench" is a body holding on; "clung to power" is the charge.
    "clung": frozenset({"a", "an", "the side", "the wreckage", "the roof"}),
    "cling": frozenset({"a", "an", "the side", "the wreckage", "the roof"}),
    # "appears to be" / "seems to have been" hedges a fact ("the victims appear to be a
    # couple"); "appears to undercut the account" is the reporter's inference.
    "appear": frozenset({"be", "have been", "have started", "have died", "have held"}),
    "seem": frozenset({"be", "have been"}),
    # "hammered out a deal" negotiated it
    "hammer": frozenset({"out"}),
    # "a conservative estimate", "a progressive tax", "liberal use of force": no politics.
    "conserv": frozenset({"estimate", "estimates", "assumption", "assumptions", "side"})
    | frozenset({"figure", "figures", "projection", "forecast", "guess", "approach", "count"}),
    "progress": frozenset({"tax", "taxes", "taxation", "disease", "illness", "decline"})
    | frozenset({"loss", "deterioration", "lenses", "rock", "damage"}),
    "liber": frozenset({"use", "amounts", "arts", "education", "interpretation", "helping"}),
}
#: Words after which a figurative entry is meant literally, keyed by the stem of a word in it
#: ("a blow to the head" is an injury; "a blow to the government" is a verdict).
_LITERAL_AFTER: dict[str, frozenset[str]] = {
    "payday": frozenset({"loan", "loans", "lender", "lenders", "lending"}),
    "credit": frozenset({"card", "cards", "account", "accounts", "rating", "score", "union"}),
    # "pressure is mounting" grows; "the union is mounting a challenge" organises one.
    "mount": frozenset({"a", "an", "the", "its", "his", "her", "their", "legal", "fresh"}),
    "blow": frozenset(
        {"the head", "his head", "her head", "the face", "his face", "her face", "the body"}
        | {"the chest", "the back", "the neck", "the stomach"}
    ),
}
#: Offences and counts after "admitted": a plea in court ("admitted two counts of fraud").
_OFFENCES = frozenset(
    {"charges", "charge", "counts", "count", "offences", "offenses", "offence", "offense"}
    | {"manslaughter", "murder", "assault", "theft", "fraud", "crimes", "crime", "two", "three"}
)


def _plea(words: Sequence[Word], match: Match) -> bool:
    """True for "admitted" as a plea to an offence, a fact of the case: "fined after admitting
    illegally discharging sewage", "admitted causing death by careless driving", "admitted to
    crimes", "admitted two counts of fraud"."""
    if words[match.first].stem != "admit" or match.last - match.first != 1:
        return False
    following = [w.lower for w in words[match.last : match.last + 3]]
    if following[:1] == ["to"]:
        following = following[1:]
    for word in following[:2]:
        if word in _OFFENCES or (len(word) > 5 and word.endswith("ing")):
            return True
        if not word.endswith("ly"):  # "admitting illegally discharging": look past an adverb
            return False
    return False


#: Words before an entry that make it a plain phrase: "a change of course", "a matter of
#: course" (a routine), not the reporter's aside "of course".
_LITERAL_BEFORE: dict[str, frozenset[str]] = {
    "of course": frozenset({"change", "changes", "matter", "reversal", "part", "end", "middle"}),
    # "a shooting spree" is the plain name of the crime; "a hiring spree" is the reporter's.
    "spree": frozenset({"shooting", "killing", "stabbing", "crime", "murder", "rampage"}),
    "sprees": frozenset({"shooting", "killing", "stabbing", "crime", "murder"}),
    # "a freight train hauling chemicals" carries them; "troopers hauled them out" drags.
    "haul": frozenset({"train", "trains", "truck", "trucks", "lorry", "lorries", "ship", "barge"})
    | frozenset({"ships", "vessel", "vessels", "tanker", "tankers", "trailer", "trailers"}),
    # "the wreck of the ferry" names what is left; "would wreck hospitals" is the drama.
    "wreck": frozenset({"the", "a", "its", "their", "his", "her", "car", "train", "ship"}),
    # "had their windshields smashed": damage to glass and things, told as it was.
    "smashed": frozenset({"windows", "window", "windshields", "windshield", "windscreens"})
    | frozenset({"windscreen", "glass", "doors", "door", "cars", "car", "shopfronts"}),
}
#: A legal admission is a fact of the case ("has not admitted wrongdoing"), not a framing verb.
_ADMITTED_FACTS = frozenset({"wrongdoing", "any wrongdoing", "guilt", "liability", "fault"})
_FACTUAL_AFTER["admit"] = _FACTUAL_AFTER["admit"] | _ADMITTED_FACTS
#: Classes that frame only where the other source tells the same passage in its own words.
_OTHER_TELLING = frozenset({"dramatic", "partisan"})
#: Markers that frame only against a counterpart (see ChargedWord.needs_counterpart): the
#: mild factives "acknowledged" and "pointed out" and the grievance verb "complained".
_MILD_FACTIVES = frozenset({stem("acknowledged"), stem("complained")})
#: "pointed out" (the stem of "pointedly" is that of "pointed": matched as written).
_POINTED_OUT = ("pointed out", "points out", "pointing out", "point out")
#: Words that deny the act an epistemic verb names ("has not admitted", "without conceding"):
#: no statement is framed.
_NEGATIONS = frozenset({"not", "never", "without", "no", "nor", "neither"})
#: Particles after an "-ing" word that make it a verb of motion ("staggering backward",
#: "shocking out of"), not the reporter's adjective ("a staggering sum").
_MOTION = frozenset(
    {"back", "backward", "backwards", "forward", "forwards", "away", "off", "out", "down"}
    | {"up", "into", "onto", "through", "across", "around", "along", "toward", "towards"}
)


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
_EMPHASIS = frozenset({"just", "only", "barely", "merely", "mere", "paltry", "whopping", "already"})
#: Minimisers that weigh "any" the same way ("barely any debate", "hardly any warning").
_BEFORE_ANY = frozenset({"barely", "hardly", "scarcely"})
#: An approximation may stand between the emphasis and the figure ("only around 47 per cent").
_APPROXIMATE = frozenset({"around", "about", "some", "roughly"})
#: Figures written as words ("three", "dozens").
NUMBER_WORDS = frozenset(
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
    return word.text[:1].isdigit() or word.lower in NUMBER_WORDS


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


#: Words after a minimiser that make it weigh a quantity ("barely a year", "hardly any"): the
#: emphasis words above, a choice only against the other source's bare figure.
_QUANTITY_AFTER = frozenset({"a", "an", "any", "anyone", "anybody", "anything", "one", "half"})


def _minimiser_matches(words: Sequence[Word]) -> list[Match]:
    """Return "barely", "hardly", "scarcely" on a verb or an adjective ("barely mentioned by
    ministers", "hardly surprising", "scarcely noticed"): the reporter saying that something
    was too little, where a plain report would state it. Before a figure they weigh the
    figure (``_emphasis_matches``)."""
    found = []
    for index, word in enumerate(words[:-1]):
        if word.lower not in _BEFORE_ANY:
            continue
        following = words[index + 1]
        if _is_figure(following) or following.lower in _QUANTITY_AFTER:
            continue
        if not following.text[:1].isalpha():
            continue
        entry = Entry(word.lower, "editorial", (word.lower,), (True,))
        found.append(Match(entry, index, index + 1))
    return found


#: Verbs of speaking and answering, by stem: an "-ly" adverb on them colours how someone
#: spoke. Verbs that are also participles of fact ("poorly maintained", "commonly reported")
#: are left out.
_SPEAKING = frozenset(
    stem(w)
    for w in [
        "said",
        "told",
        "replied",
        "answered",
        "responded",
        "retorted",
        "snapped",
        "interjected",
        "asked",
        "ruled",
        "dismissed",
        "rejected",
        "denied",
        "refused",
        "insisted",
        "declared",
        "warned",
        "added",
        "admitted",
        "conceded",
        "acknowledged",
        "argued",
        "complained",
        "countered",
        "noted",
        "remarked",
        "quipped",
        "boasted",
    ]
)
#: Words ending in "-ly" that are not adverbs.
_NOT_ADVERBS = frozenset(
    [
        "family",
        "rally",
        "ally",
        "reply",
        "supply",
        "assembly",
        "july",
        "italy",
        "belly",
        "bully",
        "fly",
        "monopoly",
        "anomaly",
        "homily",
        "lily",
        "jelly",
        "folly",
        "holly",
        "tally",
        "early",
        "only",
        "friendly",
        "elderly",
        "likely",
        "daily",
    ]
)
#: "-ly" adverbs that time, place or source a statement rather than colour it ("publicly
#: said", "repeatedly asked", "later told"): no manner of speaking is charged.
_PLAIN_ADVERBS = frozenset(
    [
        "also",
        "only",
        "previously",
        "publicly",
        "privately",
        "repeatedly",
        "separately",
        "initially",
        "formally",
        "officially",
        "directly",
        "briefly",
        "jointly",
        "eventually",
        "finally",
        "subsequently",
        "recently",
        "originally",
        "reportedly",
        "allegedly",
        "apparently",
        "widely",
        "explicitly",
        "specifically",
        "simply",
        "early",
        "quickly",
        "swiftly",
        "immediately",
        "promptly",
        "shortly",
        "consistently",
        "frequently",
        "regularly",
        "generally",
        "usually",
        "personally",
        "openly",
        "partly",
        "largely",
        "similarly",
        "likewise",
        "accordingly",
        "independently",
        "anonymously",
        "unanimously",
        "narrowly",
        "successfully",
        "unsuccessfully",
        "collectively",
        "individually",
        "internally",
        "locally",
        "nationally",
        "internationally",
        "confidentially",
        "verbally",
        "orally",
        "firmly",
        "strongly",
        "categorically",
        "clearly",
        "specifically",
        "publically",
        "earlier",
        "lately",
        "really",
        "actually",
        "certainly",
        "nearly",
        "mostly",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "quarterly",
        "annually",
        "twice",
    ]
)


#: Prefixes of hyphenated adjectives that weigh what they describe ("already-congested",
#: "much-hyped", "ever-growing"): the reporter's assessment folded into one word.
_WEIGHING_PREFIXES = ("already-", "much-", "ever-", "mega-")


#: First halves of "-ing" compounds that tell an effect on the body ("nerve-shredding",
#: "eye-watering", "hair-raising"): the reporter's drama, never a measure.
_BODY_PARTS = frozenset(
    {"nerve", "heart", "jaw", "eye", "gut", "spine", "nail", "mind", "hair", "blood", "bone"}
    | {"stomach", "knuckle", "toe", "pulse", "breath", "head", "ear", "teeth", "tooth"}
)


def _body_compound(lower: str) -> bool:
    first, _, second = lower.partition("-")
    return first in _BODY_PARTS and second.endswith("ing") and len(second) > 5


def _compound_matches(words: Sequence[Word]) -> list[Match]:
    """Return hyphenated adjectives whose prefix weighs the thing described, and "-ing"
    compounds that tell an effect on the body ("nerve-shredding", "heart-stopping")."""
    found = []
    for index, word in enumerate(words):
        if _body_compound(word.lower) or (
            word.lower.startswith(_WEIGHING_PREFIXES) and len(word.lower.split("-", 1)[1]) > 2
        ):
            entry = Entry(word.lower, "judgement", (word.lower,), (True,))
            found.append(Match(entry, index, index + 1))
    return found


#: Words that open a clause after a verb of saying ("claims the plan will", "claims it was").
_CLAUSE_START = frozenset(
    {"the", "a", "an", "it", "he", "she", "they", "we", "there", "this", "these", "those"}
    | {"its", "his", "her", "their", "our"}
)
#: Auxiliaries and copulas that show a clause after "claims" ("claims it was", "claims the
#: plan will").
_CLAUSE_VERBS = frozenset(
    {"is", "was", "are", "were", "will", "would", "has", "had", "have", "can", "could"}
    | {"may", "might", "should", "must", "did", "does", "do", "be"}
)
#: Nouns before "claims" that make it a count of applications ("asylum claims the office
#: rejected"), not a verb.
_CLAIM_NOUNS = frozenset(
    {"asylum", "insurance", "benefit", "benefits", "compensation", "expense", "expenses"}
    | {"injury", "damage", "damages", "warranty", "pension", "tax", "patent", "land", "legal"}
    | {"territorial", "maritime", "jobless", "unemployment", "fraudulent", "false", "such"}
)


def _claims_verb_matches(words: Sequence[Word]) -> list[Match]:
    """Return "claims" as the present tense of the verb before a clause ("The government claims
    the measure will save money"): the outlet's "claims" where "says" would do. A noun of
    applications ("asylum claims") or the noun after a determiner ("the claims the firm made")
    is left out."""
    found = []
    for index, word in enumerate(words[1:-1], start=1):
        if word.lower != "claims" or words[index + 1].lower not in _CLAUSE_START:
            continue
        # A clause has its verb within a few words ("claims the measure will save"); an
        # object has none ("claims the attack", "claims the title on Sunday").
        if not any(w.lower in _CLAUSE_VERBS for w in words[index + 1 : index + 7]):
            continue
        before = words[index - 1].lower
        if before in _CLAIM_NOUNS or before in _DETERMINERS | {"a", "an", "these", "those"}:
            continue
        entry = Entry("=claims", "epistemic", ("claims",), (True,))
        found.append(Match(entry, index, index + 1))
    return found


#: Sentence adverbs that tell the reader what to make of the sentence ("Notably, the report
#: found no evidence"; "Ironically, the plan ..."): the reporter's aside, when they open it.
_VERDICT_OPENERS = frozenset(
    {"notably", "ironically", "curiously", "remarkably", "strikingly", "unsurprisingly"}
    | {"oddly", "surprisingly", "crucially", "worryingly", "alarmingly", "inevitably"}
    | {"tellingly", "predictably", "conveniently", "pointedly"}
)


def _opener_matches(words: Sequence[Word], text: str | None) -> list[Match]:
    """Return a verdict adverb that opens a sentence, set off by a comma ("Notably, ...")."""
    if text is None:
        return []
    found = []
    for index, word in enumerate(words):
        if word.lower not in _VERDICT_OPENERS or text[word.end : word.end + 1] != ",":
            continue
        before = text[: word.start].rstrip()
        if before and before[-1] not in '.!?\n"”’':
            continue
        entry = Entry(word.lower, "commentary", (word.lower,), (True,))
        found.append(Match(entry, index, index + 1))
    return found


def _speech_manner_matches(words: Sequence[Word]) -> list[Match]:
    """Return "-ly" adverbs of manner on a verb of speaking: "coldly replied", "flatly ruled
    out", "said curtly". How someone spoke is the reporter's reading of it."""
    found = []
    speaking = _SPEAKING
    for index, word in enumerate(words):
        if (
            not word.lower.endswith("ly")
            or word.text[:1].isupper()  # a name ("Vesely said", "Kelly replied")
            or len(word.lower) < 5
            or word.lower in _PLAIN_ADVERBS | _NOT_ADVERBS
        ):
            continue
        before = words[index - 1] if index > 0 else None
        after = words[index + 1] if index + 1 < len(words) else None
        if (after is not None and after.stem in speaking) or (
            before is not None and before.stem in speaking and before.lower.endswith(("d", "s"))
        ):
            entry = Entry(word.lower, "manner", (word.lower,), (True,))
            found.append(Match(entry, index, index + 1))
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

    def needs_counterpart(self) -> bool:
        """True for a marker that frames only against the other source's plainer word for the
        same statement: "acknowledged that" is routine wire wording on its own, and tells
        something only where the other outlet has "said"; and a figure weighed ("just 37",
        "only three"), which is a choice only against the other's bare figure (alone, the
        blind sets bore it out about half the time)."""
        if self.word_class == "emphasis" or self.text.lower().startswith(_POINTED_OUT):
            return True
        return stem(self.text.split()[0]) in _MILD_FACTIVES

    def needs_other_telling(self) -> bool:
        """True for a dramatic word ("roared ashore", "slumped"): a choice only where the other
        source tells the same passage in its own words; alone it is the news told vividly. So
        for a political label ("an activist pastor", "the council's progressive majority"):
        a choice where the other source names the same person without it; alone it is
        description."""
        return self.word_class in _OTHER_TELLING or self.needs_counterpart()

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


def _negated(words: Sequence[Word], match: Match) -> bool:
    """True for an epistemic verb whose act is denied ("has not admitted", "never claimed"),
    or that is a noun after a determiner ("her claim that", "the claims that")."""
    if match.entry.word_class != "epistemic":
        return False
    if match.first > 0 and words[match.first - 1].lower in _SPEECH_NOUN_BEFORE:
        return True
    before = words[max(0, match.first - 2) : match.first]
    return any(w.lower in _NEGATIONS or w.lower.endswith("n't") for w in before)


#: Crowds and pieces of content: a verb of contempt after them reports what they did or show.
_CROWDS_AND_CONTENT = frozenset(
    {"crowd", "crowds", "fans", "supporters", "end", "stands", "protesters", "protestors"}
    | {"hecklers", "spectators", "audience", "images", "posts", "messages", "memes", "cartoons"}
    | {"videos", "video", "cartoon", "posters", "placards", "banners", "chants", "tweets"}
)
#: Prepositions before a plural noun of contempt that make it an event someone else made.
_EVENT_BEFORE = frozenset({"to", "amid", "among", "with", "of", "by", "despite"})


def _group_named(words: Sequence[Word], match: Match) -> bool:
    """True for a political label that names a group ("legal conservatives", "conservative
    activists"): who did something, told as a description. A label on one person or body
    ("an activist pastor", "the council's progressive majority") is the outlet's choice."""
    if match.entry.word_class != "partisan":
        return False
    last = words[match.last - 1].lower
    following = words[match.last].lower if match.last < len(words) else ""
    return _plural(last) or _plural(following)


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


#: Words that make a rank a measurement ("some of the worst levels ever recorded").
_RECORDED = frozenset({"recorded", "record", "records"})


def _on_record(words: Sequence[Word], match: Match) -> bool:
    """True for a judgement of rank that a measurement bears out: "some of the worst levels
    ever recorded", "the worst on record", "the highest since records began"."""
    if match.entry.word_class != "judgement":
        return False
    return any(w.lower in _RECORDED for w in words[match.last : match.last + 4])


def _named_thing(words: Sequence[Word], match: Match) -> bool:
    """True for a one-word verb of attack used as a noun: "a blast", "the trash" name a thing
    (an explosion, refuse), where "blasted the plan" is the reporter's combative verb; and a
    plural noun of contempt after a preposition ("to jeers from the benches"): what a crowd
    did, not the reporter's sneer."""
    if (
        match.entry.word_class not in ("attack", "contempt")
        or match.last - match.first != 1
        or match.first == 0
    ):
        return False
    before = words[match.first - 1].lower
    if match.entry.word_class == "contempt":
        # "to jeers from the benches", "amid taunts": the crowd's reaction, told as an event;
        # "the away end taunted him", "images mocking detainees": what a crowd did or what a
        # piece of content shows, not how the reporter casts a speaker.
        if any(
            w.lower in _CROWDS_AND_CONTENT for w in words[max(0, match.first - 2) : match.first]
        ):
            return True
        return before in _EVENT_BEFORE and words[match.first].lower.endswith("s")
    return before in _DETERMINERS | {"a", "an", "this", "that"}


def _in_motion(words: Sequence[Word], match: Match) -> bool:
    """True for an "-ing" judgement word used as a verb of motion ("staggering backward")."""
    if match.entry.word_class != "judgement" or not words[match.last - 1].lower.endswith("ing"):
        return False
    return match.last < len(words) and words[match.last].lower in _MOTION


#: Verbs that report a count when a figure follows ("conceding 23", "boasts 400 stores").
_COUNTING_VERBS = frozenset({stem("conceding"), stem("boasts")})
#: Words that open a figure after such a verb.
_FIGURE_OPENERS = frozenset(
    {"more", "over", "nearly", "almost", "about", "around", "some", "roughly", "at", "just"}
    | {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "a", "an"}
)


def _counts_next(words: Sequence[Word], position: int) -> bool:
    """Return True when a figure starts at word ``position`` ("23", "more than four")."""
    if position >= len(words):
        return False
    following = words[position].lower
    return following[:1].isdigit() or following in _FIGURE_OPENERS


def _factual(words: Sequence[Word], match: Match, plain_terms: frozenset[str]) -> bool:
    if match.entry.phrase == "so-called":
        # "a so-called fast radio burst" introduces a term; "the so-called reform" distances,
        # and so does "a so-called election" when the other source says "election" plainly.
        term = words[match.last].lower if match.last < len(words) else ""
        introduces = match.first > 0 and words[match.first - 1].lower in ("a", "an")
        return introduces and term not in plain_terms
    if match.entry.phrase == "stood by" and match.last < len(words):
        return _backs_a_person(words, match.last)
    if _negated(words, match) or _in_motion(words, match) or _named_thing(words, match):
        return True
    if _on_record(words, match) or _group_named(words, match) or _plea(words, match):
        return True
    before = _LITERAL_BEFORE.get(match.entry.phrase)
    if before and match.first > 0 and words[match.first - 1].lower in before:
        return True
    if words[match.first].stem in _COUNTING_VERBS and _counts_next(words, match.last):
        return True  # "conceding 23 goals", "boasts more than four million users"
    after = _FACTUAL_AFTER.get(words[match.first].stem, frozenset()).union(
        *(_LITERAL_AFTER.get(w.stem, frozenset()) for w in words[match.first : match.last])
    )
    if not after:
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


#: A dash set apart by spaces, or a colon, before a word: a dateline or a lead-in ends there
#: ("TOLEDO (WFNK) - Disgraced former director ..."), and the word opens the sentence proper.
_OPENING_GAP = re.compile(r"\s[-–—]\s|[:—]")


def _is_name(
    words: Sequence[Word], match: Match, title_case: bool, text: str | None = None
) -> bool:
    """True for a capitalised word inside a sentence ("the Fury", "Regime Change" as a title)."""
    if title_case or match.first == 0 or "appoint" in match.entry.phrase:
        return False  # "a Democratic appointee": a party told as a label, not a name
    word, before = words[match.first], words[match.first - 1]
    if text is not None and _OPENING_GAP.search(text[before.end : word.start]):
        return False
    return word.text[:1].isupper() and not before.text.endswith((".", ":"))


def _joined(first: Match, second: Match, words: Sequence[Word]) -> bool:
    """True when two matches stand side by side in one stretch of text ("grudgingly
    acknowledged"): they are one choice of words, reported once."""
    if first.last != second.first:
        return False
    gap = words[second.first].start - words[first.last - 1].end
    return gap <= 1


def _within(match: Match, other: Match) -> bool:
    return other.first < match.last and match.first < other.last


#: Verbs besides the attribution list's that report what someone thinks or charges: a clause
#: after them is that person's view ("critics fear the plan is reckless").
_THINKING = ("believe", "think", "thought", "fear", "accuse", "allege", "feel", "felt")
#: Reporting verbs whose bare form is as often a noun ("asylum claims", "the report", "fears
#: that"): they report only when inflected as a verb ("claimed", "reporting").
_NOUN_TOO = frozenset(
    stem(w)
    for w in [
        "state",
        "report",
        "note",
        "answer",
        "comment",
        "remark",
        "reply",
        "protest",
        "grant",
        "claim",
        "fear",
        "hint",
        "float",
        "wonder",
        "vow",
        "boast",
        "muse",
        "lament",
        "complain",
        "grumble",
        "threaten",
        "warn",
        "add",
        "tell",
        "feel",
    ]
)
#: Endings of nouns made from reporting verbs ("suggestions", "statement", "reporters").
_NOUN_ENDINGS = ("ion", "ions", "ment", "ments", "er", "ers")
#: Factive verbs present their clause as fact ("the audit revealed that the fund lost money on
#: ill-judged bets"): the reporter adopts it, so it is not indirect speech.
_ADOPTING = frozenset(stem(w) for w in ["reveal", "confirm", "disclose", "recognise", "grant"])
#: Words that open an adjunct or a new clause: what follows is the reporter's narration again
#: ("conceded defeat after a humiliating loss", "declared as he faced a furious backlash").
_CLAUSE_OPENERS = frozenset(
    {"as", "while", "when", "whereas", "although", "though", "because", "after", "before"}
    | {"since", "until", "amid", "despite", "during", "following", "but", "yet", "which", "who"}
)
#: Determiners before a reporting word make it a noun ("the claims", "a report").
_SPEECH_NOUN_BEFORE = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "this"})
#: Classes whose words in indirect speech are the reporter's wording of the paraphrase.
_PARAPHRASERS = frozenset({"epistemic", "label", "colloquial", "dramatic", "partisan"})
#: How far back (in words) a reporting verb still governs a charged word in its clause.
_REPORTED_REACH = 20
#: Marks that end the reported clause: a sentence end, a semicolon, a dash or a bracket.
_CLAUSE_END = re.compile(r"[.!?;—–()]")


@cache
def _reporting_stems() -> frozenset[str]:
    listed = {e.keys[0] for e in load_lexicon("attribution").entries if len(e.keys) == 1}
    return frozenset((listed | {stem(w) for w in _THINKING}) - _ADOPTING)


def _reports_speech(words: Sequence[Word], index: int) -> bool:
    """True when ``words[index]`` is a reporting verb used as a verb with a clause after it:
    not a noun ("asylum claims"), not an infinitive ("refused to say"), not "vowed to"."""
    word = words[index]
    if word.stem not in _reporting_stems() or word.lower.endswith(_NOUN_ENDINGS):
        return False
    inflected = word.lower.endswith(("ed", "ing")) or word.lower in ("said", "told", "thought")
    if word.stem in _NOUN_TOO and not inflected:
        return False
    before = words[index - 1].lower if index > 0 else ""
    after = words[index + 1].lower if index + 1 < len(words) else ""
    return before not in _SPEECH_NOUN_BEFORE | {"to"} and after != "to"


def _reported(words: Sequence[Word], match: Match, text: str | None) -> bool:
    """True when a charged word stands in indirect speech: the clause after a reporting verb
    ("traders say their concerns were brushed aside", "he acknowledged that the campaign had
    been bruising"). The word is the speaker's, told in the reporter's syntax, not the
    reporter's choice. Epistemic markers are the reporter's verb itself and are kept, and so
    are labels: a paraphrase names the actors in the reporter's words ("conceded that talks
    with the regime could fail"); and so are slang ("prosecutors said he pocketed $400,000")
    and drama told against the other source's own paraphrase ("traders say takings slumped" /
    "traders said takings fell"): the register is the reporter's, whose words the paraphrase
    is."""
    if text is None or match.entry.word_class in _PARAPHRASERS:
        return False
    at = match.first
    for index in range(match.first - 1, max(-1, match.first - _REPORTED_REACH - 1), -1):
        if _CLAUSE_END.search(text[words[index].end : words[at].start]):
            return False
        at = index
        if words[index].lower in _CLAUSE_OPENERS:
            return False
        if _reports_speech(words, index):
            return True
    return False


#: Adverbs that also order a list or a sequence of steps ("and, finally, its board").
_SEQUENCE_ADVERBS = frozenset({"finally", "lastly"})


def _orders_a_list(words: Sequence[Word], match: Match, text: str | None) -> bool:
    """True for "finally" set off by a comma ("and, finally, the board"; "Finally, the
    council"): the last item of a list or a step, not the reporter's "at long last"."""
    if text is None or words[match.first].lower not in _SEQUENCE_ADVERBS:
        return False
    word = words[match.first]
    before = text[: word.start].rstrip()
    return text[word.end : word.end + 1] == "," or before.endswith(",")


def charged_matches(
    words: Sequence[Word],
    *,
    title_case: bool = False,
    plain_terms: frozenset[str] = frozenset(),
    text: str | None = None,
) -> list[Match]:
    """Return the charged-list entries found in ``words`` (reporter-voice words), facts left out.

    Entries side by side are joined into one match, classed by the stronger of the two.
    ``title_case`` is for headlines, where capitals do not mark names; ``plain_terms`` are the
    words the other source uses (lower case), against which "a so-called X" is read; ``text``
    is the text the words' offsets point into, which lets words in indirect speech be told
    from the reporter's ("officials said the plan was reckless").
    """
    found: list[Match] = []
    listed = load_lexicon("charged").find(words)
    extra = [
        m
        for m in _emphasis_matches(words)
        + _minimiser_matches(words)
        + _speech_manner_matches(words)
        + _compound_matches(words)
        + _claims_verb_matches(words)
        + _opener_matches(words, text)
        if not any(_within(m, o) for o in listed)
    ]
    for match in sorted((*listed, *extra), key=lambda m: m.first):
        if (
            _factual(words, match, plain_terms)
            or _is_name(words, match, title_case, text)
            or _characterised(words, match)
            or _reported(words, match, text)
            or _orders_a_list(words, match, text)
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

    Offsets are into ``sentence``. Words inside quotation marks (the speaker's) are left out,
    and so are dramatic words and political labels, which frame only against the other
    source's own telling.
    """
    document = Document("sentence", None, sentence, (Sentence(0, 0, len(sentence), sentence, 0),))
    words = passage_words(document, [0])
    found = (
        charged_word(words, match, document)
        for match in charged_matches(words, title_case=headline, text=sentence)
    )
    return tuple(word for word in found if word.word_class not in _OTHER_TELLING)
