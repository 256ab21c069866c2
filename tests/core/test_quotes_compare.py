"""Pairing and classifying quotations across two sources, and their differences."""

from __future__ import annotations

from tests.factories import unsegmented
from tui.core.models import AlignedGroup, Alignment, Document, QuoteMatch, Sentence
from tui.core.quotes import compare_quotes, quote_differences

NO_ALIGNMENT = Alignment(groups=(), only_a=(), only_b=())


def _compare(text_a: str, text_b: str) -> tuple[QuoteMatch, ...]:
    return compare_quotes(unsegmented(text_a, "a.txt"), unsegmented(text_b, "b.txt"), NO_ALIGNMENT)


def _statuses(matches: tuple[QuoteMatch, ...]) -> list[tuple[str, str | None, str | None]]:
    return [(m.status, m.a.text if m.a else None, m.b.text if m.b else None) for m in matches]


def test_matches_follow_a_with_b_only_quotes_after_the_pair_before_them() -> None:
    """Documented order: A's reading order; a B-only quote follows the pair preceding it in B."""
    matches = _compare(
        "“Korea is not simply responding to threats,” Xavier Brunson said. It was “historic”.",
        "Wi called it “a breakthrough”. “Korea is not simply responding to threats,” Xavier "
        "Brunson said. Lee wants “practical cooperation”.",
    )
    assert _statuses(matches) == [
        ("only_b", None, "a breakthrough"),
        (
            "same",
            "Korea is not simply responding to threats",
            "Korea is not simply responding to threats",
        ),
        ("only_b", None, "practical cooperation"),
        ("only_a", "historic", None),
    ]


def test_same_after_folding_marks_case_and_punctuation() -> None:
    matches = _compare(
        '"We will not back down," said Prime Minister Keir Starmer.',
        "“We will NOT back down”, Keir Starmer said.",
    )
    assert _statuses(matches) == [("same", "We will not back down", "We will NOT back down")]
    assert matches[0].note == ""


def test_altered_names_the_changed_words() -> None:
    matches = _compare(
        "“China wants to underscore South Korea’s importance more than before,” said Kang "
        "Jun-young, a professor at Hankuk University of Foreign Studies.",
        "Kang Jun-young, a professor at Hankuk University of Foreign Studies, said “China "
        "wants to emphasise South Korea's importance slightly more than before.”",
    )
    assert [m.status for m in matches] == ["altered"]
    assert matches[0].note == "“underscore” → “emphasise”; added in B: “slightly”"
    assert matches[0].a is not None and matches[0].a.speaker == "Kang Jun-young"


def test_shortened_quotation_is_shortened_and_names_the_dropped_words() -> None:
    a, b = (
        unsegmented(
            "“We will rebuild every school and every hospital in this city,” said Mayor Ana Silva."
        ),
        unsegmented("“We will rebuild every school,” said Mayor Ana Silva.", "b.txt"),
    )
    matches = compare_quotes(a, b, NO_ALIGNMENT)
    assert [m.status for m in matches] == ["shortened"]
    assert matches[0].note == "shortened in B: leaves out “and every hospital in this city”"
    assert matches[0].dropped == ("and every hospital in this city",)
    assert matches[0].added == ()
    [difference] = quote_differences(a, b, matches)
    assert difference.summary == (
        "Quote shortened in B (Ana Silva): drops “… and every hospital in this city”"
    )


def test_cut_marked_by_an_ellipsis_is_shortened() -> None:
    matches = _compare(
        "“We will rebuild … every hospital in this city,” said Mayor Ana Silva.",
        "“We will rebuild every school and every hospital in this city,” said Mayor Ana Silva.",
    )
    assert [m.status for m in matches] == ["extended"]
    assert matches[0].note == "shortened in A: leaves out “every school and”"
    assert matches[0].added == ("every school and",)


def test_words_dropped_mid_quote_without_ellipsis_is_altered() -> None:
    matches = _compare(
        "“We will rebuild every hospital in this city,” said Mayor Ana Silva.",
        "“We will rebuild every school and every hospital in this city,” said Mayor Ana Silva.",
    )
    assert [m.status for m in matches] == ["altered"]
    assert matches[0].note == "added in B: “every school and”"


