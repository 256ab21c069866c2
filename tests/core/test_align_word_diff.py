"""Word edits inside an aligned group: whole words, merged runs, no punctuation/case noise."""

from __future__ import annotations

from tests.factories import segmented
from tui.core.text.word_diff import group_word_edits


def _changes(a_text: str, b_text: str) -> list[tuple[str, str, str]]:
    a, b = segmented(a_text), segmented(b_text)
    ids_a = [s.id for s in a.sentences]
    ids_b = [s.id for s in b.sentences]
    return [
        (e.tag, a.text[e.a_start : e.a_end], b.text[e.b_start : e.b_end])
        for e in group_word_edits(a, ids_a, b, ids_b)
    ]


def test_one_changed_verb_is_one_replace_edit() -> None:
    assert _changes(
        "Lee is also expected to urge China to facilitate dialogue with North Korea.",
        "Lee is also expected to persuade China to facilitate dialogue with North Korea.",
    ) == [("replace", "urge", "persuade")]


def test_punctuation_dash_and_case_changes_are_not_edits() -> None:
    assert (
        _changes(
            "China–Japan relations have sunk, experts said.",
            "China-Japan Relations have sunk — experts said.",
        )
        == []
    )


def test_adjacent_changes_merge_and_insertions_point_between_words() -> None:
    assert _changes(
        "Relations have sunk to their lowest point after Takaichi said in November.",
        "Relations remain at a low point after Takaichi suggested last November.",
    ) == [
        ("replace", "have sunk to their lowest", "remain at a low"),
        ("replace", "said in", "suggested last"),
    ]
    inserted = _changes("Huawei declined to comment.", "Huawei declined to comment further.")
    assert inserted == [("insert", "", "further")]


def test_a_change_at_the_end_and_an_insertion_after_the_last_word() -> None:
    assert _changes(
        "Officials said talks would resume on Monday.",
        "Officials said talks would resume on Tuesday in Geneva.",
    ) == [("replace", "Monday", "Tuesday in Geneva")]
    assert _changes(
        "The port reopened.",
        "The port reopened after three days.",
    ) == [("insert", "", "after three days")]
