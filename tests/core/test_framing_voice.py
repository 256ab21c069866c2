"""Whose words a charged word is, and when a charged word reports a plain fact: indirect
speech, terms of art, literal uses, denied admissions, nouns, mild factives, named terms."""

from __future__ import annotations

from tests.factories import framing_of_pair as _framing
from tests.factories import loaded_texts as _texts
from tests.factories import paragraphs
from tui.core.framing.find import find_framing
from tui.core.models import AlignedGroup, Alignment, Document


def _document(name: str, *sentences: str) -> Document:
    return paragraphs(name, sentences)


def test_a_charged_word_in_indirect_speech_is_the_speakers() -> None:
    assert _texts("Traders say their concerns were simply brushed aside by the council.") == []
    # "acknowledged" is the reporter's verb; "bruising" is his word for the campaign.
    assert _texts("He acknowledged that the campaign had at times been bruising.") == [
        "acknowledged that"
    ]
    assert _texts("Critics feared the reckless plan would cost thousands of jobs.") == []
    # The reporter's own words around the speech stay the reporter's.
    assert _texts("The embattled mayor said he would not resign.") == ["embattled"]
    assert _texts(
        "The coach conceded that his side had been outclassed after a humiliating defeat."
    ) == ["conceded", "humiliating"]
    assert _texts("The minister declared victory as he faced down a furious backlash.") == [
        "furious"
    ]


def test_a_reporting_word_used_as_a_noun_or_infinitive_reports_no_speech() -> None:
    assert _texts("Asylum claims have rocketed by a third in just a year.") == ["rocketed"]
    assert _texts("The inquiry's final report whitewashed the role of senior officers.") == [
        "whitewashed"
    ]
    assert _texts("She refused to say when the fund poured millions into doomed investments.") == [
        "refused to say",
        "poured millions into doomed",
    ]


def test_a_label_in_a_paraphrase_is_the_reporters_name_for_the_actor() -> None:
    assert _texts("She conceded that talks with the authoritarian regime could fail.") == [
        "conceded",
        "regime",
    ]


def test_what_a_factive_verb_reveals_the_reporter_adopts() -> None:
    assert _texts("The audit revealed that the fund had lost £27m on ill-judged bets.") == [
        "ill-judged"
    ]


def test_terms_of_art_and_literal_uses_are_facts() -> None:
    assert _texts("Police filed complaints for reckless imprudence resulting in homicide.") == []
    assert _texts("He was charged with reckless driving.") == []
    assert _texts("An officer was seen staggering backward with his sleeve on fire.") == []
    assert _texts("She and her daughter clung to a floating bench for half an hour.") == []
    assert _texts("A blast killed three people at the market.") == []
    assert _texts("Ostarine is sold illegally online.") == []
    assert _texts("Households were hit by the energy price shock.") == []
    # The same words in their charged sense.
    assert _texts("The government clung to power for three decades.") == ["clung to"]
    assert _texts("A staggering £2bn was wasted.") == ["staggering"]
    assert _texts("The senator blasted the plan.") == ["blasted"]


def test_a_denied_admission_or_a_conceded_election_frames_nothing() -> None:
    assert _texts("Harbor National has not admitted wrongdoing.") == []
    assert _texts("The company admitted liability for the crash.") == []
    assert _texts("Mr Vinther conceded defeat in a short speech.") == []
    assert _texts("The minister never claimed the figures were final.") == []
    assert _texts("The minister admitted the figures were wrong.") == ["admitted"]


def test_acknowledged_frames_only_against_the_other_sources_plain_verb() -> None:
    alone = _framing(
        ("The bank will close 110 branches.",),
        (
            "The bank will close 110 branches.",
            "Chief Executive Dan Whitcombe acknowledged that the cuts would be painful.",
        ),
    )
    assert [s.b.text for s in alone if s.b is not None] == []
    swapped = _framing(
        ("The chief executive said that the cuts would be painful for staff.",),
        ("The chief executive acknowledged that the cuts would be painful for staff.",),
    )
    assert [
        (s.category, s.a.text if s.a else None, s.b.text if s.b else None) for s in swapped
    ] == [("attribution", "said", "acknowledged")]


def test_a_term_introduced_by_its_local_name_is_no_scare_quote() -> None:
    shifts = _framing(
        (
            "A landslide buried part of the village.",
            'Mudslides, known locally as "huaicos", are common in the rainy season.',
        ),
        (
            "A landslide buried part of the village.",
            "Residents said huaicos had hit the valley before.",
        ),
    )
    assert [s for s in shifts if s.category == "scare_quote"] == []


