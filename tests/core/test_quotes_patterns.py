"""Quotations on real-looking independent coverage: speakers, selective quoting and terms.

Each test is one pattern a careful judge found in real pairs (issue 12), on text written the
way two different outlets write the same story.
"""

from __future__ import annotations

import pytest

from tests.factories import segmented
from tui.core.models import Alignment, Document, QuoteMatch
from tui.core.quotes import compare_quotes, find_quotes, quote_differences

NO_ALIGNMENT = Alignment(groups=(), only_a=(), only_b=())


def _document(text: str, name: str = "a.txt") -> Document:
    return Document(path=name, title=None, text=text, sentences=())


def _speakers(text: str) -> list[tuple[str, str | None]]:
    return [(quote.text, quote.speaker) for quote in find_quotes(_document(text))]


def _pair(text_a: str, text_b: str) -> tuple[Document, Document, tuple[QuoteMatch, ...]]:
    a, b = _document(text_a), _document(text_b, "b.txt")
    return a, b, compare_quotes(a, b, NO_ALIGNMENT)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "“We will fix the buses by spring,” said a city hall spokesman, Tom Reyes.",
            "Tom Reyes",
            id="said a spokesman, Name",
        ),
        pytest.param(
            "Jane Doe, the mayor, said: “Nobody will lose their home over this.”",
            "Jane Doe",
            id="Name, the mayor, said: colon",
        ),
        pytest.param(
            "“The numbers do not add up,” according to Maria Lopez, a budget analyst.",
            "Maria Lopez",
            id="according to",
        ),
        pytest.param(
            "Senator Amy Hart spoke first. “We have the votes,” Hart told reporters.",
            "Amy Hart",
            id="Smith told reporters, surname expanded",
        ),
        pytest.param(
            "“Patients deserve to know,” Laura Pennington wrote on Twitter on Monday.",
            "Laura Pennington",
            id="wrote on Twitter: the platform is not the speaker",
        ),
        pytest.param(
            "“This is a gift to the wealthy,” Representative Andrea Whitlock of New York, "
            "the Democratic leader, said on the House floor.",
            "Andrea Whitlock",
            id="Name of Place: the place is not the speaker",
        ),
        pytest.param(
            "“For too long, Washington has taxed Americans twice,” said Rep. Jason T. Caldwell, "
            "the bill's sponsor.",
            "Jason T. Caldwell",
            id="middle initial does not end the sentence",
        ),
        pytest.param(
            "House Speaker Glenn Ashby, R-Findlay, said: “We made hard calls in a tight year.”",
            "Glenn Ashby",
            id="party and district between commas",
        ),
    ],
)
def test_common_attribution_forms(text: str, speaker: str) -> None:
    [(_, found)] = _speakers(text)
    assert found == speaker


def test_he_said_after_a_body_is_the_last_named_person() -> None:
    text = (
        "Finance Minister Paul Strand defended the plan on Wednesday. The repairs will cost "
        "$40 million, the state audit office estimated. “We will fix it,” he said."
    )
    assert _speakers(text) == [("We will fix it", "Paul Strand")]


def test_she_said_is_the_woman_named_last_not_the_last_speaker() -> None:
    text = (
        "“They can send as many letters as they like,” Gabriel Ortiz said.\n\n"
        "Laura Pennington, 44, said she had not decided to go public lightly.\n\n"
        "“Patients deserve to know what the company knew,” she said."
    )
    assert _speakers(text)[-1] == (
        "Patients deserve to know what the company knew",
        "Laura Pennington",
    )


def test_she_said_after_a_sentence_naming_her_is_hers() -> None:
    text = (
        "“It passed,” said Dale Brenner.\n\n"
        "House Minority Leader Andrea Whitlock (D-N.Y.) claimed the bill was a giveaway. "
        "“Republicans just voted to hand a gift to the wealthiest families,” she said."
    )
    assert _speakers(text)[-1][1] == "Andrea Whitlock"


def test_a_body_and_its_spokesperson_are_not_two_speakers() -> None:
    a, b, matches = _pair(
        "“We are clear that these numbers remain far too high,” the Home Office said.",
        "“We are clear that these numbers remain far too high,” said Tom Reyes, a Home "
        "Office spokesman.",
    )
    assert [m.status for m in matches] == ["same"]
    assert "attributed" not in matches[0].note
    assert quote_differences(a, b, matches) == ()


