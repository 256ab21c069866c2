"""Open a source as a segmented :class:`Document`."""

from __future__ import annotations

from tui.core.loading.source import load_source
from tui.core.models import Document, LoadedText
from tui.core.text.segment import segment


def build_document(loaded: LoadedText) -> Document:
    """Return the :class:`Document` for already loaded text."""
    sentences = segment(loaded.text, boilerplate=loaded.boilerplate)
    return Document(path=loaded.path, title=loaded.title, text=loaded.text, sentences=sentences)


def open_document(source: str) -> Document:
    """Load and segment ``source`` (a path or URL); raises :class:`~tui.core.errors.InputError`."""
    return build_document(load_source(source))
