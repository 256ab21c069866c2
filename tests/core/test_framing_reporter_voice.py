"""Round 5 kinds of framing in the reporter's voice: moods and tempers read into people, blunt
or stubborn stances told as idioms, tabloid money slang, the news told as a nightmare, "claims"
as a verb; and the facts and names that must stay plain beside them."""

from __future__ import annotations

from tests.factories import framing_of_pair
from tests.factories import loaded_texts as _texts
from tui.core.models import FramingShift


def test_a_mood_or_temper_read_into_someone_is_the_reporters() -> None:
    assert _texts("Shopkeepers on the high street were unimpressed by the offer.") == [
        "unimpressed"
    ]
    assert _texts("Asked about the payments, Castellano fumed at reporters outside court.") == [
        "fumed"
    ]
    assert _texts("The chief executive was unapologetic when he faced MPs on Tuesday.") == [
        "unapologetic"
    ]
    assert _texts("Jittery investors sold the shares through the afternoon.") == ["Jittery"]
    # the same stems as plain facts
    assert _texts("Toxic fumes filled the ward and 40 patients were moved.") == []


def test_a_quoted_mood_word_is_the_speakers() -> None:
    assert _texts('The mayor said residents were "unimpressed, and rightly so".') == []


def test_idioms_of_a_blunt_or_stubborn_stance_are_found() -> None:
    assert _texts("The union's leader did not hold back at the rally.") == ["did not hold back"]
    assert _texts("The minister refused to be drawn on the cost of the scheme.") == [
        "refused to be drawn"
    ]
    assert _texts("Management did not budge on the four-day week.") == ["did not budge"]
    assert _texts("To his credit, the coach stayed behind to talk to the fans.") == [
        "To his credit"
    ]


def test_tabloid_money_slang_and_warfare_for_a_deal() -> None:
    assert _texts("The former director trousered £2.1m in bonuses before the collapse.") == [
        "trousered"
    ]
    assert _texts("Regulators torpedoed the £8bn mega-merger on Friday.") == [
        "torpedoed",
        "mega-merger",
    ]


def test_the_news_told_as_a_nightmare_in_narration() -> None:
    assert _texts("For the 180 passengers on board, the nightmare had only begun.") == ["nightmare"]
    assert _texts("Commuters face more misery as the strike enters its third week.") == ["misery"]


def test_claims_as_a_verb_before_a_clause_but_not_as_a_noun() -> None:
    assert _texts("The government claims the measure will save €3.8bn a year by 2035.") == [
        "claims"
    ]
    assert _texts("Asylum claims the Home Office rejected rose by a third.") == []
    assert _texts("She rejected the claims the company made in court.") == []
    # posing as someone is a fact: "claiming to be from the bank"
    assert _texts("Do not click links in emails claiming to be from the bank.") == []


def test_a_name_ending_in_ly_is_no_adverb_of_manner() -> None:
    assert _texts("Vesely said she would think about the lost game for a while.") == []
    assert _texts("Kelly replied that the accounts had been filed on time.") == []
    assert _texts("The chairman curtly replied that the matter was closed.") == ["curtly"]


def test_jeers_from_a_crowd_are_an_event_not_the_reporters_sneer() -> None:
    assert _texts("She sat down to jeers from the government benches.") == []
    assert _texts("The minister jeered at the opposition leader.") == ["jeered"]


def test_a_word_after_a_dateline_dash_opens_the_sentence_and_is_no_name() -> None:
    assert _texts("TOLEDO (WFNK) - Disgraced former director Dennis Halloran was jailed.") == [
        "Disgraced"
    ]
    assert _texts("Officials said the Disgraced Monk pub would reopen in May.") == []


def test_a_weighed_figure_is_told_only_against_the_others_figure() -> None:
    # "Only two missions" against a passage that has no figure: no item and no bogus counterpart
    shifts = _aligned(
        "Only two missions have previously returned samples from asteroids.",
        "Unlike earlier missions, the probe will return its sample in 2029.",
    )
    assert [s for s in shifts if s.b is not None and "Only" in s.b.text] == []
    assert [s for s in shifts if s.a is not None and "Only" in s.a.text] == []
    shifts = _aligned(
        "The motion passed by just seven votes on Thursday.",
        "The motion passed by seven votes on Thursday.",
    )
    assert [(s.a and s.a.text, s.b and s.b.text) for s in shifts] == [("just seven", "seven")]


def test_a_figure_is_no_counterpart_of_a_word() -> None:
    shifts = _aligned(
        "Shares in the company closed at 388 pence, investors relieved the deal was dead.",
        "Shares in the company closed up, investors quietly relieved the deal was dead.",
    )
    assert all(s.a is None or "388" not in s.a.text for s in shifts)


def test_a_demand_is_a_plain_verb_of_negotiation() -> None:
    shifts = _aligned(
        "The unions are demanding 7.5 per cent, arguing that wages lag behind rents.",
        "The unions are asking for 7.5 per cent, arguing that wages lag behind rents.",
    )
    assert shifts == []


