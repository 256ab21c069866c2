"""Measure candidate libraries for reading figures on the cases the numbers issue names.

Prints, per case, whether each library finds the expected value (in crosscheck's
encoding, see ``tui.core.figures.parse``) and whether it keeps the hedge word, then
totals. Libraries that are not installed are skipped; to measure them without adding
them to the project, install them aside and put them on the path:

    .venv/bin/pip install --target /tmp/numlibs quantulum3 number-parser word2number text2num
    PYTHONPATH=/tmp/numlibs .venv/bin/python bench/eval_number_libraries.py

dateparser is already installed (trafilatura needs it); it is scored on the date cases
and on how many non-date cases it wrongly reads as dates.
"""

from __future__ import annotations

import importlib.util
import math
import re
import time
import warnings
from collections.abc import Callable
from typing import Any

from tui.core.figures.parse import scan_figures

# (sentence, figure as written, expected value, unit)
CASES: list[tuple[str, str, float, str]] = [
    ("Around 28,500 US troops are stationed in South Korea.", "Around 28,500", 28500, "count"),
    ("Inflation eased to 3.5 percent, the office said.", "3.5 percent", 3.5, "percent"),
    ("Organisers said 100,000 people marched in Seoul.", "100,000", 100000, "count"),
    ("Exports to China fell 12% last quarter.", "12%", 12, "percent"),
    ("Samsung announced an $8B investment in Texas.", "$8B", 8e9, "USD"),
    ("Samsung announced an $8 billion investment in Texas.", "$8 billion", 8e9, "USD"),
    ("The regulator imposed a £1.2m fine on the bank.", "£1.2m", 1.2e6, "GBP"),
    ("It will be the second meeting between Xi and Lee.", "second", 2, "ordinal"),
    ("China absorbs about one-third of chip exports.", "about one-third", 1 / 3, "fraction"),
    ("China accounts for a third of Seoul's chip exports.", "a third", 1 / 3, "fraction"),
    ("Nearly half of rare earth supplies come from China.", "Nearly half", 0.5, "fraction"),
    ("Police said two dozen protesters were detained.", "two dozen", 24, "count"),
    ("The survey found 1-in-3 adults skipped meals.", "1-in-3", 1 / 3, "fraction"),
    ("The survey found one-in-three adults skipped meals.", "one-in-three", 1 / 3, "fraction"),
    ("The site recalls Japan's 35-year colonial rule.", "35-year", 35, "duration:year"),
    ("The second meeting in just two months.", "two months", 2, "duration:month"),
    ("A 43-year-old man was arrested at the scene.", "43-year-old", 43, "age"),
    ("Xi will host Lee on a state visit beginning Sunday.", "Sunday", 6, "weekday"),
    ("Lee will meet Xi in Beijing on Monday.", "Monday", 0, "weekday"),
    ("Brunson said at a forum on December 29.", "December 29", 1229, "date"),
    ("Takaichi said in November that an attack was possible.", "November", 11, "month"),
    ("The ban has been in place since around 2017.", "around 2017", 2017, "year"),
    ("Last month, officials agreed to stabilise supplies.", "Last month", -1, "relative-date"),
    ("Huawei plans to launch its chips next year.", "next year", 1, "relative-date"),
]
HEDGES = ("around", "about", "nearly", "roughly")
DATE_UNITS = ("weekday", "date", "month", "year", "relative-date")

Reading = list[tuple[str, float | None]]


def _close(value: float | None, expected: float) -> bool:
    return value is not None and math.isclose(value, expected, rel_tol=1e-6, abs_tol=1e-9)


def _numbers_in(text: str) -> Reading:
    return [
        (m.group(), float(m.group().replace(",", "")))
        for m in re.finditer(r"\d[\d,]*(?:\.\d+)?", text)
    ]


def read_crosscheck(sentence: str, unit: str) -> Reading:
    return [(f.text, f.value) for f in scan_figures(sentence)]