def test_editorial_brackets_stand_for_the_pronoun() -> None:
    matches = _compare(
        "“It would be better for him to visit China first,” Kang Jun-young said.",
        "“It would be better for [Lee] to visit China first,” Kang Jun-young said.",
    )
    assert [m.status for m in matches] == ["same"]


def test_same_words_other_speaker_is_flagged_and_becomes_a_difference() -> None:
    text_a = "“Prices will keep rising this year,” Jerome Powell said on Wednesday."
    text_b = "“Prices will keep rising this year,” Janet Yellen said on Wednesday."
    a, b = unsegmented(text_a, "a.txt"), unsegmented(text_b, "b.txt")
    matches = compare_quotes(a, b, NO_ALIGNMENT)
    assert [m.status for m in matches] == ["same"]
    assert matches[0].note == "attributed to Jerome Powell in A, Janet Yellen in B"
    (difference,) = quote_differences(a, b, matches)
    assert difference.kind == "quote"
    assert difference.summary == (
        "Quote attributed to Jerome Powell in A, Janet Yellen in B: "
        "“Prices will keep rising this year”"
    )


def test_same_words_told_to_another_outlet_is_flagged() -> None:
    matches = _compare(
        "“We have no plans to sell the company,” Elon Musk told Reuters.",
        "“We have no plans to sell the company,” Elon Musk told the BBC.",
    )
    assert matches[0].note == "told to Reuters in A, BBC in B"


def test_surname_and_full_name_are_the_same_speaker() -> None:
    matches = _compare(
        "“China appears to have strategically decided to act,” said Kang Jun-young.",
        "Kang Jun-young teaches in Seoul. “China appears to have strategically decided to "
        "act now,” Kang told the Reuters news agency.",
    )
    assert [m.status for m in matches] == ["extended"]
    assert matches[0].added == ("now",)
    assert "attributed" not in matches[0].note


def test_scare_quotes_pair_only_on_near_identical_words() -> None:
    matches = _compare(
        "The government aims to “restore” ties and calls the talks “historic”.",
        "The government stressed its goal of “restoring” ties through “practical cooperation”"
        " and called the plan “ambitious”.",
    )
    assert _statuses(matches) == [
        ("altered", "restore", "restoring"),
        ("only_b", None, "practical cooperation"),
        ("only_b", None, "ambitious"),
        ("only_a", "historic", None),
    ]
    assert matches[0].note == "“restore” → “restoring”"


def test_scare_quote_does_not_pair_with_a_long_quote_containing_it() -> None:
    matches = _compare(
        "Officials want to “restore” relations.",
        "“We want to restore relations with Beijing this year,” said Wi Sung-lac.",
    )
    assert [m.status for m in matches] == ["only_b", "only_a"]


def test_pairing_is_one_to_one() -> None:
    quote = "“Korea is not simply responding to threats on the peninsula,” Xavier Brunson said."
    matches = _compare(quote + "\n\nLater, he repeated: " + quote, quote)
    assert [m.status for m in matches] == ["same", "only_a"]


def test_alignment_breaks_a_tie_between_repeated_quotes() -> None:
    quote = "“Korea is not simply responding to threats on the peninsula,” Xavier Brunson said."
    text_a = quote + " " + quote
    half = len(quote)
    a = Document(
        "a.txt",
        None,
        text_a,
        (Sentence(0, 0, half, quote, 0), Sentence(1, half + 1, len(text_a), quote, 0)),
    )
    b = Document("b.txt", None, quote, (Sentence(0, 0, len(quote), quote, 0),))
    alignment = Alignment(groups=(AlignedGroup((1,), (0,), 1.0),), only_a=(0,), only_b=())
    matches = compare_quotes(a, b, alignment)
    assert [m.status for m in matches] == ["only_a", "same"]
    assert matches[1].a is not None and matches[1].a.start > half


def test_no_quotes_and_unbalanced_marks_do_not_crash() -> None:
    assert _compare("No quotes here.", "None here either.") == ()
    matches = _compare("He said “we will win.\n\nThe count went on.", "Turnout was “high.")
    assert _statuses(matches) == [
        ("only_b", None, "high."),
        ("only_a", "we will win.", None),
    ]