def test_the_reporters_own_verdict_or_forecast_is_loaded() -> None:
    assert _texts("The move is likely to anger backbenchers already uneasy about the cuts.") == [
        "likely to anger"
    ]
    assert _texts("Rival leaders were quick to congratulate him on Sunday night.") == ["quick to"]
    assert _texts("For small firms the fine was a rounding error.") == ["rounding error"]
    assert _texts("The vote was the final nail in the coffin for the scheme.") == [
        "nail in the coffin"
    ]
    # Told as someone's forecast it is theirs, not the reporter's.
    assert _texts("Analysts said the move was likely to anger backbenchers.") == []
    # A plain forecast is no verdict.
    assert _texts("The storm is likely to reach the coast on Friday.") == []


def test_a_dramatic_word_is_a_term_choice_only_against_a_plain_counterpart() -> None:
    swapped = _framing(
        (
            "Shares in the grocer fell 12% in London on Tuesday after it cut its profit "
            "forecast for the year.",
        ),
        ("The grocer's shares slumped 12% yesterday as it cut its forecast.",),
    )
    assert [(s.category, s.side, s.b.text if s.b else None) for s in swapped] == [
        ("term_choice", "b", "slumped")
    ]
    assert swapped[0].a is not None and "fell" in swapped[0].a.text
    # Alone, in a passage the other source does not have, it is the news in vivid words.
    alone = _framing(
        ("The storm reached the coast.",),
        ("The storm reached the coast.", "Shares in insurers slumped on Tuesday."),
    )
    assert [s for s in alone if s.b is not None and "slumped" in s.b.text] == []
    assert _texts("Shares in insurers slumped on Tuesday.") == []


def test_how_someone_spoke_is_the_reporters_reading() -> None:
    assert _texts("Vane flatly ruled out an early election.") == ["flatly"]
    assert _texts(
        "Asked about the deaths, the chief executive coldly replied that it was for the courts."
    ) == ["coldly"]
    # Adverbs that time or source a statement, and participles of fact, colour nothing.
    assert _texts("He later told reporters he would stay, and publicly said so again.") == []
    assert _texts("It is one of the most commonly reported substances.") == []
    assert _texts("Overcrowding and poorly maintained vessels are blamed.") == []
    assert _texts("The former minister died on Thursday, his family said.") == []


def test_past_forms_in_the_list_also_match_their_ing_form() -> None:
    assert _texts("The council is slashing bus subsidies.") == ["slashing"]
    # The accusers' charge, told in indirect speech, is theirs.
    assert _texts("Critics accuse the board of doctoring the accounts.") == []
    assert _texts("The board was caught doctoring the accounts.") == ["doctoring"]
    assert _texts("The doctors' union met on Monday.") == []


def test_epistemic_base_forms_and_unverified_figures() -> None:
    assert _texts("The states claim that 700,000 people would lose their status.") == ["claim that"]
    assert _texts("The minister stood by her claim that the figures were right.") == ["stood by"]
    assert _texts(
        "Organisers said 60,000 attended, a figure the BBC has not been able to verify."
    ) == ["not been able to verify"]


def test_the_reporter_ranking_an_event_is_loaded() -> None:
    assert _texts("It was some of the worst street violence the country has seen.") == [
        "some of the worst"
    ]
    assert _texts("The council's controversial car ban was approved.") == ["controversial"]
    assert _texts("The controversy over the ban continued.") == []


def test_the_reporters_inference_in_the_present_is_commentary() -> None:
    assert _texts("The footage appears to undercut the department's initial account.") == [
        "appears to"
    ]
    assert _texts("A closer look raises questions about whether the policy works.") == [
        "raises questions about"
    ]
    # A hedged fact is no inference about the story.
    assert _texts("The victims appear to be an elderly couple.") == []
    assert _texts("The fire appears to have started in the kitchen.") == []


def test_a_blow_and_a_weighing_compound_are_the_reporters_assessment() -> None:
    assert _texts("For families with a large loan, Tuesday's news was a blow.") == ["was a blow"]
    assert _texts("The ban is a major blow for the championships.") == ["major blow"]
    assert _texts("Traffic will be pushed on to the already-congested ring road.") == [
        "already-congested"
    ]
    assert _texts("The much-hyped safety features can be switched off.") == ["much-hyped"]
    # A blow struck is a fact.
    assert _texts("He was knocked down by a blow to the head.") == []


