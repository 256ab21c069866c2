"""Recognise the furniture a news page wraps around its story, line by line.

Pasting an article from a news site brings the page with it: bylines, time stamps
with "updated" notes and reading times, photo captions that end in a credit,
agency tails ("(Reporting by …; Editing by …)"), contributor and copyright lines,
app and newsletter prompts. None of it is the story: left in, a caption or a
time stamp is listed as "only in A" and its date as a figure only one source
gives.

Each rule reads the form of a whole line, never the topic: a story sentence that
happens to contain "by", "photo" or a date is not furniture. A wire dateline
("WASHINGTON, Nov 12 (Reuters) -") stays in its sentence: its date is news.
"""

from __future__ import annotations

import itertools
import re


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: Words a by-line may hold besides names: roles, desks, joining words.
_BYLINE_WORDS = _word_set(
    """
    and & in at for the of with from via on staff correspondent correspondents reporter
    reporters editor editors writer writers contributor contributors columnist producer
    producers analyst chief senior deputy political politics business technology tech
    health science sports sport economics economy foreign diplomatic home affairs world
    international national investigative security defence defense environment climate
    legal crime education news desk bureau special associate managing digital local
    entertainment culture arts live team wire services agencies agency college football
    basketball baseball soccer cricket rugby tennis golf hockey
    """
)
_BYLINE_START = re.compile(
    r"(?:(?:written|words|story|reporting|text|report)\s+)?by\s+(?=\S)|authors?\s*:\s*"
    r"|reporting\s+from\s+(?=\S)",
    re.IGNORECASE,
)
#: Role nouns that make "Jane Doe, Staff Writer" or "Reporter, HuffPost" a by-line without "By".
_ROLE_NOUNS = _word_set("correspondent reporter writer editor columnist contributor producer staff")
_BYLINE_MAX_WORDS = 16
_TOKEN = re.compile(r"[\w'’.-]+|[^\w\s]")

_MONTHS = (
    "jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june "
    "july august september october november december"
)
_WEEKDAYS = "mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday "
_WEEKDAYS += "saturday sunday"
#: Words a time-stamp line may hold besides figures: when it was posted, updated, how long to read.
_STAMP_WORDS = _word_set(
    _MONTHS
    + " "
    + _WEEKDAYS
    + """
        updated update published posted last modified first edited on at ago hours hour hrs hr
        minutes minute mins min seconds second secs days day weeks week months month year years
        read reading time listen just now today yesterday am pm a.m p.m a.m. p.m. noon midnight
        gmt utc bst est edt cst cdt mst mdt pst pdt et ct mt pt cet cest eet eest ist aest aedt
        jst hkt sgt wib msk z local
        """
)
_MONTH_NAMES = _word_set(_MONTHS)
_WEEKDAY_NAMES = _word_set(_WEEKDAYS)
_STAMP_FIGURE = re.compile(r"\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:am|pm)?")
_STAMP_MAX_TOKENS = 24

