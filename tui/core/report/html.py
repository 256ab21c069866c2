"""The report as one self-contained HTML file: inline CSS, no scripts, nothing fetched.

Every piece of text that comes from a source, a path or a note goes through
:func:`html.escape`, so a ``<script>`` in an article is shown as text. A content
security policy forbids scripts and network access as a second line of defence.
"""

from __future__ import annotations

from html import escape

from tui import __version__
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

_CSS = """
:root { --ink: #1d1f23; --muted: #5b616b; --rule: #d9dce1; --paper: #ffffff;
  --a: #fff1c2; --a-edge: #b7791f; --b: #dbeafe; --b-edge: #2b6cb0;
  --flag: #c53030; --ok: #2f855a; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 2rem 1.5rem 4rem; color: var(--ink);
  background: var(--paper); font: 16px/1.55 Georgia, "Times New Roman", serif; }
h1, h2, h3, .label, table, .summary, .marks, footer { font-family: system-ui, -apple-system,
  "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
h1 { font-size: 1.7rem; margin: 0 0 .2rem; }
h2 { font-size: 1.25rem; margin: 2.2rem 0 .8rem; padding-bottom: .3rem;
  border-bottom: 2px solid var(--ink); }
h3 { font-size: 1rem; margin: 0 0 .6rem; display: flex; gap: .6rem; align-items: baseline; }
.pair { color: var(--muted); margin: 0; overflow-wrap: anywhere; }
.count { color: var(--muted); font-weight: normal; }
.summary ul { padding-left: 1.2rem; margin: .4rem 0; }
.progress { height: .5rem; background: var(--rule); border-radius: .25rem; overflow: hidden;
  max-width: 24rem; margin: .6rem 0; }
.progress span { display: block; height: 100%; background: var(--ok); }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .6rem;
  border-bottom: 1px solid var(--rule); overflow-wrap: anywhere; }
th { color: var(--muted); font-weight: 600; width: 12rem; }
.difference { border: 1px solid var(--rule); border-radius: .4rem; padding: .9rem 1rem;
  margin: 0 0 1rem; }
.difference.flagged { border-left: .35rem solid var(--flag); }
.difference.checked h3 .summary-text { color: var(--muted); }
.num { color: var(--muted); font-weight: normal; min-width: 2.2rem; }
.marks { margin-left: auto; font-size: .8rem; white-space: nowrap; }
.badge { display: inline-block; padding: 0 .45rem; border-radius: 1rem; margin-left: .3rem;
  border: 1px solid currentColor; }
.badge.checked { color: var(--ok); }
.badge.flagged { color: var(--flag); }
.badge.open { color: var(--muted); }
.passages { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
.passage { margin: 0; padding: .5rem .75rem; border-left: 3px solid var(--rule);
  overflow-wrap: anywhere; white-space: pre-wrap; }
.passage.side-a { border-left-color: var(--a-edge); }
.passage.side-b { border-left-color: var(--b-edge); }
.passage.absent { color: var(--muted); font-style: italic; white-space: normal; }
.label { display: block; font-size: .75rem; color: var(--muted); white-space: normal;
  text-transform: uppercase; letter-spacing: .04em; margin-bottom: .2rem; }
.focus { text-decoration: underline; text-decoration-color: var(--muted);
  text-underline-offset: .2em; }
mark { color: inherit; padding: 0 .1em; border-radius: .15em; }
.side-a mark { background: var(--a); box-shadow: inset 0 -2px var(--a-edge); }
.side-b mark { background: var(--b); box-shadow: inset 0 -2px var(--b-edge); }
.note { margin: .7rem 0 0; padding: .4rem .75rem; background: #f6f7f9; border-radius: .3rem;
  white-space: pre-wrap; overflow-wrap: anywhere; }
.note::before { content: "Note: "; font-weight: bold; }
.orphan { color: var(--muted); }
footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; }
@media (max-width: 44rem) { .passages { grid-template-columns: 1fr; } }
@media print {
  @page { margin: 15mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  .difference { break-inside: avoid; }
  .passages { grid-template-columns: 1fr 1fr; }
  mark, .progress span, .note { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def _passage_html(passage: Passage) -> str:
    text = passage.text
    focus_start, focus_end = passage.focus
    whole = (focus_start, focus_end) == (0, len(text))
    parts = [escape(text[:focus_start]), "<span>" if whole else '<span class="focus">']
    focus = text[focus_start:focus_end]
    inner = [(s - focus_start, e - focus_start) for s, e in passage.changes]
    for piece, changed in cut_by_ranges(focus, inner):
        parts.append(f"<mark>{escape(piece)}</mark>" if changed else escape(piece))
    parts += ["</span>", escape(text[focus_end:])]
    return "".join(parts)


def _side(passage: Passage | None, facts: SourceFacts) -> str:
    label = f'<span class="label">{facts.side.upper()} · {escape(facts.name)}</span>'
    if passage is None:
        return f'<div class="passage absent side-{facts.side}">{label}Not in this source.</div>'
    return (
        f'<blockquote class="passage side-{facts.side}">{label}{_passage_html(passage)}'
        "</blockquote>"
    )


def _badges(mark: ReviewMark) -> str:
    badges = []
    if mark.checked:
        badges.append('<span class="badge checked">✓ checked</span>')
    if mark.flagged:
        badges.append('<span class="badge flagged">⚑ flagged</span>')
    if not badges:
        badges.append('<span class="badge open">not checked</span>')
    return "".join(badges)


def _note(mark: ReviewMark) -> str:
    if not mark.note.strip():
        return ""
    return f'<p class="note">{escape(mark.note)}</p>'


def _item(item: ReportItem, report: Report) -> str:
    classes = " ".join(
        ["difference"]
        + (["checked"] if item.mark.checked else [])
        + (["flagged"] if item.mark.flagged else [])
    )
    return (
        f'<article class="{classes}" id="difference-{item.number}">'
        f'<h3><span class="num">#{item.number}</span>'
        f'<span class="summary-text">{escape(item.difference.summary)}</span>'
        f'<span class="marks">{_badges(item.mark)}</span></h3>'
        f'<div class="passages">{_side(item.a, report.a)}{_side(item.b, report.b)}</div>'
        f"{_note(item.mark)}</article>"
    )


def _sources(report: Report) -> str:
    a, b = report.a, report.b

    def row(label: str, left: str, right: str) -> str:
        return f"<tr><th>{label}</th><td>{left}</td><td>{right}</td></tr>"

    def title(facts: SourceFacts) -> str:
        return escape(facts.title) if facts.title else "<em>(no title)</em>"

    rows = [
        row("", f"<strong>A</strong> {escape(a.name)}", f"<strong>B</strong> {escape(b.name)}"),
        row("Title", title(a), title(b)),
        row("Path", escape(a.path), escape(b.path)),
        *(row(label, str(left), str(right)) for label, left, right in source_counts(a, b)),
    ]
    return f'<section class="sources"><h2>Sources</h2><table>{"".join(rows)}</table></section>'


def _summary(report: Report) -> str:
    progress = report.progress
    share = 100 * progress.checked / progress.total if progress.total else 0
    kinds = "".join(
        f"<li>{escape(SECTION_TITLES[kind])}: {report.counts[kind]}</li>" for kind in SECTION_ORDER
    )
    reuse = f"<p><strong>Shared text:</strong> {escape(report.reuse)}.</p>" if report.reuse else ""
    listed = ""
    if report.scope != "all":
        count = sum(len(section.items) for section in report.sections)
        listed = f"<p><strong>Listed:</strong> {REPORT_SCOPES[report.scope]} ({count}).</p>"
    orphaned = ""
    if report.orphaned:
        orphaned = (
            f"<p>{len(report.orphaned)} orphaned mark(s): made on passages no longer found "
            '(a source changed); <a href="#orphaned">listed at the end</a>.</p>'
        )
    return (
        '<section class="summary"><h2>Summary</h2>'
        f"<p><strong>{report.total} differences</strong> ({report.major} major)</p>"
        f"<ul>{kinds}</ul>{reuse}{listed}"
        f"<p><strong>Review:</strong> {escape(progress.label)}, {report.noted} with a note.</p>"
        f'<div class="progress"><span style="width: {share:.1f}%"></span></div>'
        f"{orphaned}</section>"
    )


def _orphan(orphan: OrphanedMark) -> str:
    def text(value: str | None) -> str:
        return escape(value) if value is not None else "<em>absent</em>"

    return (
        f'<article class="difference orphan"><h3>{escape(SECTION_TITLES[orphan.kind])}'
        f'<span class="marks">{_badges(orphan.mark)}</span></h3>'
        f"<p><strong>A was:</strong> {text(orphan.a_text)}</p>"
        f"<p><strong>B was:</strong> {text(orphan.b_text)}</p>{_note(orphan.mark)}</article>"
    )


def render_html(report: Report) -> str:
    """Return the report as a complete, self-contained HTML document."""
    pair = f"{escape(report.a.name)} ⇄ {escape(report.b.name)}"
    body = [
        f'<header><h1>crosscheck report</h1><p class="pair">{pair}</p></header>',
        _summary(report),
        _sources(report),
    ]
    for section in report.sections:
        items = "".join(_item(item, report) for item in section.items)
        body.append(
            f'<section id="{section.kind}"><h2>{escape(section.title)} '
            f'<span class="count">({len(section.items)})</span></h2>{items}</section>'
        )
    if not report.sections:
        body.append("<p>No differences were found.</p>")
    if report.orphaned:
        orphans = "".join(_orphan(orphan) for orphan in report.orphaned)
        body.append(f'<section id="orphaned"><h2>Orphaned marks</h2>{orphans}</section>')
    body.append(f"<footer>Made with crosscheck {escape(__version__)}.</footer>")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta http-equiv="Content-Security-Policy" '
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        f"<title>crosscheck report: {pair}</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )
