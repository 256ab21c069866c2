"""Page furniture pasted with an article is flagged; story sentences of the same look are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.compare import compare_sources
from tui.core.errors import InputError
from tui.core.loading.boilerplate import find_boilerplate
from tui.core.loading.furniture import is_furniture_line
from tui.core.loading.source import load_source


@pytest.mark.parametrize(
    "line",
    [
        "By Maria Gonzalez and Tom Reid, Reuters",
        "By Fox News Staff | Fox News",
        "By JOHN SMITH Associated Press",
        "By Jane Doe, political correspondent",
        "Author: Jane Doe",
        "November 12, 2026 4:31 PM GMT Updated 2 hours ago",
        "Updated 5:02 PM EST, Thu November 12, 2026",
        "5 min read",
        "Demonstrators outside the courthouse in Seattle, Nov. 12, 2026. REUTERS/Jason Redmond",
        "(AP Photo/Elaine Thompson)",
        "Firefighters at the scene on Tuesday. Photograph: Jane Doe/Guardian",
        "The minister arrives at Downing Street. Jane Doe/AFP via Getty Images",
        "Image caption, Crowds gathered outside the court",
        "(Reporting by Maria Gonzalez; Editing by Alistair Bell)",
        "The Associated Press contributed to this report.",
        "Copyright 2026 The Associated Press. All rights reserved.",
        "© 2026 Example News Ltd",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "CLICK HERE TO GET THE FOX NEWS APP",
        "Scroll to continue",
        "Story continues below advertisement",
        "Sign up for our morning newsletter.",
        "Topics: Immigration, Courts",
    ],
)
def test_furniture_lines_are_recognised(line: str) -> None:
    assert is_furniture_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "By Thursday, the mayor had resigned.",
        "By late afternoon, police had closed the bridge",
        "Polls open at 7 a.m. on Thursday, November 12.",
        "The order was signed on Nov. 12, 2026, officials said.",
        "Three agencies worked on the report, which runs to 400 pages.",
        "The photo, taken by a passer-by, shows the car on fire.",
        "He said 62% of voters backed the plan in a Reuters/Ipsos poll released on Monday.",
        "Copyright law, the judge wrote, does not protect an idea.",
        "Sign up for our newsletter, the mayor joked, to loud laughter.",
        "Watch out for the fine print",
        "Subscribers will pay $4 more a month from June.",
        "The Associated Press contributed $2 million to the fund.",
    ],
)
def test_story_lines_of_the_same_look_are_not_furniture(line: str) -> None:
    assert not is_furniture_line(line)


def test_the_headlines_under_read_more_are_links_not_story() -> None:
    text = (
        "Judge blocks visa order\n\nA federal judge blocked the order on Thursday.\n\n"
        "Read more:\nWhat the visa order means for tech workers\nStates line up to sue\n\n"
        "The administration said it would appeal.\n"
    )
    flagged = [text[start:end] for start, end in find_boilerplate(text)]
    assert flagged == [
        "Read more:",
        "What the visa order means for tech workers",
        "States line up to sue",
    ]


def test_a_pasted_page_lists_no_furniture_as_only_in_one_source_nor_its_dates_as_figures(
    tmp_path: Path,
) -> None:
    a = (
        "Judge blocks visa order, handing states an early win\n\n"
        "By Maria Gonzalez, Reuters\n\nNovember 12, 2026 4:31 PM GMT Updated 2 hours ago\n\n"
        "A federal judge on Thursday blocked a presidential order restricting work visas.\n\n"
        "Demonstrators outside the courthouse, Nov. 12, 2026. REUTERS/Jason Redmond\n\n"
        "The administration said it would appeal.\n\n"
        "(Reporting by Maria Gonzalez; Editing by Alistair Bell)\n"
    )
    b = (
        "Judge halts visa restrictions after states sue\n\n"
        "Published Nov. 12, 2026, 5:02 p.m. ET\n\nBy Fox News Staff | Fox News\n\n"
        "A federal judge on Thursday blocked the president's order restricting work visas.\n\n"
        "(AP Photo/Elaine Thompson)\n\nThe White House said it would appeal.\n\n"
        "CLICK HERE TO GET THE FOX NEWS APP\n"
    )
    (tmp_path / "a.txt").write_text(a, encoding="utf-8")
    (tmp_path / "b.txt").write_text(b, encoding="utf-8")
    comparison = compare_sources(str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert comparison.alignment.only_a == () and comparison.alignment.only_b == ()
    assert not [match for match in comparison.figures if match.status in ("only_a", "only_b")]


def _flagged(text: str) -> list[str]:
    return [text[start:end] for start, end in find_boilerplate(text)]


def test_tags_in_a_row_a_caption_above_its_credit_and_the_authors_bio_are_furniture() -> None:
    text = (
        "Retailer cuts its outlook\n\nBy Priya Anand\n\n"
        "Shares fell 18% on Tuesday after the company cut its forecast.\n\n"
        "Shoppers outside a store in Paramus, New Jersey.\nPhotographer: Caleb Morrow/Bloomberg\n\n"
        "The company said demand for furniture had slowed.\n\n"
        "Markets\nRetail\nConsumer Goods\n\n"
        "Priya Anand covers retail for the markets desk.\n"
    )
    assert _flagged(text) == [
        "By Priya Anand",
        "Shoppers outside a store in Paramus, New Jersey.",
        "Photographer: Caleb Morrow/Bloomberg",
        "Markets",
        "Retail",
        "Consumer Goods",
        "Priya Anand covers retail for the markets desk.",
    ]


def test_a_sub_head_after_an_ad_and_a_paragraph_above_a_bare_photo_credit_stay_story() -> None:
    text = (
        "Airline grounds jets\n\nThe airline grounded 40 jets on Thursday.\n\n"
        "Advertisement\n\nTravelers left scrambling\n\n"
        "Lines stretched past the checkpoint, a spokesman said.\n\n(AP Photo/Jane Doe)\n\n"
        "Flights resume on Monday.\n"
    )
    assert _flagged(text) == ["Advertisement", "(AP Photo/Jane Doe)"]


def test_a_file_of_page_furniture_alone_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "page.txt"
    path.write_text("By Jane Doe, Reuters\n\nAdvertisement\n\nScroll to continue\n", "utf-8")
    with pytest.raises(InputError, match=r"no article text .* page furniture"):
        load_source(str(path))