def test_differences_have_summaries_spans_and_stable_ids() -> None:
    text_a = (
        "“China wants to underscore South Korea’s importance more than before,” said Kang "
        "Jun-young. Officials said they want to “restore” ties."
    )
    text_b = (
        "“China wants to emphasise South Korea’s importance slightly more than before,” said "
        "Kang Jun-young. Wi Sung-lac said they would discuss “practical cooperation”."
    )
    a, b = unsegmented(text_a, "a.txt"), unsegmented(text_b, "b.txt")
    differences = quote_differences(a, b, compare_quotes(a, b, NO_ALIGNMENT))
    assert [d.summary for d in differences] == [
        "Quote altered (Kang Jun-young): “underscore” → “emphasise”, added “slightly”",
        "Quote only in B (Wi Sung-lac): “practical cooperation”",
        "Quote only in A: “restore”",
    ]
    for difference in differences:
        for span, text in ((difference.a, text_a), (difference.b, text_b)):
            assert span is None or text[span.start : span.end] == span.text
    again = quote_differences(a, b, compare_quotes(a, b, NO_ALIGNMENT))
    assert [d.id for d in again] == [d.id for d in differences]
    assert len({d.id for d in differences}) == 3


def test_one_quotation_each_source_runs_on_differently_is_altered_not_two_one_sided() -> None:
    matches = _compare(
        "“We didn’t want to strike. No teacher wants to close a classroom door on children,” "
        "said Jiří Dostál, the union leader.",
        '"We didn\'t want to strike ... but for two years the government told us to wait," '
        "Dostál said.",
    )
    assert [m.status for m in matches] == ["altered"]


def test_a_word_in_marks_credited_to_two_names_is_no_change_of_speaker() -> None:
    matches = _compare(
        "The filing by Glimmr Location Privacy Litigation called the data “approximate.”",
        "Open Glimmr, the campaign group, said the data was only “approximate.”",
    )
    assert all("attributed to" not in m.note for m in matches)


def test_a_quotation_split_in_two_and_run_on_is_no_quote_only_in_one_source() -> None:
    matches = _compare(
        "“Then people started running past the store screaming, and I just pulled the gate "
        "down and got everybody into the stockroom,” said Marcus Bell, a store manager.",
        "“Then people started running past the store screaming,” Bell said. “I just pulled the "
        "gate down and got everybody into the stockroom. There were eleven of us back there.”",
    )
    assert "only_b" not in [m.status for m in matches]
    assert len(matches) == 2


def test_a_number_in_words_or_digits_is_the_same_quotation() -> None:
    # House style writes "ten" or "10"; the speaker said one thing.
    matches = _compare(
        'Mr. Lund said he expected to recover "maybe 10 cents on the dollar, if we are lucky."',
        '"Maybe 10 cents on the dollar, if we are lucky," Dana Lund said.',
    )
    assert [m.status for m in matches] == ["same"]
    matches = _compare(
        'Mr. Lund said he expected to recover "maybe 10 cents on the dollar, if we are lucky."',
        '"Maybe ten cents on the dollar, if we are lucky," Dana Lund said.',
    )
    assert [m.status for m in matches] == ["same"]


def test_a_surname_is_the_person_not_the_firm_named_after_the_family() -> None:
    # B names the supplier once with a possessive and the family firm once; "Castellano
    # said" is the man, so both outlets quote the same person.
    a = (
        '"We trusted them for years," said Frank Castellano, who runs a seafood business. '
        'Castellano said he expected to recover "maybe ten cents on the dollar, if we are '
        'lucky, and nothing more."'
    )
    b = (
        "It certainly did not pay Frank Castellano's bills. The chain owes his family firm, "
        'Castellano Bros. Seafood, $412,880. "Maybe ten cents on the dollar, if we are '
        'lucky," Castellano said.'
    )
    matches = [m for m in _compare(a, b) if m.a is not None and m.b is not None]
    assert len(matches) == 1
    assert matches[0].status != "altered" or "attributed" not in matches[0].note
    assert matches[0].b is not None and matches[0].b.speaker == "Frank Castellano"