def test_a_pronoun_speaker_never_makes_an_attribution_change() -> None:
    _, _, matches = _pair(
        "Laura Pennington posted the files. “Patients deserve to know,” Pennington wrote.",
        "Gabriel Ortiz spoke to the board.\n\nThe nurse, 44, was first. “Patients deserve to "
        "know,” she said.",
    )
    assert [m.status for m in matches] == ["same"]
    assert "attributed" not in matches[0].note


def test_two_named_people_with_the_same_words_is_an_attribution_change() -> None:
    _, _, matches = _pair(
        "“Prices will keep rising this year,” Jerome Powell said on Wednesday.",
        "“Prices will keep rising this year,” Janet Yellen said on Wednesday.",
    )
    assert matches[0].note == "attributed to Jerome Powell in A, Janet Yellen in B"


def test_quotes_by_different_people_sharing_words_are_not_one_altered_quote() -> None:
    _, _, matches = _pair(
        "“We will be back here in January,” union president Denise Farrow said.",
        "“We will not be back here, the budget is settled,” Budget Director Paul Strand said.",
    )
    assert sorted(m.status for m in matches) == ["only_a", "only_b"]


def test_cut_short_quotation_is_shortened_with_the_dropped_words() -> None:
    a, b, matches = _pair(
        "“This budget takes money out of every pocket and every paycheck,” Teresa Holloway said.",
        "Teresa Holloway said “this budget takes money out of every pocket”.",
    )
    [match] = matches
    assert match.status == "shortened"
    assert match.dropped == ("and every paycheck",)
    [difference] = quote_differences(a, b, matches)
    assert difference.summary == (
        "Quote shortened in B (Teresa Holloway): drops “… and every paycheck”"
    )


def test_clause_added_before_is_extended_with_the_added_words() -> None:
    _, _, matches = _pair(
        "“Nearly £28m of public money has gone up in smoke,” said Rachel Dunmore.",
        "“This is a scandal. Nearly £28million of public money has gone up in smoke,” said "
        "Rachel Dunmore.",
    )
    [match] = matches
    assert match.status == "extended"
    assert "This is a scandal" in match.added


def test_reworded_edge_of_a_cut_is_still_shortened() -> None:
    _, _, matches = _pair(
        "“We were not going to raid the rainy-day fund to do it,” said Paul Strand.",
        "Paul Strand said the state “was not going to raid” its reserves.",
    )
    assert [m.status for m in matches] == ["shortened"]


def test_a_word_of_a_longer_quotation_is_shortened_not_one_sided() -> None:
    a = _document(
        "“The court has made its decision. Kestria is a sovereign state and its courts are "
        "independent,” Viktor Salnikov said."
    )
    b = _document("Viktor Salnikov said the courts were “independent”.", "b.txt")
    matches = compare_quotes(a, b, NO_ALIGNMENT)
    assert [(m.status, m.b.text if m.b else None) for m in matches] == [
        ("shortened", "independent")
    ]


def test_two_fragments_of_one_quotation_both_pair_with_it() -> None:
    a = _document(
        "“The death tax is immoral, it is un-American, and it punishes farmers,” said Jason "
        "Caldwell."
    )
    b = _document("Jason Caldwell called the tax “immoral” and said it was “un-American”.", "b.txt")
    matches = compare_quotes(a, b, NO_ALIGNMENT)
    assert [(m.status, m.b.text if m.b else None) for m in matches] == [
        ("shortened", "immoral"),
        ("shortened", "un-American"),
    ]


def test_quotation_told_in_two_pieces_is_the_same() -> None:
    _, _, matches = _pair(
        "“This isn’t about family farms,” she said. “Name me the family farm.”",
        "“This isn’t about family farms. Name me the family farm,” she said.",
    )
    assert {m.status for m in matches} == {"same"}


def test_unattributed_scare_quote_is_a_term_not_a_one_sided_quotation() -> None:
    a, b, matches = _pair(
        "The minister promised to end the “pull factors” that draw migrants.",
        "The minister promised to cut crossings.",
    )
    assert [m.status for m in matches] == ["only_a"]
    assert quote_differences(a, b, matches) == ()


def test_named_term_is_not_a_part_of_a_quotation() -> None:
    a, b, matches = _pair(
        "“The death tax is immoral,” said Jason Caldwell.",
        "Republicans often refer to the levy as the “death tax”.",
    )
    assert sorted(m.status for m in matches) == ["only_a", "only_b"]
    assert [d.summary for d in quote_differences(a, b, matches)] == [
        "Quote only in A (Jason Caldwell): “The death tax is immoral”"
    ]


