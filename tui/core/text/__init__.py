"""Text: what every stage shares — words, stems, word diffs and sentence segmentation."""

from tui.core.text.document import build_document, open_document
from tui.core.text.segment import segment
from tui.core.text.word_diff import word_edits
from tui.core.text.words import fold_marks, stem, word_spans, words

__all__ = [
    "build_document",
    "fold_marks",
    "open_document",
    "segment",
    "stem",
    "word_edits",
    "word_spans",
    "words",
]
