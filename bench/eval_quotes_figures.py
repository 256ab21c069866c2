"""Print precision and recall of crosscheck's quote and figure items against the blind gold.

Run: ``.venv/bin/python bench/eval_quotes_figures.py`` (``-v`` lists every false and missed item;
``--pairs 01,05`` restricts the pairs). After the per-pair lines it prints the totals of the
pairs quotes and figures are tuned on (``TUNE``: 01 05 06 07 08 09 10 11 13 14), of the
held-out pairs (``HELD``: 02 03 04 12 15 16) and of all (``ALL``).

Data: the independent-coverage pairs in ``tests/data/pairs/independent/`` that have a gold file
``pairNN.gold.json`` (written by a helper who saw neither the code nor the briefs; fields
``quotes``, ``not_quotes`` and ``figures``, see ``/work/evalwork/gold/SPEC.md``).

The matching rule, in full (it is deliberately simple; read the caveats):

* Texts are compared as word sequences: marks, dashes, case, punctuation and a possessive
  "'s" folded ("a decade's notice" holds "a decade"), so
  ``“$1.1 billion,”`` and ``$1.1 billion`` are the same words. A reported text *fits* a gold text
  when either word sequence contains the other (a reported ``1,200`` fits gold ``about 1,200
  people``; a reported quotation fits the gold quotation it is part of, or that is part of it).
* A reported item fits a gold item when every side the report gives fits the gold item's text on
  that side, and, for a two-sided report, the gold item has both sides (a report that pairs A's
  quotation with the wrong B quotation fits nothing).
* When a reported item fits several gold items (the same "Tuesday" in two facts), the one that
  makes it true is taken: lenient, because the gold names texts, not positions.
* Quotes: a reported ``quote`` difference is TRUE when it fits a gold quotation whose status is a
  difference (``altered``, ``shortened``, ``extended``, ``only_a``, ``only_b``) and the reported
  status equals the gold status. A report that says "attributed to X in A, Y in B" is true only
  when the gold gives two different speakers for that quotation, otherwise it is a FALSE
  ATTRIBUTION CHANGE (counted separately). The gold holds one ``speaker`` per quotation, so no
  gold item here is a speaker change. A report fitting a ``not_quotes`` entry is false.
* Figures: a reported ``number`` difference is TRUE when it fits a gold figure whose status is
  ``conflict``, or ``only_a``/``only_b`` with ``context: false``, and the reported status equals
  the gold status. Reports fitting ``same`` / ``equivalent`` facts (a hedge note, a currency) or
  ``context`` one-sided facts (a weekday only one source names) count as false.
* Anything that fits no gold item is false (unlisted figures, scare quotes, words in marks the
  annotator did not count as a quotation).
* Precision counts the TOP-LEVEL items only (``within`` is None): what a journalist steps through.
  Items nested in a one-source passage are shown inside it and counted as ``nested``.
* Recall: a gold difference item is found when some reported item (top-level or nested) fits it
  with the right status. Denominator: every gold difference item of the kind.

Caveats: the fit is by text, so a reported figure whose words occur in two facts is credited to
the one that makes it true; quotations split over paragraphs are one gold item and may be several
reported ones (each is judged on its own).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.gold.gold import SETS, independent_paths, pair_names, read_independent_gold
from tui.core.compare import compare_sources
from tui.core.models import Comparison, Difference
from tui.core.text.words import fold_marks

#: The pairs quotes and figures are tuned on; the rest (02 03 04 12 15 16) are held out.
TUNING = frozenset({"01", "05", "06", "07", "08", "09", "10", "11", "13", "14"})
QUOTE_DIFFERENCES = frozenset({"altered", "shortened", "extended", "only_a", "only_b"})
FIGURE_DIFFERENCES = frozenset({"conflict", "only_a", "only_b"})
_POSSESSIVE = re.compile(r"[’']s$")
_WORD = re.compile(r"[\w$£€¥%]+(?:[.,’'/-][\w%]+)*")


def words(text: str | None) -> tuple[str, ...]:
    """Return the folded words of ``text`` (empty for None)."""
    if not text:
        return ()
    return tuple(_POSSESSIVE.sub("", w.lower()) for w in _WORD.findall(fold_marks(text)))


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    n = len(inner)
    return any(outer[i : i + n] == inner for i in range(len(outer) - n + 1))


def fits(reported: str | None, gold: str | None) -> bool:
    """Return True when two texts' word sequences contain one another."""
    first, second = words(reported), words(gold)
    if not first or not second:
        return False
    return _contains(first, second) or _contains(second, first)


