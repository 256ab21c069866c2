"""The later steps of the aligner (joins, attaches, the neighbour prior) take a sentence into
a group only for what it tells of the group's other side: not for its speaker's name and
title, and not for words the group already shares."""

from __future__ import annotations

from tui.core.align import align
from tui.core.align.speakers import speaker_span
from tui.core.models import Document, LoadedText
from tui.core.text.document import build_document


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
    # No one named ("Forecasters"), or the opening is the fact itself told on authority.
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
