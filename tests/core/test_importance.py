"""Importance and nesting on the sample pair: what an editor must see, and where it sits."""

from __future__ import annotations

from tui.core.models import Comparison, FigureMatch, FramingShift, QuoteMatch
from tui.core.navigation import related_finding
from tui.core.text.headline import headline_sentence


def test_altered_quotes_are_major_and_passages_holding_quotes_are_major(
    sample_comparison: Comparison,
) -> None:
    comparison = sample_comparison
    by_id = {d.id: d for d in comparison.differences}
    altered = [
        d
        for d in comparison.differences
        if d.finding is not None
        and d.finding.list == "quotes"
        and comparison.quotes[d.finding.index].status == "altered"
    ]
    assert altered and all(d.importance == "major" for d in altered)
    nested = [d for d in comparison.differences if d.within is not None]
    assert nested, "one-source quotes of the sample sit inside one-source passages"
    for item in nested:
        passage = by_id[item.within or ""]
        assert passage.kind == "unique"
        span, outer = (item.a, passage.a) if item.a is not None else (item.b, passage.b)
        assert span is not None and outer is not None
        assert outer.start <= span.start < outer.end
        if item.kind == "quote":
            assert passage.importance == "major"


def test_re_wordings_are_minor(
    sample_comparison: Comparison,
) -> None:
    comparison = sample_comparison
    wording = [d for d in comparison.differences if d.kind == "wording"]
    assert wording and all(d.importance == "minor" for d in wording)


def test_every_quote_figure_and_framing_difference_points_at_its_finding(
    sample_comparison: Comparison,
) -> None:
    comparison = sample_comparison
    for difference in comparison.differences:
        if difference.kind in ("quote", "number", "framing"):
            assert difference.finding is not None
            entry = related_finding(comparison, difference)
            assert isinstance(entry, QuoteMatch | FigureMatch | FramingShift)
            side = difference.a if difference.a is not None else difference.b
            found = entry.a if difference.a is not None else entry.b
            assert side is not None and found is not None
            assert side.start <= found.start < side.end or found.start <= side.start < found.end


def test_reuse_of_the_sample_rewrite_is_high_and_its_split_sums_to_one(
    sample_comparison: Comparison,
) -> None:
    reuse = sample_comparison.reuse
    assert reuse is not None
    assert reuse.a_in_b > 0.7 and reuse.b_in_a > 0.7
    assert abs(reuse.verbatim + reuse.edited + reuse.paraphrased - 1) < 0.01


def test_the_sample_headline_is_its_first_article_line(
    sample_comparison: Comparison,
) -> None:
    comparison = sample_comparison
    sid = headline_sentence(comparison.a)
    assert sid is not None
    assert comparison.a.sentences[sid].text.startswith("China’s Xi to host South Korea’s Lee")


def test_reuse_of_one_huge_sentence_a_side_is_measured_by_its_words() -> None:
    """Past 20,000 characters the texts are compared by their words (the character measure
    costs the product of the lengths: minutes here), so the same words in another order are
    all shared; bench/bench_odd_inputs.py prints the time."""
    from tests.factories import segmented
    from tui.core.align.reuse import measure_reuse
    from tui.core.models import AlignedGroup, Alignment

    words = [f"w{i % 5000}" for i in range(60_000)]
    a = segmented(" ".join(words))
    b = segmented(" ".join(reversed(words)))
    group = AlignedGroup(tuple(s.id for s in a.sentences), tuple(s.id for s in b.sentences), 1.0)
    reuse = measure_reuse(a, b, Alignment((group,), (), ()))
    assert reuse.a_in_b == 1.0 and reuse.verbatim == 1.0


def test_the_day_of_a_dateline_does_not_make_a_one_source_lede_major() -> None:
    # A's lede opens with a dateline; B tells the decision in other words. The filing day
    # is when the wire story was sent, not a fact that B leaves out: on its own it does not
    # make the one-source lede something the editor must see.
    from tests.factories import segmented
    from tui.core.compare import compare
    from tui.core.text.dateline import dateline_date

    a = segmented(
        "Ardenian central bank lifts key rate to 4.75%\n\n"
        "VELDHAVEN, Nov 14 - The Central Bank of Ardenia raised its benchmark rate on "
        "Thursday, as policymakers sought to rein in stubborn inflation.\n\n"
        "Estate agents warned that buyers would hold back.",
        "a.txt",
    )
    b = segmented(
        "Rate rise blow for homeowners\n\n"
        "Millions of homeowners face higher mortgage bills after yet another increase.\n\n"
        "Estate agents warned that buyers would hold back.",
        "b.txt",
    )
    assert dateline_date("VELDHAVEN, Nov 14 - The Central Bank") == (11, 17)
    assert dateline_date("The bank said on Nov 14 - it would act") is None
    comparison = compare(a, b)
    lede = [
        d
        for d in comparison.differences
        if d.kind == "unique" and d.a is not None and d.a.text.startswith("VELDHAVEN")
    ]
    assert lede and lede[0].importance == "minor"
    filed = [d for d in comparison.differences if d.kind == "number" and d.within == lede[0].id]
    assert filed, "the day is still listed, inside the passage"


def test_a_sentence_perhaps_told_another_way_is_a_minor_passage_not_one_sided() -> None:
    # Two outlets on one riot: A's sentence on the petrol bombs has a likely counterpart in
    # B's lede ("hurled Molotov cocktails"), which tells it among other things. No group
    # takes it; it is neither one-sided nor hidden: a minor passage that names B's
    # likeliest sentence.
    from tests.gold.gold import load_independent_gold
    from tui.core.compare import compare
    from tui.core.report.json_output import comparison_to_dict

    gold = load_independent_gold("pair01")
    comparison = compare(gold.a, gold.b)
    alignment = comparison.alignment
    partial = dict(alignment.partial_a)
    bombs = next(i for i in partial if "petrol bombs" in gold.a.sentences[i].text)
    assert bombs not in alignment.only_a
    assert "Molotov cocktails" in gold.b.sentences[partial[bombs]].text
    start = gold.a.sentences[bombs].start
    (passage,) = [d for d in comparison.differences if d.a is not None and d.a.start == start]
    assert passage.kind == "unique" and passage.importance == "minor"
    assert passage.summary.startswith("Perhaps only in A: “Groups of masked men")
    assert "B may tell it another way" in passage.summary
    assert {"id": bombs, "like": partial[bombs]} in comparison_to_dict(comparison)["partial_a"]


def test_a_rewrite_has_no_sentence_perhaps_told_another_way(
    sample_a: object, sample_b: object
) -> None:
    # In a rewrite the aligner finds nearly every counterpart: a sentence left over is one
    # the other source dropped, and it stays one-sided.
    from tui.core.align import align
    from tui.core.models import Document

    assert isinstance(sample_a, Document) and isinstance(sample_b, Document)
    alignment = align(sample_a, sample_b)
    assert alignment.only_a and alignment.only_b
    assert alignment.partial_a == () and alignment.partial_b == ()