def test_a_body_compound_tells_drama() -> None:
    assert _texts("Almeida won a nerve-shredding final-set tiebreaker on Saturday.") == [
        "nerve-shredding"
    ]
    assert _texts("The council tested a heart-rate monitor on its staff.") == []


def test_a_rank_borne_out_by_a_measurement_is_a_fact() -> None:
    assert _texts("Smoke kept the air at some of the worst levels ever recorded here.") == []
    assert _texts("It was some of the worst officiating the league has seen.") == [
        "some of the worst"
    ]


def test_an_injury_is_no_bruising_verdict() -> None:
    assert _texts("A dozen others were treated at the scene for cuts and bruises.") == []
    assert _texts("The party licked its wounds after a bruising defeat.") == ["bruising"]


def test_slang_in_a_paraphrase_is_the_reporters_register() -> None:
    assert _texts("Prosecutors said that Halloran pocketed more than $400,000 in cash.") == [
        "pocketed"
    ]
    # a judgement in the same syntax stays the speaker's
    assert _texts("Prosecutors said that the scheme was brazen.") == []


def test_the_reporter_setting_the_facts_against_an_account() -> None:
    assert _texts("The ministry's own figures tell a different story.") == [
        "tell a different story"
    ]
    assert _texts("The mayor resigned under mounting pressure from activists.") == [
        "under mounting pressure"
    ]


def test_a_crash_told_as_a_smash_against_a_plain_telling() -> None:
    shifts = _aligned(
        "The jet smashed through a fence and came to rest in a field.",
        "The jet went through a fence and came to rest in a field.",
    )
    assert [(s.category, s.a and s.a.text, s.b and s.b.text) for s in shifts] == [
        ("term_choice", "smashed", "went")
    ]
    # the same word alone in a passage the other source lacks is no choice
    assert _texts("The jet smashed through a fence.") == []


def test_a_verdict_adverb_opening_a_sentence_is_the_reporters_aside() -> None:
    assert _texts("Notably, the review found no evidence that the chief knew.") == ["Notably"]
    assert _texts("Ironically, the law he broke was one he had written.") == ["Ironically"]
    # the same adverb inside a clause, without the comma, qualifies a fact
    assert _texts("The figures were notably higher in the north.") == []


def test_idioms_of_doubt_and_insistence_in_narration() -> None:
    assert _texts("The committee chairman wasn’t buying it.") == ["wasn’t buying it"]
    assert _texts("Senators demanded to know why the figure had changed.") == ["demanded to know"]


def test_already_weighs_a_figure_only_against_the_same_bare_figure() -> None:
    shifts = _aligned(
        "Driver pay, already £64,800 a year, will rise to nearly £75,000.",
        "Driver pay, £64,800 a year, will rise to nearly £75,000.",
    )
    assert [(s.a and s.a.text, s.b and s.b.text) for s in shifts] == [
        ("already £64,800", "£64,800")
    ]
    shifts = _aligned(
        "Driver pay, already £64,800 a year, will rise to nearly £75,000.",
        "Driver pay will rise by 15 per cent to nearly £75,000.",
    )
    assert [s for s in shifts if s.a is not None and "already" in s.a.text] == []


def test_a_political_label_one_source_attaches_is_framing() -> None:
    shifts = _aligned(
        "Rev. Kwame Doss, an activist pastor, called the resignation a start.",
        "Rev. Kwame Doss, a pastor in the city, called the resignation a start.",
    )
    assert [(s.category, s.a and s.a.text, s.b) for s in shifts] == [("loaded", "activist", None)]
    assert "political label" in shifts[0].note


def test_a_political_label_alone_or_naming_a_group_is_description() -> None:
    # alone in a sentence: no other telling to set it against
    assert _texts("Rev. Kwame Doss, an activist pastor, called the resignation a start.") == []
    # a group named by its politics, and a party's name, are who did it
    shifts = _aligned(
        "Legal conservatives were quick to point to the 2018 ruling.",
        "Lawyers were quick to point to the 2018 ruling.",
    )
    assert [s for s in shifts if s.a is not None and "conservative" in s.a.text] == []
    shifts = _aligned(
        "The Conservatives won the seat by 400 votes.",
        "The governing party won the seat by 400 votes.",
    )
    assert [s for s in shifts if s.a is not None and "Conservative" in s.a.text] == []


def test_the_counterpart_is_the_others_word_not_the_names_around_it() -> None:
    shifts = _aligned(
        "All flights out of Marlow were cancelled on Sunday as the storm hit.",
        "All flights out of Marlow were axed as the storm hit.",
    )
    assert [(s.a and s.a.text, s.b and s.b.text) for s in shifts] == [("cancelled", "axed")]


def test_two_political_labels_for_the_same_outlet_are_one_term_choice() -> None:
    shifts = _aligned(
        "The allegations were first published by a conservative website in February.",
        "The allegations were first published by a rightwing website in February.",
    )
    assert [(s.category, s.a and s.a.text, s.b and s.b.text) for s in shifts] == [
        ("term_choice", "conservative", "rightwing")
    ]


def test_a_label_word_in_its_plain_sense_is_no_politics() -> None:
    shifts = _aligned(
        "By a conservative estimate, talks made progress on the liberation of 40 hostages.",
        "By one estimate, talks went well on the release of 40 hostages.",
    )
    assert [s for s in shifts if s.a is not None] == []


