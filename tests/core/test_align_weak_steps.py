"""The later steps of the aligner (joins, attaches, the neighbour prior) take a sentence into
a group only for what it tells of the group's other side: not for its speaker's name and
title, and not for words the group already shares."""

from __future__ import annotations

from tui.core.align import align
from tui.core.align.agreement import (
    Figure,
    agree,
    converted_measures,
    figures,
    figures_disagree,
)
from tui.core.align.context import build_context, build_side
from tui.core.align.merging import attach_leftovers, merge_leftovers
from tui.core.align.pairing import match_in_context, match_pairs
from tui.core.align.scoring import word_terms
from tui.core.align.speakers import speaker_span
from tui.core.models import Document, LoadedText
from tui.core.text.document import build_document
from tui.core.text.words import words


def _doc(name: str, text: str) -> Document:
    return build_document(LoadedText(name, None, text))


def _groups(a: Document, b: Document) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(g.a, g.b) for g in align(a, b).groups]


def _naming(text: str) -> str | None:
    span = speaker_span(text)
    return None if span is None else text[span[0] : span[1]]


def test_the_speaker_span_is_the_name_and_title_around_the_attribution_verb() -> None:
    assert (
        _naming("Richard Voss, the firm's managing partner, said the club would appeal.")
        == "Richard Voss, the firm's managing partner, said"
    )
    assert (
        _naming(
            '"This budget tells a bus driver he does not count," said Denise Farrow, '
            "president of the Ohio Transit Workers Council."
        )
        == "said Denise Farrow, president of the Ohio Transit Workers Council."
    )
    assert (
        _naming("Interior Minister Helena Curado vowed a tough response.")
        == "Interior Minister Helena Curado vowed"
    )
    # With no attribution verb, an opening apposition names who someone is.
    assert (
        _naming("But Harrow, a Democrat from Washington state, wasn't buying it.")
        == "But Harrow, a Democrat from Washington state,"
    )
    # No one named ("Forecasters"), the opening tells what the speaker was doing, or it
    # is the fact itself told on authority.
    assert (
        _naming("Salnikov, speaking to state television after the talks, said it was closed.")
        is None
    )
    assert _naming("Forecasters warned of flash flooding across the coast.") is None
    assert (
        _naming(
            "The woman who died, aged 78, was killed when the wall of her adobe house "
            "collapsed in the hamlet of Ccollpa, INDECI said."
        )
        is None
    )


def test_a_sentence_sharing_only_its_speakers_name_and_title_does_not_join_a_group() -> None:
    # B's chair speaks of something else; he shares only his name and title with A's
    # statement "signed by board chair Thomas Reinholt".
    a = _doc(
        "a.txt",
        "Halstead University president resigns after plagiarism row\n\n"
        "The president of Halstead University, Margaret Ashby, resigned on Monday after "
        "weeks of pressure over her academic work.\n\n"
        "In a statement signed by board chair Thomas Reinholt, the trustees said they "
        "accepted the resignation with sorrow.\n\n"
        "Ashby will remain on the faculty as a professor of history.",
    )
    b = _doc(
        "b.txt",
        "Embattled Halstead president steps down\n\n"
        "Margaret Ashby resigned as president of Halstead University on Monday after weeks "
        "of scrutiny of her academic work.\n\n"
        "In a statement, the board of trustees said it had accepted the resignation with "
        "sorrow. The board's chair, Thomas Reinholt, said the past weeks had been "
        "extraordinarily difficult for the whole campus.\n\n"
        "Students gathered outside the library on Monday evening.",
    )
    groups = _groups(a, b)
    assert ((2,), (2,)) in groups
    assert not any(3 in b_rows for _, b_rows in groups)


def test_a_neighbour_repeating_words_the_group_already_shares_does_not_join_it() -> None:
    # "The election must be held by the autumn of next year" stands next to the quotation
    # and shares "next election ... held" with A, but the quotation tells all of that
    # already: the neighbour adds a fact of its own, A has no counterpart for it.
    a = _doc(
        "a.txt",
        "Prime Minister Ruth Vane won the party leadership on Saturday with 61 percent of "
        "the members' vote.\n\n"
        "Vane flatly ruled out going to the country early, insisting that the next election "
        "will be held when it is due and that the party will be ready for it.\n\n"
        "Her rival, Simon Ferrers, conceded defeat in a short speech.",
    )
    b = _doc(
        "b.txt",
        "Ruth Vane was elected party leader on Saturday, taking 61 percent of the vote of "
        "members.\n\n"
        '"The next election will be held when it is due, and we will be ready," she told '
        "reporters after her speech. The election must be held by the autumn of next "
        "year.\n\n"
        "Simon Ferrers, who lost, conceded in a brief speech.",
    )
    groups = _groups(a, b)
    assert ((1,), (1,)) in groups
    assert not any(2 in b_rows for _, b_rows in groups)


