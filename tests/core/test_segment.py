"""Sentence segmentation: Punkt with shipped news-English parameters, paragraphs, lines, junk."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.models import Document, Sentence
from tui.core.text.segment import segment


def texts(source: str, boilerplate: tuple[tuple[int, int], ...] = ()) -> list[str]:
    """Return the sentence texts of ``source``."""
    return [sentence.text for sentence in segment(source, boilerplate=boilerplate)]


def assert_tiles(text: str, sentences: tuple[Sentence, ...]) -> None:
    """Assert the segmentation invariants: offsets, ids, order, and full coverage."""
    assert [s.id for s in sentences] == list(range(len(sentences)))
    covered = [0] * len(text)
    previous_end = 0
    previous_paragraph = 0
    for sentence in sentences:
        assert sentence.text == text[sentence.start : sentence.end]
        assert sentence.text, sentence
        assert sentence.text == sentence.text.strip(), sentence
        assert sentence.start >= previous_end, "sentences overlap or run backwards"
        assert sentence.paragraph >= previous_paragraph
        previous_end, previous_paragraph = sentence.end, sentence.paragraph
        for index in range(sentence.start, sentence.end):
            covered[index] += 1
    for index, char in enumerate(text):
        allowed = (0, 1) if char.isspace() else (1,)
        assert covered[index] in allowed, f"character {index} {char!r} covered {covered[index]}x"


# --- abbreviations, numbers, initials, addresses: one table, exact sentence texts ------------

CASES: list[tuple[str, str, list[str]]] = [
    (
        "titles",
        "Mr. Smith met Mrs. Jones and Dr. Patel on Monday. Gen. Xavier Brunson said the talks "
        "went well.",
        [
            "Mr. Smith met Mrs. Jones and Dr. Patel on Monday.",
            "Gen. Xavier Brunson said the talks went well.",
        ],
    ),
    (
        "political titles",
        "Sen. Elizabeth Warren and Gov. Gavin Newsom joined Rep. Nancy Pelosi at the rally. "
        "Later they left.",
        [
            "Sen. Elizabeth Warren and Gov. Gavin Newsom joined Rep. Nancy Pelosi at the rally.",
            "Later they left.",
        ],
    ),
    (
        "ranks and a hyphenated rank",
        "Lt.-Gen. Park Ji-won and Adm. Lee Soon-shin attended. Prof. Kim spoke.",
        ["Lt.-Gen. Park Ji-won and Adm. Lee Soon-shin attended.", "Prof. Kim spoke."],
    ),
    (
        "a title before a word that often starts sentences",
        "The award went to Dr. No, the villain. Capt. America was second.",
        ["The award went to Dr. No, the villain.", "Capt. America was second."],
    ),
    (
        "place prefixes",
        "The church of St. Mary stands near Mt. Rainier. Visitors come daily.",
        ["The church of St. Mary stands near Mt. Rainier.", "Visitors come daily."],
    ),
    (
        "company suffixes mid-sentence",
        "Apple Inc. shares rose. Acme Co. and Globex Corp. fell. Martin Luther King Jr. was "
        "born in Atlanta.",
        [
            "Apple Inc. shares rose.",
            "Acme Co. and Globex Corp. fell.",
            "Martin Luther King Jr. was born in Atlanta.",
        ],
    ),
    (
        "company suffix at a sentence end",
        "The suit was filed by Acme Inc. The company declined to comment.",
        ["The suit was filed by Acme Inc.", "The company declined to comment."],
    ),
    (
        "versus",
        "It was Smith vs. Jones in the final. Jones won.",
        ["It was Smith vs. Jones in the final.", "Jones won."],
    ),
    (
        "No. before a number, no at a sentence end",
        "The bill is listed as No. 5 on the agenda. He said no. Then he left.",
        ["The bill is listed as No. 5 on the agenda.", "He said no.", "Then he left."],
    ),
    (
        "page numbers",
        "The figure appears on p. 55 of the report, and on pp. 60-61. It was revised.",
        ["The figure appears on p. 55 of the report, and on pp. 60-61.", "It was revised."],
    ),
    (
        "months",
        "The summit is set for Jan. 12 in Seoul. Talks resumed on Dec. 3 after a pause.",
        ["The summit is set for Jan. 12 in Seoul.", "Talks resumed on Dec. 3 after a pause."],
    ),
    (
        "a month at a sentence end",
        "The deal was signed in Dec. The ink had barely dried.",
        ["The deal was signed in Dec.", "The ink had barely dried."],
    ),
    (
        "multi-period abbreviations mid-sentence",
        "The U.S. military said the U.K. and the E.U. agreed. Officials in the U.S.A. were "
        "pleased.",
        [
            "The U.S. military said the U.K. and the E.U. agreed.",
            "Officials in the U.S.A. were pleased.",
        ],
    ),
    (
        "U.S. at a sentence end",
        "He moved to the U.S. The next day he started work.",
        ["He moved to the U.S.", "The next day he started work."],
    ),
    (
        "U.K. and E.U. at a sentence end",
        "She lives in the U.K. It rains a lot there. Trade with the E.U. Officials disagree.",
        [
            "She lives in the U.K.",
            "It rains a lot there.",
            "Trade with the E.U.",
            "Officials disagree.",
        ],
    ),
    (
        "an acronym after U.S. does not start a sentence",
        "Relations with the U.S. IT industry are strong.",
        ["Relations with the U.S. IT industry are strong."],
    ),
    (
        "a.m. and p.m. in mid-sentence and at an end",
        "The meeting started at 9 a.m. on Monday. It ended at 5 p.m. Officials said it went well.",
        [
            "The meeting started at 9 a.m. on Monday.",
            "It ended at 5 p.m.",
            "Officials said it went well.",
        ],
    ),
    (
        "a.m. before a weekday",
        "The vote is at 10 a.m. Tuesday. Results are due by 6 p.m.",
        ["The vote is at 10 a.m. Tuesday.", "Results are due by 6 p.m."],
    ),
    (
        "initials",
        "Jonas E. Smith spoke first. George W. Bush spoke next.",
        ["Jonas E. Smith spoke first.", "George W. Bush spoke next."],
    ),
    (
        "a letter that ends a sentence",
        "They chose Plan B. The second option was rejected.",
        ["They chose Plan B.", "The second option was rejected."],
    ),
    (
        "decimals and money",
        "The stock closed at $100.00 on Friday. It fell 3.5 percent to $96.50 a share.",
        ["The stock closed at $100.00 on Friday.", "It fell 3.5 percent to $96.50 a share."],
    ),
    (
        "a year at a sentence end",
        "He was born in 1961. The next year his family moved.",
        ["He was born in 1961.", "The next year his family moved."],
    ),
    (
        "e-mail addresses and URLs",
        "Write to press@example.com for details. The full text is at "
        "https://www.example.com/report.html today. Comments are closed.",
        [
            "Write to press@example.com for details.",
            "The full text is at https://www.example.com/report.html today.",
            "Comments are closed.",
        ],
    ),
    (
        "a URL at a sentence end",
        "The statement was posted on www.mofa.go.kr. It was removed hours later.",
        ["The statement was posted on www.mofa.go.kr.", "It was removed hours later."],
    ),
    (
        "ellipsis at a sentence end",
        "He said he would think about it... The decision came a week later.",
        ["He said he would think about it...", "The decision came a week later."],
    ),
    (
        "ellipsis inside a sentence",
        "The plan was ... complicated, he said. It failed.",
        ["The plan was ... complicated, he said.", "It failed."],
    ),
    (
        "ellipsis character",
        "He paused… Then he resumed. The answer was… unclear.",
        ["He paused…", "Then he resumed.", "The answer was… unclear."],
    ),
    (
        "parentheses",
        "The company (founded in 1990) grew fast. It was sold. (The deal closed in May.) "
        "Shares rose.",
        [
            "The company (founded in 1990) grew fast.",
            "It was sold.",
            "(The deal closed in May.)",
            "Shares rose.",
        ],
    ),
    (
        "ends inside closing quotation marks",
        "“We will not back down,” he said. “This is our land.” The crowd cheered.",
        ["“We will not back down,” he said.", "“This is our land.”", "The crowd cheered."],
    ),
    (
        "a quoted word ends the sentence",
        "He called it “a disgrace.” Then he left the room.",
        ["He called it “a disgrace.”", "Then he left the room."],
    ),
    (
        "straight quotation marks",
        'He said: "We are ready." Then he left.',
        ['He said: "We are ready."', "Then he left."],
    ),
    (
        "ends inside brackets",
        "The law passed [in 2019.] Critics objected.",
        ["The law passed [in 2019.]", "Critics objected."],
    ),
    (
        "a question inside a quotation, then the speaker",
        "“Why now?” she asked. Nobody answered. “Stop!” he shouted.",
        ["“Why now?” she asked.", "Nobody answered.", "“Stop!” he shouted."],
    ),
    (
        "a quotation over several sentences",
        "“We are ready. We have the troops. We will act,” the general said.",
        ["“We are ready.", "We have the troops.", "We will act,” the general said."],
    ),
    (
        "an abbreviation before a word that closes a parenthesis",
        "The rule is set out in the annex (see p. 5.) The vote is at 9 a.m. Monday.” It passed.",
        [
            "The rule is set out in the annex (see p. 5.)",
            "The vote is at 9 a.m. Monday.”",
            "It passed.",
        ],
    ),
    (
        "an abbreviation before a word that closes a quotation",
        "“He lives in the U.S. now.” She left.",
        ["“He lives in the U.S. now.”", "She left."],
    ),
    (
        "an abbreviation before an opening quotation mark",
        "The remark angered the U.S. “The comments were unacceptable,” a spokesman said.",
        [
            "The remark angered the U.S.",
            "“The comments were unacceptable,” a spokesman said.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("source", "expected"), [(c[1], c[2]) for c in CASES], ids=[c[0] for c in CASES]
)
def test_sentences_of_news_text(source: str, expected: list[str]) -> None:
    assert texts(source) == expected
    assert_tiles(source, segment(source))


# --- lines and paragraphs --------------------------------------------------------------------

PROSE = (
    "Chinese President Xi Jinping will host South Korean President Lee Jae Myung on a state "
    "visit beginning Sunday, underscoring Beijing's push to strengthen ties with Seoul. The "
    "trip will be the second meeting between Xi and Lee in just two months, an unusually short "
    "gap that analysts say highlights China's strong interest in shoring up relations with "
    "South Korea."
)


@pytest.mark.parametrize("width", [60, 72, 80])
def test_hard_wrapped_prose_is_joined(width: int) -> None:
    wrapped = textwrap.fill(PROSE, width)
    assert wrapped.count("\n") >= 4
    sentences = segment(wrapped)
    assert [" ".join(s.text.split()) for s in sentences] == [
        PROSE[: PROSE.index(" The trip")],
        PROSE[PROSE.index("The trip") :],
    ]
    assert {s.paragraph for s in sentences} == {0}


def test_hard_wrapped_prose_with_a_long_url_line_is_joined() -> None:
    url = "https://www.example.com/world/asia/2026/01/02/xi-lee-state-visit-beijing-analysis.html"
    with_url = PROSE.replace("Seoul.", f"Seoul (see {url}).", 1)
    source = textwrap.fill(with_url, 72, break_long_words=False, break_on_hyphens=False)
    assert f"\n{url}" in source
    sentences = segment(source)
    assert len(sentences) == 2
    assert sentences[0].text.endswith(f"{url}).")
    assert sentences[1].text.startswith("The trip")


LINE_CASES: list[tuple[str, str, list[tuple[int, str]]]] = [
    (
        "a sub-head on the line above its paragraph",
        "Tech, supply chains and K-pop\nLee's Beijing visit is set to focus on critical "
        "minerals, supply chains and green industries.",
        [
            (0, "Tech, supply chains and K-pop"),
            (
                0,
                "Lee's Beijing visit is set to focus on critical minerals, supply chains and "
                "green industries.",
            ),
        ],
    ),
    (
        "a heading as its own paragraph",
        "Talks went on. Nothing was agreed.\n\nUS alliance and North Korea\n\nDespite warmer "
        "rhetoric, relations remain complex.",
        [
            (0, "Talks went on."),
            (0, "Nothing was agreed."),
            (1, "US alliance and North Korea"),
            (2, "Despite warmer rhetoric, relations remain complex."),
        ],
    ),
    (
        "a timestamp line, a counter and a repeated title",
        "Jan 2, 2026\u00a0-\u00a012:15\n\u00a00\nChina's Xi to host South Korea's Lee for New Year "
        "talks amid tensions with Japan\nChina's Xi to host South Korea's Lee for New Year talks "
        "amid tensions with Japan",
        [
            (0, "Jan 2, 2026\u00a0-\u00a012:15"),
            (0, "0"),
            (0, "China's Xi to host South Korea's Lee for New Year talks amid tensions with Japan"),
            (0, "China's Xi to host South Korea's Lee for New Year talks amid tensions with Japan"),
        ],
    ),
    (
        "a numbered list",
        "Key points:\n1. Talks begin on Sunday\n2. Lee meets Xi on Monday. Trade is on the "
        "agenda.\n3. Lee visits Shanghai",
        [
            (0, "Key points:"),
            (0, "1. Talks begin on Sunday"),
            (0, "2. Lee meets Xi on Monday."),
            (0, "Trade is on the agenda."),
            (0, "3. Lee visits Shanghai"),
        ],
    ),
    (
        "numbered items in paragraphs of their own",
        "1. The talks begin on Sunday.\n\n2) Lee flies to Shanghai on Wednesday.",
        [(0, "1. The talks begin on Sunday."), (1, "2) Lee flies to Shanghai on Wednesday.")],
    ),
    (
        "a bulleted list",
        "Agenda\n- critical minerals\n- supply chains\n• tourism",
        [(0, "Agenda"), (0, "- critical minerals"), (0, "- supply chains"), (0, "• tourism")],
    ),
    (
        "a line that ends on a connective goes on",
        "He said the\nWhite House would respond.",
        [(0, "He said the\nWhite House would respond.")],
    ),
    (
        "a line followed by a lower-case word goes on",
        "The talks were held in Beijing\nofficials said.",
        [(0, "The talks were held in Beijing\nofficials said.")],
    ),
    (
        "contact lines with an e-mail and a web address",
        "Contact: jane.doe@example.com\nhttps://www.example.com/world/\nThe talks began.",
        [
            (0, "Contact: jane.doe@example.com"),
            (0, "https://www.example.com/world/"),
            (0, "The talks began."),
        ],
    ),
    (
        "a wire-copy byline and dateline",
        "By JANE DOE\nAssociated Press\nSEOUL, South Korea (AP) — The talks began.",
        [
            (0, "By JANE DOE"),
            (0, "Associated Press"),
            (0, "SEOUL, South Korea (AP) — The talks began."),
        ],
    ),
    (
        "a quotation that runs over two paragraphs",
        "Kang said “China wants to emphasise South Korea’s importance slightly more than "
        "before.\n\n“China appears to have strategically decided,” Kang told Reuters.",
        [
            (
                0,
                "Kang said “China wants to emphasise South Korea’s importance slightly more "
                "than before.",
            ),
            (1, "“China appears to have strategically decided,” Kang told Reuters."),
        ],
    ),
    (
        "blank lines holding only white space separate paragraphs",
        "First paragraph.\n \u00a0\t\nSecond paragraph.\n\n\n\nThird.",
        [(0, "First paragraph."), (1, "Second paragraph."), (2, "Third.")],
    ),
]


@pytest.mark.parametrize(
    ("source", "expected"), [(c[1], c[2]) for c in LINE_CASES], ids=[c[0] for c in LINE_CASES]
)
def test_lines_and_paragraphs(source: str, expected: list[tuple[int, str]]) -> None:
    sentences = segment(source)
    assert [(s.paragraph, s.text) for s in sentences] == expected
    assert_tiles(source, sentences)


# --- boilerplate ranges ----------------------------------------------------------------------


def test_a_range_inside_a_line_becomes_its_own_sentence() -> None:
    source = " date 2026-01-02 Chinese President Xi Jinping has invited Lee. Lee accepted."
    junk = source.index(" Chinese")
    sentences = segment(source, boilerplate=((0, junk),))
    assert [(s.text, s.boilerplate, s.paragraph) for s in sentences] == [
        ("date 2026-01-02", True, 0),
        ("Chinese President Xi Jinping has invited Lee.", False, 0),
        ("Lee accepted.", False, 0),
    ]
    assert_tiles(source, sentences)


def test_no_sentence_straddles_a_range_boundary() -> None:
    source = "Xi will host Lee on Sunday. Share this story Xi and Lee met in November."
    start = source.index("Share")
    end = source.index(" Xi and")
    sentences = segment(source, boilerplate=((start, end),))
    assert [(s.text, s.boilerplate) for s in sentences] == [
        ("Xi will host Lee on Sunday.", False),
        ("Share this story", True),
        ("Xi and Lee met in November.", False),
    ]


def test_a_range_over_several_paragraphs_gives_one_sentence_per_paragraph() -> None:
    source = "Huawei declined to comment.\n\nWhat's Your Reaction?\n\nlike\n\ndislike\n\nwow"
    start = source.index("What")
    sentences = segment(source, boilerplate=((start, len(source)),))
    assert [(s.paragraph, s.text, s.boilerplate) for s in sentences] == [
        (0, "Huawei declined to comment.", False),
        (1, "What's Your Reaction?", True),
        (2, "like", True),
        (3, "dislike", True),
        (4, "wow", True),
    ]


def test_a_junk_range_is_never_split_into_sentences() -> None:
    source = "Updated 2 Jan. 2026. Read more. The talks begin on Sunday."
    end = source.index(" The talks")
    assert [(s.text, s.boilerplate) for s in segment(source, boilerplate=((0, end),))] == [
        ("Updated 2 Jan. 2026. Read more.", True),
        ("The talks begin on Sunday.", False),
    ]


def test_ranges_are_clipped_sorted_and_merged() -> None:
    source = "Advertisement\nSubscribe now\nThe talks begin on Sunday."
    sub = source.index("Subscribe")
    ranges = ((sub, sub + 9), (-5, 13), (sub + 4, sub + 13), (90, 120), (20, 20))
    sentences = segment(source, boilerplate=ranges)
    assert [(s.text, s.boilerplate) for s in sentences] == [
        ("Advertisement", True),
        ("Subscribe now", True),
        ("The talks begin on Sunday.", False),
    ]


# --- the sample pair, read by eye --------------------------------------------------------------


def by_text(document: Document, prefix: str) -> Sentence:
    """Return the one sentence of ``document`` that starts with ``prefix``."""
    found = [s for s in document.sentences if s.text.startswith(prefix)]
    assert len(found) == 1, [s.text for s in found]
    return found[0]


def test_sample_a_junk_lines_are_separate_flagged_sentences(sample_a: Document) -> None:
    first = [(s.text, s.boilerplate) for s in sample_a.sentences[:6]]
    title = "China’s Xi to host South Korea’s Lee for New Year talks amid tensions with Japan"
    assert first == [
        (title, False),
        (title, True),
        ("Jan 2, 2026\u00a0-\u00a012:15", True),
        ("0", True),
        (title, True),
        (title, True),
    ]
    widget = [s.text for s in sample_a.sentences if s.boilerplate][5:]
    assert widget == [
        "What's Your Reaction?",
        "like",
        "dislike",
        "love",
        "funny",
        "angry",
        "sad",
        "wow",
    ]


def test_sample_a_sentences(sample_a: Document) -> None:
    assert by_text(sample_a, "“China wants to underscore").text.endswith(
        "at Hankuk University of Foreign Studies."
    )
    assert by_text(sample_a, "“Beijing appears").text.endswith("summit with Japan.”")
    assert by_text(sample_a, "“Korea is not simply").text.endswith("at a forum on December 29.")
    assert by_text(sample_a, "“It sits at the crossroads").text.endswith("in Northeast Asia.”")
    assert by_text(sample_a, "Pyongyang, however").text.endswith("“confrontational maniac.”")
    for heading in ("US alliance and North Korea", "Tech, supply chains and K-pop"):
        assert by_text(sample_a, heading).text == heading
    assert len([s for s in sample_a.sentences if not s.boilerplate]) == 32
    assert_tiles(sample_a.text, sample_a.sentences)


def test_sample_b_sentences(sample_b: Document) -> None:
    first, second = sample_b.sentences[:2]
    assert (first.text, first.boilerplate) == ("date 2026-01-02", True)
    assert second.text.startswith("Chinese President Xi Jinping has invited")
    assert (second.boilerplate, second.paragraph) == (False, first.paragraph)
    kang = by_text(sample_b, "Kang Jun-young, a professor")
    assert kang.text.endswith(
        "said “China wants to emphasise South Korea’s importance slightly more than before."
    )
    follow = sample_b.sentences[kang.id + 1]
    assert follow.text.startswith("“China appears to have strategically decided")
    assert follow.text.endswith("Kang told the Reuters news agency.")
    assert follow.paragraph == kang.paragraph + 1
    assert by_text(sample_b, "“Korea is not simply").text.endswith("at a forum on December 29.")
    assert by_text(sample_b, "“Korea sits at").text.endswith("across Northeast Asia.”")
    assert by_text(sample_b, "On Friday, Wi").text.endswith(
        "act in accordance with that position”."
    )
    for heading in ("Security alliances, regional strategy", "Trade and culture"):
        assert by_text(sample_b, heading).text == heading
    assert len(sample_b.sentences) == 33
    assert_tiles(sample_b.text, sample_b.sentences)


def test_no_sentence_of_the_samples_ends_on_a_title_or_month(
    sample_a: Document, sample_b: Document
) -> None:
    for document in (sample_a, sample_b):
        for sentence in document.sentences:
            last = sentence.text.rsplit(maxsplit=1)[-1]
            assert last not in {"Gen.", "Dec.", "Mr.", "Jan.", "Sen."}, sentence.text


def test_the_sample_pair_without_loader_ranges_keeps_junk_lines_apart(
    sample_paths: tuple[str, str],
) -> None:
    text = Path(sample_paths[0]).read_text(encoding="utf-8")
    heads = texts(text)[:6]
    assert heads[2:4] == ["Jan 2, 2026\u00a0-\u00a012:15", "0"]
    assert heads[4] == heads[5] == heads[0]


# --- invariants on arbitrary text --------------------------------------------------------------

FRAGMENTS = [
    "The talks began",
    "Gen. Brunson said",
    "in the U.S.",
    "at 9 a.m.",
    " ",
    ". ",
    "? ",
    "! ",
    "… ",
    "...",
    "\n",
    "\n\n",
    " \n \n",
    "“",
    "”",
    "(",
    ")",
    "1. ",
    "- ",
    "Officials",
    "he said",
    "No. 5",
    "\u00a0",
    "$100.00",
    "x",
    ".",
]


@settings(max_examples=200, deadline=None)
@given(
    parts=st.lists(st.sampled_from(FRAGMENTS), max_size=40),
    cuts=st.lists(st.tuples(st.integers(-5, 400), st.integers(0, 60)), max_size=4),
)
def test_sentences_tile_any_text(parts: list[str], cuts: list[tuple[int, int]]) -> None:
    source = "".join(parts)
    ranges = tuple((start, start + length) for start, length in cuts)
    sentences = segment(source, boilerplate=ranges)
    assert_tiles(source, sentences)
    junk = [any(a <= index < b for a, b in ranges) for index in range(len(source))]
    for sentence in sentences:
        flags = set(junk[sentence.start : sentence.end])
        assert flags == {sentence.boilerplate}, "a sentence straddles a range boundary"


def test_empty_and_blank_text_have_no_sentences() -> None:
    assert segment("") == ()
    assert segment(" \n\n \u00a0\n") == ()


def test_segmentation_needs_no_nltk_data() -> None:
    script = (
        "import nltk\n"
        "nltk.data.path[:] = ['/nonexistent/nltk_data']\n"
        "from tui.core.text.segment import segment\n"
        "print(len(segment('Gen. Brunson spoke in the U.S. The talks ended.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "2"


BOUNDARY_CASES = json.loads(
    (Path(__file__).resolve().parents[1] / "data" / "segmentation" / "cases.json").read_text(
        encoding="utf-8"
    )
)


def test_boundary_rule_set_scores_at_least_46_of_48_golden_and_54_of_56_news() -> None:
    passed = {"golden": 0, "news": 0}
    for case in BOUNDARY_CASES:
        if texts(case["text"]) == case["sentences"]:
            passed[case["class"].split(":", 1)[0]] += 1
        assert_tiles(case["text"], segment(case["text"]))
    assert passed["golden"] >= 46
    assert passed["news"] >= 54


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("F.B.I. Opens Inquiry Into Mayor", ["F.B.I. Opens Inquiry Into Mayor"]),
        (
            "Most revenue comes from the U.S. Smith said that would not change.",
            ["Most revenue comes from the U.S.", "Smith said that would not change."],
        ),
        (
            "Former C.I.A. Director Ann Lee and two C.I.A. officers testified.",
            ["Former C.I.A. Director Ann Lee and two C.I.A. officers testified."],
        ),
        ("He left at 6 P.M. Mr. Smith stayed.", ["He left at 6 P.M.", "Mr. Smith stayed."]),
        (
            "“We will not . . . walk away,” she said. “Never. . . .” The room fell silent.",
            ["“We will not . . . walk away,” she said.", "“Never. . . .”", "The room fell silent."],
        ),
        (
            "1.) Raise fares 2.) Cut routes. 3.) Sell the depot",
            ["1.) Raise fares", "2.) Cut routes.", "3.) Sell the depot"],
        ),
        (
            "The suit was filed by Laura K. Brennan and J. R. Hollis on Monday.",
            ["The suit was filed by Laura K. Brennan and J. R. Hollis on Monday."],
        ),
    ],
)
def test_initials_headlines_ellipses_and_inline_lists(source: str, expected: list[str]) -> None:
    assert texts(source) == expected
    assert_tiles(source, segment(source))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "A shelter is open at Ashby High School, 400 W. Main St. Pets are allowed.",
            ["A shelter is open at Ashby High School, 400 W. Main St.", "Pets are allowed."],
        ),
        ("They met on Fifth Ave. The police came.", ["They met on Fifth Ave.", "The police came."]),
        ("Mount St. Helens erupted. It was loud.", ["Mount St. Helens erupted.", "It was loud."]),
        (
            "He lives at 12 St. James Place in London.",
            ["He lives at 12 St. James Place in London."],
        ),
        (
            "The office at 1600 Pennsylvania Ave. NW shut.",
            ["The office at 1600 Pennsylvania Ave. NW shut."],
        ),
        (
            "Smoke rose over 5 Elm St. and nearby homes.",
            ["Smoke rose over 5 Elm St. and nearby homes."],
        ),
    ],
)
def test_a_street_address_can_end_a_sentence_a_saint_never_does(
    source: str, expected: list[str]
) -> None:
    assert texts(source) == expected
