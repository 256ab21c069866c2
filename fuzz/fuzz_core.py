"""Fuzz the loaders, the segmenter and the comparison with many random inputs.

Not part of the test suite (it runs for minutes). Prints what it ran and every failure found:

    .venv/bin/python fuzz/fuzz_core.py --examples 20000
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

from tui.core.compare import compare
from tui.core.errors import InputError
from tui.core.loading.source import load_source
from tui.core.models import LoadedText
from tui.core.text.document import build_document

PIECES = [
    "Xi",
    "Lee",
    "said",
    "“",
    "”",
    '"',
    "'",
    "’",
    "[Lee]",
    "[bold]",
    "[/]",
    "[link=file:///etc/passwd]",
    ".",
    "...",
    "…",
    "\n",
    "\n\n",
    "U.S.",
    "Gen.",
    "28,500",
    "one-third",
    "$8B",
    "Monday",
    "\x1b[31m",
    "\x1b]0;title\x07",
    "\x1b]52;c;aGk=\x07",
    "\u202e",
    "\u200b",
    "\x00",
    "e\u0301",
    "مرحبا",
    "北京",
    "😀",
    "<script>alert(1)</script>",
    "**b**",
    "# h",
    "date 2026-01-02",
    "What's Your Reaction?",
    "like",
    "\r\n",
    "\r",
    "\ufeff",
]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]


def random_text(rng: random.Random) -> str:
    """Return article-like text mixed with hostile pieces and random code points."""
    parts: list[str] = []
    for _ in range(rng.randint(0, 80)):
        if rng.random() < 0.7:
            parts.append(rng.choice(PIECES))
        else:
            codepoints = (rng.randint(1, 0x2FFFF) for _ in range(rng.randint(1, 6)))
            parts.append("".join(chr(c) for c in codepoints if not 0xD800 <= c <= 0xDFFF))
    return " ".join(parts)


def random_bytes(rng: random.Random) -> bytes:
    """Return raw bytes: encoded random text, or noise, or a mix."""
    choice = rng.random()
    text = random_text(rng)
    if choice < 0.6:
        return text.encode(rng.choice(ENCODINGS), errors="ignore")
    if choice < 0.8:
        return rng.randbytes(rng.randint(0, 600))
    return text.encode("utf-8") + rng.randbytes(rng.randint(1, 40))


def check_loaded(loaded: LoadedText) -> None:
    """Raise AssertionError when loaded text breaks a promise of the loader."""
    assert "\x1b" not in loaded.text and "\x00" not in loaded.text and "\r" not in loaded.text
    for start, end in loaded.boilerplate:
        assert 0 <= start < end <= len(loaded.text)


def main() -> int:
    """Run the fuzz loop; return 1 if any failure was found."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    failures = 0
    refused = 0
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.txt"
        for example in range(args.examples):
            raw = random_bytes(rng)
            path.write_bytes(raw)
            try:
                loaded = load_source(str(path))
                check_loaded(loaded)
                other = build_document(LoadedText("b.txt", None, random_text(rng) or "x"))
                document = build_document(loaded)
                for s in document.sentences:
                    assert loaded.text[s.start : s.end] == s.text
                compare(document, other)
            except InputError:
                refused += 1
            except Exception:
                failures += 1
                print(f"FAILURE on example {example}: {raw[:200]!r}", file=sys.stderr)
                traceback.print_exc()
    elapsed = time.perf_counter() - started
    print(
        f"fuzz_core: {args.examples} examples (seed {args.seed}) in {elapsed:.1f} s: "
        f"{refused} refused with an input error, {failures} failures"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
