"""The comparison as the public JSON document ``crosscheck/1`` (see the JSON contract)."""

from __future__ import annotations

import json
from typing import Any

from tui.core.models import Comparison, Document, Figure, Finding, Quote, Reuse, Span

SCHEMA = "crosscheck/1"


def _span(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"start": span.start, "end": span.end, "text": span.text}


def _quote(quote: Quote | None) -> dict[str, Any] | None:
    if quote is None:
        return None
    return {"start": quote.start, "end": quote.end, "text": quote.text, "speaker": quote.speaker}


def _figure(figure: Figure | None) -> dict[str, Any] | None:
    if figure is None:
        return None
    value: float | int | None = figure.value
    if value is not None and float(value).is_integer() and abs(value) < 2**53:
        value = int(value)
    return {
        "start": figure.start,
        "end": figure.end,
        "text": figure.text,
        "value": value,
        "unit": figure.unit,
        "approximate": figure.approximate,
    }


def _finding(finding: Finding | None) -> dict[str, Any] | None:
    return None if finding is None else {"list": finding.list, "index": finding.index}


def _reuse(reuse: Reuse | None) -> dict[str, float] | None:
    if reuse is None:
        return None
    return {
        "a_in_b": reuse.a_in_b,
        "b_in_a": reuse.b_in_a,
        "verbatim": reuse.verbatim,
        "edited": reuse.edited,
        "paraphrased": reuse.paraphrased,
    }


def _source(document: Document) -> dict[str, Any]:
    return {
        "path": document.path,
        "title": document.title,
        "text": document.text,
        "sentences": [
            {
                "id": s.id,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                "paragraph": s.paragraph,
                "boilerplate": s.boilerplate,
            }
            for s in document.sentences
        ],
    }


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    """Return the comparison as a JSON-ready dict following the ``crosscheck/1`` contract."""
    return {
        "schema": SCHEMA,
        "sources": {"a": _source(comparison.a), "b": _source(comparison.b)},
        "alignment": [
            {"a": list(g.a), "b": list(g.b), "score": round(g.score, 4)}
            for g in comparison.alignment.groups
        ],
        "only_a": list(comparison.alignment.only_a),
        "only_b": list(comparison.alignment.only_b),
        "partial_a": [{"id": i, "like": j} for i, j in comparison.alignment.partial_a],
        "partial_b": [{"id": j, "like": i} for j, i in comparison.alignment.partial_b],
        "quotes": [
            {
                "status": q.status,
                "a": _quote(q.a),
                "b": _quote(q.b),
                "note": q.note,
                "dropped": list(q.dropped),
                "added": list(q.added),
            }
            for q in comparison.quotes
        ],
        "numbers": [
            {"status": f.status, "a": _figure(f.a), "b": _figure(f.b), "note": f.note}
            for f in comparison.figures
        ],
        "framing": [
            {
                "category": f.category,
                "a": _span(f.a),
                "b": _span(f.b),
                "note": f.note,
                "strength": round(f.strength, 3),
                "side": f.side,
            }
            for f in comparison.framing
        ],
        "differences": [
            {
                "id": d.id,
                "kind": d.kind,
                "a": _span(d.a),
                "b": _span(d.b),
                "summary": d.summary,
                "importance": d.importance,
                "finding": _finding(d.finding),
                "within": d.within,
            }
            for d in comparison.differences
        ],
        "reuse": _reuse(comparison.reuse),
    }


def comparison_to_json(comparison: Comparison, *, indent: int | None = 2) -> str:
    """Return the comparison as ``crosscheck/1`` JSON text."""
    return json.dumps(comparison_to_dict(comparison), ensure_ascii=False, indent=indent)