def test_a_person_named_with_a_title_is_no_other_speaker() -> None:
    # "Coach Ruiz" in one outlet, "Ana Ruiz" in the other: one person, one quotation.
    matches = _compare(
        '"We were outplayed for an hour and then we found a way back into it," Coach Ruiz said.',
        '"We were outplayed for an hour and then we found a way back," said Ana Ruiz, the '
        "team's coach.",
    )
    assert len(matches) == 1
    assert "attributed" not in matches[0].note


def test_two_words_in_marks_after_so_called_are_a_term_not_a_quotation_one_source_has() -> None:
    # "so-called" holds the letters of "called", which is no reporting verb there: the
    # marks are the outlet's, around a term the law uses, and nobody is said to have said it.
    a = unsegmented(
        "The minister defended an exemption for people who worked 15 years in jobs classed "
        "as physically demanding.",
        "a.txt",
    )
    b = unsegmented(
        "She has repeatedly defended a so-called hardship exemption, which lets people retire "
        "at 65 if they spent 15 years in “physically demanding” work.",
        "b.txt",
    )
    assert not quote_differences(a, b, compare_quotes(a, b, NO_ALIGNMENT))
    # A reporting verb before the marks still makes them a quotation.
    called = unsegmented("Dr. Okafor called the study “well done” on Monday.", "b.txt")
    assert quote_differences(a, called, compare_quotes(a, called, NO_ALIGNMENT))


def test_a_piece_of_a_longer_quotation_with_a_small_word_changed_is_that_quotation() -> None:
    # B quotes the leader in two pieces; the second drops an "and" that A's one quotation
    # has. It is a piece of A's quotation, not a quotation only B has.
    a = (
        "Rasmus Holt, the party's leader, spoke in Copenhagen. "
        'Mr Holt said: "Tonight Denmark has said clearly that it wants its borders back, its '
        'welfare back and its future back. We are ready to govern."'
    )
    b = (
        "Rasmus Holt addressed supporters after midnight. "
        '"Denmark has said clearly that it wants its borders back," Mr. Holt told supporters '
        'after midnight. "Its welfare back. Its future back."'
    )
    statuses = [m.status for m in _compare(a, b)]
    assert "only_b" not in statuses and "only_a" not in statuses


def test_a_linking_word_one_outlet_opens_with_does_not_turn_a_cut_into_an_alteration() -> None:
    # B starts the quotation one word earlier ("But") and stops before its last clause: the
    # quotation is cut short, not altered.
    [match] = _compare(
        '"The pain of letting inflation become entrenched would be far greater and would last '
        'far longer," said Ingrid Falk, the governor.',
        '"But the pain of letting inflation become entrenched would be far greater," said '
        "Ingrid Falk, the governor.",
    )
    assert match.status == "shortened"
    # The linking word alone is the one word an outlet left out.
    [alone] = _compare(
        '"But high inflation hurts everyone, and it hurts people on low incomes the most," '
        "said Ingrid Falk.",
        '"High inflation hurts everyone, and it hurts people on low incomes the most," said '
        "Ingrid Falk.",
    )
    assert alone.status == "shortened"


def test_one_person_named_with_and_without_a_middle_initial_and_a_title_is_one_speaker() -> None:
    [match] = _compare(
        "Speaking on the courthouse steps, U.S. Attorney Dana L. Whitfield welcomed the verdict. "
        '"Gerald Voss sold his office, and he sold it cheaply," Whitfield said.',
        '"Gerald Voss sold his office, and he sold it cheaply," U.S. Attorney Dana Whitfield '
        "told reporters outside the courthouse.",
    )
    assert match.status == "same" and "attributed" not in match.note


def test_a_union_local_is_a_body_not_a_person_who_said_it() -> None:
    from tui.core.quotes.names import is_person_name

    assert not is_person_name("United Auto Workers Local")
    assert is_person_name("Denise Carr")


