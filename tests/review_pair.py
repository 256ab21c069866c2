"""A hand-built comparison of two short news texts, for review, session and report tests.

The texts carry what breaks careless reports: an HTML ``<script>`` tag, Markdown emphasis,
a link, a heading marker and table pipes, and a bracketed insertion inside a quotation.
"""

from __future__ import annotations

from tests.factories import difference, segmented, span
from tui.core.models import (
    AlignedGroup,
    Alignment,
    Comparison,
    Difference,
    Document,
    WordEdit,
)

TEXT_A = (
    "Officials said 1,200 people were evacuated from the flooded valley on Monday. "
    "The mayor called the response **a total failure** and posted [photos](http://x.test). "
    '"We will rebuild every bridge," the governor said.\n\n'
    "# Readers were told to <script>alert(1)</script> stay indoors | and wait."
)
TEXT_B = (
    "Officials said about 2,000 people were evacuated from the valley on Monday. "
    '"We will rebuild [the] bridges," the governor said. '
    "Critics suggested the warning came too late."
)


def document(path: str, text: str, title: str | None = None) -> Document:
    """Return a segmented document of ``text``."""
    return segmented(text, path, title)


def build_comparison(
    text_a: str = TEXT_A,
    text_b: str = TEXT_B,
    *,
    path_a: str = "valley-rewrite.txt",
    path_b: str = "valley-report.txt",
) -> Comparison:
    """Return a comparison of two flood reports with one difference of each kind."""
    a = document(path_a, text_a, "Flood: valley evacuated")
    b = document(path_b, text_b, "Valley evacuated after floods")
    differences: list[Difference] = []
    edits: list[WordEdit] = []
    if "1,200 people" in a.text and "about 2,000 people" in b.text:
        figure_a, figure_b = span(a, "1,200"), span(b, "about 2,000")
        differences.append(
            difference("number", figure_a, figure_b, "Evacuated: 1,200 in A, about 2,000 in B")
        )
        edits.append(
            WordEdit("replace", figure_a.start, figure_a.end, figure_b.start, figure_b.end)
        )
        flooded = span(a, "flooded")
        valley = b.text.index("valley")
        edits.append(WordEdit("delete", flooded.start, flooded.end, valley, valley))
    if "**a total failure**" in a.text:
        differences.append(
            difference(
                "unique",
                span(a, a.sentences[1].text),
                None,
                "Only A: the mayor's criticism",
            )
        )
    quote_a = span(a, '"We will rebuild every bridge,"')
    quote_b = span(b, '"We will rebuild [the] bridges,"')
    differences.append(difference("quote", quote_a, quote_b, "Quote altered: governor"))
    if "<script>" in a.text:
        differences.append(
            difference("unique", span(a, a.sentences[-1].text), None, "Only A: stay indoors")
        )
    differences.append(
        difference("unique", None, span(b, b.sentences[-1].text), "Only B: warning came late")
    )
    groups = (
        AlignedGroup(a=(0,), b=(0,), score=0.8, edits=tuple(edits)),
        AlignedGroup(a=(2,), b=(1,), score=0.7),
    )
    only_a = tuple(s.id for s in a.sentences if s.id not in (0, 2))
    alignment = Alignment(groups=groups, only_a=only_a, only_b=(len(b.sentences) - 1,))
    ordered = tuple(sorted(differences, key=lambda d: (d.position, d.kind, d.id)))
    return Comparison(a=a, b=b, alignment=alignment, differences=ordered)


def swapped(comparison: Comparison) -> Comparison:
    """Return the same comparison with the sources given in the other order."""
    return build_comparison_from(comparison.b, comparison.a, comparison.differences)


def build_comparison_from(
    a: Document, b: Document, differences_ab: tuple[Difference, ...]
) -> Comparison:
    """Return a comparison of ``a`` and ``b`` whose differences are ``differences_ab`` with
    their sides exchanged (as the pipeline would report them with the sources swapped)."""
    flipped = tuple(difference(d.kind, d.b, d.a, d.summary) for d in differences_ab)
    flipped = tuple(sorted(flipped, key=lambda d: (d.position, d.kind, d.id)))
    return Comparison(
        a=a, b=b, alignment=Alignment(groups=(), only_a=(), only_b=()), differences=flipped
    )
