"""Charged words in the reporter's voice: one sentence, aligned pairs, one-source passages,
headlines, epistemic markers and scare quotes."""

from __future__ import annotations

import pytest

from tests.factories import framing_of_pair, paragraphs, text_of
from tests.factories import loaded_texts as _texts
from tui.core.align.aligner import align
from tui.core.framing.find import find_framing
from tui.core.framing.valence import valence
from tui.core.framing.voice import loaded_words
from tui.core.models import AlignedGroup, Alignment, Document, FramingShift


def test_loaded_words_in_the_reporters_voice_are_found() -> None:
    assert _texts(
        "The embattled mayor wriggled out of a second corruption inquiry on Tuesday."
    ) == ["embattled", "wriggled out of"]
    assert _texts(
        "The company's heavily doctored annual report glossed over a staggering $2 billion hole."
    ) == ["heavily doctored", "glossed over", "staggering"]


def test_facts_are_not_framing_however_negative() -> None:
    assert _texts("A gunman killed two people and injured five before he was arrested.") == []
    assert _texts("Shares fell 3% after the attack on the refinery, and a fire broke out.") == []
    assert _texts("The driver was admitted to hospital; the group claimed responsibility.") == []


def test_loaded_words_inside_a_quotation_are_the_speakers() -> None:
    assert _texts('The union leader said the offer was "a disgraceful, reckless insult."') == []
    assert _texts("‘They looted the fund and sneered at us,’ she said.") == []


def test_so_called_distances_unless_it_introduces_a_term() -> None:
    assert _texts("This so-called peace plan was drafted in secret.") == ["so-called"]
    assert _texts("Astronomers detected a so-called fast radio burst.") == []


def test_a_sneer_outranks_an_emphasis() -> None:
    sneer = loaded_words("The senator sneered at the report.")[0]
    assert sneer.word_class == "contempt"
    stressed = next(
        s
        for s in _aligned(
            "The minister said the plan was safe.", "The minister stressed the plan was safe."
        )
        if s.category == "attribution"
    )
    assert sneer.strength > stressed.strength


def test_a_charged_word_for_the_same_thing_names_the_counterpart_and_the_side() -> None:
    shifts = _aligned(
        "Ministers trimmed funding for rural bus routes by a third.",
        "Ministers slashed funding for rural bus routes by a third.",
    )
    assert [(s.category, s.side, s.a and s.a.text, s.b and s.b.text) for s in shifts] == [
        ("term_choice", "b", "trimmed", "slashed")
    ]
    assert "“slashed” in B, “trimmed” in A" in shifts[0].note


def test_two_sentences_with_different_plain_verbs_are_not_framing() -> None:
    assert (
        _aligned(
            "The council approved the budget on Tuesday.",
            "The council debated the budget on Tuesday.",
        )
        == []
    )


def test_a_loaded_word_in_a_one_source_passage_has_no_counterpart() -> None:
    a = _document("a.txt", "The council met on Tuesday.")
    b = _document(
        "b.txt", "The council met on Tuesday.", "Its cronies looted nothing but pocketed the fees."
    )
    alignment = Alignment(groups=(AlignedGroup((0,), (0,), 1.0),), only_a=(), only_b=(1,))
    shifts = find_framing(a, b, alignment)
    assert [(s.category, s.a, s.b and s.b.text, s.side) for s in shifts] == [
        ("loaded", None, "cronies", "b"),
        ("loaded", None, "pocketed", "b"),
    ]
    assert "only in B, in a passage A does not have" in shifts[0].note


def test_the_headlines_are_always_compared() -> None:
    a = _document("a.txt", "Council approves budget", "The council approved the budget.")
    b = _document(
        "b.txt", "Council forces through budget amid uproar", "The council approved the budget."
    )
    alignment = Alignment(groups=(AlignedGroup((1,), (1,), 1.0),), only_a=(0,), only_b=(0,))
    shifts = find_framing(a, b, alignment)
    assert [(s.category, s.a and s.a.text, s.b and s.b.text, s.side) for s in shifts] == [
        ("headline", "approves", "forces through budget amid uproar", "b")
    ]
    note = shifts[0].note
    assert "A “Council approves budget”; B “Council forces through budget amid uproar”" in note
    assert "“forces through” in B" in note and "“uproar” in B" in note


def test_headlines_telling_the_news_from_another_angle_are_compared() -> None:
    """No charged word, but B's headline leads on what A never mentions: one item, both sides."""
    a = _document(
        "a.txt", "Nurses begin 48-hour strike in pay dispute", "Nurses walked out on Monday."
    )
    b = _document(
        "b.txt",
        "Nurses’ union rejects pay rise, leaving patients in limbo",
        "Nurses walked out on Monday.",
    )
    alignment = Alignment(groups=(AlignedGroup((1,), (1,), 1.0),), only_a=(0,), only_b=(0,))
    [shift] = find_framing(a, b, alignment)
    assert shift.category == "headline"
    assert shift.a is not None and shift.a.text == "begin 48-hour strike in pay dispute"
    assert shift.b is not None
    assert shift.b.text == "union rejects pay rise, leaving patients in limbo"


