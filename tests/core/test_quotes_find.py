"""Finding quotations and their speakers in real news sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.factories import unsegmented
from tui.core.models import Alignment, Document
from tui.core.quotes.compare import compare_quotes, find_quotes


def _found(text: str) -> list[tuple[str, str | None]]:
    quotes = find_quotes(unsegmented(text))
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.text
    return [(quote.text, quote.speaker) for quote in quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "“We will not back down,” said Prime Minister Keir Starmer.",
            [("We will not back down", "Keir Starmer")],
            id="curly, said X",
        ),
        pytest.param(
            '"The vote was rigged," opposition leader Raila Odinga said on Tuesday.',
            [("The vote was rigged", "Raila Odinga")],
            id="straight, X said",
        ),
        pytest.param(
            "‘We are not going anywhere,’ Sadiq Khan told the BBC on Sunday.",
            [("We are not going anywhere", "Sadiq Khan")],
            id="curly single, X told the BBC",
        ),
        pytest.param(
            "'It was a mistake to cut the budget,' Angela Rayner said.",
            [("It was a mistake to cut the budget", "Angela Rayner")],
            id="straight single",
        ),
        pytest.param(
            "“He told me ‘we will restore order’ and then he left,” said Maria Lopez, a shop "
            "owner in Caracas.",
            [("He told me ‘we will restore order’ and then he left", "Maria Lopez")],
            id="nested single inside double",
        ),
        pytest.param(
            "‘They called the ruling “a disgrace”,’ said Tom Watson.",
            [("They called the ruling “a disgrace”", "Tom Watson")],
            id="nested double inside single",
        ),
        pytest.param(
            "The Lee administration has said it aims to “restore” relations with Beijing.",
            [("restore", "Lee administration")],
            id="scare quote",
        ),
        pytest.param(
            "Talks will “resume next week”, the Moon government said on Tuesday.",
            [("resume next week", "Moon government")],
            id="a speaking body",
        ),
        pytest.param(
            "Pyongyang branded him a “hypocrite” and a “confrontational maniac.”",
            [("hypocrite", None), ("confrontational maniac.", None)],
            id="two scare quotes",
        ),
        pytest.param(
            "“China appears to have decided that it would be better to have [Lee] visit China "
            "first,” Kang told the Reuters news agency.",
            [
                (
                    "China appears to have decided that it would be better to have [Lee] visit "
                    "China first",
                    "Kang",
                )
            ],
            id="editorial brackets, X told Reuters",
        ),
        pytest.param(
            "“We will rebuild … every school and every hospital,” said Mayor Ana Silva.",
            [("We will rebuild … every school and every hospital", "Ana Silva")],
            id="ellipsis",
        ),
        pytest.param(
            "Finance Minister Nirmala Sitharaman said “the economy is firmly on track”.",
            [("the economy is firmly on track", "Nirmala Sitharaman")],
            id="X said “…”",
        ),
        pytest.param(
            "Kang Jun-young, a professor of political economics at Hankuk University of Foreign "
            "Studies, said “China wants to emphasise South Korea’s importance.”",
            [("China wants to emphasise South Korea’s importance.", "Kang Jun-young")],
            id="X, a professor at Y, said “…”",
        ),
        pytest.param(
            "“Korea is not simply responding to threats on the peninsula,” General Xavier "
            "Brunson, commander of US Forces Korea, said at a forum on December 29.",
            [("Korea is not simply responding to threats on the peninsula", "Xavier Brunson")],
            id="“…,” X, commander of Y, said",
        ),
        pytest.param(
            "“Korea is not simply responding to threats on the peninsula,” US Forces Korea "
            "commander General Xavier Brunson said at a forum.",
            [("Korea is not simply responding to threats on the peninsula", "Xavier Brunson")],
            id="“…,” descriptor + title + X said",
        ),
        pytest.param(
            "The deal is “dead in the water”, according to Senator Chuck Schumer.",
            [("dead in the water", "Chuck Schumer")],
            id="according to X",
        ),
        pytest.param(
            "Lee is expected to ask China to take a “constructive” role in achieving “a "
            "breakthrough on the Korean Peninsula”, Wi added.",
            [("constructive", "Wi"), ("a breakthrough on the Korean Peninsula", "Wi")],
            id="reporting clause at the end of the sentence",
        ),
        pytest.param(
            "On Friday, Wi reaffirmed the position on Taiwan, saying the country does “respect "
            "the one China policy”.",
            [("respect the one China policy", "Wi")],
            id="subject of the main clause, saying",
        ),
        pytest.param(
            '“We will not pay," said union leader Mick Lynch.',
            [("We will not pay", "Mick Lynch")],
            id="mismatched curly open, straight close",
        ),
    ],
)
def test_quotation_and_speaker(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _found(text) == expected


def test_quotation_over_two_paragraphs_is_two_quotes_by_the_same_speaker() -> None:
    text = (
        "Kang Jun-young, a professor at Hankuk University of Foreign Studies, said “China "
        "wants to emphasise South Korea’s importance slightly more than before.\n\n"
        "“China appears to have strategically decided that it would be better to have [Lee] "
        "visit China first,” Kang told the Reuters news agency.\n\n"
        "Officials declined to comment."
    )
    assert _found(text) == [
        (
            "China wants to emphasise South Korea’s importance slightly more than before.",
            "Kang Jun-young",
        ),
        (
            "China appears to have strategically decided that it would be better to have [Lee] "
            "visit China first",
            "Kang Jun-young",
        ),
    ]


def test_second_quotation_in_a_paragraph_continues_the_speaker() -> None:
    text = (
        "“Korea is not simply responding to threats on the peninsula,” General Xavier Brunson "
        "said. “It sits at the crossroads of broader regional dynamics.”\n\n"
        "Analysts called the shift “significant”."
    )
    assert _found(text) == [
        ("Korea is not simply responding to threats on the peninsula", "Xavier Brunson"),
        ("It sits at the crossroads of broader regional dynamics.", "Xavier Brunson"),
        ("significant", None),
    ]


def test_surname_is_expanded_and_pronoun_resolved() -> None:
    text = (
        "Balian Wang runs the company in Seoul. “Discussions are under way,” Wang said.\n\n"
        "“We expect a decision soon,” he said."
    )
    assert _found(text) == [
        ("Discussions are under way", "Balian Wang"),
        ("We expect a decision soon", "Balian Wang"),
    ]


def test_she_said_after_a_doctor_named_just_before_is_that_doctor() -> None:
    # "Dr." says nothing of whether the doctor is a woman or a man: "she said" is the doctor
    # named just before, not the last speaker the text named outright.
    text = (
        "“Nobody should stop their pills,” said Dr. Ingrid Solheim, the lead author.\n\n"
        "“It is hard to separate the drug from the illness,” said Dr. Rachel Okafor, a "
        "cardiologist in Chicago. “It is a conversation to have with your doctor,” she said.\n\n"
        "Dr. Solheim said she hoped for a closer look. “When you consider how many people "
        "take these drugs,” she said, “a small increase matters.”"
    )
    assert [speaker for _, speaker in _found(text)] == [
        "Ingrid Solheim",
        "Rachel Okafor",
        "Rachel Okafor",
        "Ingrid Solheim",
        "Ingrid Solheim",
    ]


def test_she_said_after_a_person_named_in_passing_and_then_with_an_honorific_is_her() -> None:
    # The story names her in passing ("led by Marta Kessling"), then as "Ms Kessling", and
    # quotes her only with "she said": the quotation is hers, not nobody's.
    text = (
        "The Civic Alliance led by Marta Kessling won 74 of the 200 seats.\n\n"
        "Ms Kessling will need at least one partner to govern.\n\n"
        "“Tonight the people have chosen change,” she said."
    )
    assert _found(text) == [("Tonight the people have chosen change", "Marta Kessling")]


def test_unclosed_quotation_stops_at_its_paragraph() -> None:
    text = (
        "The minister said “we will win the election.\n\n"
        "Results are due on Friday. Officials said turnout was “high”, a spokesman added."
    )
    assert _found(text) == [("we will win the election.", None), ("high", None)]


def test_unclosed_quotation_stops_where_a_new_one_opens_after_a_sentence() -> None:
    text = "He said “we will win. “Turnout was high,” said Ana Silva. Counting went on."
    assert _found(text) == [("we will win.", None), ("Turnout was high", "Ana Silva")]


def test_stray_marks_and_apostrophes_are_not_quotations() -> None:
    text = (
        "South Korea’s exports rose. The word” appears alone, the leaders’ summit ended, "
        "and rock ’n’ roll played. Later the mood was “calm”."
    )
    assert _found(text) == [("calm", None)]


@pytest.mark.parametrize(
    "text",
    ["", "No quotes here at all.", "“", "”", '"""', "‘", "' ' '", "“ ”", "He said “\n\n”"],
)
def test_no_quotation_or_broken_marks_do_not_crash(text: str) -> None:
    quotes = find_quotes(unsegmented(text))
    assert all(text[q.start : q.end] == q.text and q.text.strip() for q in quotes)