def test_one_person_quoted_on_two_things_is_no_pair() -> None:
    # Both outlets quote the shadow minister, on two different things: the sentences share
    # her name and title and nothing else.
    a = _doc(
        "a.txt",
        "The pension fund for civil servants lost £19 million on a single property deal, the "
        "spending watchdog found.\n\n"
        "The fund's trustees approved the stake without taking independent advice, the report "
        "said.\n\n"
        'Shadow pensions minister Rachel Dunmore said: "This is a scandal, and someone must '
        'be held to account."\n\n'
        "The department said lessons had been learned.",
    )
    b = _doc(
        "b.txt",
        "A watchdog found that the civil service pension fund lost £19 million on one "
        "property investment.\n\n"
        "According to the report, the trustees approved the investment without independent "
        "advice.\n\n"
        "The fund's chief executive gave an interview to the BBC on Wednesday evening.\n\n"
        "Shadow pensions minister Rachel Dunmore said the interview had left more questions "
        "than answers.\n\n"
        "The department said lessons had been learned.",
    )
    groups = _groups(a, b)
    assert ((1,), (1,)) in groups
    assert ((3,), (4,)) in groups
    assert not any(2 in a_rows for a_rows, _ in groups)


def test_figures_agree_when_equal_rounded_or_hedged_close_and_not_otherwise() -> None:
    def first(text: str) -> Figure:
        return figures(words(text))[0]

    assert agree(first("$12 million"), first("$12.4 million"))
    assert agree(first("105,000 people"), first("105,204 people"))
    assert agree(first("nearly five hours"), first("more than four hours"))
    assert not agree(first("16 deaths"), first("12 deaths"))
    # "up 3.1%" is a rise, not "up to": no hedge.
    assert not agree(first("up 3.1%"), first("$3.2 billion"))
    assert figures(["in", "2018"]) == []
    # A time of day is no amount.
    assert figures(words("announced shortly after 3 p.m. on Sunday")) == []


def test_a_weak_pair_whose_figures_all_disagree_is_not_taken() -> None:
    # The share price and the quarter's earnings stand between two aligned pairs, and
    # share "bank", "up" and a figure near 3; but 3.1% and $3.2 billion, 58.77 and 9% are
    # two facts, not one told twice.
    a = _doc(
        "a.txt",
        "Harbor Bancorp said on Tuesday that its third-quarter profit beat forecasts as "
        "lending to small businesses recovered.\n\n"
        "The bank set aside less money for bad loans than in any quarter since 2021.\n\n"
        "Shares of the bank were up 3.1% at $58.77 in afternoon trading, their biggest gain "
        "since April.\n\n"
        "Chief executive Dana Whitcombe told analysts that loan losses had peaked and that "
        "the bank would keep its dividend.\n\n"
        "The bank's mortgage unit shrank for a fifth straight quarter as higher rates kept "
        "buyers away.\n\n"
        "Regulators fined the bank last year over its handling of customer complaints.",
    )
    b = _doc(
        "b.txt",
        "Harbor Bancorp beat forecasts for third-quarter profit on Tuesday, helped by a "
        "recovery in lending to small businesses.\n\n"
        "Provisions for bad loans fell to their lowest since 2021.\n\n"
        "The bank earned $3.2 billion in the quarter, up 9% from the same period last "
        "year.\n\n"
        "Whitcombe told analysts on a call that loan losses had peaked and the dividend was "
        "safe.\n\n"
        "Its investment bankers had their busiest quarter in two years as companies "
        "returned to the bond market.\n\n"
        "The bank is due to present its new strategy to investors in March.",
    )
    groups = _groups(a, b)
    assert ((1,), (1,)) in groups
    assert ((3,), (3,)) in groups
    assert not any(2 in a_rows for a_rows, _ in groups)