def read_quantulum3(sentence: str, unit: str) -> Reading:
    from quantulum3 import parser

    return [(q.surface, float(q.value)) for q in parser.parse(sentence)]


def read_number_parser(sentence: str, unit: str) -> Reading:
    from number_parser import parse

    return _numbers_in(parse(sentence))


def read_text2num(sentence: str, unit: str) -> Reading:
    from text_to_num import alpha2digit

    return _numbers_in(alpha2digit(sentence, "en"))


def read_word2number(sentence: str, unit: str) -> Reading:
    from word2number import w2n

    try:
        return [(sentence, float(w2n.word_to_num(sentence)))]
    except ValueError:
        return []


def read_dateparser(sentence: str, unit: str) -> Reading:
    from dateparser.search import search_dates

    found: Any = search_dates(sentence, languages=["en"]) or []
    readings: Reading = []
    for text, when in found:
        if unit == "weekday":
            readings.append((text, float(when.weekday())))
        elif unit == "date":
            readings.append((text, float(when.month * 100 + when.day)))
        elif unit == "month":
            readings.append((text, float(when.month)))
        elif unit == "year":
            readings.append((text, float(when.year)))
        else:
            readings.append((text, None))
    return readings


READERS: dict[str, tuple[str, Callable[[str, str], Reading]]] = {
    "crosscheck": ("tui", read_crosscheck),
    "quantulum3": ("quantulum3", read_quantulum3),
    "number-parser": ("number_parser", read_number_parser),
    "text2num": ("text_to_num", read_text2num),
    "word2number": ("word2number", read_word2number),
    "dateparser": ("dateparser", read_dateparser),
}


def _right(readings: Reading, written: str, expected: float, unit: str) -> bool:
    if unit == "relative-date":
        return any(text.lower() == written.lower() for text, _ in readings)
    return any(_close(value, expected) for _, value in readings)


def main() -> None:
    warnings.filterwarnings("ignore")
    available = {
        name: read for name, (module, read) in READERS.items() if importlib.util.find_spec(module)
    }
    missing = sorted(set(READERS) - set(available))
    names = list(available)
    print(f"{'case':<16}" + "".join(f"{n[:13]:>14}" for n in names))
    right = dict.fromkeys(names, 0)
    hedged = dict.fromkeys(names, 0)
    false_dates = 0
    seconds = dict.fromkeys(names, 0.0)
    for sentence, written, expected, unit in CASES:
        row = f"{written:<16}"
        for name in names:
            started = time.perf_counter()
            try:
                readings = available[name](sentence, unit)
            except Exception as error:  # a library crash is a wrong answer, not a stop
                readings = [(f"error: {error}", None)]
            seconds[name] += time.perf_counter() - started
            ok = _right(readings, written, expected, unit)
            if name == "dateparser" and unit not in DATE_UNITS and readings:
                false_dates += 1
            keeps_hedge = any(t.lower().startswith(h) for t, _ in readings for h in HEDGES)
            if ok:
                right[name] += 1
                hedged[name] += keeps_hedge
            row += f"{('yes' if ok else 'no') + ('+hedge' if ok and keeps_hedge else ''):>14}"
        print(row)
    hedge_cases = sum(1 for _, w, _, _ in CASES if w.lower().startswith(HEDGES))
    date_cases = sum(1 for *_, u in CASES if u in DATE_UNITS)
    print()
    for name in names:
        print(
            f"{name:<14} right {right[name]:>2}/{len(CASES)}  "
            f"hedge kept {hedged[name]}/{hedge_cases}  "
            f"{1000 * seconds[name] / len(CASES):7.2f} ms/case"
        )
    if "dateparser" in available:
        print(
            f"dateparser: {date_cases} of the cases are dates; it read "
            f"{false_dates} of the {len(CASES) - date_cases} other cases as dates"
        )
    if missing:
        print("not installed: " + ", ".join(missing))


if __name__ == "__main__":
    main()