def test_sample_pair_quotes_and_speakers(sample_a: Document, sample_b: Document) -> None:
    speakers_a = [(q.text[:30], q.speaker) for q in find_quotes(sample_a)]
    assert speakers_a == [
        ("China wants to underscore Sout", "Kang Jun-young"),
        ("Beijing appears to have strate", "Kang Jun-young"),
        ("restore", "Lee administration"),
        ("Korea is not simply responding", "Xavier Brunson"),
        ("It sits at the crossroads of b", "Xavier Brunson"),
        ("hypocrite", None),
        ("confrontational maniac.", None),
    ]
    speakers_b = [q.speaker for q in find_quotes(sample_b)]
    assert speakers_b == ["Wi Sung-lac"] * 4 + ["Kang Jun-young"] * 2 + [
        "Lee administration",
        None,
    ] + ["Xavier Brunson"] * 2 + [None, None]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .,\n“”‘’\"'[]…—", max_size=120))
def test_any_mix_of_marks_gives_ordered_spans_inside_the_text(text: str) -> None:
    quotes = find_quotes(unsegmented(text))
    previous_end = 0
    for quote in quotes:
        assert previous_end <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.text
        previous_end = quote.end
    compare_quotes(unsegmented(text), unsegmented(text[::-1]), Alignment((), (), ()))


def test_he_said_after_a_surname_named_in_passing_is_that_runner_not_a_later_person() -> None:
    text = (
        "Elias Kiptanui had never set foot in Calder Bay before.\n\n"
        "Calder Bay’s own Jenna Morales was the top local finisher.\n\n"
        "Kiptanui said he hoped to come back.\n\n"
        "“I came here to win,” he said."
    )
    [quote] = find_quotes(unsegmented(text, "b.txt"))
    assert quote.speaker == "Elias Kiptanui"