@dataclass
class Tally:
    """Counts of one kind of item over one or more pairs."""

    reported: int = 0
    nested: int = 0
    nested_true: int = 0
    true: int = 0
    false_attribution: int = 0
    gold: int = 0
    found: int = 0
    false_items: list[str] = field(default_factory=list)
    missed_items: list[str] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        """Add another tally's counts to this one."""
        self.reported += other.reported
        self.nested += other.nested
        self.nested_true += other.nested_true
        self.true += other.true
        self.false_attribution += other.false_attribution
        self.gold += other.gold
        self.found += other.found

    def line(self) -> str:
        """Return the counts and the precision and recall, in one line."""
        precision = self.true / self.reported if self.reported else 1.0
        recall = self.found / self.gold if self.gold else 1.0
        extra = f"  false-attr {self.false_attribution}" if self.false_attribution else ""
        return (
            f"items {self.reported:>3} true {self.true:>3} (+{self.nested:>3} nested, "
            f"{self.nested_true:>3} true)  "
            f"precision {precision:.2f}  gold diffs {self.gold:>3}  found {self.found:>3}  "
            f"recall {recall:.2f}{extra}"
        )


def _sides(comparison: Comparison, difference: Difference) -> tuple[Any, Any, str]:
    pointer = difference.finding
    assert pointer is not None
    if pointer.list == "quotes":
        match = comparison.quotes[pointer.index]
        return match.a, match.b, match.status
    figure = comparison.figures[pointer.index]
    return figure.a, figure.b, figure.status


