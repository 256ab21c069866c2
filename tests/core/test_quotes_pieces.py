"""A quotation one source runs as one stretch and the other gives in pieces: words are
dropped or added only when the other source quotes them nowhere."""

from __future__ import annotations

from tests.factories import unsegmented
from tui.core.models import Alignment, QuoteMatch
from tui.core.quotes import compare_quotes, quote_differences
from tui.core.quotes.names import same_person

NO_ALIGNMENT = Alignment(groups=(), only_a=(), only_b=())


def _compare(text_a: str, text_b: str) -> tuple[QuoteMatch, ...]:
    return compare_quotes(unsegmented(text_a, "a.txt"), unsegmented(text_b, "b.txt"), NO_ALIGNMENT)


def _summaries(text_a: str, text_b: str) -> list[str]:
    a, b = unsegmented(text_a, "a.txt"), unsegmented(text_b, "b.txt")
    return [d.summary for d in quote_differences(a, b, compare_quotes(a, b, NO_ALIGNMENT))]


ONE_STRETCH = (
    "Cllr Diane Marsh added: “Library services in Eastgate are not disappearing. They are "
    "changing. Residents will still be able to borrow books and use computers.”"
)


def test_a_quotation_interrupted_by_its_reporting_clause_drops_only_what_is_quoted_nowhere() -> (
    None
):
    interrupted = (
        "“Library services in Eastgate are not disappearing,” Diane Marsh told the chamber. "
        "“They are changing.”"
    )
    matches = [m for m in _compare(ONE_STRETCH, interrupted) if m.status != "same"]
    assert [(m.status, m.b.text if m.b else None, m.dropped) for m in matches] == [
        (
            "shortened",
            "Library services in Eastgate are not disappearing",
            ("Residents will still be able to borrow books and use computers",),
        )
    ]
    assert _summaries(ONE_STRETCH, interrupted) == [
        "Quote shortened in B (Diane Marsh): drops “Residents will still be able to borrow "
        "books and use computers”"
    ]


def test_every_word_quoted_in_some_piece_is_the_same_quotation() -> None:
    pieces = (
        "“Library services in Eastgate are not disappearing,” Diane Marsh told the chamber. "
        "“They are changing.”\n\nLater she said: “Residents will still be able to borrow books "
        "and use computers.”"
    )
    assert {m.status for m in _compare(ONE_STRETCH, pieces)} == {"same"}
    assert _summaries(ONE_STRETCH, pieces) == []


def test_the_piece_that_quotes_part_of_a_sentence_reports_what_that_sentence_lost() -> None:
    a = (
        "Ms Donnelly said: “For too long, young people have been told that a home of their own "
        "is a dream for somebody else. This plan changes that. We are going to build, and we "
        "are going to build at a scale this country has not seen since the 1960s.”"
    )
    b = (
        "Claire Donnelly said the programme would build homes “at a scale this country has not "
        "seen since the 1960s”.\n\n“For too long, young people have been told that a home of "
        "their own is a dream for somebody else,” Ms Donnelly said. “This plan changes that.”"
    )
    changed = [m for m in _compare(a, b) if m.status != "same"]
    assert [(m.status, m.b.text if m.b else None, m.dropped) for m in changed] == [
        (
            "shortened",
            "at a scale this country has not seen since the 1960s",
            ("We are going to build and we are going to build",),
        )
    ]


def test_a_piece_that_runs_on_past_the_other_quotation_is_extended_by_its_new_words() -> None:
    a = (
        "“The quarter was cleaner than we expected. Lumeva is doing the heavy lifting, and the "
        "question for 2026 is pricing, not volume,” said Priya Raman, an analyst."
    )
    b = (
        "“The quarter was cleaner than we expected,” said Priya Raman, an analyst. But she "
        "cautioned that the drug could become a target. “Lumeva is doing the heavy lifting, and "
        "the question for 2026 is pricing, not volume. If Medicare picks this drug for "
        "negotiation, the numbers change.”"
    )
    changed = [m for m in _compare(a, b) if m.status != "same"]
    assert [(m.status, m.added) for m in changed] == [
        ("extended", ("If Medicare picks this drug for negotiation the numbers change",))
    ]


def test_a_split_piece_that_repeats_the_end_of_the_other_quotation_extends_it() -> None:
    a = "Kiptanui crossed the line first.\n\nHe added: “I came here to win. The record is a bonus.”"
    b = (
        "Kiptanui crossed the line first.\n\n“I came here to win,” he said. “The record is a "
        "bonus. Maybe next year I can go faster.”"
    )
    changed = [m for m in _compare(a, b) if m.status != "same"]
    assert [(m.status, m.b.text if m.b else None, m.added) for m in changed] == [
        (
            "extended",
            "The record is a bonus. Maybe next year I can go faster.",
            ("Maybe next year I can go faster",),
        )
    ]


