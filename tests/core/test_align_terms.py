"""Terms that carry across outlets' house styles: months and titles abbreviated or spelt out,
ordinals in words or digits, "per cent" and "percent", figures rounded half up."""

from __future__ import annotations

from tui.core.align import align
from tui.core.align.scoring import word_terms
from tui.core.models import LoadedText
from tui.core.text.document import build_document
from tui.core.text.words import words


def _terms(sentence: str) -> set[str]:
    return {term for word in words(sentence) for term in word_terms(word)}


def test_an_abbreviated_month_or_title_shares_the_term_of_the_word_spelt_out() -> None:
    assert "decemb" in _terms("The next policy meeting is scheduled for Dec. 8-9.")
    assert "decemb" in _terms("The Reserve Bank's board meets again in December.")
    assert _terms("Sen. Wade Pruitt asked whether Feld would resign.") & _terms(
        "The senator from South Carolina asked whether he would resign."
    ) >= {"senat", "resign"}
    assert word_terms("Feb") == word_terms("February")
    # "Mar." is left alone: "mar" is a verb far more often than March.
    assert word_terms("mar") != word_terms("March")


def test_an_ordinal_in_words_is_the_same_term_as_in_digits() -> None:
    assert "9th" in _terms("The administration is expected to ask the Ninth Circuit to step in.")
    assert "9th" in _terms("Any appeal would go to the San Francisco-based 9th U.S. Circuit.")
    assert word_terms("eleventh") == word_terms("11th")
    assert word_terms("twelfth") == word_terms("12th")
    assert word_terms("third") != word_terms("13th")


def test_per_cent_and_percent_share_a_term() -> None:
    assert "percent" in _terms("Some 105,000 members voted, a turnout of 71 per cent.")
    assert "percent" in _terms("Turnout was 71 percent of the party's members.")


def test_a_figure_on_a_half_rounds_up_so_both_precisions_share_it() -> None:
    # Round-half-to-even made "105,000" "~100000" and "105,204" "~110000".
    assert set(word_terms("105,204")) & set(word_terms("105,000"))
    assert set(word_terms("2.5")) & set(word_terms("3"))
    assert not set(word_terms("2.5")) & set(word_terms("2"))


def test_house_styles_no_longer_keep_a_sentence_from_its_counterpart() -> None:
    a = build_document(
        LoadedText(
            "a.txt",
            None,
            "Australia's central bank lifts rates to 4.10%\n\n"
            "The Reserve Bank of Australia raised its cash rate on Tuesday.\n\n"
            "Governor Michelle Holloway said inflation was still too high.\n\n"
            "The next policy meeting is scheduled for Dec. 8-9.",
        )
    )
    b = build_document(
        LoadedText(
            "b.txt",
            None,
            "The Reserve Bank just made your mortgage dearer\n\n"
            "The Reserve Bank of Australia lifted the cash rate on Tuesday.\n\n"
            "Families were already struggling with rents, Holloway conceded.\n\n"
            "The Reserve Bank's board meets again in December.",
        )
    )
    groups = [(g.a, g.b) for g in align(a, b).groups]
    assert ((3,), (3,)) in groups


def test_news_synonyms_share_a_class_term_and_an_exact_word_still_counts_more() -> None:
    assert "=captain" in _terms("The ferry's captain, who survived, was taken into custody.")
    assert "=captain" in _terms("The ferry's skipper, Rodel Abellana, 47, was detained.")
    assert _terms("The death toll rose to 31.") & _terms("Fatalities climbed to 31.") >= {
        "=death",
        "=rise",
    }
    # A word outside every class gives its own term only.
    assert word_terms("parliament") == ("parliament",)


def test_a_paraphrase_in_other_words_finds_its_counterpart_through_synonyms() -> None:
    a = build_document(
        LoadedText(
            "a.txt",
            None,
            "Ferry capsizes off Cebu, killing 31\n\n"
            "A passenger ferry capsized off the central Philippine island of Cebu on Sunday.\n\n"
            "The ferry's captain, who survived, was taken into police custody pending an "
            "investigation.\n\n"
            "The coast guard said the weather was fair when the vessel was cleared to sail.",
        )
    )
    b = build_document(
        LoadedText(
            "b.txt",
            None,
            "Dozens dead after ferry overturns near Cebu\n\n"
            "A ferry carrying more than 180 people overturned near Cebu on Sunday morning.\n\n"
            "Its skipper, who survived, was detained by police on Sunday night.\n\n"
            "Relatives waited at the pier in Hilongos for news.",
        )
    )
    groups = [(g.a, g.b) for g in align(a, b).groups]
    assert ((2,), (2,)) in groups