def test_attributed_word_in_marks_is_a_quotation() -> None:
    a, b, matches = _pair(
        "On Friday, Beijing called her a “hypocrite”.",
        "Beijing criticised her on Friday.",
    )
    [difference] = quote_differences(a, b, matches)
    assert difference.summary == "Quote only in A (Beijing): “hypocrite”"


def test_british_quotation_over_paragraphs_in_single_marks() -> None:
    text = (
        "Matthew Gorst said: ‘These figures are a damning verdict on a government.\n\n"
        "‘Every week that goes by, the boats keep coming.’"
    )
    assert _speakers(text) == [
        ("These figures are a damning verdict on a government.", "Matthew Gorst"),
        ("Every week that goes by, the boats keep coming.", "Matthew Gorst"),
    ]


def test_a_speaker_described_after_the_is_the_person_named_before() -> None:
    text = (
        "“We will appeal,” said the manager, Marco Venturi, on Friday.\n\n"
        "“I found out like everybody else, on my phone,” said the Italian, who joined in June."
    )
    assert [speaker for _, speaker in _speakers(text)] == ["Marco Venturi", "Marco Venturi"]


def test_a_title_case_headline_lends_no_words_to_a_speaker_s_name() -> None:
    text = (
        "President Margaret Ashby Resigns After Plagiarism Scandal\n\n"
        "Margaret Ashby resigned on Monday.\n\n"
        'In a letter, Ashby said "my leadership has become a distraction."\n'
    )
    quotes = find_quotes(segmented(text))
    assert [(q.text, q.speaker) for q in quotes] == [
        ("my leadership has become a distraction.", "Margaret Ashby")
    ]


def test_a_quotation_in_british_and_in_american_spelling_is_the_same() -> None:
    _, _, matches = _pair(
        '"I will not ask anyone to apologise for voting for us," Holt said.',
        '"I will not ask anyone to apologize for voting for us," Holt said.',
    )
    assert [match.status for match in matches] == ["same"]


@pytest.mark.parametrize(
    "text",
    [
        '"We will listen," said Labour leader Keir Starmer.',
        '"We will listen," said Republican strategist Keir Starmer.',
    ],
)
def test_a_party_word_before_the_role_is_not_the_speaker(text: str) -> None:
    assert _speakers(text) == [("We will listen", "Keir Starmer")]


def test_a_reply_by_a_described_speaker_is_not_the_questioner_s() -> None:
    text = (
        'Jon Feld told the hearing that the company "takes safety seriously."\n\n'
        "Sen. Wade Pruitt asked whether Feld would pay the families, and the tycoon "
        'coldly replied that it was "a matter for the courts."\n'
    )
    assert _speakers(text)[1] == ("a matter for the courts.", "Jon Feld")


def test_an_upper_case_sub_head_lends_no_words_to_the_name_below_it() -> None:
    text = (
        "Jon Feld testified for three hours.\n\nNUMBERS GAME\n\n"
        'Feld said the company had "more people on safety than ever before."\n'
    )
    assert _speakers(text) == [("more people on safety than ever before.", "Jon Feld")]


def test_a_so_called_term_is_a_term_even_after_a_reporting_verb() -> None:
    a, b, matches = _pair(
        "Charities claimed the rise was driven by wars, not so-called ‘pull factors’.",
        "Charities said wars drove the rise.",
    )
    assert [m.status for m in matches] == ["only_a"]
    assert quote_differences(a, b, matches) == ()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Peru lies on the Pacific “Ring of Fire” and is hit often.", id="a name"),
        pytest.param(
            "Protesters said they came with signs reading “No Bus, No Job” to the capitol.",
            id="a slogan",
        ),
        pytest.param(
            "The inquiry will report in May.\n\n‘Lessons will be learned’\n\nThe minister said "
            "the review would be independent.",
            id="a crosshead",
        ),
    ],
)
def test_names_slogans_and_crossheads_in_marks_are_not_one_sided_quotations(text: str) -> None:
    a, b, matches = _pair(text, "The minister promised a review.")
    assert [m.status for m in matches] == ["only_a"]
    assert quote_differences(a, b, matches) == ()