def test_drama_in_a_paraphrase_is_the_reporters_against_the_others_paraphrase() -> None:
    shifts = _aligned(
        "Traders said takings fell by as much as a fifth during the weekend trial in 2019.",
        "Shopkeepers say takings slumped by up to 20 per cent when the Old Town shut.",
    )
    assert [(s.category, s.a and s.a.text, s.b and s.b.text) for s in shifts] == [
        ("term_choice", "fell", "slumped")
    ]


def test_a_defeat_told_as_a_beating_against_a_plain_defeat() -> None:
    shifts = _aligned(
        "The manager was sacked after a 3-0 home defeat by Castleford City.",
        "The manager was sacked after a 3-0 home hammering by Castleford City.",
    )
    assert [(s.a and s.a.text, s.b and s.b.text) for s in shifts] == [("defeat", "hammering")]


def test_analysis_told_as_a_grip_turbulence_and_a_mounting_toll() -> None:
    assert _texts("The vote was the starkest sign yet of his weakening grip on the party.") == [
        "starkest",
        "weakening grip",
    ]
    assert _texts("The toll on the city's hospitals is mounting.") == ["is mounting"]
    # organising a challenge is no growing toll
    assert _texts("The union is mounting a legal challenge to the law.") == []


def test_care_told_as_a_rush_against_a_plain_telling() -> None:
    shifts = _aligned(
        "Two crew members were taken to hospital with minor injuries on Friday, police said.",
        "Two cabin crew were rushed to hospital with minor injuries after the crash landing.",
    )
    assert [(s.a and s.a.text, s.b and s.b.text) for s in shifts] == [("taken", "rushed")]


def test_claims_with_an_object_is_a_claim_of_responsibility_not_a_doubt() -> None:
    assert _texts("A ransomware gang claims the attack on six hospitals in the region.") == []
    assert _texts("The company claims it was never told about the leak.") == ["claims"]


def test_asides_and_slang_in_their_plain_senses_stay_plain() -> None:
    assert _texts("The airline announced a change of course on refunds.") == []
    assert _texts("The fee was charged to his credit card in March.") == []
    assert _texts("Regulators capped the cost of payday loans in 2015.") == []
    assert _texts("Negotiators hammered out a deal overnight.") == []
    # and in their charged senses they are found
    assert _texts("The deal was, of course, a payday for the bosses.") == ["of course", "payday"]


def test_admitting_an_offence_in_court_is_a_plea_not_a_framing_verb() -> None:
    assert _texts("The water company was fined after admitting illegally discharging sewage.") == []
    assert _texts("The driver admitted causing death by careless driving.") == []
    assert _texts("He admitted two counts of fraud at Leeds Crown Court.") == []
    assert _texts("The minister admitted the scheme had been rushed.") == ["admitted"]


def test_contempt_shown_by_a_crowd_or_in_content_is_an_event() -> None:
    assert _texts("The away end taunted him with chants throughout the second half.") == []
    assert _texts("The messages included images mocking people who had been arrested.") == []
    assert _texts("The minister mocked the opposition leader's record.") == ["mocked"]


def test_the_tabloid_register_for_deals_and_coalitions_is_the_reporters() -> None:
    assert _texts("The free-spending club handed the Brazilian hotshot a five-year deal.") == [
        "free-spending",
        "hotshot",
    ]
    assert _texts("She faces weeks of horse-trading to cobble together a coalition.") == [
        "horse-trading",
        "cobble together",
    ]
    # Plain words around them stay plain: a bagged salad, gains wiped out by a fall.
    assert _texts("Shoppers should not swear off bagged salads, the group said.") == []
    assert _texts("Shares fell 14.6%, wiping out most of the premium since February.") == []


def _aligned(a_text: str, b_text: str) -> list[FramingShift]:
    return framing_of_pair([a_text], [b_text])


def test_the_reporters_verdict_on_an_event_or_its_objects() -> None:
    assert _texts("The sinking is the latest in a grim run of accidents on the river.") == ["grim"]
    assert _texts("The audacious raid on the gallery lasted six minutes.") == ["audacious"]
    assert _texts("Among the haul was a dazzling sapphire brooch.") == ["dazzling"]
    assert _texts("Police are hunting the villains who fled on scooters.") == ["villains"]
    # the same words in a quotation are the speaker's
    assert _texts('"It is a tragedy for the town, a grim day," the mayor said.') == []


def test_a_theft_or_a_sea_told_dramatically_against_a_plain_word() -> None:
    shifts = framing_of_pair(
        ["Police recovered none of the loot from the museum raid."],
        ["Police recovered none of the stolen jewels from the museum."],
    )
    assert [(s.a and s.a.text, s.category) for s in shifts] == [("loot", "term_choice")]
    shifts = framing_of_pair(
        ["The ferry capsized in raging seas on Friday."],
        ["The ferry capsized in rough seas on Friday."],
    )
    assert [(s.a and s.a.text, s.b and s.b.text) for s in shifts] == [("raging", "rough")]
