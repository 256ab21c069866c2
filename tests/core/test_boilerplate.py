"""Scraper junk is flagged exactly, and real news sentences never are."""

from __future__ import annotations

import pytest

from tui.core.loading.boilerplate import find_boilerplate, is_timestamp_line, reads_like_headline


def _junk(text: str, title: str | None = None) -> list[str]:
    return [text[start:end] for start, end in find_boilerplate(text, title=title)]


@pytest.mark.parametrize(
    "line",
    [
        "Jan 2, 2026 - 12:15",
        "January 2, 2026",
        "2 January 2026, 14:05 GMT",
        "2026-01-02 09:30",
        "Friday, 2 January 2026",
        "Published: Jan 2, 2026 at 3:15 p.m.",
        "Updated 3 hours ago",
        "02/01/2026",
        "12:15",
    ],
)
def test_lone_timestamps_are_junk(line: str) -> None:
    text = f"Storm closes schools\n\n{line}\n\nSchools across the county closed on Friday.\n"
    assert _junk(text) == [line]


@pytest.mark.parametrize(
    "line",
    [
        "Share this article",
        "Share on Facebook",
        "Share on X",
        "Share on WhatsApp",
        "Share on Facebook, Twitter or WhatsApp",
        "Follow us on Instagram",
        "Read more:",
        "Read more: Flood warnings issued for east bank homes",
        "Related: Mill Street traders count the cost",
        "Sign up for our newsletter",
        "Subscribe to our free daily newsletter",
        "Advertisement",
        "ADVERTISEMENT",
        "Comments (12)",
        "12 comments",
        "0",
        "1,204",
        "Listen to this article (4 min)",
    ],
)
def test_share_and_page_widgets_alone_on_a_line_are_junk(line: str) -> None:
    text = f"Schools across the county closed on Friday.\n{line}\nParents were told on Thursday.\n"
    start = text.index(line)
    assert find_boilerplate(text) == ((start, start + len(line)),)


@pytest.mark.parametrize(
    "sentence",
    [
        "Share prices on Facebook's parent company fell 4% on Tuesday.",
        "Readers were invited to share on Facebook their memories of the flood.",
        "Advertisement revenue fell by a third, the publisher said.",
        "Read more about the plan in the council's 40-page report.",
        "Related costs rose to £2m, according to the audit.",
        "Follow us, the protesters chanted outside the council offices.",
        "Sign up for our newsletter, the mayor joked, to loud laughter.",
        "Comments made by the minister on Jan 2, 2026 caused an uproar.",
        "The meeting on January 2, 2026 lasted until 12:15.",
        "What's your reaction to the result? the reporter asked the candidate.",
        "Like many towns on the river, Riverside has flooded three times since 2015.",
        "Wow, said one resident when she saw the plans.",
        "It was 12:15 when the barrier gave way.",
        "In 2015, 3,000 homes were flooded.",
    ],
)
def test_real_sentences_are_never_flagged(sentence: str) -> None:
    text = f"Council approves flood barrier\n\n{sentence}\n\n{sentence}\n"
    assert _junk(text) == []


def test_repeated_title_lines_keep_the_first_as_the_headline() -> None:
    title = "Council approves flood barrier after decade of delays"
    text = f"{title}\n\n{title}\n\nThe council voted 9 to 4.\n{title}\n"
    ranges = find_boilerplate(text, title=title)
    second = text.index(title, 1)
    third = text.rindex(title)
    assert ranges == ((second, second + len(title)), (third, third + len(title)))


def test_a_repeated_sentence_is_not_junk_but_a_repeated_heading_is() -> None:
    text = (
        "Riverside floods again\n\nThe river rose overnight.\n\nWhat happens next\n\n"
        "The river rose overnight.\n\nWhat happens next\n"
    )
    assert _junk(text) == ["What happens next"]


def test_reaction_widget_with_counts() -> None:
    text = (
        "The barrier opens in March.\n\nWhat’s your reaction?\n\nLike 3\n\nLove (12)\n\n"
        "Angry\n\n0\n\nSad\n"
    )
    assert _junk(text) == ["What’s your reaction?", "Like 3", "Love (12)", "Angry", "0", "Sad"]


def test_reaction_words_without_a_widget_header_are_content() -> None:
    text = "The crowd was asked how it felt.\n\nlove\n\nangry\n\nThey chose both.\n"
    assert _junk(text) == []


def test_leading_date_marker_is_junk_on_the_same_line_as_the_first_sentence() -> None:
    text = " date 2026-01-02 Chinese President Xi Jinping has invited Lee to Beijing.\n"
    assert find_boilerplate(text) == ((1, 16),)


def test_a_date_inside_the_first_sentence_is_not_a_marker() -> None:
    text = "Published figures on 2026-01-02 showed a rise in exports.\n"
    assert find_boilerplate(text) == ()


def test_headline_and_timestamp_predicates() -> None:
    assert reads_like_headline("China’s Xi to host South Korea’s Lee for New Year talks")
    assert not reads_like_headline("The council met on Tuesday.")
    assert not reads_like_headline("Jan 2, 2026")
    assert is_timestamp_line("Jan 2, 2026\u00a0-\u00a012:15")
    assert not is_timestamp_line("10.30 Town hall meeting")
