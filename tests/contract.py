"""A checker for the ``crosscheck/1`` JSON contract, shared by the tests."""

from __future__ import annotations

from typing import Any

DIFFERENCE_KINDS = {"unique", "quote", "number", "framing", "wording"}


def _check_span(span: Any, text: str, where: str) -> None:
    assert isinstance(span, dict), f"{where}: span must be an object"
    start, end = span["start"], span["end"]
    assert isinstance(start, int) and isinstance(end, int), f"{where}: offsets must be ints"
    assert 0 <= start <= end <= len(text), f"{where}: offsets {start}:{end} out of range"
    assert span["text"] == text[start:end], f"{where}: text != text[start:end]"


def validate(doc: dict[str, Any]) -> None:
    """Raise AssertionError when ``doc`` breaks the crosscheck/1 contract."""
    assert doc["schema"] == "crosscheck/1"
    texts: dict[str, str] = {}
    boiler: dict[str, set[int]] = {}
    counts: dict[str, int] = {}
    for side in ("a", "b"):
        source = doc["sources"][side]
        assert isinstance(source["path"], str)
        assert source["title"] is None or isinstance(source["title"], str)
        text = source["text"]
        assert isinstance(text, str)
        texts[side] = text
        previous_end = 0
        for index, sentence in enumerate(source["sentences"]):
            assert sentence["id"] == index, "sentence ids must be 0..n-1 in order"
            _check_span(sentence, text, f"sources.{side}.sentences[{index}]")
            assert sentence["start"] >= previous_end, "sentences must not overlap"
            previous_end = sentence["end"]
            assert isinstance(sentence["paragraph"], int)
            assert isinstance(sentence["boilerplate"], bool)
        boiler[side] = {s["id"] for s in source["sentences"] if s["boilerplate"]}
        counts[side] = len(source["sentences"])
    seen: dict[str, set[int]] = {"a": set(), "b": set()}
    for group in doc["alignment"]:
        assert 0.0 <= group["score"] <= 1.0
        assert group["a"] and group["b"], "a group pairs sentences of both sides"
        for side in ("a", "b"):
            for sid in group[side]:
                assert 0 <= sid < counts[side]
                assert sid not in seen[side], f"sentence {side}{sid} in two groups"
                assert sid not in boiler[side], f"boilerplate {side}{sid} in a group"
                seen[side].add(sid)
    for side in ("a", "b"):
        for sid in doc[f"only_{side}"]:
            assert 0 <= sid < counts[side]
            assert sid not in seen[side], f"sentence {side}{sid} both grouped and only_{side}"
            assert sid not in boiler[side], f"boilerplate {side}{sid} in only_{side}"
        other = "b" if side == "a" else "a"
        for entry in doc.get(f"partial_{side}", []):
            sid = entry["id"]
            assert 0 <= sid < counts[side] and 0 <= entry["like"] < counts[other]
            assert sid not in seen[side], f"sentence {side}{sid} both grouped and partial"
            assert sid not in doc[f"only_{side}"], f"sentence {side}{sid} both only and partial"
            assert sid not in boiler[side], f"boilerplate {side}{sid} in partial_{side}"
    for quote in doc["quotes"]:
        assert quote["status"] in {"same", "altered", "shortened", "extended", "only_a", "only_b"}
        for side in ("a", "b"):
            if quote[side] is not None:
                _check_span(quote[side], texts[side], f"quote.{side}")
                assert quote[side]["speaker"] is None or isinstance(quote[side]["speaker"], str)
    for number in doc["numbers"]:
        assert number["status"] in {"same", "equivalent", "conflict", "only_a", "only_b"}
        for side in ("a", "b"):
            if number[side] is not None:
                _check_span(number[side], texts[side], f"number.{side}")
                value = number[side]["value"]
                assert value is None or isinstance(value, int | float)
    for framing in doc["framing"]:
        assert isinstance(framing["category"], str) and isinstance(framing["note"], str)
        # Additions: a one-sided item (a loaded word only one source has) is null on one side.
        assert framing["a"] is not None or framing["b"] is not None
        for side in ("a", "b"):
            if framing[side] is not None:
                _check_span(framing[side], texts[side], f"framing.{side}")
    ids = set()
    for difference in doc["differences"]:
        assert isinstance(difference["id"], str) and difference["id"]
        assert difference["id"] not in ids, "difference ids must be unique"
        ids.add(difference["id"])
        assert difference["kind"] in DIFFERENCE_KINDS
        assert difference["a"] is not None or difference["b"] is not None
        for side in ("a", "b"):
            if difference[side] is not None:
                _check_span(difference[side], texts[side], f"difference.{side}")
        assert isinstance(difference["summary"], str) and difference["summary"]
        assert "\n" not in difference["summary"], "a summary is one line"
