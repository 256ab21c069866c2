"""A sentence joins a group only for what it tells of the group's other side: not for the
name and title of the person the group quotes, and, next to a member, only when the group
then reads more alike (a lookalike in the same frame tells another fact)."""

from __future__ import annotations

from tui.core.align import align
from tui.core.align.context import Group, build_context, build_side
from tui.core.align.merging import merge_leftovers, says_another_thing
from tui.core.align.speakers import speaker_span
from tui.core.models import Document, LoadedText
from tui.core.text.document import build_document


def _doc(name: str, text: str) -> Document:
    return build_document(LoadedText(name, None, text))


def _groups(a: Document, b: Document) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(g.a, g.b) for g in align(a, b).groups]


def test_a_sentence_sharing_only_the_naming_of_the_quoted_speaker_does_not_join() -> None:
    # A introduces the family's lawyer in one sentence and quotes him in the next; B quotes
    # him once, naming him there. The introduction tells what he did (watched the video),
    # not what he said: it shares with B only the naming of B's speaker.
    a = _doc(
        "a.txt",
        "Police in Dayton released body-camera footage on Wednesday of an officer shooting "
        "Marcus Reyes in a parking lot.\n\n"
        "Daniel Okoye, an attorney for the Reyes family, watched the footage first. "
        '"Marcus was shot for holding his car keys," Okoye said at a news conference on '
        "Thursday outside the family's church.\n\n"
        "The officer has been placed on paid leave.",
    )
    b = _doc(
        "b.txt",
        "Dayton police have released body-camera footage showing an officer shooting Marcus "
        "Reyes in a parking lot.\n\n"
        '"Marcus was shot for holding his car keys," Daniel Okoye, an attorney for the Reyes '
        "family, said at a news conference on Thursday.\n\n"
        "The city's police union declined to comment.",
    )
    groups = _groups(a, b)
    assert ((2,), (1,)) in groups
    assert not any(1 in group_a for group_a, _ in groups)


def test_a_sentence_naming_the_speaker_of_the_quotation_after_it_joins_the_quotation() -> None:
    # '"...," she said': the sentence before names who speaks; B names her in the quote's
    # own sentence. That naming is what the first sentence brings to the group.
    a = _doc(
        "a.txt",
        "Hospitals across England reported their busiest winter week on record.\n\n"
        "Dr Miriam Osei, the health service's chief nursing officer, urged patients to keep "
        "using services. "
        '"If you need urgent care, please come forward as normal," she said.\n\n'
        "Ambulance handover delays rose for a third week.",
    )
    b = _doc(
        "b.txt",
        "England's hospitals had their busiest winter week on record, figures show.\n\n"
        '"If you need urgent care, please come forward as normal," said Dr Miriam Osei, '
        "the health service's chief nursing officer.\n\n"
        "Pharmacies said flu vaccine stocks were running low.",
    )
    assert ((1, 2), (1,)) in _groups(a, b)
    # The merge step itself takes it, for its naming of the speaker the group quotes.
    context = build_context(build_side(a), build_side(b))
    groups = [Group({2}, {1})]
    merge_leftovers(groups, context)
    assert groups[0].a == {1, 2}


def test_a_neighbour_telling_another_fact_in_the_same_frame_does_not_join() -> None:
    # "They finished 14th last season" stands next to the sentence on his first season
    # and shares "finished" and "season" with B's sentence on it, yet tells another year.
    a = _doc(
        "a.txt",
        "Carrow Rovers sacked manager Ian Bellamy on Monday after a run of nine games without "
        "a win.\n\n"
        "Bellamy, 51, joined from Kestrel Vale in June 2022 and guided Carrow to sixth place in "
        "his first season, two points outside the play-offs. "
        "They finished 17th last season.\n\n"
        "The club said a replacement would be named within a fortnight.",
    )
    b = _doc(
        "b.txt",
        "Ian Bellamy has been sacked by Carrow Rovers after nine games without a win.\n\n"
        "His reign started brightly, with Carrow finishing sixth in his first season under "
        "Bellamy, who joined from Kestrel Vale.\n\n"
        "Supporters had chanted for his removal at Saturday's home defeat.",
    )
    groups = _groups(a, b)
    assert ((1,), (1,)) in groups
    assert not any(2 in group_a for group_a, _ in groups)