def test_headlines_rewording_the_same_facts_are_not_framing() -> None:
    a = _document(
        "a.txt",
        "Two workers killed in fire at battery plant",
        "Two workers were killed in a fire at the battery plant, a deadly blaze.",
    )
    b = _document(
        "b.txt",
        "Deadly blaze at battery plant",
        "Two workers were killed in a fire at the battery plant, a deadly blaze.",
    )
    alignment = Alignment(groups=(AlignedGroup((1,), (1,), 1.0),), only_a=(0,), only_b=(0,))
    assert find_framing(a, b, alignment) == ()


def test_a_quotation_chosen_for_one_headline_is_part_of_its_wording() -> None:
    a = _document("a.txt", "Thousands march over pension age", "Thousands marched in London.")
    b = _document(
        "b.txt",
        "‘A tax paid in years of life’: thousands march over pension age",
        "Thousands marched in London.",
    )
    alignment = Alignment(groups=(AlignedGroup((1,), (1,), 1.0),), only_a=(0,), only_b=(0,))
    [shift] = find_framing(a, b, alignment)
    assert (shift.category, shift.a, shift.b and shift.b.text) == (
        "headline",
        None,
        "tax paid in years of life",
    )


def test_epistemic_verbs_where_the_other_source_says_said() -> None:
    for verb in ("claimed", "insisted", "admitted", "conceded"):
        shifts = _aligned(
            "The spokesman said the factory had never discharged waste.",
            f"The spokesman {verb} the factory had never discharged waste.",
        )
        assert [(s.a and s.a.text, s.b and s.b.text, s.side) for s in shifts] == [
            ("said", verb, "b")
        ], verb


def test_epistemic_marker_told_without_a_counterpart() -> None:
    a = _document("a.txt", "Officials spoke on Monday.")
    b = _document("b.txt", "Officials spoke on Monday.", "She insisted the trip was routine.")
    alignment = Alignment(groups=(AlignedGroup((0,), (0,), 1.0),), only_a=(), only_b=(1,))
    shifts = find_framing(a, b, alignment)
    assert [(s.category, s.b and s.b.text, s.a) for s in shifts] == [
        ("epistemic", "insisted", None)
    ]


def test_scare_quotes_around_a_term_the_other_source_uses_plainly() -> None:
    shifts = _aligned(
        "The state charged him with espionage in March.",
        "The state charged him with ‘espionage’ in March.",
    )
    assert [(s.category, s.a and s.a.text, s.b and s.b.text, s.side) for s in shifts] == [
        ("scare_quote", "espionage", "‘espionage’", "b")
    ]


def test_a_partial_quotation_of_a_speaker_is_not_a_scare_quote() -> None:
    shifts = _aligned(
        "The club said it was deeply disappointed by the ruling.",
        "The club said it was “deeply disappointed” by the ruling.",
    )
    assert [s for s in shifts if s.category == "scare_quote"] == []


def test_valence_comes_from_the_vader_lexicon() -> None:
    assert (valence("slammed") or 0) < 0
    assert (valence("impressive") or 0) > 0
    assert valence("Tuesday") is None
    why = loaded_words("The results were dismal.")[0].why()
    assert why.startswith("negative loaded word, valence -3.0")


def test_a_word_sharing_a_hedges_stem_is_not_a_hedge() -> None:
    shifts = _aligned(
        "The ban came into force in March, officials said.",
        "The ban took effect in March, officials said.",
    )
    assert [s for s in shifts if s.category == "hedging"] == []


def test_a_charged_word_both_sources_chose_is_one_item_holding_both() -> None:
    shifts = _aligned(
        "The manager insisted on Friday that the ruling changed nothing.",
        "The coach insisted the ruling did nothing to taint the title.",
    )
    assert [(s.category, s.a and s.a.text, s.b and s.b.text) for s in shifts] == [
        ("epistemic", "insisted", "insisted")
    ]
    assert "in both A and B" in shifts[0].note


def test_acknowledged_that_is_an_admission_but_a_policy_acknowledging_a_view_is_not() -> None:
    assert _texts("In the memo, he acknowledged that the company had hired too fast.") == [
        "acknowledged that"
    ]
    assert _texts("The position acknowledges Beijing’s view that Taiwan is its territory.") == []


