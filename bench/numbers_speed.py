"""Time reading and pairing figures: the sample pair, and the pair repeated to a long article.

.venv/bin/python bench/numbers_speed.py
"""

from __future__ import annotations

import time

from tui.core.align.aligner import align
from tui.core.figures import compare_figures, figure_differences, find_figures
from tui.core.models import Document, LoadedText
from tui.core.samples import sample_pair
from tui.core.text.document import build_document, open_document


def _repeated(document: Document, times: int) -> Document:
    text = "\n\n".join([document.text] * times)
    return build_document(LoadedText(path=document.path, title=None, text=text))


def _time(label: str, a: Document, b: Document) -> None:
    alignment = align(a, b)
    started = time.perf_counter()
    figures = len(find_figures(a)) + len(find_figures(b))
    found = time.perf_counter()
    matches = compare_figures(a, b, alignment)
    paired = time.perf_counter()
    differences = figure_differences(a, b, matches)
    done = time.perf_counter()
    print(
        f"{label:<24} {len(a.text) + len(b.text):>7} chars {figures:>4} figures "
        f"{len(differences):>4} differences  find {1000 * (found - started):7.1f} ms  "
        f"compare {1000 * (paired - found):7.1f} ms  differences {1000 * (done - paired):6.1f} ms"
    )


def main() -> None:
    a, b = (open_document(path) for path in sample_pair())
    _time("sample pair", a, b)
    _time("sample pair x10", _repeated(a, 10), _repeated(b, 10))


if __name__ == "__main__":
    main()
