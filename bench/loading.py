"""Print how long loading takes for large sources in each encoding path.

Run: .venv/bin/python bench/loading.py
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from tui.core.loading.source import load_source
from tui.core.samples import sample_pair

TARGET_BYTES = 10 * 1024 * 1024


def _article_bytes(encoding: str) -> bytes:
    sample = Path(sample_pair()[1]).read_text(encoding="utf-8")
    if encoding == "cp1252":
        sample = sample.encode("cp1252", errors="replace").decode("cp1252")
    unit = sample.encode(encoding)
    if encoding == "utf-16":
        unit = sample.encode("utf-16-le")
        return b"\xff\xfe" + unit * (TARGET_BYTES // len(unit))
    return unit * (TARGET_BYTES // len(unit))


def _html_page(size: int) -> str:
    paragraphs: list[str] = []
    total = 0
    while total < size:
        number = len(paragraphs)
        paragraph = (
            f"<p>Riverside council voted {number} to 4 on Tuesday night to build flood barrier "
            f"number {number * 7} along the east bank, ending years of argument.</p>\n"
        )
        paragraphs.append(paragraph)
        total += len(paragraph)
    body = "".join(paragraphs)
    head = "<html><head><title>Long page</title></head>"
    return f"{head}<body><article>{body}</article></body></html>"


def _time_load(path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    loaded = load_source(str(path))
    return time.perf_counter() - started, len(loaded.text)


def main() -> None:
    """Write 10 MB sources in several encodings and print the time to load each."""
    with tempfile.TemporaryDirectory() as folder:
        for encoding, suffix in (
            ("utf-8", ".txt"),
            ("cp1252", ".txt"),
            ("utf-16", ".txt"),
        ):
            path = Path(folder) / f"big-{encoding}{suffix}"
            path.write_bytes(_article_bytes(encoding))
            seconds, characters = _time_load(path)
            size = path.stat().st_size / 1_000_000
            print(f"{encoding:8} {size:5.1f} MB  {characters:>10,} chars  {seconds:6.2f} s")
        page = Path(__file__).resolve().parents[1] / "tests" / "data" / "loading"
        seconds, characters = _time_load(page / "saved-news-page.html")
        print(f"{'html':8} {'page':>8}  {characters:>10,} chars  {seconds:6.2f} s (first, imports)")
        for megabytes in (1, 4):
            path = Path(folder) / f"big-{megabytes}.html"
            path.write_text(_html_page(megabytes * 1_000_000), encoding="utf-8")
            seconds, characters = _time_load(path)
            print(f"{'html':8} {megabytes:5.1f} MB  {characters:>10,} chars  {seconds:6.2f} s")


if __name__ == "__main__":
    main()