def test_a_sub_heading_does_not_pair_with_a_sentence_of_prose() -> None:
    # A's sub-heading shares its two words with B's sentence on the company's silence;
    # A tells that silence nowhere, so neither has a counterpart.
    a = _doc(
        "a.txt",
        "Chemical leak at Brantley plant forces hundreds from their homes\n\n"
        "Hundreds of residents near the Brantley Chemical plant were told to leave their "
        "homes on Tuesday after a tank leaked chlorine gas.\n\n"
        "Fire crews sealed the tank by early evening, the county said.\n\n"
        "COMPANY RESPONDS\n\n"
        "Brantley said in a statement that it was cooperating with state inspectors.",
    )
    b = _doc(
        "b.txt",
        "Hundreds evacuated after chlorine leak at Brantley plant\n\n"
        "A chlorine leak at the Brantley Chemical plant forced hundreds of residents from "
        "their homes on Tuesday.\n\n"
        "County fire crews sealed the leaking tank by early evening.\n\n"
        "The company did not respond to questions about earlier safety violations at the "
        "plant.",
    )
    alignment = align(a, b)
    assert not any(3 in group.a for group in alignment.groups)
    assert 3 in alignment.only_a


def test_a_neighbour_mostly_about_something_else_does_not_join_for_a_word_or_two() -> None:
    # A's sentence on the footage shares "debris" and "sea" with B's short sentence on
    # where the debris fell, next to A's own sentence on that; most of it is the footage.
    a = _doc(
        "a.txt",
        "A Baltic Launch Consortium Osprey 3 rocket exploded about a minute after lifting "
        "off from the Andøya range on Thursday, destroying two weather satellites.\n\n"
        "Footage from the consortium’s livestream showed a bright flash near the base of the "
        "vehicle, followed by a spray of debris trailing down toward the sea. "
        "The wreckage fell inside a hazard area that had been cleared of ships and aircraft "
        "before launch, and the consortium said no one was injured.\n\n"
        "The satellites cost €180 million to build.",
    )
    b = _doc(
        "b.txt",
        "The Baltic Launch Consortium's Osprey 3 rocket blew up about a minute into its flight "
        "from Andøya on Thursday, taking two weather satellites with it.\n\n"
        "Debris fell into a cleared hazard zone at sea.\n\n"
        "Nobody was hurt, the consortium said.\n\n"
        "It was the rocket's second failure in three launches.",
    )
    groups = _groups(a, b)
    assert not any(1 in group_a for group_a, _ in groups)
    assert any(2 in group_a and 1 in group_b for group_a, group_b in groups)


def test_a_speaker_named_after_where_they_spoke_is_a_naming() -> None:
    # Where and to whom the speaker spoke, then the name and title: twelve words that say
    # who, not what; the quotation-free rest is what the sentence tells.
    text = (
        "On a call with Wall Street analysts, Chief Executive Dan Whitcombe acknowledged "
        "that the cuts would be painful."
    )
    span = speaker_span(text)
    assert span is not None
    assert text[span[0] : span[1]].endswith("Dan Whitcombe acknowledged")
    # A longer opening is the fact itself, told on someone's authority.
    assert (
        speaker_span(
            "Since the start of the year the bank has closed more than two hundred branches "
            "across the Midwest, Whitcombe said."
        )
        is None
    )


def test_a_short_piece_of_a_quotation_split_in_two_joins_the_other_half() -> None:
    # A quotes the runner-up in two sentences, the first only three words; B runs the same
    # words as one sentence. The short piece has too few words to join as a retelling, but
    # it leaves the quotation open for the next sentence: one quotation, an n:1 group.
    a = _doc(
        "a.txt",
        "Marta Kovac lost the final in three sets on Sunday.\n\n"
        '"It hurts so much. '
        'Losing a final like this one hurts more than anything," Kovac said afterwards.\n\n'
        "She will rise to fourth in the rankings.",
    )
    b = _doc(
        "b.txt",
        "Marta Kovac was beaten in the final on Sunday, in three sets.\n\n"
        '"It hurts so much, losing a final like this one hurts more than anything," '
        "the Croatian said.\n\n"
        "The tournament paid the runner-up $1.2 million.",
    )
    assert ((1, 2), (1,)) in _groups(a, b)


