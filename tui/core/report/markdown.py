"""The report as Markdown that reads well on a code host.

Article text, titles, paths, summaries and notes are escaped so that nothing in a source
(``**bold**``, ``[link](x)``, ``# heading``, ``|`` pipes, ``<script>``) can change the
report's structure; every run of whitespace in them becomes one space, so a passage
never starts a line of its own.
"""

from __future__ import annotations

import re

from tui.core.kinds import SECTION_ORDER
from tui.core.report.model import (
    REPORT_SCOPES,
    SECTION_TITLES,
    Report,
    ReportItem,
    SourceFacts,
    cut_by_ranges,
    source_counts,
)
from tui.core.report.passages import Passage
from tui.core.review.marks import OrphanedMark, ReviewMark

# Every character with a meaning inside a line of CommonMark or GitHub Markdown: emphasis,
# code, links and images, HTML, table pipes, strikethrough, entity references, math,
# mentions and issue references. Block markers (``#``, ``-``, ``>`` at a line start)
# cannot occur because escaped text never starts a line.
_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&$@])")
_WHITESPACE = re.compile(r"\s+")
# Web addresses that GitHub would turn into links by themselves.
_AUTOLINK = re.compile(r"(?i)\b(?:https?|ftp)(?=://)|\bwww(?=\.)")


def escape_markdown(text: str) -> str:
    """Return ``text`` on one line with every Markdown special character backslash-escaped."""
    escaped = _SPECIAL.sub(r"\\\1", _WHITESPACE.sub(" ", text))
    # "http\://" and "www\." show as written but are no longer links.
    return _AUTOLINK.sub(lambda m: m.group(0) + "\\", escaped)


def _passage(passage: Passage) -> str:
    pieces = []
    for piece, changed in cut_by_ranges(passage.text, passage.changes):
        escaped = escape_markdown(piece)
        if changed and escaped.strip():
            lead = " " if escaped[0] == " " else ""
            tail = " " if escaped[-1] == " " else ""
            escaped = f"{lead}**{escaped.strip()}**{tail}"
        pieces.append(escaped)
    return "".join(pieces).strip()


def _mark_words(mark: ReviewMark) -> str:
    words = [word for word, on in (("checked", mark.checked), ("flagged", mark.flagged)) if on]
    return ", ".join(words) if words else "not checked"


def _source_row(label: str, a: str, b: str) -> str:
    return f"| {label} | {a} | {b} |"


def _sources(a: SourceFacts, b: SourceFacts) -> list[str]:
    def title(facts: SourceFacts) -> str:
        return escape_markdown(facts.title) if facts.title else "*(no title)*"

    return [
        "## Sources",
        "",
        _source_row("", f"**A** {escape_markdown(a.name)}", f"**B** {escape_markdown(b.name)}"),
        "| --- | --- | --- |",
        _source_row("Title", title(a), title(b)),
        _source_row("Path", escape_markdown(a.path), escape_markdown(b.path)),
        *(_source_row(label, str(left), str(right)) for label, left, right in source_counts(a, b)),
        "",
    ]


def _summary(report: Report) -> list[str]:
    kinds = ", ".join(
        f"{SECTION_TITLES[kind].lower()} {report.counts[kind]}" for kind in SECTION_ORDER
    )
    lines = [
        "## Summary",
        "",
        f"- **{report.total} differences** ({report.major} major): {kinds}.",
        f"- **Review**: {report.progress.label}, {report.noted} with a note.",
    ]
    if report.reuse:
        lines.append(f"- **Shared text**: {escape_markdown(report.reuse)}.")
    if report.scope != "all":
        listed = sum(len(section.items) for section in report.sections)
        lines.append(f"- **Listed**: {REPORT_SCOPES[report.scope]} ({listed}).")
    if report.orphaned:
        lines.append(
            f"- **Orphaned marks**: {len(report.orphaned)}, made on passages that are no longer "
            "found (a source changed); listed at the end."
        )
    lines.append("")
    return lines


def _item(item: ReportItem, report: Report) -> list[str]:
    symbols = f" {item.mark.symbols}" if item.mark.symbols else ""
    lines = [f"### {item.number}. {escape_markdown(item.difference.summary)}{symbols}", ""]
    for passage, facts in ((item.a, report.a), (item.b, report.b)):
        if passage is None:
            lines.append(f"- **{facts.side.upper()}** ({escape_markdown(facts.name)}): *absent*")
        else:
            lines.append(
                f"- **{facts.side.upper()}** ({escape_markdown(facts.name)}): {_passage(passage)}"
            )
    lines.append(f"- **Review**: {_mark_words(item.mark)}")
    if item.mark.note.strip():
        lines.append(f"- **Note**: {escape_markdown(item.mark.note)}")
    lines.append("")
    return lines


def _orphan(orphan: OrphanedMark) -> list[str]:
    a = escape_markdown(orphan.a_text) if orphan.a_text is not None else "*absent*"
    b = escape_markdown(orphan.b_text) if orphan.b_text is not None else "*absent*"
    lines = [
        f"- **{SECTION_TITLES[orphan.kind]}**, {_mark_words(orphan.mark)}",
        f"  - **A** was: {a}",
        f"  - **B** was: {b}",
    ]
    if orphan.mark.note.strip():
        lines.append(f"  - **Note**: {escape_markdown(orphan.mark.note)}")
    return lines


def render_markdown(report: Report) -> str:
    """Return the report as a Markdown document."""
    lines = [
        f"# crosscheck report: {escape_markdown(report.a.name)} and "
        f"{escape_markdown(report.b.name)}",
        "",
    ]
    lines += _summary(report)
    lines += _sources(report.a, report.b)
    lines += ["Changed words are in **bold**. ✓ checked, ⚑ flagged, ✎ note.", ""]
    for section in report.sections:
        lines += [f"## {section.title} ({len(section.items)})", ""]
        for item in section.items:
            lines += _item(item, report)
    if not report.sections:
        lines += ["No differences were found.", ""]
    if report.orphaned:
        lines += ["## Orphaned marks", ""]
        for orphan in report.orphaned:
            lines += _orphan(orphan)
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
