"""Navigation a journalist relies on: filters, stepping, counterparts, search, summaries."""

from __future__ import annotations

from dataclasses import replace

from tests.factories import difference, segmented, span
from tui.core.models import (
    AlignedGroup,
    Alignment,
    Comparison,
    Document,
    Figure,
    FigureMatch,
    Finding,
    Quote,
    QuoteMatch,
)
from tui.core.navigation import (
    counterparts,
    filter_counts,
    filtered_indices,
    related_finding,
    search_hits,
    sentence_at,
    step_difference,
    step_hit,
    summarise,
)

TEXT_A = (
    "Chinese President Xi Jinping will host South Korean President Lee Jae Myung on Sunday. "
    "Around 28,500 US troops are stationed in South Korea.\n\n"
    "Analysts call the visit a calculated move. "
    "“We will work together,” Lee said."
)
TEXT_B = (
    "Chinese President Xi Jinping will host South Korean President Lee Jae Myung on Sunday. "
    "The trip follows a summit in Gyeongju in November. "
    "Around 28,000 US troops are stationed in South Korea.\n\n"
    '"We will work closely together," Lee told reporters.'
)


def _comparison() -> Comparison:
    a = segmented(TEXT_A, "a.txt")
    b = segmented(TEXT_B, "b.txt")
    assert len(a.sentences) == 4 and len(b.sentences) == 4
    alignment = Alignment(
        groups=(
            AlignedGroup((0,), (0,), 1.0),
            AlignedGroup((1,), (2,), 0.9),
            AlignedGroup((3,), (3,), 0.7),
        ),
        only_a=(2,),
        only_b=(1,),
    )
    quote = QuoteMatch(
        "altered",
        Quote(*_range(a, "“We will work together,”"), speaker="Lee"),
        Quote(*_range(b, '"We will work closely together,"'), speaker="Lee"),
    )
    figure = FigureMatch(
        "conflict",
        Figure(*_range(a, "28,500"), value=28500.0),
        Figure(*_range(b, "28,000"), value=28000.0),
    )
    differences = (
        replace(
            difference("number", span(a, "28,500"), span(b, "28,000"), "28,500 vs 28,000"),
            finding=Finding("numbers", 0),
        ),
        difference("unique", span(a, a.sentences[2].text), None, "Only A: calculated move"),
        replace(
            difference(
                "quote",
                span(a, "“We will work together,”"),
                span(b, '"We will work closely together,"'),
                "Lee's quote gained a word",
            ),
            finding=Finding("quotes", 0),
        ),
        difference("unique", None, span(b, b.sentences[1].text), "Only B: Gyeongju summit"),
    )
    return Comparison(a, b, alignment, quotes=(quote,), figures=(figure,), differences=differences)


def _range(document: Document, needle: str) -> tuple[int, int, str]:
    start = document.text.index(needle)
    return start, start + len(needle), needle


def test_filters_show_only_their_kind_and_count_each() -> None:
    comparison = _comparison()
    assert filtered_indices(comparison.differences, "unique") == (1, 3)
    assert filtered_indices(comparison.differences, "all") == (0, 1, 2, 3)
    assert filter_counts(comparison.differences) == {
        "all": 4,
        "unique": 2,
        "quote": 1,
        "number": 1,
        "framing": 0,
        "wording": 0,
    }


def test_step_difference_moves_within_the_filter_and_wraps() -> None:
    differences = _comparison().differences
    assert step_difference(differences, "all", None, 1) == 0
    assert step_difference(differences, "all", 0, 1) == 1
    assert step_difference(differences, "unique", 0, 1) == 1
    assert step_difference(differences, "unique", 1, 1) == 3
    assert step_difference(differences, "unique", 3, 1) == 1
    assert step_difference(differences, "unique", 1, -1) == 3
    assert step_difference(differences, "unique", 2, -1) == 1
    assert step_difference(differences, "all", None, -1) == 3
    assert step_difference(differences, "framing", 0, 1) is None


def test_counterpart_of_a_unique_sentence_holds_the_last_aligned_one() -> None:
    comparison = _comparison()
    pairs = counterparts(comparison)
    assert pairs.of("a", 0) == 0
    assert pairs.of("a", 1) == 2
    assert pairs.of("a", 2) == 2  # only in A: the B pane stays on the troops sentence
    assert pairs.of("b", 1) == 0  # only in B: the A pane stays on the opening sentence
    assert pairs.of("b", 3) == 3
    assert pairs.of("b", 99) is None


def test_sentence_at_finds_the_sentence_holding_an_offset() -> None:
    comparison = _comparison()
    troops = comparison.a.text.index("Around 28,500")
    assert sentence_at(comparison.a, troops + 10) == 1
    assert sentence_at(comparison.a, 0) == 0
    assert sentence_at(comparison.a, len(comparison.a.text)) == 3


def test_search_finds_both_sides_ignoring_case_and_quote_marks() -> None:
    comparison = _comparison()
    hits = search_hits(comparison, "us TROOPS")
    assert [h.side for h in hits] == ["a", "b"]
    assert comparison.a.text[hits[0].start : hits[0].end] == "US troops"
    quote_hits = search_hits(comparison, '"We will')
    assert [h.side for h in quote_hits] == ["a", "b"]
    first = quote_hits[0]
    assert comparison.a.text[first.start : first.end] == "“We will"
    assert search_hits(comparison, "   ") == ()
    assert search_hits(comparison, "[Lee]") == ()


def test_search_phrase_spans_a_paragraph_break() -> None:
    comparison = _comparison()
    hits = search_hits(comparison, "Korea. Analysts")
    assert len(hits) == 1 and hits[0].side == "a"


def test_step_hit_wraps_both_ways() -> None:
    assert step_hit(3, None, 1) == 0
    assert step_hit(3, 2, 1) == 0
    assert step_hit(3, 0, -1) == 2
    assert step_hit(0, None, 1) is None


def test_related_finding_links_quotes_and_figures() -> None:
    comparison = _comparison()
    number, unique, quote, _ = comparison.differences
    figure = related_finding(comparison, number)
    assert isinstance(figure, FigureMatch) and figure.b is not None and figure.b.value == 28000.0
    found_quote = related_finding(comparison, quote)
    assert isinstance(found_quote, QuoteMatch) and found_quote.status == "altered"
    assert related_finding(comparison, unique) is None


def test_summary_counts_what_the_header_shows() -> None:
    summary = summarise(_comparison())
    assert (summary.matched, summary.only_a, summary.only_b) == (3, 1, 1)
    assert (summary.quote_changes, summary.number_conflicts, summary.framing) == (1, 1, 0)


def test_sample_pair_search_finds_the_bracketed_name(sample_comparison: Comparison) -> None:
    hits = search_hits(sample_comparison, "[Lee]")
    assert hits and all(h.side == "b" for h in hits)
    hit = hits[0]
    assert sample_comparison.b.text[hit.start : hit.end] == "[Lee]"


def test_step_within_wraps_and_starts_from_a_difference_outside_the_list() -> None:
    from tui.core.navigation import step_within

    shown = (2, 5, 9)
    assert step_within(shown, None, 1) == 2
    assert step_within(shown, None, -1) == 9
    assert step_within(shown, 5, 1) == 9
    assert step_within(shown, 9, 1) == 2
    assert step_within(shown, 2, -1) == 9
    assert step_within(shown, 6, -1) == 5, "from a difference the filter hides"
    assert step_within(shown, 6, 1) == 9
    assert step_within((), 3, 1) is None
