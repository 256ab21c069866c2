"""Documents, spans and differences built by hand for tests: one place, so every test builds
them the same way.

- :func:`segmented`: a document segmented as the app segments it (most tests want this);
- :func:`paragraphs`: one sentence per paragraph, exactly as given (for rules that read
  paragraphs and positions, where the segmenter must not decide);
- :func:`unsegmented`: the text alone, no sentences (for analyses that read only the text);
- :func:`figure_items`: the figure items a journalist steps through for two lists of sentences;
- :func:`loaded_texts` and :func:`framing_of_pair`: the loaded words of one sentence, and the
  framing of two documents whose first sentences are aligned (the rest one-sided).
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.core.figures import compare_figures, figure_differences
from tui.core.framing.find import find_framing
from tui.core.framing.voice import loaded_words
from tui.core.kinds import DifferenceKind
from tui.core.models import (
    AlignedGroup,
    Alignment,
    Difference,
    Document,
    FramingShift,
    LoadedText,
    Sentence,
    Span,
    difference_id,
)
from tui.core.text.document import build_document


def segmented(text: str, path: str = "story.txt", title: str | None = None) -> Document:
    """Return ``text`` loaded as a document and segmented into sentences."""
    return build_document(LoadedText(path=path, title=title, text=text))


def paragraphs(path: str, texts: Sequence[str], *, boilerplate: Sequence[int] = ()) -> Document:
    """Return a document of ``texts`` joined by blank lines, one sentence per paragraph; the
    sentences numbered in ``boilerplate`` are flagged as boilerplate."""
    text = "\n\n".join(texts)
    sentences: list[Sentence] = []
    start = 0
    for index, paragraph in enumerate(texts):
        flagged = index in boilerplate
        sentences.append(Sentence(index, start, start + len(paragraph), paragraph, index, flagged))
        start += len(paragraph) + 2
    return Document(path=path, title=None, text=text, sentences=tuple(sentences))


def unsegmented(text: str, path: str = "story.txt") -> Document:
    """Return a document of ``text`` with no sentences (for analyses that read the text)."""
    return Document(path=path, title=None, text=text, sentences=())


def span(document: Document, needle: str) -> Span:
    """Return the span of the first occurrence of ``needle`` in ``document``."""
    start = document.text.index(needle)
    return document.span(start, start + len(needle))


def difference(kind: DifferenceKind, a: Span | None, b: Span | None, summary: str) -> Difference:
    """Return a difference of ``kind`` with its stable id."""
    return Difference(difference_id(kind, a, b), kind, a, b, summary)


def text_of(span: Span | None) -> str:
    """Return the text of ``span``, or "" for a side that has none (a one-sided finding)."""
    return "" if span is None else span.text


NO_GROUPS = Alignment(groups=(), only_a=(), only_b=())


#: The first sentences of two sources aligned with each other, nothing else.
FIRST_ALIGNED = Alignment(groups=(AlignedGroup((0,), (0,), 0.8),), only_a=(), only_b=())


def figure_items(
    a_sentences: Sequence[str], b_sentences: Sequence[str], alignment: Alignment = NO_GROUPS
) -> list[str]:
    """Return the summaries of the figure items a journalist would step through, for two
    sources of one sentence a paragraph (no aligned groups unless ``alignment`` says)."""
    a = paragraphs("a", a_sentences)
    b = paragraphs("b", b_sentences)
    return [d.summary for d in figure_differences(a, b, compare_figures(a, b, alignment))]


def aligned_figure_items(a_sentence: str, b_sentence: str) -> list[str]:
    """Return the figure items of two one-sentence sources whose sentences are aligned."""
    return figure_items([a_sentence], [b_sentence], FIRST_ALIGNED)


def loaded_texts(sentence: str) -> list[str]:
    """Return the loaded words (as written) framing finds in one sentence of narration."""
    return [w.text for w in loaded_words(sentence)]


def framing_of_pair(a_sentences: Sequence[str], b_sentences: Sequence[str]) -> list[FramingShift]:
    """Return the framing of two documents of one sentence a paragraph whose first sentences
    are aligned, the rest one-sided."""
    a, b = paragraphs("a.txt", a_sentences), paragraphs("b.txt", b_sentences)
    alignment = Alignment(
        groups=(AlignedGroup((0,), (0,), 0.8),),
        only_a=tuple(range(1, len(a_sentences))),
        only_b=tuple(range(1, len(b_sentences))),
    )
    return list(find_framing(a, b, alignment))