def test_claims_that_casts_doubt_but_a_count_of_claims_does_not() -> None:
    assert _texts("The company claims that it employs 15,000 safety staff.") == ["claims that"]
    assert _texts("Asylum claims rose by a third over the year.") == []


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The tech tycoon squirmed through three hours of questions.", "tycoon squirmed"),
        ("Her spokesman fired back within the hour.", "fired back"),
        ("The party lurched from crisis to crisis all spring.", "lurched from"),
        ("The scandal-plagued agency will be wound up.", "scandal-plagued"),
        ("The much-hyped launch was delayed again.", "much-hyped"),
    ],
)
def test_combative_replies_pejorative_labels_and_hype_are_loaded(sentence: str, word: str) -> None:
    assert word in _texts(sentence)


def test_a_figure_played_down_or_up_in_the_reporters_voice() -> None:
    assert _texts("Firefighters had contained just 8% of the blaze by Wednesday.") == ["just 8"]
    assert _texts("Turnout was only around 47 per cent.") == ["only around 47"]
    assert _texts("The company was fined a mere 3,000 dollars.") == ["a mere 3,000"]
    assert _texts("The bill passed with barely any debate.") == ["barely any"]
    # a bare figure reports; closeness in time and "the only" are not emphasis
    assert _texts("Firefighters had contained 8% of the blaze by Wednesday.") == []
    assert _texts("The budget was signed just 20 minutes before the deadline.") == []
    assert _texts("The only 2 survivors were taken to hospital.") == []


def test_a_characterisation_lent_to_someone_is_theirs_not_the_outlets() -> None:
    assert _texts("He was jailed after a trial that rights groups condemned as a sham.") == []
    assert _texts("The verdict followed a sham trial.") == ["sham"]


def test_standing_by_a_claim_casts_doubt_but_standing_by_a_person_does_not() -> None:
    assert _texts("The minister stood by her claim that the figures were right.") == ["stood by"]
    assert _texts("She stood by Hale throughout the row.") == []
    assert _texts("His deputy stood by him throughout the row.") == []


def test_the_list_covers_the_kinds_of_news_bias_words_not_news_facts() -> None:
    assert _texts("The senator launched a tirade against the baseless report.") == [
        "tirade",
        "baseless",
    ]
    assert _texts("The minister pointedly declined to answer.") == ["pointedly"]
    # facts of the same topics stay plain
    assert _texts("The report was published and the scandal led to two resignations.") == []


def test_a_scare_quoted_term_with_the_comma_inside_the_marks_american_style() -> None:
    a = _document("a.txt", "Republicans voted to repeal the death tax on Thursday.")
    b = _document("b.txt", 'Republicans voted to repeal the "death tax," 217 to 212.')
    alignment = Alignment(groups=(AlignedGroup((0,), (0,), 1.0),), only_a=(), only_b=())
    scare = [s for s in find_framing(a, b, alignment) if s.category == "scare_quote"]
    assert [(s.a and s.a.text, s.b and s.b.text) for s in scare] == [("death tax", '"death tax,"')]


def test_a_weighed_figure_alone_is_no_framing_item() -> None:
    # "just seven votes" where the other source has no figure: the blind sets bore such
    # items out only about half the time, below the precision a journalist needs
    shifts = _aligned(
        "The ban was approved by just seven votes on Thursday night.",
        "Councillors approved the ban on Thursday night after a long debate.",
    )
    assert [s for s in shifts if s.a is not None and "just" in s.a.text] == []
    assert _texts("The ban was approved by just seven votes.") == ["just seven"]


def _aligned(a_text: str, b_text: str) -> list[FramingShift]:
    return framing_of_pair([a_text], [b_text])


def _document(name: str, *sentences: str) -> Document:
    return paragraphs(name, sentences)


def test_a_charged_label_used_again_and_again_is_one_item_whatever_the_other_word() -> None:
    a = paragraphs(
        "a.txt",
        [
            "Federal agents detained 41 people living in the county without legal status on "
            "Tuesday, officials said.",
            "The sheriff said the 41 migrants were taken to a processing center in Dalton.",
            "Advocates for the migrants said families were separated during the raids.",
        ],
    )
    b = paragraphs(
        "b.txt",
        [
            "Federal agents rounded up 41 illegal aliens in the county on Tuesday, officials said.",
            "The sheriff said the 41 illegal aliens were taken to a processing center in Dalton.",
            "Advocates for the illegal aliens said families were separated during the raids.",
        ],
    )
    shifts = [s for s in find_framing(a, b, align(a, b)) if text_of(s.b) == "illegal aliens"]
    assert [(s.category, text_of(s.a)) for s in shifts] == [("term_choice", "people living")]
    assert shifts[0].note.endswith("(used 3 times in B)")
