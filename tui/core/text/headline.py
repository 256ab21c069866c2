"""The headline of a document: the line a story leads with, which the two sources always compare."""

from __future__ import annotations

from tui.core.models import Document, Span


def headline_sentence(document: Document) -> int | None:
    """Return the id of the document's headline: its first article sentence, when it is a
    line of its own without a full stop (or the document's title), else ``None``."""
    for sentence in document.sentences:
        if sentence.boilerplate:
            continue
        text = sentence.text.strip()
        own_line = "\n" not in text and not text.endswith((".", "”", '"'))
        if own_line or (document.title is not None and text == document.title.strip()):
            return sentence.id
        return None
    return None


def headline_spans(a: Document, b: Document) -> tuple[Span | None, Span | None]:
    """Return the spans of the two headlines (``None`` for a source without one)."""
    spans: list[Span | None] = []
    for document in (a, b):
        sid = headline_sentence(document)
        sentence = None if sid is None else document.sentences[sid]
        spans.append(None if sentence is None else document.span(sentence.start, sentence.end))
    return spans[0], spans[1]
