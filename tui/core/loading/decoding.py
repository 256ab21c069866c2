"""Turn a source's bytes into a string, or say why they are not text.

Strict UTF-8 (and byte-order marks) is tried first: it is fast and right for
most copy. Only when that fails does the loader guess: UTF-16 without a BOM
from its zero bytes, UTF-8 with a few stray Windows-1252 bytes, then
Windows-1252 for Western text (whose curly quotes and accents Latin-1 shares
or lacks), and last charset-normalizer for everything else. Files that are
images, PDFs, archives or other binary data are recognised and refused.
"""

from __future__ import annotations

import codecs
import re

from tui.core.errors import NotTextError

SAMPLE_BYTES = 64 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_PDF_ADVICE = "save the article as text or HTML"

# (magic bytes at offset 0, what the file looks like)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", f"looks like a PDF, not text; {_PDF_ADVICE}"),
    (b"\x89PNG\r\n\x1a\n", "looks like an image (PNG), not text"),
    (b"\xff\xd8\xff", "looks like an image (JPEG), not text"),
    (b"GIF87a", "looks like an image (GIF), not text"),
    (b"GIF89a", "looks like an image (GIF), not text"),
    (b"II*\x00", "looks like an image (TIFF), not text"),
    (b"MM\x00*", "looks like an image (TIFF), not text"),
    (b"\x00\x00\x01\x00", "looks like an image (icon), not text"),
    (b"PK\x03\x04", "looks like a ZIP archive, not text"),
    (b"PK\x05\x06", "looks like a ZIP archive, not text"),
    (b"\x1f\x8b", "looks like a gzip archive, not text"),
    (b"\xfd7zXZ\x00", "looks like an xz archive, not text"),
    (b"7z\xbc\xaf\x27\x1c", "looks like a 7-Zip archive, not text"),
    (b"Rar!\x1a\x07", "looks like a RAR archive, not text"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        f"looks like an Office document, not text; {_PDF_ADVICE}",
    ),
    (b"{\\rtf", f"looks like an RTF document, not plain text; {_PDF_ADVICE}"),
    (b"\x7fELF", "looks like a program, not text"),
    (b"SQLite format 3\x00", "looks like a database, not text"),
    (b"OggS", "looks like audio, not text"),
    (b"ID3", "looks like audio (MP3), not text"),
)

_ZIP_DOCUMENTS = {
    ".docx": "a Word document",
    ".odt": "an OpenDocument text",
    ".epub": "an e-book",
    ".pages": "a Pages document",
}

NOT_TEXT = "is not text in any encoding crosscheck knows"
BINARY = "looks like a binary file, not text"

# Bytes that never occur in text: C0 controls other than tab, newline, VT, FF, CR and ESC.
_BINARY_BYTES = bytes([*range(0x00, 0x09), 0x0E, 0x0F, *range(0x10, 0x1B), *range(0x1C, 0x20)])

# One well-formed multi-byte UTF-8 character.
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]"
    rb"|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]"
    rb"|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)

# Symbols Western text uses; a few of them between two letters betray another code page.
_WESTERN_SYMBOLS = set("‘’‚“”„–—…•€£¥¢©®™°±§¶·«»¡¿×÷½¼¾²³¹µºª†‡‰´\u00a0\u00ad")
_NEVER_INSIDE_WORDS = set("¹²³ºª´¤¦¨¬¯¸¿¡×÷±¶§¼½¾µ")
_MAX_ACCENTED_SHARE = 0.3

_META_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
# As browsers do, a page that says Latin-1 or ASCII is read as Windows-1252.
_WHATWG_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}

_FALLBACK_HANDLER = "crosscheck-cp1252-fallback"


