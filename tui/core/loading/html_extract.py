"""Extract the article from a web page: its title and main text, paragraphs kept.

trafilatura finds the main text and leaves out navigation, cookie banners,
comments and footers. It is handed a string, so it never fetches anything.
Its XML output is read block by block (paragraphs, headings, list items,
quotations, table rows) and the blocks are joined with blank lines.
"""

from __future__ import annotations

import html as html_entities
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

_CONTAINERS = {"body", "doc", "main", "quote", "list", "table", "div", "figure"}
_LINE_BREAK_TAGS = {"lb"}
# Above this size, skip trafilatura's second-opinion extractors: they grow faster than linearly.
_FAST_EXTRACTION_CHARS = 2_000_000
_SPACES = re.compile(r"[ \t\r\f\v]+")
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


class _Node(Protocol):
    """An element of trafilatura's output tree (lxml), as far as this module reads it."""

    tag: Any
    text: str | None
    tail: str | None

    def __iter__(self) -> Iterator[_Node]: ...


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


def _inline_text(element: _Node) -> str:
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


def _blocks(element: _Node) -> list[str]:
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


def _page_title(tree: Any) -> str | None:
    from trafilatura.metadata import examine_meta, extract_title

    title = examine_meta(tree).title or extract_title(tree)
    return _tidy(str(title)).replace("\n", " ") or None if title else None


def extract_article(html: str, *, url: str | None = None) -> ExtractedPage:
    """Return the title and main-text blocks of the page ``html`` (empty blocks if none found).

    ``url`` is only used as metadata; nothing is fetched.
    """
    from trafilatura import bare_extraction
    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        return ExtractedPage(_fallback_title(html), ())
    title = _page_title(tree) or _fallback_title(html)
    document = bare_extraction(
        tree,
        url=url,
        output_format="python",
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=False,
        fast=len(html) > _FAST_EXTRACTION_CHARS,
    )
    body = getattr(document, "body", None)
    blocks = [] if body is None else [block for block in _blocks(body) if block]
    if title and blocks and not _same_words(blocks[0], title):
        blocks.insert(0, title)
    return ExtractedPage(title, tuple(blocks))


def _same_words(a: str, b: str) -> bool:
    return a.casefold().split() == b.casefold().split()