#: A credit that ends a caption or stands alone: "(AP Photo/Jane Doe)", "REUTERS/Jane Doe",
#: "Photograph: Jane Doe/Guardian", "Jane Doe/AFP via Getty Images".
_AGENCY = (
    r"(?:AP|AFP|Reuters|REUTERS|EPA(?:-EFE)?|Getty\s+Images|Shutterstock|Alamy|PA(?:\s+(?:Wire|Media))?"
    r"|Bloomberg|AAP|dpa|Xinhua|ANSA|ANP|NurPhoto|SOPA\s+Images|LightRocket|Sipa|ZUMA(?:\s+Press)?"
    r"|Anadolu|Kyodo|Yonhap|Pool|Handout|Sputnik|TASS|NYT|The\s+New\s+York\s+Times|Washington\s+Post)"
)
_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
_CREDIT = re.compile(
    r"\((?:[A-Z][\w.]*\s+)?(?:Photo|Photos|Photograph|Image|Video)(?:\s+illustration)?\s*/"
    r"\s*[^()]{2,80}\)\s*\.?\s*$"
    r"|(?:^|(?<=[.!?”\"’)])\s+)(?:"
    rf"{_AGENCY}\s*/\s*{_NAME}(?:\s*/\s*[\w.'’ -]{{2,40}})?"
    rf"|{_NAME}\s*/\s*{_AGENCY}(?:\s+via\s+{_AGENCY})?"
    rf"|{_NAME}\s+via\s+{_AGENCY}"
    r"|(?:Photograph|Photo|Photos|Picture|Pictures|Image|Images|Illustration|Video|Credit"
    r"|Image\s+source|Photo\s+credit|Image\s+credit)\s*:\s*[^.!?]{2,80}"
    r"|(?:Photo|Photos|Photographs?|Pictures?|Images?)\s+by\s+[A-Z][^.!?]{1,60}"
    r")\s*\.?\s*$"
)
_CAPTION_LABEL = re.compile(
    r"(?:image|media|video|photo)\s+(?:caption|source|credit)s?\s*[:,]?|caption\s*:"
    r"|photographer\s*:|item\s+\d+\s+of\s+\d+\b|\[\d+/\d+\]"
    r"|\d{1,2}:\d{2}\s*[-–—]\s*source\s*:",
    re.IGNORECASE,
)
_CREDIT_LABEL = re.compile(r"(?:photographer|photo(?:graph)?|picture|credit)\s*:", re.IGNORECASE)
#: A credit standing alone: "Jamal Oduya/CNN", "Caleb Morrow/Bloomberg".
_LONE_CREDIT = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*[A-Z][\w&.'’ -]{1,40}")
_CAPTION_MAX_CHARS = 400

_TAIL = re.compile(
    r"\(?\s*(?:(?:additional\s+)?reporting|writing|editing|compiled|edited|produced|graphics|"
    r"research)\s+by\s+[^()]{2,300}\)?\.?"
    r"|[—–-]?\s*(?:the\s+)?[\w.&'’ -]{2,60}\s+contributed(?:\s+to)?(?:\s+this)?\s+"
    r"(?:report|reporting|story|article)\.?"
    r"|(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4})[^\n]{0,400}"
    r"|all\s+rights\s+reserved\.?"
    r"|this\s+material\s+may\s+not\s+be\s+published[^\n]{0,200}"
    r"|our\s+standards\s*:[^\n]{0,120}"
    r"|privacy\s+notice\s*:[^\n]{0,400}"
    r"|correction\s*:[^\n]{0,60}|(?:an\s+)?earlier\s+version\s+of\s+this\s+(?:article|story)[^\n]{0,400}"
    r"|\((?:this\s+story\s+)?(?:updates?|adds|recasts|corrects)\b[^()]{0,200}\)"
    r"|a\s+version\s+of\s+this\s+(?:article|story)\s+appears\s+in\s+print[^\n]{0,300}"
    r"|(?:information|material|reporting)\s+from\s+[^\n]{2,80}\s+(?:was|were)\s+used\s+in\s+this"
    r"\s+(?:report|story|article)\.?"
    r"|[—–-]+\s*with\s+assistance\s+from\s+[^\n]{2,200}",
    re.IGNORECASE,
)
_PROMPT = re.compile(
    r"(?:click\s+here|tap\s+here|download\s+(?:the|our)|sign\s+up|subscribe|log\s+in"
    r"|get\s+(?:the|our)\s+[\w ]{0,30}\bapp|get\s+(?:the\s+)?(?:latest|breaking)"
    r"|scroll\s+(?:down\s+)?to\s+continue|continue\s+reading|keep\s+reading"
    r"|(?:story|article)\s+continues(?:\s+(?:below|after))?"
    r"|watch\s*:|watch\s+(?:more|now|live|the\s+video|video)|video\s*:"
    r"|listen\s*(?::|now|to\s+(?:this|the)\s+(?:article|story|podcast))"
    r"|most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|top\s+stories"
    r"|more\s+(?:from|stories)|(?:topics?|tags?)\s*:|filed\s+under|recommended(?:\s+for\s+you)?"
    r"|editor['’]s\s+picks?|gift\s+(?:this\s+)?article|explore\s+more"
    r"|you\s+may\s+also\s+like|don['’]t\s+miss|up\s+next|latest\s+news"
    r"|share\s+(?:full\s+)?article|skip\s+(?:past\s+)?(?:advertisement|ad)|(?:video\s+)?ad\s+feedback"
    r"|search\s+[\w ]{1,30}\.\.\.|loading|purchase\s+licensing\s+rights|reuse\s+this\s+content"
    r"|go\s+to\s+homepage|before\s+you\s+go|popular\s+in\s+the\s+community"
    r"|from\s+our\s+partners?|see\s+all\s+topics|see\s+more\s+on\s*:|related\s+articles?"
    r"|related\s*\.\.\.|get\s+in\s+touch|follow\s+(?:all\s+new\s+stories\s+by|us)\b"
    r"|support\s+(?:free\s+journalism|[A-Z]\w+)$|already\s+(?:a\s+subscriber|contributed)"
    r"|enter\s+your\s+email|skip\s+past\s+newsletter\s+promotion|after\s+newsletter\s+promotion"
    r"|(?:free\s+)?(?:daily|weekly|morning|evening)\s+newsletter"
    r")(?!\w)[^\n]{0,120}",
    re.IGNORECASE,
)
_PROMPT_MAX_WORDS = 16
#: Prompts that may end with a full stop and still be a prompt.
_CALL = re.compile(r"(?:click|tap)\s+here|sign\s+up|subscribe|download", re.IGNORECASE)


def _tokens(line: str) -> list[str]:
    return _TOKEN.findall(line)


def is_byline(line: str) -> bool:
    """True for a by-line: "By Jane Doe and Tom Reid, Reuters", "Jane Doe, Staff Writer"."""
    start = _BYLINE_START.match(line)
    if line.endswith(("?", "!")) or len(line.split()) > _BYLINE_MAX_WORDS:
        return False
    if start is None:
        words = [t for t in _tokens(line) if t[0].isalnum()]
        named_role = any(w.casefold() in _ROLE_NOUNS for w in words)
        return named_role and len(words) <= 8 and not line.endswith(".") and _names_only(words)
    rest = line[start.end() :]
    if rest.endswith(".") and not re.search(r"\b[A-Z]\.$|\b(?:Jr|Sr|Inc|Ltd|Co)\.$", rest):
        return False
    words = [t for t in _tokens(rest) if t[0].isalnum()]
    return bool(words) and words[0][0].isupper() and _names_only(words)


def _names_only(words: list[str]) -> bool:
    """True when every word is capitalised or a by-line word (a role, a desk, "and")."""
    if any(w.isdigit() for w in words):
        return False
    return all(w[0].isupper() or w.casefold() in _BYLINE_WORDS for w in words)


def is_stamp(line: str) -> bool:
    """True for a line of only when it was posted or updated and how long it takes to read."""
    tokens = _tokens(line.casefold())
    if not tokens or len(tokens) > _STAMP_MAX_TOKENS:
        return False
    telling = 0
    for token in tokens:
        if _STAMP_FIGURE.fullmatch(token):
            telling += 1
        elif token.rstrip(".") in _STAMP_WORDS or token in _STAMP_WORDS:
            word = token.rstrip(".")
            telling += word in _MONTH_NAMES or word in _WEEKDAY_NAMES
        elif token[0].isalnum():
            return False
    return telling > 0


def is_credit_or_caption(line: str) -> bool:
    """True for an image credit, or a caption that ends in one ("… REUTERS/Jane Doe")."""
    if len(line) > _CAPTION_MAX_CHARS:
        return False
    return (
        _CREDIT.search(line) is not None
        or _CAPTION_LABEL.match(line) is not None
        or (len(line.split()) <= 6 and _LONE_CREDIT.fullmatch(line) is not None)
    )


def is_page_tail(line: str) -> bool:
    """True for reporting credits, contributor notes, copyright and standards lines."""
    return _TAIL.fullmatch(line) is not None


#: A promotion for a newsletter: it names one and asks for an e-mail, a sign-up, a subscription.
_NEWSLETTER = re.compile(r"\bnewsletters?\b", re.IGNORECASE)
_NEWSLETTER_ASK = re.compile(
    r"sign\s+up|subscribe|e-?mail\s+address|inbox|delivered|promotion", re.IGNORECASE
)


_REPORTED = re.compile(r"\b(?:said|says|joked|told|added|asked|wrote)\b", re.IGNORECASE)


def is_prompt(line: str) -> bool:
    """True for a short call to act: "CLICK HERE TO GET THE APP", "Scroll to continue"."""
    if _NEWSLETTER.search(line) and _NEWSLETTER_ASK.search(line) and len(line) <= 300:
        return _REPORTED.search(line) is None
    if len(line.split()) > _PROMPT_MAX_WORDS or _PROMPT.fullmatch(line) is None:
        return False
    if not line.endswith("."):
        return True
    # "Sign up for our newsletter." is a prompt; a sentence with clauses that starts so is not
    return _CALL.match(line) is not None and not re.search(r"[,;:“”\"]", line)


def is_furniture_line(line: str) -> bool:
    """True when the stripped ``line`` is page furniture of one of the kinds above."""
    return (
        is_byline(line)
        or is_stamp(line)
        or is_credit_or_caption(line)
        or is_page_tail(line)
        or is_prompt(line)
    )


#: A label line: a tag, a section name, a lone name ("Water pollution", "LIFE", "Jane Doe").
_LABEL_MAX_WORDS = 4
_CAPTION_MAX_WORDS = 40
_BIO_VERB = re.compile(
    r"\s+(?:is|was|covers|writes|reports|joined|has\s+(?:covered|written|been))\b"
)


def _is_label(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _LABEL_MAX_WORDS
        and line[0].isupper()
        and not line.endswith((".", "!", "?", ":", '"', "”", "'", "’", ","))
        and not any(c.isdigit() for c in line)
    )


def _byline_names(line: str) -> set[str]:
    """Return the "First Last" pairs a by-line names."""
    words = [w for w in _tokens(line) if w[0].isalpha()]
    return {f"{x} {y}" for x, y in itertools.pairwise(words) if x[0].isupper() and y[0].isupper()}


def _credits_the_line_above(line: str) -> bool:
    """True for a credit on a line of its own after its caption: "Photographer: Jane Doe/Bloomberg".

    A bracketed "(AP Photo/Jane Doe)" alone is left out: pages also show it under a photo
    with no caption, right after a story paragraph.
    """
    return (
        len(line.split()) <= 8
        and not line.startswith("(")
        and (_LONE_CREDIT.fullmatch(line) is not None or _CREDIT_LABEL.match(line) is not None)
    )


def _reads_like_caption(line: str) -> bool:
    """True for a line that could describe a picture: short, no quotation, nobody said it."""
    return (
        len(line.split()) <= _CAPTION_MAX_WORDS
        and not re.search('["“”]', line)
        and _REPORTED.search(line) is None
    )


def furniture_in_context(lines: list[str], flagged: list[bool]) -> list[bool]:
    """Return ``flagged`` widened by what a line's neighbours tell.

    - two or more label lines in a row are tags, section names or a name and its role;
    - the line just before a stand-alone credit is the caption it credits;
    - a line that opens with a by-lined name and "is", "covers", "joined" ... is the bio.
    """
    result = list(flagged)
    # a line flagged on its own ("Advertisement") does not make the sub-head after it a tag
    labels = [_is_label(line) and not f for line, f in zip(lines, flagged, strict=True)]
    for index in range(1, len(lines)):
        after = index + 1 < len(lines) and labels[index + 1]
        before = index > 1 and labels[index - 1]
        if labels[index] and (after or before):
            result[index] = True
    for index in range(1, len(lines) - 1):
        above = lines[index]
        if _credits_the_line_above(lines[index + 1]) and _reads_like_caption(above):
            result[index] = True
    names = set().union(*(_byline_names(line) for line in lines if is_byline(line)))
    for index, line in enumerate(lines):
        if any(line.startswith(name) and _BIO_VERB.match(line, len(name)) for name in names):
            result[index] = True
    return result
