"""Items of a list read as prose, and a sentence's words that the other text never uses
do not crowd out the rare words it shares when partners are proposed (round 7)."""

from __future__ import annotations

from tui.core.align import align
from tui.core.align.context import build_context, build_side, prose_rows
from tui.core.models import Document, LoadedText
from tui.core.text.document import build_document


def _doc(name: str, text: str) -> Document:
    return build_document(LoadedText(name, None, text))


def test_the_items_of_a_list_read_as_prose_and_a_heading_does_not() -> None:
    doc = _doc(
        "b.txt",
        "Among the stolen treasures are:\n\n"
        "A diamond-and-sapphire stomacher made for Empress Maria Theresa\n\n"
        "A pair of pearl drop earrings\n\n"
        "The two suspects were arrested on Tuesday night.\n\n"
        "WHAT HAPPENS NEXT\n\n"
        "The museum reopens tomorrow.",
    )
    texts = [s.text for s in doc.sentences]
    prose = dict(zip(texts, prose_rows(doc.sentences), strict=True))
    assert prose["A diamond-and-sapphire stomacher made for Empress Maria Theresa"]
    assert prose["A pair of pearl drop earrings"]
    assert not prose["Among the stolen treasures are:"]
    assert not prose["WHAT HAPPENS NEXT"]


def test_a_list_item_pairs_with_the_sentence_that_tells_it() -> None:
    a = _doc(
        "a.txt",
        "Thieves raid Vienna treasury\n\n"
        "Thieves broke into the Imperial Treasury in Vienna early on Monday.\n\n"
        "Among the stolen pieces is a diamond-and-sapphire stomacher made for Empress "
        "Maria Theresa.\n\n"
        "Two men were arrested on Tuesday evening.",
    )
    b = _doc(
        "b.txt",
        "Jewel gang strikes at palace museum\n\n"
        "A gang raided the Imperial Treasury in Vienna on Monday morning.\n\n"
        "Among the stolen treasures are:\n\n"
        "A diamond-and-sapphire stomacher made for Empress Maria Theresa\n\n"
        "Police arrested two men on Tuesday night.",
    )
    item = next(s.id for s in b.sentences if s.text.startswith("A diamond"))
    told = next(s.id for s in a.sentences if s.text.startswith("Among the stolen pieces"))
    alignment = align(a, b)
    assert any(told in g.a and item in g.b for g in alignment.groups)
    assert item not in alignment.only_b


def test_words_the_other_text_never_uses_do_not_hide_the_rare_words_that_propose_a_pair() -> None:
    # Each sentence has more words the other text never uses (clubs, the drop zone, the
    # booing) than the rare words they share (the fifth straight defeat, Albion, the
    # league); those shared words still propose the pair.
    a = _doc(
        "a.txt",
        "Albion sack Tavares\n\n"
        "Kingsmead Albion have sacked head coach Rui Tavares after 16 months in charge.\n\n"
        "Saturday's loss was Albion's fifth straight defeat in the league, following "
        "defeats by Ashworth, Millwater, Eastleigh, Portgate Rovers and Vale.\n\n"
        "The club said a successor would be named before Christmas.",
    )
    b = _doc(
        "b.txt",
        "Tavares axed\n\n"
        "Kingsmead have finally sacked Rui Tavares after 16 months.\n\n"
        "It was a FIFTH straight league defeat for Albion, who are stuck in the drop zone "
        "with just fourteen points, booed off by furious fans chanting angrily at the "
        "dugout.\n\n"
        "Bookmakers make Gary Pell the favourite to replace him.",
    )
    loss = next(s.id for s in a.sentences if s.text.startswith("Saturday's loss"))
    fifth = next(s.id for s in b.sentences if s.text.startswith("It was a FIFTH"))
    context = build_context(build_side(a), build_side(b))
    proposed = set(zip(context.scores.a.tolist(), context.scores.b.tolist(), strict=True))
    assert (loss, fifth) in proposed
