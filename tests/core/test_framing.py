"""Framing shifts inside aligned groups, on real news sentences (most from the sample pair)."""

from __future__ import annotations

from tests.factories import paragraphs, text_of
from tui.core.framing.find import FRAMING_CATEGORIES, find_framing, framing_differences
from tui.core.models import AlignedGroup, Alignment, FramingShift, Reuse, WordEdit

#: The word-swap rules read a changed word as a choice where one source rewrites the other
#: (the sample pair); these tests give them that reading (most shared text lightly edited).
REWRITE = Reuse(a_in_b=0.85, b_in_a=0.8, verbatim=0.1, edited=0.5, paraphrased=0.4)


def _shifts(a_text: str, b_text: str) -> list[FramingShift]:
    a, b = paragraphs("a.txt", [a_text]), paragraphs("b.txt", [b_text])
    alignment = Alignment(groups=(AlignedGroup((0,), (0,), 0.8),), only_a=(), only_b=())
    return list(find_framing(a, b, alignment, reuse=REWRITE))


def _found(shifts: list[FramingShift]) -> set[tuple[str, str, str]]:
    return {(s.category, text_of(s.a), text_of(s.b)) for s in shifts}


TAKAICHI_A = (
    "China–Japan relations have sunk to their lowest point in years after Japanese Prime "
    "Minister Sanae Takaichi said in November that a hypothetical Chinese attack on Taiwan "
    "could prompt a military response from Tokyo."
)
TAKAICHI_B = (
    "Relations between China and Japan remain at a low point after Japanese Prime Minister "
    "Sanae Takaichi suggested in November that a hypothetical Chinese attack on Taiwan could "
    "provoke a military response from Tokyo."
)


def test_said_to_suggested_is_a_weaker_attribution() -> None:
    shifts = [s for s in _shifts(TAKAICHI_A, TAKAICHI_B) if s.category == "attribution"]
    assert _found(shifts) == {("attribution", "said", "suggested")}
    assert shifts[0].note == "“said” → “suggested” (B is weaker: implies, does not state)"


def test_sunk_to_lowest_point_in_years_is_more_intense_than_a_low_point() -> None:
    shifts = [s for s in _shifts(TAKAICHI_A, TAKAICHI_B) if s.category == "intensity"]
    assert _found(shifts) == {
        ("intensity", "sunk to their lowest point in years", "remain at a low point")
    }
    assert "A is more intense" in shifts[0].note


def test_the_offsets_of_a_shift_point_at_its_words() -> None:
    a, b = paragraphs("a.txt", [TAKAICHI_A]), paragraphs("b.txt", [TAKAICHI_B])
    alignment = Alignment(groups=(AlignedGroup((0,), (0,), 0.8),), only_a=(), only_b=())
    for shift in find_framing(a, b, alignment):
        for span, document in ((shift.a, a), (shift.b, b)):
            if span is not None:
                assert document.text[span.start : span.end] == span.text


def test_claimed_casts_doubt_and_admitted_presents_as_true() -> None:
    base = "The ministry {} that the drills near Taiwan were routine."
    claimed = _shifts(base.format("said"), base.format("claimed"))
    assert _found(claimed) == {("attribution", "said", "claimed")}
    assert "the writer does not vouch for it" in claimed[0].note
    admitted = _shifts(base.format("said"), base.format("admitted"))
    assert "presents it as true" in admitted[0].note
    insisted = _shifts(base.format("said"), base.format("insisted"))
    assert "B is stronger" in insisted[0].note


def test_one_neutral_reporting_verb_for_another_is_not_framing() -> None:
    base = "Wi {} the leaders are expected to discuss practical cooperation."
    assert _shifts(base.format("said"), base.format("told reporters")) == []
    assert _shifts(base.format("said"), base.format("added")) == []


def test_de_facto_to_effective_is_hedging() -> None:
    shifts = _shifts(
        "Another sensitive issue is China’s de facto ban on K-pop content, in place since "
        "around 2017 following South Korea’s deployment of a US-led missile defence system.",
        "Another potential topic is Beijing’s effective ban on K-pop content, which stretches "
        "back to 2017 following the deployment of the US’s THAAD missile defence system in "
        "South Korea.",
    )
    found = _found(shifts)
    assert ("hedging", "de facto", "effective") in found
    assert ("hedging", "sensitive", "potential") in found
    de_facto = next(s for s in shifts if text_of(s.a) == "de facto")
    assert de_facto.note.startswith("“de facto” → “effective” (both hedge")
    potential = next(s for s in shifts if text_of(s.b) == "potential")
    assert text_of(potential.a) == "sensitive"
    assert potential.note == (
        "hedge “potential” only in B, where A has “sensitive” "
        "(presents it as possible, not certain)"
    )