def test_a_piece_split_off_with_words_of_its_own_stays_a_quotation_only_one_source_has() -> None:
    a = (
        "“Our priority right now is the people who are still in the water,” Rogelio Dacanay "
        "said. “We have four vessels and two helicopters in the area.”"
    )
    b = "“We have four vessels and two helicopters in the area,” Rogelio Dacanay said."
    assert [m.status for m in _compare(a, b)] == ["only_a", "same"]


def test_a_word_left_out_inside_a_quotation_stays_an_alteration_with_pieces_around() -> None:
    a = (
        "“Tonight Denmark has said clearly that it wants its borders back, its welfare back and "
        "its future back,” Rasmus Holt said."
    )
    b = (
        "Rasmus Holt said Denmark “has said clearly that it wants its borders back”. “Its "
        "welfare back. Its future back,” he said."
    )
    statuses = {m.b.text: m.status for m in _compare(a, b) if m.b is not None}
    assert statuses["Its welfare back. Its future back"] == "altered"


def test_a_first_name_cut_short_is_the_same_speaker_so_the_quotation_pairs() -> None:
    a = (
        "“We respect the court, but we believe this sentence is far out of proportion to the "
        "conduct,” Steven J. Kaplan said."
    )
    b = "“We believe this sentence is far out of proportion to the conduct,” Steve Kaplan said."
    [match] = _compare(a, b)
    assert match.status == "shortened"
    assert match.dropped == ("We respect the court but",)
    assert "attributed to" not in match.note
    assert not same_person("Steve Kaplan", "Stephanie Kaplan")
    assert not same_person("Steve Kaplan", "Steven Hall")


def test_words_another_named_person_quotes_do_not_stand_for_the_speakers_own() -> None:
    a = (
        "Diane Marsh said: “Library services are not disappearing. We cannot spend money on "
        "an empty building.”"
    )
    b = (
        "“Library services are not disappearing,” Diane Marsh said.\n\n"
        "“They say they cannot spend money on an empty building,” Tom Haldane said."
    )
    [match] = [m for m in _compare(a, b) if m.a is not None and m.b is not None]
    assert (match.status, match.dropped) == (
        "shortened",
        ("We cannot spend money on an empty building",),
    )


def test_an_alteration_names_only_the_words_the_other_source_quotes_nowhere() -> None:
    a = (
        "“The hotels are full, and we are glad of it. But the people who make the beds have to "
        "see some of this money too,” said Ana Ferreira."
    )
    b = (
        "“But the people who make the beds have to see some of this money too,” Ana Ferreira "
        "said.\n\n“The hotels are full and we are very glad of it,” she added."
    )
    assert _summaries(a, b) == ["Quote altered (Ana Ferreira): added “very”"]


def test_a_piece_opening_with_words_someone_else_says_in_the_other_source_stays_its_own() -> None:
    a = (
        "“We have four vessels in the area,” Rogelio Dacanay said. “Our priority right now is "
        "the people who are still in the water.”"
    )
    b = (
        "“We have four vessels in the area,” Rogelio Dacanay said.\n\n"
        "“It is our priority right now to reopen the port,” said Maria Cruz, the mayor."
    )
    statuses = [(m.status, m.a.text if m.a else None) for m in _compare(a, b)]
    assert ("only_a", "Our priority right now is the people who are still in the water.") in (
        statuses
    )


def test_two_cuts_from_one_sentence_that_lose_the_same_words_are_one_item() -> None:
    a = (
        "The council leader, Amira Haddad, said: “Frankly, the figures this spring have come "
        "in far below what we promised, and we think the service needs a new director to win "
        "back the public's trust.”"
    )
    b = (
        "Amira Haddad conceded the figures had come in “far below what we promised”.\n\n"
        "“We think the service needs a new director to win back the public's trust,” she said."
    )
    changed = [m for m in _compare(a, b) if m.status != "same"]
    assert [(m.status, m.b.text if m.b else None, m.dropped) for m in changed] == [
        (
            "shortened",
            "far below what we promised",
            ("Frankly the figures this spring have come in",),
        )
    ]
    assert len(_summaries(a, b)) == 1


def test_a_piece_told_in_other_words_does_not_make_the_other_piece_drop_them() -> None:
    # B splits one quotation in two and rewords the second piece: the rewording is that
    # piece's change; the first piece only adds its own opening clause.
    a = (
        "The harbour master expects delays. “We are looking at ten days before the backlog "
        "clears, and then the northern terminals get hit by every delayed ship at once.”"
    )
    b = (
        "“Even if the crane is fixed tonight, we are looking at ten days before the backlog "
        "clears,” said Maren Tveit, the harbour master. “And then the terminals up north get "
        "hit by every delayed ship at once.”"
    )
    changed = sorted(
        ((m.status, m.dropped, m.added) for m in _compare(a, b) if m.status != "same"),
        key=lambda item: item[0],
    )
    assert changed == [
        ("altered", ("northern",), ("up north",)),
        ("extended", (), ("Even if the crane is fixed tonight",)),
    ]
