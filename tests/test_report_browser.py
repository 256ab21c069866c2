"""The HTML report in a real headless Chromium: it renders, and article markup stays text."""

from __future__ import annotations

import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tests.review_pair import TEXT_B, build_comparison
from tui.core.report.write import render_report
from tui.core.review.marks import ReviewState

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
HOSTILE_A = (
    "Officials said 1,200 people were evacuated from the flooded valley on Monday. "
    "The mayor called the response **a total failure** and posted [photos](http://x.test). "
    '"We will rebuild every bridge," the governor said.\n\n'
    "# Readers were told to <script>document.title = 'hijacked'</script> stay indoors | "
    '<img src="http://127.0.0.1:9/pixel.png"> and wait.'
)


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'profile'}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._in_title = tag == "title"

    def handle_endtag(self, tag: str) -> None:
        self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_html_report_renders_in_chromium_and_article_markup_stays_text(tmp_path: Path) -> None:
    comparison = build_comparison(HOSTILE_A, TEXT_B)
    quote = next(d for d in comparison.differences if d.kind == "quote")
    review = ReviewState().toggled_flagged(quote.id).with_note(quote.id, "call the <b>desk</b>")
    report = tmp_path / "report.html"
    report.write_text(render_report(comparison, "html", review=review), encoding="utf-8")

    screenshot = tmp_path / "report.png"
    shot = _chromium(
        tmp_path, f"--screenshot={screenshot}", "--window-size=1200,1600", report.as_uri()
    )
    assert screenshot.exists(), shot.stderr[-2000:]
    png = screenshot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (1200, 1600)
    assert len(png) > 30_000  # a rendered page, not a blank one

    dumped = _chromium(tmp_path, "--dump-dom", report.as_uri())
    assert dumped.returncode == 0, dumped.stderr[-2000:]
    elements = _Elements()
    elements.feed(dumped.stdout)
    assert "script" not in elements.tags and "img" not in elements.tags and "b" not in elements.tags
    assert elements.title.startswith("crosscheck report")  # the script in the article never ran
    assert "document.title = 'hijacked'" in dumped.stdout
    assert elements.tags.count("mark") == 4
    assert "call the &lt;b&gt;desk&lt;/b&gt;" in dumped.stdout