def test_hedges_added_on_one_side_are_found() -> None:
    reportedly = _shifts(
        "North Korea fired a ballistic missile into the sea on Sunday.",
        "North Korea reportedly fired a ballistic missile into the sea on Sunday.",
    )
    assert _found(reportedly) == {("hedging", "", "reportedly")}
    assert reportedly[0].note == (
        "“fired” in A, “reportedly fired” in B (hedge only in B: rests it on hearsay or appearance)"
    )
    widely_seen = _shifts(
        "Xi’s invitation to Lee is widely seen as a calculated move to deepen bilateral ties.",
        "Xi’s invitation to Lee is a calculated move to deepen bilateral ties.",
    )
    assert _found(widely_seen) == {("hedging", "widely seen", "")}
    assert "hearsay" in widely_seen[0].note


def test_interchangeable_modals_are_not_framing() -> None:
    assert (
        _shifts(
            "The two leaders could also address contentious issues.",
            "The two leaders may also address contentious issues.",
        )
        == []
    )


def test_set_to_against_expected_to_is_less_certain() -> None:
    shifts = _shifts(
        "Lee’s Beijing visit is set to focus on cooperation in critical minerals.",
        "Lee’s Beijing visit is expected to focus on cooperation in critical minerals.",
    )
    assert _found(shifts) == {("hedging", "set to", "expected to")}
    assert "B is less certain" in shifts[0].note


def test_an_attribution_to_unnamed_analysts_added_on_one_side() -> None:
    shifts = _shifts(
        "The short gap highlights China’s interest in shoring up relations with South Korea.",
        "The short gap, analysts say, highlights China’s interest in shoring up relations "
        "with South Korea.",
    )
    assert _found(shifts) == {("attribution", "", "analysts say")}
    assert shifts[0].note == ("attribution “analysts say” only in B (rests it on unnamed sources)")


def test_rebuffed_and_branding_are_loaded_words() -> None:
    shifts = _shifts(
        "Pyongyang, however, has rebuffed Lee’s outreach, branding him a “hypocrite” and a "
        "“confrontational maniac.”",
        "North Korea dismissed Lee’s outreach last year, calling him a “hypocrite” and "
        "“confrontational maniac”.",
    )
    assert _found(shifts) == {
        ("loaded", "rebuffed", "dismissed"),
        ("loaded", "branding", "calling"),
    }
    branding = next(s for s in shifts if text_of(s.a) == "branding")
    assert branding.note == "“branding” → “calling” (loaded in A, neutral in B)"


def test_words_inside_quotations_are_left_to_the_quotes_analysis() -> None:
    shifts = _shifts(
        "“The regime has rebuffed every offer,” the minister said.",
        "“The government has declined every offer,” the minister said.",
    )
    assert shifts == []


def test_beijing_views_to_some_see_is_whose_view() -> None:
    shifts = _shifts(
        "Xi and Lee could address efforts to modernise the South Korea–US alliance, which "
        "Beijing views as aimed at curbing China’s influence.",
        "Xi and Lee could address efforts to modernise the South Korea-US alliance, which "
        "some see as a counterbalance to China’s dominance in the Asia Pacific region.",
    )
    whose = [s for s in shifts if s.category == "whose-view"]
    assert _found(whose) == {("whose-view", "Beijing views", "some see")}
    assert "Beijing in A, unnamed “some” in B" in whose[0].note


def test_a_moved_clause_is_compared_with_itself() -> None:
    shifts = _shifts(
        "Shin Beom-chul, a former vice defence minister, said Xi and Lee could address "
        "sensitive issues, including the alliance, which Beijing views as aimed at curbing "
        "China’s influence.",
        "The two leaders may also address contentious issues such as the alliance, which some "
        "see as a counterbalance to China’s dominance, according to Shin Beom-chul, a former "
        "vice defence minister.",
    )
    assert ("whose-view", "Beijing views", "some see") in _found(shifts)
    assert all(s.category != "hedging" for s in shifts)


