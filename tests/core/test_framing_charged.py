"""Charged words in the reporter's voice: one sentence, aligned pairs, one-source passages,
headlines, epistemic markers and scare quotes."""

from __future__ import annotations

from tui.core.framing.find import find_framing
from tui.core.framing.valence import valence
from tui.core.framing.voice import loaded_words
from tui.core.models import AlignedGroup, Alignment, Document, FramingShift, Sentence


def _document(name: str, *sentences: str) -> Document:
    """Return a document with one sentence per paragraph."""
    text = "\n\n".join(sentences)
    built: list[Sentence] = []
    start = 0
    for index, sentence in enumerate(sentences):
        built.append(Sentence(index, start, start + len(sentence), sentence, index))
        start += len(sentence) + 2
    return Document(path=name, title=None, text=text, sentences=tuple(built))


def _texts(sentence: str) -> list[str]:
    return [w.text for w in loaded_words(sentence)]


def _aligned(a_text: str, b_text: str) -> list[FramingShift]:
    a, b = _document("a.txt", a_text), _document("b.txt", b_text)
    alignment = Alignment(groups=(AlignedGroup((0,), (0,), 0.8),), only_a=(), only_b=())
    return list(find_framing(a, b, alignment))


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
    assert [(s.category, s.b and s.b.text, s.a) for s in shifts] == [
        ("headline", "forces through", None),
        ("headline", "uproar", None),
    ]
    assert "A’s headline: “Council approves budget”" in shifts[0].note


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