def _fitting(a: Any, b: Any, items: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    fitting = []
    for item in items:
        if a is not None and b is not None and (item["a"] is None or item["b"] is None):
            continue
        if a is not None and not fits(a.text, item["a"]):
            continue
        if b is not None and not fits(b.text, item["b"]):
            continue
        fitting.append(item)
    return fitting


def _shown(a: Any, b: Any) -> str:
    return f"A {a.text if a else None!r} | B {b.text if b else None!r}"


def judge_quotes(comparison: Comparison, gold: dict[str, Any]) -> Tally:
    """Return the tally of the comparison's quote items against the gold quotations."""
    tally = Tally()
    items = gold["quotes"]
    wanted = [item for item in items if item["status"] in QUOTE_DIFFERENCES]
    tally.gold = len(wanted)
    found: set[int] = set()
    for difference in comparison.differences:
        if difference.kind != "quote" or difference.finding is None:
            continue
        a, b, status = _sides(comparison, difference)
        attributed = "attributed to" in comparison.quotes[difference.finding.index].note
        fitting = _fitting(a, b, items)
        good = [
            item
            for item in fitting
            if item["status"] in QUOTE_DIFFERENCES
            and item["status"] == status
            and (not attributed or item["speaker_a"] != item["speaker_b"])
        ]
        found.update(id(item) for item in good)
        if not _counted_false(tally, difference, good):
            continue
        if attributed:
            tally.false_attribution += 1
        statuses = ",".join(item["status"] for item in fitting) or "no gold quotation"
        tally.false_items.append(f"{status:<9} gold {statuses:<12} {difference.summary[:110]}")
    tally.found = sum(1 for item in wanted if id(item) in found)
    tally.missed_items = [
        f"{item['status']:<9} A {item['a']!r} | B {item['b']!r}"
        for item in wanted
        if id(item) not in found
    ]
    return tally


def _counted_false(tally: Tally, difference: Difference, good: list[dict[str, Any]]) -> bool:
    """Count one reported item (nested or top-level, true or not); return True when it is a
    top-level item that no gold difference bears out."""
    if difference.within is not None:
        tally.nested += 1
        tally.nested_true += bool(good)
        return False
    tally.reported += 1
    if good:
        tally.true += 1
        return False
    return True


def _figure_is_difference(item: dict[str, Any]) -> bool:
    return item["status"] == "conflict" or (
        item["status"] in FIGURE_DIFFERENCES and not item["context"]
    )


def judge_figures(comparison: Comparison, gold: dict[str, Any]) -> Tally:
    """Return the tally of the comparison's number items against the gold figures."""
    tally = Tally()
    items = gold["figures"]
    wanted = [item for item in items if _figure_is_difference(item)]
    tally.gold = len(wanted)
    found: set[int] = set()
    for difference in comparison.differences:
        if difference.kind != "number" or difference.finding is None:
            continue
        a, b, status = _sides(comparison, difference)
        fitting = _fitting(a, b, items)
        good = [
            item for item in fitting if _figure_is_difference(item) and item["status"] == status
        ]
        found.update(id(item) for item in good)
        if not _counted_false(tally, difference, good):
            continue
        statuses = ",".join(
            item["status"] + ("/ctx" if item["context"] else "") for item in fitting
        )
        tally.false_items.append(
            f"{status:<9} gold {statuses or 'no gold figure':<14} {difference.summary[:110]}"
        )
    tally.found = sum(1 for item in wanted if id(item) in found)
    tally.missed_items = [
        f"{item['status']:<9} {item['what'][:40]!r}: A {item['a']!r} | B {item['b']!r}"
        for item in wanted
        if id(item) not in found
    ]
    return tally


def gold_pairs(
    only: Iterable[str] = (), set_name: str = "independent"
) -> list[tuple[str, Path, Path, dict[str, Any]]]:
    """Return (name, path A, path B, gold) of every pair with a gold file (or those in ``only``).

    The independent pairs, or the later blind set ``set_name`` ("fresh", "holdout").
    """
    wanted = set(only)
    pairs = []
    for name in pair_names(set_name):
        if wanted and name.removeprefix("pair") not in wanted and name not in wanted:
            continue
        path_a, path_b = independent_paths(name)
        pairs.append((name, path_a, path_b, read_independent_gold(name)))
    return pairs


def main() -> None:
    """Print per pair and overall precision and recall for quotes and figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list false and missed items")
    parser.add_argument("--pairs", default="", help="comma-separated pair numbers, e.g. 01,05")
    parser.add_argument("--set", default="independent", choices=SETS, help="the blind set to score")
    args = parser.parse_args()
    only = [p.strip() for p in args.pairs.split(",") if p.strip()]
    totals = {"quotes": Tally(), "figures": Tally()}
    parts = {(part, kind): Tally() for part in ("TUNE", "HELD") for kind in totals}
    for name, path_a, path_b, gold in gold_pairs(only, args.set):
        comparison = compare_sources(str(path_a), str(path_b))
        part = "TUNE" if name.removeprefix("pair") in TUNING else "HELD"
        for kind, judge in (("quotes", judge_quotes), ("figures", judge_figures)):
            tally = judge(comparison, gold)
            totals[kind].add(tally)
            parts[(part, kind)].add(tally)
            print(f"{name} {kind:<8} {tally.line()}")
            if args.verbose:
                for line in tally.false_items:
                    print(f"      false  {line}")
                for line in tally.missed_items:
                    print(f"      missed {line}")
    for (part, kind), tally in parts.items():
        if tally.gold or tally.reported:
            print(f"{part}   {kind:<8} {tally.line()}")
    for kind, tally in totals.items():
        print(f"ALL    {kind:<8} {tally.line()}")


if __name__ == "__main__":
    main()
