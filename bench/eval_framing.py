"""Print precision and recall of framing on the independent pairs and on the sentence set.

Matching rule (pairs). A gold item is ``{"side", "text", "counterpart", "category"}``; its
place is every occurrence of ``text`` in that side's article. A predicted framing item
(``comparison.framing``, through the full pipeline: the real aligner) *matches* a gold item
when the item's span on the gold item's side is non-empty and overlaps (shares at least one
character with) one of those occurrences. A predicted item is true when it matches a gold item
that is not ``quoted_loaded`` (loaded words inside a quotation are the speaker's, so an item on
them counts as false); a gold item is found when some predicted item matches it. Recall leaves
``quoted_loaded`` gold items out. ``prominence`` items (whole sentences that lead one source and
are buried in the other) are left out of both counts: the gold has no such category and a whole
sentence would overlap anything in it; their number is printed apart.

Matching rule (sentences). ``tests/data/framing/sentences.txt`` has one sentence a line and
``sentences.gold.json`` its reporter-voice ``loaded`` spans (and ``quoted_loaded`` ones). A found
word is true when it overlaps an occurrence of a ``loaded`` gold span of its sentence; a gold
span is found when a found word overlaps it.

The pairs are split in two halves (odd and even pair numbers) so that rules tuned on one half
can be checked on the other; both halves and the total are printed. ``HELD_OUT`` are the pairs
whose gold arrived after the charged-word rules were written: no rule was tuned on them.

With ``--lexicons`` it also prints, on the sentence set, what each registry sentiment lexicon
finds on its own (every unquoted word it rates strongly): VADER (vaderSentiment, MIT) and the
subjectivity lexicon of TextBlob (MIT code, PDDL data, from pattern; printed when textblob is
installed), and the two together on adjectives and adverbs (TextBlob's part-of-speech lexicon).
All three flag mostly factual or descriptive words ("killed", "violent", "fair", "strong"), which
is why a lexicon only weighs the words our category lists pick out.

Run: .venv/bin/python bench/eval_framing.py [-v] [--lexicons]   (-v lists misses and false items)
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.gold.gold import SETS, independent_paths, pair_names, read_independent_gold
from tui.core.compare import compare_sources
from tui.core.models import FramingShift, Span

ROOT = Path(__file__).resolve().parents[1]
SENTENCES = ROOT / "tests" / "data" / "framing"
#: Pairs whose gold was first read after the rules were written (an honest held-out set).
HELD_OUT = frozenset({"02", "03", "04", "12", "15", "16"})


def _places(text: str, piece: str) -> list[tuple[int, int]]:
    return [(m.start(), m.start() + len(piece)) for m in re.finditer(re.escape(piece), text)]


def _overlaps(span: Span | None, places: Iterable[tuple[int, int]]) -> bool:
    if span is None or span.start >= span.end:
        return False
    return any(span.start < end and start < span.end for start, end in places)


def _side(shift: FramingShift, side: str) -> Span | None:
    return shift.a if side == "a" else shift.b


class Tally:
    """Counts of true and false items and of found and missed gold items."""

    def __init__(self) -> None:
        self.true = self.false = self.found = self.gold = 0

    def add(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        self.true += other.true
        self.false += other.false
        self.found += other.found
        self.gold += other.gold

    def line(self) -> str:
        """Return precision and recall with their counts."""
        items = self.true + self.false
        precision = self.true / items if items else 0.0
        recall = self.found / self.gold if self.gold else 0.0
        return (
            f"precision {precision:.2f} ({self.true}/{items})  "
            f"recall {recall:.2f} ({self.found}/{self.gold})"
        )


def _pair(number: str, verbose: bool) -> tuple[Tally, int]:
    gold = read_independent_gold(f"pair{number}")
    path_a, path_b = independent_paths(f"pair{number}")
    comparison = compare_sources(str(path_a), str(path_b))
    texts = {"a": comparison.a.text, "b": comparison.b.text}
    items = [(g, _places(texts[g["side"]], g["text"])) for g in gold["framing"]]
    shifts = [s for s in comparison.framing if s.category != "prominence"]
    prominence = len(comparison.framing) - len(shifts)
    tally = Tally()
    for shift in shifts:
        hits = [g for g, places in items if _overlaps(_side(shift, g["side"]), places)]
        if any(g["category"] != "quoted_loaded" for g in hits):
            tally.true += 1
        else:
            tally.false += 1
            if verbose:
                a = shift.a.text if shift.a else None
                b = shift.b.text if shift.b else None
                print(f"    false  pair{number} {shift.category}: {a!r} | {b!r}  ({shift.note})")
    for g, places in items:
        if g["category"] == "quoted_loaded":
            continue
        tally.gold += 1
        if any(_overlaps(_side(s, g["side"]), places) for s in shifts):
            tally.found += 1
        elif verbose:
            print(f"    missed pair{number} {g['side']} {g['category']}: {g['text']!r}")
    return tally, prominence


def _sentence_finder() -> tuple[str, Callable[[str], list[tuple[int, int]]]]:
    try:
        from tui.core.framing.voice import loaded_words
    except ImportError:
        return _baseline_finder()

    def find(sentence: str) -> list[tuple[int, int]]:
        return [(w.start, w.end) for w in loaded_words(sentence)]

    return "tui.core.framing.voice.loaded_words", find


def _baseline_finder() -> tuple[str, Callable[[str], list[tuple[int, int]]]]:
    """Before this work: the [loaded] class of the loaded word list on unquoted words."""
    from tui.core.framing.lexicon import load_lexicon
    from tui.core.framing.regions import passage_words
    from tui.core.models import Document, Sentence

    def find(sentence: str) -> list[tuple[int, int]]:
        document = Document("s", None, sentence, (Sentence(0, 0, len(sentence), sentence, 0),))
        found = passage_words(document, [0])
        return [
            (found[m.first].start, found[m.last - 1].end)
            for m in load_lexicon("loaded").find(found)
            if m.entry.word_class == "loaded"
        ]

    return "baseline: loaded.txt [loaded] on unquoted words", find


def _lexicon_finders() -> list[tuple[str, Callable[[str], list[tuple[int, int]]]]]:
    """Return a finder per registry lexicon: unquoted words the lexicon rates strongly."""
    import importlib.util
    import xml.etree.ElementTree as ElementTree

    from tui.core.framing.valence import _lexicon
    from tui.core.text.quotation import in_quotation, quotation_ranges

    def finder(rated: Callable[[str], bool]) -> Callable[[str], list[tuple[int, int]]]:
        def find(sentence: str) -> list[tuple[int, int]]:
            ranges = quotation_ranges(sentence)
            return [
                m.span()
                for m in re.finditer(r"[A-Za-z][A-Za-z'-]*", sentence)
                if not in_quotation(ranges, *m.span()) and rated(m.group().lower())
            ]

        return find

    vader = _lexicon()
    finders = [("VADER |valence| >= 1.5", finder(lambda w: abs(vader.get(w, 0.0)) >= 1.5))]
    spec = importlib.util.find_spec("textblob")
    if spec is not None and spec.submodule_search_locations:
        path = Path(spec.submodule_search_locations[0]) / "en" / "en-sentiment.xml"
        scores: dict[str, tuple[float, float]] = {}
        for word in ElementTree.parse(path).getroot():
            form = (word.get("form") or "").lower()
            polarity = float(word.get("polarity") or 0)
            subjectivity = float(word.get("subjectivity") or 0)
            old = scores.get(form, (0.0, 0.0))
            scores[form] = (max(old[0], abs(polarity)), max(old[1], subjectivity))
        finders.append(
            (
                "TextBlob subjectivity >= 0.6, |polarity| >= 0.3",
                finder(lambda w: w in scores and scores[w][1] >= 0.6 and scores[w][0] >= 0.3),
            )
        )
        # Both lexicons together, with TextBlob's part-of-speech lexicon (Brill's, shipped in
        # the package): an adjective or adverb that VADER rates and TextBlob finds subjective.
        tags: dict[str, str] = {}
        lexicon = Path(spec.submodule_search_locations[0]) / "en" / "en-lexicon.txt"
        for line in lexicon.read_text(encoding="utf-8").splitlines():
            fields = line.split()
            if len(fields) >= 2 and not line.startswith(";"):
                tags.setdefault(fields[0].lower(), fields[1])
        finders.append(
            (
                "VADER |valence| >= 1.5 and TextBlob subjectivity >= 0.6, JJ/RB",
                finder(
                    lambda w: (
                        abs(vader.get(w, 0.0)) >= 1.5
                        and scores.get(w, (0.0, 0.0))[1] >= 0.6
                        and tags.get(w, "")[:2] in ("JJ", "RB")
                    )
                ),
            )
        )
    return finders


def _sentences(
    verbose: bool, finder: tuple[str, Callable[[str], list[tuple[int, int]]]] | None = None
) -> tuple[str, Tally]:
    name, find = finder or _sentence_finder()
    gold: list[dict[str, Any]] = json.loads(
        (SENTENCES / "sentences.gold.json").read_text(encoding="utf-8")
    )
    tally = Tally()
    for entry in gold:
        sentence = entry["sentence"]
        loaded = [_places(sentence, piece) for piece in entry["loaded"]]
        found = find(sentence)
        for start, end in found:
            span = Span(start, end, sentence[start:end])
            if any(_overlaps(span, places) for places in loaded):
                tally.true += 1
            else:
                tally.false += 1
                if verbose:
                    print(f"    false  line {entry['line']}: {span.text!r}")
        for piece, places in zip(entry["loaded"], loaded, strict=True):
            tally.gold += 1
            spans = [Span(s, e, "") for s, e in found]
            if any(_overlaps(span, places) for span in spans):
                tally.found += 1
            elif verbose:
                print(f"    missed line {entry['line']}: {piece!r}")
    return name, tally


def main() -> None:
    """Print precision and recall on the pairs (two halves and all) and on the sentence set."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    parser.add_argument("--set", choices=SETS[1:], help="score a later blind set instead")
    parser.add_argument("--lexicons", action="store_true", help="compare the lexicons alone")
    args = parser.parse_args()
    verbose, set_name = args.verbose, args.set
    numbers = [name.removeprefix("pair") for name in pair_names(set_name or "independent")]
    halves = {"odd": Tally(), "even": Tally(), "held-out": Tally()}
    total, prominence = Tally(), 0
    print(f"pairs with gold: {' '.join(numbers)}")
    for number in numbers:
        tally, extra = _pair(number, verbose)
        prominence += extra
        print(f"  pair{number}  {tally.line()}")
        halves["odd" if int(number) % 2 else "even"].add(tally)
        if number in HELD_OUT:
            halves["held-out"].add(tally)
        total.add(tally)
    if set_name:
        print(f"{set_name + ' pairs':<16} {total.line()}")
        return
    for half, tally in halves.items():
        print(f"{half + ' pairs':<16} {tally.line()}")
    print(f"{'all pairs':<16} {total.line()}   (+{prominence} prominence items, not scored)")
    name, tally = _sentences(verbose)
    print(f"{'sentences':<16} {tally.line()}   [{name}]")
    if args.lexicons:
        for finder in _lexicon_finders():
            name, tally = _sentences(False, finder)
            print(f"{'sentences':<16} {tally.line()}   [{name}, alone]")


if __name__ == "__main__":
    main()
