"""Helpers shared by the UI tests: find passages of the sample text by their words."""

from __future__ import annotations

from tui.core.models import Document, LoadedText, Span
from tui.core.navigation import sentence_at


def span_of(document: Document, needle: str) -> Span:
    """Return the span of the first occurrence of ``needle`` in the document's text."""
    start = document.text.index(needle)
    return document.span(start, start + len(needle))


def sentence_of(document: Document, needle: str) -> int:
    """Return the id of the sentence holding the first occurrence of ``needle``."""
    found = sentence_at(document, document.text.index(needle))
    assert found is not None
    return found


def sentence_span_of(document: Document, needle: str) -> Span:
    """Return the span of the whole sentence holding the first occurrence of ``needle``."""
    sentence = document.sentences[sentence_of(document, needle)]
    return document.span(sentence.start, sentence.end)


def loaded_from(document: Document) -> LoadedText:
    """Return the loaded text a document was built from (for starting the app on it)."""
    return LoadedText(document.path, document.title, document.text)