def test_a_dramatic_word_where_the_other_source_retells_the_passage_plainly() -> None:
    shifts = _framing(
        (
            "Hurricane Renata roared ashore in southeastern Louisiana early Thursday, pushing "
            "a wall of seawater into low-lying bayou towns.",
        ),
        (
            "At least six people have been killed after Hurricane Renata struck the coast of "
            "Louisiana overnight.",
        ),
    )
    assert [
        (s.category, s.side, s.a.text if s.a else None, s.b.text if s.b else None) for s in shifts
    ] == [("term_choice", "a", "roared ashore", "struck the coast")]


def test_labels_for_groups_and_pejorative_compounds() -> None:
    assert _texts("The minister faced a furious backlash from the charity lobby.") == [
        "furious",
        "charity lobby",
    ]
    assert _texts("The senator's sabre-rattling alarmed allies.") == ["sabre-rattling"]
    assert _texts("He came armed with eye-catching statistics.") == ["eye-catching"]
    # A hotel lobby and lobbying are no label.
    assert _texts("Guests waited in the hotel lobby while firms lobby ministers.") == []


def test_complained_that_frames_only_against_a_plain_said() -> None:
    alone = _framing(
        ("The president resigned on Monday.",),
        (
            "The president resigned on Monday.",
            "She complained that the coverage had been distressing for her family.",
        ),
    )
    assert [s for s in alone if s.b is not None and "complained" in s.b.text] == []
    assert _texts("She complained that the coverage had been distressing.") == ["complained that"]


def test_evaluative_adjectives_no_fact_needs_and_their_factual_neighbours() -> None:
    assert _texts("The heinous, scandalous decision falsely blamed the nurses.") == [
        "heinous",
        "scandalous",
        "falsely",
    ]
    assert _texts("The sport has struggled for decades with doping scandals.") == []
    assert _texts("Residents were horrified when the roof collapsed.") == []


WIRE_REPORT = (
    "A blast at a fuel depot killed four workers and injured 12 on Tuesday, police said.",
    "Riot police fired tear gas after the attack, and 31 people were arrested.",
    "The driver was charged with reckless driving and admitted to hospital with burns.",
    "Shares in the operator fell 3% as investors weighed the energy price shock.",
    "Survivors clung to a wall as the fire spread; one man was seen staggering out of the smoke.",
    "The company has not admitted liability, and the union said it was devastated.",
    "Fuel smuggled illegally across the border has been blamed for earlier fires.",
)


def test_a_wire_report_full_of_negative_facts_has_no_loaded_word() -> None:
    assert {sentence: _texts(sentence) for sentence in WIRE_REPORT} == {
        sentence: [] for sentence in WIRE_REPORT
    }


def test_a_run_of_names_is_not_named_as_the_other_sources_word() -> None:
    shifts = _framing(
        (
            "Energy Minister Viktor Salnikov used the visit on Tuesday to press London for an "
            "end to the sanctions on the state energy company.",
        ),
        ("The regime used the visit to demand an end to sanctions.",),
    )
    assert [(s.category, s.a, s.b.text if s.b else None) for s in shifts] == [
        ("loaded", None, "regime")
    ]


def test_tabloid_slang_for_paying_and_selling_is_loaded() -> None:
    assert _texts("The tech giant must now cough up £325million after flogging users' data.") == [
        "cough up",
        "flogging",
    ]
    assert _texts("The firm must pay $412 million after selling users' data.") == []


def test_a_verb_followed_by_a_count_reports_the_count() -> None:
    assert _texts("They have drawn four and lost seven, conceding 23.") == []
    assert _texts("Glimmr, which boasts more than four million users, said it would appeal.") == []
    assert _texts("He boasted that nobody could stop him.") == ["boasted"]


def test_two_dramatic_tellings_of_one_passage_are_no_term_choice() -> None:
    a = _document("a", "A general strike paralysed Lisbon on Thursday, shutting the metro.")
    b = _document("b", "Lisbon ground to a halt on Thursday as metro workers walked out.")
    one = Alignment(groups=(AlignedGroup((0,), (0,), 0.8),), only_a=(), only_b=())
    assert [s for s in find_framing(a, b, one) if s.category == "term_choice"] == []