def test_same_words_in_another_order_are_not_framing() -> None:
    assert (
        _shifts(
            "Lee said in December that he would not take sides in the row.",
            "In December, Lee said that he would not take sides in the row.",
        )
        == []
    )


def test_the_aligners_word_edits_are_used_when_given() -> None:
    a, b = paragraphs("a.txt", [TAKAICHI_A]), paragraphs("b.txt", [TAKAICHI_B])
    said = a.text.index(" said ") + 1
    suggested = b.text.index("suggested")
    edit = WordEdit("replace", said, said + 4, suggested, suggested + 9)
    group = AlignedGroup((0,), (0,), 0.8, edits=(edit,))
    shifts = find_framing(a, b, Alignment(groups=(group,), only_a=(), only_b=()))
    assert _found(list(shifts)) == {("attribution", "said", "suggested")}


def test_framing_differences_have_summaries_and_stable_ids() -> None:
    a, b = paragraphs("a.txt", [TAKAICHI_A]), paragraphs("b.txt", [TAKAICHI_B])
    alignment = Alignment(groups=(AlignedGroup((0,), (0,), 0.8),), only_a=(), only_b=())
    shifts = find_framing(a, b, alignment)
    differences = framing_differences(a, b, shifts)
    assert len(differences) == len(shifts) == 2
    assert {d.kind for d in differences} == {"framing"}
    summaries = {d.summary for d in differences}
    assert (
        "Framing (attribution): “said” → “suggested” (B is weaker: implies, does not state)"
        in summaries
    )
    again = framing_differences(a, b, find_framing(a, b, alignment))
    assert [d.id for d in again] == [d.id for d in differences]
    assert len({d.id for d in differences}) == len(differences)
    assert all("\n" not in d.summary for d in differences)


def test_every_shift_uses_a_known_category() -> None:
    assert set(FRAMING_CATEGORIES) == {
        "attribution",
        "hedging",
        "intensity",
        "loaded",
        "whose-view",
        "prominence",
        "headline",
        "term_choice",
        "epistemic",
        "scare_quote",
    }


def test_an_intensifier_dropped_in_b_stands_before_the_shared_word() -> None:
    a_text = (
        "The trip will be the second meeting between Xi and Lee in just two months—an unusually "
        "short gap that analysts say highlights China’s strong interest in shoring up relations "
        "with South Korea, particularly in economic cooperation and tourism."
    )
    b_text = (
        "It will be the second meeting between Xi and Lee in just two months, in what analysts "
        "have described as an unusually short interval, reflecting Beijing’s interest in "
        "bolstering ties before the next meeting between the leaders of South Korea and Japan "
        "takes place."
    )
    shifts = _shifts(a_text, b_text)
    assert _found(shifts) == {("intensity", "strong", "")}
    first_b = shifts[0].b
    assert first_b is not None and b_text[first_b.start :].startswith("interest in bolstering")
    assert shifts[0].note == "“strong interest” in A, “interest” in B (intensifier only in A)"


def test_an_intensifier_inside_a_rewritten_clause_is_not_framing() -> None:
    shifts = _shifts(
        "Xi Jinping will host Lee Jae Myung, underscoring Beijing’s push to strengthen ties with "
        "Seoul at a time of heightened tensions with Japan over Taiwan.",
        "Xi Jinping has invited Lee Jae Myung, signalling China’s desire to reinforce relations "
        "with South Korea amid regional turbulence.",
    )
    assert [s for s in shifts if s.category == "intensity"] == []


def test_hedges_only_in_a_name_the_word_and_the_source() -> None:
    shifts = _shifts(
        "US officials have signalled that these forces could become more flexible, potentially "
        "responding to wider regional contingencies such as Taiwan.",
        "US officials have signalled plans to make those forces more flexible in responding to "
        "other regional challenges, including Taiwan.",
    )
    assert _found(shifts) == {("hedging", "could", ""), ("hedging", "potentially", "")}
    notes = sorted(s.note for s in shifts)
    assert notes == [
        "hedge “could” only in A (presents it as possible, not certain)",
        "hedge “potentially” only in A (presents it as possible, not certain)",
    ]
    a, b = paragraphs("a.txt", ["x"]), paragraphs("b.txt", ["y"])
    summaries = [d.summary for d in framing_differences(a, b, tuple(shifts))]
    assert (
        "Framing (hedging): hedge “could” only in A (presents it as possible, not certain)"
        in summaries
    )