def _cp1252_fallback(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bytes(bad).decode("cp1252", errors="replace"), error.end


codecs.register_error(_FALLBACK_HANDLER, _cp1252_fallback)


def binary_kind(data: bytes, *, suffix: str = "") -> str | None:
    """Return the problem message if ``data`` is a known binary format, else None.

    ``suffix`` (a lower-case file extension such as ``.docx``) names ZIP-based documents.
    """
    for magic, problem in _MAGIC:
        if data.startswith(magic):
            if magic.startswith(b"PK") and suffix in _ZIP_DOCUMENTS:
                return f"looks like {_ZIP_DOCUMENTS[suffix]}, not text; {_PDF_ADVICE}"
            return problem
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "looks like an image or media file, not text"
    if data[4:8] == b"ftyp":
        return "looks like a video or image file, not text"
    return None


def _bom_encoding(data: bytes) -> tuple[str, int] | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def _utf16_without_bom(sample: bytes) -> str | None:
    """Return ``utf-16-le``/``-be`` when zero bytes sit in every other position, as in ASCII."""
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    zero_even = sample[0 : pairs * 2 : 2].count(0)
    zero_odd = sample[1 : pairs * 2 : 2].count(0)
    if zero_odd > 0.4 * pairs and zero_even < 0.05 * pairs:
        return "utf-16-le"
    if zero_even > 0.4 * pairs and zero_odd < 0.05 * pairs:
        return "utf-16-be"
    return None


def _looks_binary(sample: bytes) -> bool:
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _BINARY_BYTES))
    return controls > 0.05 * len(sample)


def _mostly_utf8(data: bytes) -> bool:
    """Return True for UTF-8 text with a few stray bytes of another encoding in it."""
    sample = data[: SAMPLE_BYTES * 4]
    high = sum(1 for byte in sample if byte >= 0x80)
    if high == 0:
        return False
    in_characters = sum(len(match) for match in _UTF8_MULTIBYTE.findall(sample))
    stray = high - in_characters
    return in_characters > 0 and stray * 4 <= in_characters


def _plausibly_western(text: str) -> bool:
    """Return True if ``text`` (decoded as Windows-1252) reads like a Latin-script language."""
    letters = accented = 0
    for index, char in enumerate(text):
        if char < "\x80":
            letters += char.isalpha()
            continue
        if char.isalpha():
            letters += 1
            accented += 1
        elif char not in _WESTERN_SYMBOLS or (
            char in _NEVER_INSIDE_WORDS and _between_letters(text, index)
        ):
            return False
    return letters > 0 and accented <= _MAX_ACCENTED_SHARE * letters


def _between_letters(text: str, index: int) -> bool:
    return 0 < index < len(text) - 1 and text[index - 1].isalpha() and text[index + 1].isalpha()


def _detected_encoding(sample: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(sample).best()
    return None if best is None else str(best.encoding)


def declared_charset(data: bytes) -> str | None:
    """Return the charset an HTML page declares in a ``<meta>`` tag near its start, if any."""
    match = _META_CHARSET.search(data[:8192])
    return None if match is None else match.group(1).decode("ascii").lower()


def _decode_declared(data: bytes, declared: str) -> str | None:
    encoding = _WHATWG_ALIASES.get(declared.lower(), declared)
    try:
        return data.decode(encoding)
    except (LookupError, UnicodeDecodeError):
        return None  # a wrong declaration is common; detect instead


def decode_bytes(data: bytes, *, suffix: str = "", declared: str | None = None) -> str:
    """Return ``data`` decoded to a string; raises :class:`NotTextError` with the problem.

    ``suffix`` is the lower-case file extension, used only to name binary
    documents; ``declared`` is a charset the server or page claims, tried
    after strict UTF-8 and before any guessing.
    """
    bom = _bom_encoding(data)
    if bom is not None:
        encoding, length = bom
        try:
            return data[length:].decode(encoding)
        except UnicodeDecodeError as error:
            raise NotTextError(NOT_TEXT) from error
    problem = binary_kind(data, suffix=suffix)
    if problem is not None:
        raise NotTextError(problem)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared is not None:
        decoded = _decode_declared(data, declared)
        if decoded is not None:
            return decoded
    sample = data[:SAMPLE_BYTES]
    wide = _utf16_without_bom(sample)
    if wide is not None:
        try:
            return data.decode(wide)
        except UnicodeDecodeError as error:
            raise NotTextError(NOT_TEXT) from error
    if _looks_binary(sample):
        raise NotTextError(BINARY)
    if _mostly_utf8(data):
        return data.decode("utf-8", errors=_FALLBACK_HANDLER)
    return _guess_single_byte(data, sample)


def _guess_single_byte(data: bytes, sample: bytes) -> str:
    candidates: list[str] = []
    if _decodes_as_western(sample):
        candidates.append("cp1252")
    detected = _detected_encoding(sample)
    if detected is not None:
        candidates.append(detected)
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise NotTextError(NOT_TEXT)


def _decodes_as_western(sample: bytes) -> bool:
    try:
        text = sample.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return _plausibly_western(text)