def test_a_word_in_marks_after_another_quotations_reporting_clause_is_a_term() -> None:
    # "said Priya Raman" speaks for the quotation before it; "rates the stock" says nothing.
    a = unsegmented(
        "“The quarter was cleaner than we expected,” said Priya Raman, an analyst at Halden "
        "Securities, who rates the stock “buy”.\n\nAnders Lindqvist said demand was strong.",
        "a.txt",
    )
    b = unsegmented(
        "“The quarter was cleaner than we expected,” said Priya Raman of Halden Securities.",
        "b.txt",
    )
    assert [m.status for m in compare_quotes(a, b, NO_ALIGNMENT)] == ["same", "only_a"]
    assert not quote_differences(a, b, compare_quotes(a, b, NO_ALIGNMENT))


def test_a_word_after_so_called_is_a_term_even_when_a_speaker_follows_in_the_sentence() -> None:
    a = unsegmented("Campaigners were unconvinced by the plan.", "a.txt")
    b = unsegmented(
        "The so-called “changes” amount to a mobile library – a replacement Save Eastgate "
        "Library chair Tom Haldane called “a van and a shelf”.",
        "b.txt",
    )
    summaries = [d.summary for d in quote_differences(a, b, compare_quotes(a, b, NO_ALIGNMENT))]
    assert summaries == ["Quote only in B (Tom Haldane): “a van and a shelf”"]


def test_words_in_marks_a_reporting_verb_governs_with_an_earlier_quotation_are_quoted() -> None:
    a = unsegmented("The regulator has not commented on the ruling.", "a.txt")
    b = unsegmented(
        "The Information Commissioner's Office said it was “aware of the ruling” and would be "
        "“making enquiries”.",
        "b.txt",
    )
    shown = [d.summary for d in quote_differences(a, b, compare_quotes(a, b, NO_ALIGNMENT))]
    assert any("making enquiries" in summary for summary in shown)


def test_a_title_in_capitals_of_several_words_is_no_quotation_but_shouted_words_are() -> None:
    a = unsegmented("The order takes effect on Monday.", "a.txt")
    titled = unsegmented(
        "The order, titled “Restoring Opportunity for American Workers”, takes effect on Monday.",
        "b.txt",
    )
    assert not quote_differences(a, titled, compare_quotes(a, titled, NO_ALIGNMENT))
    shouted = unsegmented(
        "“WE FOUGHT FOR LIFE JACKETS”: Terror as storm ferry goes down\n\nThe order takes "
        "effect on Monday.",
        "b.txt",
    )
    assert quote_differences(a, shouted, compare_quotes(a, shouted, NO_ALIGNMENT))


def test_a_compound_written_with_or_without_its_hyphen_is_the_same_words() -> None:
    # One writer quotes two words the other source gives inside a longer quotation as a
    # hyphenated compound: the short one is a part of it, not a quotation only A has.
    a = (
        "Dr. Kofi Mensah, a cardiologist who was not involved, called the trial “well "
        "designed” and said it settled the question."
    )
    b = (
        "“It is a well-designed trial, but it only ran for a year,” Dr. Kofi Mensah said of "
        "the findings."
    )
    assert [(m.status, m.added) for m in _compare(a, b)] == [
        ("extended", ("It is a", "trial but it only ran for a year"))
    ]
    # and the words a quotation adds keep their hyphen as written
    long_term = _compare(
        "“We need a plan for the river,” Ms Oduya said.",
        "“We need a long-term plan for the river,” Ms Oduya said.",
    )
    assert [(m.status, m.added) for m in long_term] == [("altered", ("long-term",))]


def test_a_per_cent_sign_the_word_and_per_cent_are_the_same_word() -> None:
    said = "the government knows it,” the union’s general secretary, Ruth Adeyemi, said."
    for spelled in ("5.5 percent", "5.5 per cent"):
        a = f"“A 5.5% offer is a pay cut by another name, and {said}"
        b = f"“A {spelled} offer is a pay cut by another name, and {said}"
        assert [m.status for m in _compare(a, b)] == ["same"]
    a = f"“A 5.5% offer is a pay cut, and {said}"
    b = f"“A 5.5 offer is a pay cut, and {said}"
    assert [m.status for m in _compare(a, b)] == ["altered"]
