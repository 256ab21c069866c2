"""Word tables for reading figures in English news copy: number words, fractions, dates, hedges.

Everything here is plain data plus :func:`parse_number`, which turns a numeral or
number phrase as written ("28,500", "3.5", "twenty-five", "two hundred") into a float.
"""

from __future__ import annotations

import re

CARDINALS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, float] = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    # Abbreviations written after money amounts: $8B, £1.2m, $5bn, $3tn, $40k, and the
    # wires' $1.1 bln, $450 mln.
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "b": 1e9,
    "bn": 1e9,
    "bln": 1e9,
    "mln": 1e6,
    "trn": 1e12,
    "trln": 1e12,
    "tn": 1e12,
}
#: The scale abbreviations: read after an amount of money, never inside a spelled-out number.
_ABBREVIATED_SCALES = frozenset({"k", "m", "mn", "b", "bn", "bln", "mln", "trn", "trln", "tn"})

ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "hundredth": 100,
}
#: Denominators of fraction words, singular and plural ("a third", "two-thirds").
DENOMINATORS: dict[str, int] = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fourth": 4,
    "fourths": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}
MONTHS: dict[str, int] = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
#: Weekdays numbered as Python's ``date.weekday()``: Monday 0 … Sunday 6.
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
#: Currency marks and words, normalised to ISO 4217 codes.
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "usd": "USD",
    "a$": "AUD",
    "c$": "CAD",
    "hk$": "HKD",
    "nz$": "NZD",
    "s$": "SGD",
    "£": "GBP",
    "gbp": "GBP",
    "€": "EUR",
    "eur": "EUR",
    "¥": "JPY",
    "₩": "KRW",
    "krw": "KRW",
    "inr": "INR",
    "rs": "INR",
    "rs.": "INR",
    "₹": "INR",
    "r$": "BRL",
    "czk": "CROWN",
    "sek": "CROWN",
    "dkk": "CROWN",
    "nok": "CROWN",
    "isk": "CROWN",
}
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD",
    "dollars": "USD",
    "pound": "GBP",
    "pounds": "GBP",
    "euro": "EUR",
    "euros": "EUR",
    "yen": "JPY",
    "yuan": "CNY",
    "renminbi": "CNY",
    "won": "KRW",
    "rupees": "INR",
    "rupee": "INR",
    "reais": "BRL",
    # Crowns are the currency of several nations at different rates: convertible into nothing.
    "crowns": "CROWN",
    # Singular after an amount, as an adjective: "a 2.4 million crown mortgage".
    "crown": "CROWN",
    "krona": "CROWN",
    "krone": "CROWN",
    "kronor": "CROWN",
    "kroner": "CROWN",
    "koruna": "CROWN",
}
#: Currencies named by a nation before "dollars" ("Australian dollars"), or after an amount
#: in dollars ("$6.2 million Canadian"). A dollar of a nation not listed is a local dollar.
DOLLAR_NATIONS: dict[str, str] = {
    "us": "USD",
    "u.s.": "USD",
    "american": "USD",
    "australian": "AUD",
    "canadian": "CAD",
    "new zealand": "NZD",
    "hong kong": "HKD",
    "singapore": "SGD",
}
#: The unit of an amount in a dollar whose rate is not known ("Marenne dollars", "MD$"):
#: equal to another such amount, convertible into nothing.
LOCAL_DOLLAR = "LOCAL$"
#: Units of time, by their singular and plural spellings.
TIME_UNITS: dict[str, str] = {
    "year": "year",
    "years": "year",
    "month": "month",
    "months": "month",
    "week": "week",
    "weeks": "week",
    "day": "day",
    "days": "day",
    "hour": "hour",
    "hours": "hour",
    "minute": "minute",
    "minutes": "minute",
    "second": "second",
    "seconds": "second",
    "decade": "decade",
    "decades": "decade",
    "century": "century",
    "centuries": "century",
    "season": "season",
    "seasons": "season",
}
#: Words that place a relative date before (-1), at (0) or after (+1) the time of writing.
RELATIVE_DIRECTIONS: dict[str, int] = {
    "last": -1,
    "past": -1,
    "previous": -1,
    "this": 0,
    "next": 1,
    "coming": 1,
}
#: Words that hedge or bound a figure ("around 28,500", "more than half").
APPROXIMATORS: tuple[str, ...] = (
    "an estimated",
    "approximately",
    "more than",
    "fewer than",
    "less than",
    "at least",
    "at most",
    "close to",
    "just over",
    "just under",
    "under",
    "well over",
    "upwards of",
    "roughly",
    "nearly",
    "almost",
    "around",
    "about",
    "some",
    "over",
    "up to",
    "as much as",
    "as many as",
    "as high as",
    "as little as",
    "as few as",
    "as low as",
    "circa",
    "within",
)

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WORD_SPLIT = re.compile(r"[\s\-]+")
_GLUED_SCALE = re.compile(r"(\d)(hundred|thousand|million|billion|trillion)\b")


_AND_A_HALF = " and a half"
_HALF_A = "half a"


def parse_number(text: str) -> float | None:
    """Return the value of a numeral or English number phrase, or None when it is not one.

    Handles digits with thousands separators and decimals ("28,500", "3.5"),
    number words ("twenty-five", "two hundred and ten", "a dozen", "two and a half") and a trailing
    scale word ("3.5 million", "two billion").
    """
    cleaned = text.strip().lower()
    if not cleaned:
        return None
    if _AND_A_HALF in cleaned:  # "two and a half", "3 and a half million"
        head, _, scale = cleaned.partition(_AND_A_HALF)
        whole = parse_number(head) if head else None
        times = parse_number(f"1{scale}") if scale else 1.0
        return None if whole is None or times is None else (whole + 0.5) * times
    if cleaned.startswith(_HALF_A):  # "half a million"
        whole_scale = parse_number("1 " + cleaned.removeprefix(_HALF_A).lstrip("n "))
        return None if whole_scale is None or whole_scale < 100 else whole_scale / 2
    cleaned = _GLUED_SCALE.sub(r"\1 \2", cleaned)  # "3.5million"
    digits = _DIGITS.fullmatch(cleaned)
    if digits:
        return float(cleaned.replace(",", ""))
    parts = [p for p in _WORD_SPLIT.split(cleaned) if p and p != "and"]
    total = 0.0
    current = 0.0
    seen = False
    for part in parts:
        if _DIGITS.fullmatch(part):
            current += float(part.replace(",", ""))
        elif part in CARDINALS:
            current += CARDINALS[part]
        elif part in TENS:
            current += TENS[part]
        elif part in ("a", "an") and not seen:
            current += 1
        elif part == "dozen":
            current = (current or 1) * 12
        elif part == "hundred":
            current = (current or 1) * 100
        elif part in SCALES and part not in _ABBREVIATED_SCALES:
            total += (current or 1) * SCALES[part]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None