def test_a_left_over_sentence_whose_figures_all_disagree_does_not_attach_to_a_group() -> None:
    # The second stake (£7m, 15 minutes) is not the first (£20m, 40 minutes), though it
    # tells of the same trustees, fund and meeting.
    a = build_side(
        _doc(
            "a.txt",
            "The county pension fund lost money on a property loan fund, auditors found on "
            "Tuesday.\n\n"
            "The fund's trustees approved a £20m stake in the Harrowgate property fund after a "
            "meeting lasting 40 minutes.\n\n"
            "The fund's chair said lessons had been learned.",
        )
    )
    b = build_side(
        _doc(
            "b.txt",
            "Auditors said on Tuesday that the county pension fund had lost money on a "
            "property loan fund.\n\n"
            "According to the report, the trustees approved the £20m stake at a meeting. "
            "The trustees later approved a second stake in the Harrowgate property fund, of "
            "£7m, after a meeting of 15 minutes.\n\n"
            "The chair of the fund said lessons had been learned.",
        )
    )
    context = build_context(a, b)
    groups = match_pairs(context.scores, len(a.sentences), len(b.sentences))
    match_in_context(groups, context)
    merge_leftovers(groups, context)
    attach_leftovers(groups, context)
    assert any(g.a == {1} and g.b == {1} for g in groups)
    assert not any(2 in g.b for g in groups)


def test_an_amount_run_together_with_its_scale_word_is_a_figure() -> None:
    # "£20million" (British tabloid style) is "£20m" and "£20 million".
    assert set(word_terms("20million")) == set(word_terms("20m"))
    assert {"20", "million"} <= set(word_terms("20million"))


def test_a_weak_pair_naming_two_different_speakers_is_not_taken() -> None:
    # Between two aligned pairs, a campaign group and the health department both urge a
    # return to talks: two people saying a like thing, not one fact told twice.
    a = _doc(
        "a.txt",
        "Nurses in England began a 48-hour strike on Monday after rejecting a 4.5 per cent "
        "pay offer.\n\n"
        "Hospitals cancelled thousands of operations and outpatient appointments.\n\n"
        "The campaign group Patients First said patients were caught in the middle and "
        "urged both sides to return to talks.\n\n"
        "The union said emergency and intensive care would be staffed throughout the strike.",
    )
    b = _doc(
        "b.txt",
        "Thousands of nurses walked out on Monday at the start of a 48-hour strike over a "
        "4.5 per cent pay offer.\n\n"
        "Thousands of operations and outpatient appointments were cancelled by hospitals.\n\n"
        "A Department of Health spokesman added: \"We urge the Nurses' Federation to call "
        'off this damaging strike and return to talks."\n\n'
        "Emergency and intensive care will be staffed throughout the strike, the union said.",
    )
    groups = _groups(a, b)
    assert ((1,), (1,)) in groups
    assert ((3,), (3,)) in groups
    assert not any(2 in a_rows for a_rows, _ in groups)


def test_a_span_of_time_and_a_count_are_no_two_values_of_one_thing() -> None:
    lede_a = words(
        "The police chief resigned on Monday, four days after an inquiry found that dozens of "
        "his officers had exchanged racist messages."
    )
    lede_b = words(
        "The police chief stepped down Monday, days after a report accused more than 40 of his "
        "officers of trading racist messages."
    )
    assert not figures_disagree(lede_a, lede_b)
    # Two spans of time, or two counts, that differ still disagree.
    assert figures_disagree(words("He resigned four days later."), words("He quit 40 days on."))
    assert figures_disagree(words("It killed 16 people."), words("It killed 12 people."))


def test_a_distance_in_miles_and_in_kilometres_is_one_value() -> None:
    a = words(
        "He made his decisive move on the long climb across the bridge shortly after 32 "
        "kilometers, opening a gap of about 15 seconds."
    )
    b = words("He broke away on the bridge at about the 20-mile mark, and was never caught.")
    assert not figures_disagree(a, b)
    assert converted_measures(a, b) == 1
    # The same unit told twice is no conversion; another distance still disagrees.
    assert converted_measures(words("The surge reached 13 feet."), words("It hit 13ft.")) == 0
    assert figures_disagree(words("The surge reached 13 feet."), words("It rose to 20ft."))
    assert not figures_disagree(words("It lay 5 nautical miles off."), words("9 km offshore."))
    # A distance and a count are no two values of one thing.
    assert not figures_disagree(words("It sank 20 miles out."), words("It carried 32 people."))
