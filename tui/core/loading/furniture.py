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
    entertainment culture arts live team wire services agencies agency
    """
)
_BYLINE_START = re.compile(
    r"(?:(?:written|words|story|reporting|text|report)\s+)?by\s+(?=\S)|authors?\s*:\s*",
    re.IGNORECASE,
)
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
    r"(?:image|media|video|photo)\s+(?:caption|source|credit)s?\s*[:,]?|caption\s*:", re.IGNORECASE
)
_CAPTION_MAX_CHARS = 400

_TAIL = re.compile(
    r"\(?\s*(?:(?:additional\s+)?reporting|writing|editing|compiled|edited|produced|graphics|"
    r"research)\s+by\s+[^()]{2,300}\)?\.?"
    r"|[—–-]?\s*(?:the\s+)?[\w.&'’ -]{2,60}\s+contributed(?:\s+to)?(?:\s+this)?\s+"
    r"(?:report|reporting|story|article)\.?"
    r"|(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4})[^\n]{0,400}"
    r"|all\s+rights\s+reserved\.?"
    r"|this\s+material\s+may\s+not\s+be\s+published[^\n]{0,200}"
    r"|our\s+standards\s*:[^\n]{0,120}",
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
    r")(?!\w)[^\n]{0,120}",
    re.IGNORECASE,
)
_PROMPT_MAX_WORDS = 16
#: Prompts that may end with a full stop and still be a prompt.
_CALL = re.compile(r"(?:click|tap)\s+here|sign\s+up|subscribe|download", re.IGNORECASE)


def _tokens(line: str) -> list[str]:
    return _TOKEN.findall(line)


def is_byline(line: str) -> bool:
    """True for a by-line: "By Jane Doe and Tom Reid, Reuters", "By Fox News Staff | Fox News"."""
    start = _BYLINE_START.match(line)
    if start is None or line.endswith(("?", "!")) or len(line.split()) > _BYLINE_MAX_WORDS:
        return False
    rest = line[start.end() :]
    if rest.endswith(".") and not re.search(r"\b[A-Z]\.$|\b(?:Jr|Sr|Inc|Ltd|Co)\.$", rest):
        return False
    words = [t for t in _tokens(rest) if t[0].isalnum()]
    if not words or not words[0][0].isupper() or any(t.isdigit() for t in words):
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
    return _CREDIT.search(line) is not None or _CAPTION_LABEL.match(line) is not None


def is_page_tail(line: str) -> bool:
    """True for reporting credits, contributor notes, copyright and standards lines."""
    return _TAIL.fullmatch(line) is not None


def is_prompt(line: str) -> bool:
    """True for a short call to act: "CLICK HERE TO GET THE APP", "Scroll to continue"."""
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
