"""Words that news outlets use for the same thing: each class of them shares one extra term.

Two outlets telling one fact choose their own words ("the ferry's captain" and "the ferry's
skipper"; "rioters hurled firebombs" and "protesters threw petrol bombs"; "the death toll
rose" and "fatalities climbed").  Each word keeps its own stem, so an exact match still
counts more; a word of a class below also gives the class term, weighted by its rarity like
any term, so a synonym counts as a weaker match.  The classes are general news vocabulary
(casualties, emergency services, courts, votes, markets, rises and falls), keyed by the
Snowball stem of each word; they hold no name and nothing of a particular story.
"""

from __future__ import annotations

_CLASSES: dict[str, tuple[str, ...]] = {
    "death": ("dead", "death", "die", "kill", "fatal", "toll", "bodi"),
    "injury": ("injur", "injuri", "hurt", "wound"),
    "missing": ("miss", "unaccount"),
    "captain": ("captain", "skipper"),
    "police": ("polic", "offic", "trooper", "cop", "constabulari"),
    "fire": ("fire", "blaze", "flame", "inferno"),
    "firebomb": ("firebomb", "molotov", "petrol"),
    "lawyer": ("lawyer", "attorney", "counsel", "solicitor", "barrist"),
    "protest": ("protest", "demonstr", "ralli", "march"),
    "strike": ("strike", "walkout", "stoppag"),
    "rise": ("rise", "rose", "risen", "increas", "climb", "jump", "soar", "hike", "rais", "lift"),
    "fall": ("fell", "fall", "drop", "declin", "slid", "slide", "plung", "tumbl", "lower"),
    "vote": ("vote", "ballot", "voter"),
    "firm": ("compani", "firm"),
    "stock": ("stock", "share"),
    "staff": ("employe", "staff", "worker", "workforc"),
    "resign": ("resign", "quit"),
    "vessel": ("ferri", "vessel", "boat", "ship"),
    "evacuate": ("evacu", "fled", "flee"),
    "child": ("children", "child", "kid"),
    "home": ("home", "hous", "dwell"),
    "bill": ("bill", "measur", "legisl"),
    "lawmaker": ("lawmak", "legisl", "parliamentarian"),
    "penalty": ("penalti", "fine", "sanction"),
    "inquiry": ("investig", "inquiri", "probe"),
    "arrest": ("arrest", "detain", "custodi"),
    "quake": ("earthquak", "quak", "tremor"),
    "deal": ("agreement", "deal", "accord", "pact"),
    "talks": ("talk", "negoti"),
    "spokesperson": ("spokesman", "spokeswoman", "spokesperson"),
    "rescue": ("rescu", "rescuer", "survivor", "aliv", "surviv"),
    "damage": ("damag", "destroy", "collaps"),
    "ruling": ("rule", "verdict", "judgment"),
    "court": ("court", "judg", "justic"),
}

#: The class term each stem also gives (the class name after "=", which no word yields).
SYNONYM_TERMS: dict[str, str] = {
    stem: f"={name}" for name, stems in _CLASSES.items() for stem in stems
}