def test_a_short_quotation_next_to_a_group_stays_one_sided_when_the_other_side_lacks_it() -> None:
    # Two quotations in a row, each closed: the short one is a quotation of its own that B
    # does not have, though it shares a word with the quotation B runs.
    a = _doc(
        "a.txt",
        "Marta Kovac lost the final in three sets on Sunday.\n\n"
        '"Tennis is cruel." '
        '"Losing a final like this one is the worst feeling in tennis," Kovac said.\n\n'
        "She will rise to fourth in the rankings.",
    )
    b = _doc(
        "b.txt",
        "Marta Kovac was beaten in the final on Sunday, in three sets.\n\n"
        '"Losing a final like this one is the worst feeling in tennis," '
        "the Croatian said.\n\n"
        "The tournament paid the runner-up $1.2 million.",
    )
    assert ((2,), (1,)) in _groups(a, b)


def test_a_short_quotation_that_repeats_words_of_the_other_side_joins_as_a_retelling() -> None:
    # B gives in two quotations what A quotes in one; the second is only two content words,
    # both in A's quotation, and stands right after the first.
    a = _doc(
        "a.txt",
        "The probe touched down on the asteroid early on Friday.\n\n"
        '"We have three feet on the surface, all of them, and the surface is holding," the '
        "mission scientist Amara Nwosu told the room.\n\n"
        "It will spend two days drilling before it lifts off.",
    )
    b = _doc(
        "b.txt",
        "A robotic probe has landed on an asteroid, the agency said on Friday.\n\n"
        '"We have three feet on the surface," said Amara Nwosu, the mission scientist. '
        '"The surface is holding."\n\n'
        "The agency has spent nine years on the mission.",
    )
    assert ((1,), (1, 2)) in _groups(a, b)


def test_a_sentence_quoting_the_speaker_on_another_thing_does_not_join() -> None:
    # B quotes the official twice: the first quotation tells something A never tells, and
    # shares with A's sentence only her name and title; the second is A's quotation.
    a = _doc(
        "a.txt",
        "The heat wave has killed at least 40 people across the country, the ministry said.\n\n"
        '"It kills quietly, mostly older people who live alone," said Lucia Ferrer, the '
        "ministry's director general of public health.\n\n"
        "Temperatures are forecast to ease on Friday.",
    )
    b = _doc(
        "b.txt",
        "At least 40 people have died in the heat wave, the health ministry said.\n\n"
        '"What used to be an exceptional summer is becoming an ordinary one, and hospitals '
        'must plan for that," said Dr. Lucia Ferrer, the director general of public health '
        "at the ministry. "
        "Heat, she said, kills quietly, mostly older people who live alone.\n\n"
        "Forecasters expect cooler weather by Friday.",
    )
    groups = _groups(a, b)
    assert any(group_a == (1,) and 2 in group_b for group_a, group_b in groups)
    assert not any(1 in group_b for _, group_b in groups)
    # Every joining step refuses it: it says another thing, under the same naming; its
    # neighbour, which tells A's quotation again, says no other thing.
    context = build_context(build_side(a), build_side(b))
    assert says_another_thing(context, "b", 1, Group({1}, {2}))
    assert not says_another_thing(context, "b", 2, Group({1}, {1}))


def test_a_name_after_the_verb_or_after_a_title_is_a_naming() -> None:
    # "..., said Name, title": the naming is the rest of the sentence.
    text = (
        "The timing is a useful clue, said Elena Varga, an aerospace engineer at the Marlow "
        "Institute of Technology."
    )
    span = speaker_span(text)
    assert span is not None
    assert text[span[0] : span[1]].strip().startswith("said Elena Varga")
    # "said MPs would ..." names no one: MPs are what the sentence tells of.
    clare = "Sir Geoffrey Clare, the committee chairman, said MPs would call the fund's leaders."
    clare_span = speaker_span(clare)
    assert clare_span is not None
    assert clare[clare_span[0] : clare_span[1]].endswith("chairman, said")
    # A title, then the name between commas, opens a sentence that names someone.
    title = "The union's general secretary, Jiri Dostal, struck a conciliatory tone."
    title_span = speaker_span(title)
    assert title_span is not None
    assert title[title_span[0] : title_span[1]].endswith("Jiri Dostal,")