def test_a_sentence_in_capitals_that_someone_said_stays_a_quotation() -> None:
    a, b, matches = _pair(
        "“Lessons will be learned,” the minister said.\n\n‘Lessons will be learned.’",
        "The minister promised a review.",
    )
    assert [d.summary for d in quote_differences(a, b, matches)] == [
        "Quote only in A: “Lessons will be learned”",
        "Quote only in A: “Lessons will be learned.”",
    ]


def test_dotted_and_plain_abbreviations_are_one_word_so_a_cut_is_shortened() -> None:
    _, _, matches = _pair(
        "“If the F.B.I. wants to look at the contract, I welcome it. They will find a clean "
        "process,” said Frank Kessler.",
        "“If the FBI wants to look at the contract, I welcome it,” Frank Kessler said.",
    )
    [match] = matches
    assert match.status == "shortened"
    assert match.dropped == ("They will find a clean process",)


def test_a_quotation_a_source_repeats_is_not_one_sided_where_the_other_has_it() -> None:
    a, b, matches = _pair(
        "Vane wins, promising “a fresh start”\n\nVane promised a “fresh start” for the party.",
        "In her speech, Vane promised a “fresh start”.",
    )
    assert [m.status for m in matches] == ["only_a", "same"]
    assert quote_differences(a, b, matches) == ()


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "“This fire is moving faster than our crews,” Chief Brian Kessler of Cal Fire's "
            "Amador-El Dorado Unit said at a briefing.",
            "Brian Kessler",
            id="Name of a long body said",
        ),
        pytest.param(
            "“Every figure is a person,” said Amira Haddad, who runs the Sanctuary Trust.\n\n"
            "She said decisions were slow. “Hotels are expensive because decisions are "
            "slow,” she said.",
            "Amira Haddad",
            id="no name runs over a full stop",
        ),
        pytest.param(
            "Kingsbridge played in the Champions League last season.\n\nThe Premier League "
            "said it “welcomes the independent commission’s decision” and noted an appeal.",
            "Premier League",
            id="a title word inside a body's name",
        ),
        pytest.param(
            "The union leader spoke last, and told a rally outside Leeds General Infirmary: "
            "“Nobody becomes a nurse to stand on a picket line in the rain.”",
            None,
            id="a place after a preposition",
        ),
    ],
)
def test_bodies_places_and_sentence_ends_are_read_as_such(text: str, speaker: str | None) -> None:
    assert _speakers(text)[-1][1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "The mayor, Jane Doe, said: “Nobody will lose their home over this.”",
            "Jane Doe",
            id="the mayor, Name, said: before",
        ),
        pytest.param(
            "“Nobody will lose their home over this,” the mayor, Jane Doe, said.",
            "Jane Doe",
            id="the mayor, Name, said after",
        ),
        pytest.param(
            "The union's general secretary, Siobhan Carty, insisted the offer was “a pay cut "
            "in disguise”.",
            "Siobhan Carty",
            id="a name set off by commas before a quoted phrase",
        ),
        pytest.param(
            "Daniel Reeve has been jailed for 20 months. “It is unjust,” said Aurel Movsar.\n\n"
            "Reeve's sister, Laura Reeve, said the family was grateful.\n\n"
            "“But words are not enough,” she said.",
            "Laura Reeve",
            id="she after a sister named like her brother",
        ),
    ],
)
def test_a_name_set_off_by_commas_after_what_the_person_is(text: str, speaker: str) -> None:
    assert _speakers(text)[-1][1] == speaker


def test_one_quotation_cut_at_different_ends_is_one_altered_quotation() -> None:
    a, b, matches = _pair(
        "“But words are not enough. Daniel has now spent 20 months in a prison for a crime he "
        "did not commit,” Laura Reeve said.",
        "“We are grateful the Foreign Secretary raised Daniel’s case, but words are not "
        "enough,” Laura Reeve said.",
    )
    [match] = matches
    assert match.status == "altered"
    [difference] = quote_differences(a, b, matches)
    assert difference.summary.startswith("Quote altered (Laura Reeve): added “We are grateful")


def test_two_people_ending_and_starting_with_the_same_words_are_not_paired() -> None:
    _, _, matches = _pair(
        "“We fought hard, and we will not back down now,” said Jane Doe.",
        "“We will not back down now, whatever the cost,” said Tom Reyes.",
    )
    assert sorted(m.status for m in matches) == ["only_a", "only_b"]
