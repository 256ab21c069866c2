"""Editorialising that is not one charged word: set phrases and idioms, the reporter's weighing
adverbs, ironic tags, labels for one side of a policy fight, and epistemic verbs; with their
literal and factual senses left out."""

from __future__ import annotations

from tests.factories import framing_of_pair
from tests.factories import loaded_texts as _texts


def test_idioms_in_the_reporters_voice_are_found() -> None:
    assert _texts("The broadcaster pulled the plug on the quiz show after two series.") == [
        "pulled the plug"
    ]
    assert _texts("The transport secretary is now in the firing line over the delays.") == [
        "in the firing line"
    ]
    assert _texts("The council wasted no time approving the new car park.") == ["wasted no time"]
    assert _texts("The meeting turned nasty when the budget was tabled.") == ["turned nasty"]
    assert _texts("The regulator let the lender off the hook with a slap on the wrist.") == [
        "slap on the wrist"
    ]
    assert _texts("The board has dug in its heels over the bonus scheme.") == ["dug in its heels"]


def test_an_ironic_tag_is_the_reporters() -> None:
    assert _texts("The whistleblower was sacked for her trouble.") == ["for her trouble"]


def test_weighing_adverbs_are_the_reporters_verdict_on_a_plain_fact() -> None:
    assert _texts("The ministry finally published the report on Friday.") == ["finally"]
    assert _texts("The committee was once again unable to agree a date.") == ["once again"]
    assert _texts("The scheme was barely mentioned in the minister's speech.") == ["barely"]
    assert _texts("The club's collapse has been spectacular.") == ["spectacular"]


def test_finally_ordering_a_list_and_minimisers_before_a_figure_are_not_verdicts() -> None:
    assert _texts("The inquiry heard from the staff, the auditors and, finally, the board.") == []
    assert _texts("Finally, the council voted to adjourn until March.") == []
    # before a figure "barely" weighs the figure: a choice only against the bare figure
    assert _texts("The ferry sank barely 40 minutes after leaving port.") == []


def test_labels_and_epistemic_phrases_in_the_reporters_voice() -> None:
    assert _texts("Open-borders campaigners gathered outside the court.") == ["Open-borders"]
    assert _texts("The ministry repeated its claim that the figures were accurate.") == [
        "repeated its claim"
    ]
    assert _texts("The landmark reform passed by two votes.") == ["landmark"]


def test_literal_and_plain_senses_stay_plain() -> None:
    assert _texts("A freight train hauling grain derailed near the river.") == []
    assert _texts("Divers reached the wreck of the ferry on Monday.") == []
    assert _texts("Two cars had their windscreens smashed overnight.") == []
    assert _texts("Police said the shooting spree lasted ten minutes.") == []
    assert _texts("The agency said illegal immigration fell by a fifth last year.") == []
    assert _texts("She described the pace as at last year's level.") == []


def test_idioms_inside_a_quotation_are_the_speakers() -> None:
    assert _texts('"They pulled the plug on us," the manager said.') == []


def test_pointed_out_frames_only_against_the_other_sources_said() -> None:
    swap = framing_of_pair(
        ["The mayor said that the budget was balanced."],
        ["The mayor pointed out that the budget was balanced."],
    )
    assert [(s.a.text if s.a else None, s.b.text if s.b else None) for s in swap] == [
        ("said", "pointed out")
    ]
    alone = framing_of_pair(
        ["The budget was approved on Monday."],
        ["The budget was approved on Monday.", "Critics pointed out that it was late."],
    )
    assert alone == []
