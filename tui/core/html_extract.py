"""Extract the article from a web page: its title and main text, paragraphs kept.

trafilatura finds the main text and leaves out navigation, cookie banners,
comments and footers. It is handed a string, so it never fetches anything.
Its XML output is read block by block (paragraphs, headings, list items,
quotations, table rows) and the blocks are joined with blank lines.
"""

from __future__ import annotations

import html as html_entities
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass

_CONTAINERS = {"main", "quote", "list", "table", "div", "figure"}
_LINE_BREAK_TAGS = {"lb"}
_SPACES = re.compile(r"[ \t\r\f\v]+")
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    """The article found in a web page: its title (or None) and its blocks of text."""

    title: str | None
    blocks: tuple[str, ...]

    @property
    def text(self) -> str:
        """Return the article text: the blocks separated by blank lines."""
        return "\n\n".join(self.blocks)


def looks_like_html(text: str) -> bool:
    """Return True if ``text`` starts like an HTML document."""
    head = text[:1024].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) and "<html" in text[:4096].lower()


def _inline_text(element: ElementTree.Element) -> str:
    parts: list[str] = [element.text or ""]
    for child in element:
        if child.tag in _LINE_BREAK_TAGS:
            parts.append("\n")
        else:
            parts.append(_inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _tidy(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _blocks(element: ElementTree.Element) -> list[str]:
    if element.tag == "row":
        cells = [_tidy(_inline_text(cell)) for cell in element]
        return [" | ".join(cell for cell in cells if cell)]
    has_block_children = any(child.tag not in _LINE_BREAK_TAGS for child in element)
    if element.tag not in _CONTAINERS or not has_block_children:
        return [_tidy(_inline_text(element))]
    blocks = [_tidy(element.text or "")]
    for child in element:
        blocks.extend(_blocks(child))
        blocks.append(_tidy(child.tail or ""))
    return blocks


def _fallback_title(html: str) -> str | None:
    match = _TITLE_TAG.search(html)
    if match is None:
        return None
    title = _tidy(html_entities.unescape(match.group(1))).replace("\n", " ")
    return title or None


def extract_article(html: str, *, url: str | None = None) -> ExtractedPage:
    """Return the title and main-text blocks of the page ``html`` (empty blocks if none found).

    ``url`` is only used as metadata; nothing is fetched.
    """
    import trafilatura

    xml = trafilatura.extract(
        html,
        url=url,
        output_format="xml",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=True,
    )
    if not xml:
        return ExtractedPage(_fallback_title(html), ())
    root = ElementTree.fromstring(xml)
    main = root.find("main")
    blocks = [] if main is None else [block for block in _blocks(main) if block]
    title = _tidy(root.get("title") or "").replace("\n", " ") or _fallback_title(html)
    if title and (not blocks or not _same_words(blocks[0], title)):
        blocks.insert(0, title)
    return ExtractedPage(title, tuple(blocks))


def _same_words(a: str, b: str) -> bool:
    return a.casefold().split() == b.casefold().split()
