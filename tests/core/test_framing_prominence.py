"""Prominence: a shared fact that leads one article and is buried in the other."""

from __future__ import annotations

from tests.factories import paragraphs, text_of
from tui.core.framing.find import find_framing, framing_differences
from tui.core.framing.prominence import body_paragraphs, prominence_shifts
from tui.core.models import AlignedGroup, Alignment, Document

FACT_A = (
    "Nearly half of South Korea’s rare earth supplies come from China, which also absorbs "
    "about one-third of South Korea’s annual chip exports."
)
FACT_B = (
    "Nearly half of South Korea’s rare earth minerals come from China, which accounts for a "
    "third of Seoul’s annual chip exports."
)
FILLER = [
    "Chinese President Xi Jinping will host South Korean President Lee Jae Myung on a state visit.",
    "The trip will be the second meeting between Xi and Lee in just two months.",
    "South Korea’s national security adviser told reporters on Friday that Lee will meet Xi.",
    "Wi said the leaders are expected to discuss practical cooperation in supply chains.",
    "Around 28,500 US troops are stationed in South Korea to deter threats from the North.",
    "US officials have signalled that these forces could become more flexible.",
    "Lee has said he will not take sides in the dispute between China and Japan.",
    "China and North Korea have moved closer, with Kim Jong Un appearing alongside Xi.",
    "Last month, officials from both countries agreed to work towards stable rare earth supplies.",
    "The visit may also explore partnerships in AI and advanced technologies.",
    "Huawei Technologies plans to launch its Ascend 950 AI chips in South Korea next year.",
    "SM Entertainment’s chief executive will join Lee’s business delegation.",
    "Under Lee’s predecessor, Seoul leaned closer to Washington and Tokyo.",
]


def _pair(b_position: int, *, heading: bool = False) -> tuple[Document, Document, AlignedGroup]:
    a_paragraphs = [FILLER[0], FACT_A, *FILLER[1:7]]
    b_paragraphs = [*FILLER[:b_position], FACT_B, *FILLER[b_position:]]
    if heading:
        b_paragraphs.insert(3, "Trade and culture")
    a, b = paragraphs("a.txt", a_paragraphs), paragraphs("b.txt", b_paragraphs)
    b_id = b_paragraphs.index(FACT_B)
    return a, b, AlignedGroup((1,), (b_id,), 0.7)


def test_a_fact_leading_a_and_buried_in_b_is_reported() -> None:
    a, b, group = _pair(11)
    shifts = prominence_shifts(a, b, (group,))
    assert len(shifts) == 1
    shift = shifts[0]
    assert shift.category == "prominence"
    assert shift.note == "leads in A (paragraph 2), buried in B (paragraph 12 of 14)"
    assert text_of(shift.a) == FACT_A
    assert text_of(shift.b) == FACT_B


def test_the_same_fact_in_the_upper_half_of_both_is_not_reported() -> None:
    a, b, group = _pair(4)
    assert prominence_shifts(a, b, (group,)) == ()


def test_subheads_do_not_count_as_paragraphs() -> None:
    a, b, group = _pair(11, heading=True)
    assert len(body_paragraphs(b)) == 14
    shifts = prominence_shifts(a, b, (group,))
    assert [s.note for s in shifts] == [
        "leads in A (paragraph 2), buried in B (paragraph 12 of 14)"
    ]


def test_leading_in_b_and_buried_in_a_is_reported_the_other_way_round() -> None:
    a, b, group = _pair(11)
    mirrored = prominence_shifts(b, a, (AlignedGroup(group.b, group.a, 0.7),))
    assert [s.note for s in mirrored] == [
        "leads in B (paragraph 2), buried in A (paragraph 12 of 14)"
    ]


def test_prominence_becomes_a_framing_difference_with_the_sentences_as_spans() -> None:
    a, b, group = _pair(11)
    shifts = find_framing(a, b, Alignment(groups=(group,), only_a=(), only_b=()))
    prominence = [s for s in shifts if s.category == "prominence"]
    differences = framing_differences(a, b, tuple(prominence))
    assert [d.summary for d in differences] == [
        "Framing (prominence): leads in A (paragraph 2), buried in B (paragraph 12 of 14)"
    ]
    assert differences[0].a is not None and text_of(differences[0].a) == FACT_A
