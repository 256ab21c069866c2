"""Split text into paragraphs and sentences.  STUB: to be replaced by the segmentation work."""

from __future__ import annotations

import re

from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

from tui.core.models import Sentence

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")
_TOKENIZER = PunktSentenceTokenizer(PunktParameters())


def segment(text: str, *, boilerplate: tuple[tuple[int, int], ...] = ()) -> tuple[Sentence, ...]:
    """Return the sentences of ``text`` in reading order, with offsets and paragraph numbers.

    Each range in ``boilerplate`` becomes sentences of its own flagged as boilerplate.
    """
    sentences: list[Sentence] = []
    for paragraph, match in enumerate(_PARAGRAPH.finditer(text)):
        base = match.start()
        for start, end in _TOKENIZER.span_tokenize(match.group()):
            s, e = base + start, base + end
            flagged = any(bs <= s and e <= be for bs, be in boilerplate)
            sentences.append(Sentence(len(sentences), s, e, text[s:e], paragraph, flagged))
    return tuple(sentences)
