"""Numbers and ordinals written as words, and the digits they stand for: "seven" and "7",
"ninety-six" and "96", "ninth" and "9th" are the same figure to every stage that compares
wording (alignment terms, quotation wording)."""

from __future__ import annotations

#: Numbers written as words are the same figure as in digits ("seven" and "7"; "ninety-six"
#: and "96").  "one" is left out: it is far more often a pronoun.
_UNITS = ["two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen"
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, str] = {
    **{word: str(n) for n, word in enumerate(_UNITS, start=2)},
    **{word: str(n) for n, word in enumerate(_TEENS.split(), start=10)},
    **{word: str(n) for n, word in zip(range(20, 100, 10), _TENS, strict=True)},
    **{
        f"{ten}-{unit}": str(t + u)
        for t, ten in zip(range(20, 100, 10), _TENS, strict=True)
        for u, unit in enumerate(["one", *_UNITS], start=1)
    },
}
#: Ordinals written as words are the same as in digits ("ninth" and "9th"; "9th Circuit" and
#: "Ninth Circuit").
_ORDINALS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip
_SUFFIXES = {1: "st", 2: "nd", 3: "rd"}
ORDINAL_WORDS: dict[str, str] = {
    word: f"{n}{'th' if 10 < n < 14 else _SUFFIXES.get(n % 10, 'th')}"
    for n, word in enumerate(_ORDINALS, start=1)
}
