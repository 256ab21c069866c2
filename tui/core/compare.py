"""Compare two documents: alignment, quotes, figures, framing and the differences list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tui.core.align import align, alignment_differences
from tui.core.align.reuse import measure_reuse
from tui.core.errors import InputError
from tui.core.figures import compare_figures, figure_differences
from tui.core.framing.find import find_framing, framing_differences
from tui.core.importance import rank_differences
from tui.core.loading.source import load_source
from tui.core.models import Comparison, Document, LoadedText
from tui.core.quotes import compare_quotes, quote_differences
from tui.core.text.document import build_document

Progress = Callable[[str, float], None]


def _no_progress(stage: str, fraction: float) -> None:
    return None


def compare(a: Document, b: Document, *, progress: Progress = _no_progress) -> Comparison:
    """Return the full :class:`Comparison` of two documents.

    ``progress`` is called with a stage name and the fraction of work done.
    """
    progress("aligning sentences", 0.2)
    alignment = align(a, b)
    progress("comparing quotations", 0.6)
    quotes = compare_quotes(a, b, alignment)
    progress("comparing figures", 0.75)
    figures = compare_figures(a, b, alignment)
    progress("reading the framing", 0.9)
    reuse = measure_reuse(a, b, alignment)
    framing = find_framing(a, b, alignment, reuse=reuse)
    progress("listing the differences", 0.95)
    differences = (
        *alignment_differences(a, b, alignment),
        *quote_differences(a, b, quotes),
        *figure_differences(a, b, figures),
        *framing_differences(a, b, framing),
    )
    ordered = sorted(differences, key=lambda d: (d.position, d.kind, d.id))
    ranked = rank_differences(
        a, b, alignment, ordered, quotes=quotes, figures=figures, framing=framing
    )
    progress("done", 1.0)
    return Comparison(
        a=a,
        b=b,
        alignment=alignment,
        quotes=quotes,
        figures=figures,
        framing=framing,
        differences=ranked,
        reuse=reuse,
    )


def _same_file(source_a: str, source_b: str) -> bool:
    if "://" in source_a or "://" in source_b:
        return source_a == source_b
    try:
        return Path(source_a).samefile(source_b)
    except OSError:
        return False


def check_distinct(source_a: str, source_b: str) -> None:
    """Raise ``InputError`` when the two sources are one file (or one URL)."""
    if _same_file(source_a, source_b):
        raise InputError(source_b, f"is the same file as {source_a}; give two different sources")


def load_pair(source_a: str, source_b: str) -> tuple[LoadedText, LoadedText]:
    """Load both sources (paths or URLs); raises ``InputError`` naming the source at fault."""
    check_distinct(source_a, source_b)
    return load_source(source_a), load_source(source_b)


def compare_loaded(
    loaded_a: LoadedText, loaded_b: LoadedText, *, progress: Progress = _no_progress
) -> Comparison:
    """Segment two loaded sources and compare them."""
    progress("finding sentences", 0.05)
    a = build_document(loaded_a)
    b = build_document(loaded_b)
    return compare(a, b, progress=progress)


def compare_sources(
    source_a: str, source_b: str, *, progress: Progress = _no_progress
) -> Comparison:
    """Open two sources (paths or URLs) and compare them; raises ``InputError``."""
    loaded_a, loaded_b = load_pair(source_a, source_b)
    return compare_loaded(loaded_a, loaded_b, progress=progress)
