"""Bytes to text: byte-order marks, UTF-8, a declared charset, a Windows-1252 fallback, binary files.

The order is fixed so that a file always decodes the same way:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
2. UTF-16 without a mark is recognised by its pattern of zero bytes (ASCII-heavy text);
3. otherwise a file with many NUL or other control bytes, or the signature of an image, archive
   or PDF, is binary;
4. strict UTF-8;
5. a charset the document declares itself (HTML ``<meta charset>``, XML ``encoding=``);
6. Windows-1252, then Latin-1 (which cannot fail), each with a note.

Why not charset_normalizer for step 6: on short articles it guesses ISO-8859-14 or CP1250 for
plain French or German Latin-1 text and garbles it ("«non»" became "ḋnonṠ"); news in legacy
encodings is overwhelmingly Windows-1252/Latin-1, and a note tells the user what was assumed.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# How many leading bytes are inspected for the binary and UTF-16 checks (a file's start is
# enough: an image renamed .txt shows its signature and NUL bytes at once).
SNIFF_BYTES = 8192

# A file is binary when more than this share of its first bytes are NUL (images and archives
# have many; a text file with one stray NUL is still text, and cleaning removes the NUL) ...
BINARY_NUL_SHARE = 0.01
# ... or are control bytes that text never uses (tab, line breaks, form feed, escape excluded):
# random or encrypted bytes have ~10% of them, text in any encoding next to none. At least
# BINARY_CONTROL_MIN of them, so that a short text with a few stray ones is cleaned, not skipped.
BINARY_CONTROL_SHARE = 0.03
BINARY_CONTROL_MIN = 16
_BINARY_CONTROLS = bytes(b for b in range(0x20) if b not in b"\t\n\r\x0b\x0c\x1b")

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian mark starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# File signatures of common binary formats that end up renamed as .txt or .html.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF/WebP media"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"SQLite format 3\x00", "SQLite database"),
)

_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)|<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""",
    re.IGNORECASE,
)


class BinaryFile(ValueError):
    """The bytes are not text; ``str(exc)`` says what they look like."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    note: str | None = None  # set when the encoding was assumed rather than known


def bom_encoding(data: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces and the mark's length, or None."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is zero, as in ASCII-heavy UTF-16 text."""
    sample = head[:512]
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) == len(odd) and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) == len(even) and odd.count(0) == 0:
        return "utf-16-be"
    return None


def binary_kind(head: bytes) -> str | None:
    """What a file's first bytes look like if it is not text (None for text)."""
    if bom_encoding(head) or _utf16_without_bom(head):
        return None
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    sample = head[:SNIFF_BYTES]
    if sample and sample.count(0) / len(sample) > BINARY_NUL_SHARE:
        return "NUL bytes"
    controls = sum(sample.count(byte) for byte in _BINARY_CONTROLS)
    if controls >= BINARY_CONTROL_MIN and controls / len(sample) > BINARY_CONTROL_SHARE:
        return "control bytes"
    return None


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML or XML document declares in its first bytes, if Python knows it."""
    match = _DECLARED.search(head[:4096])
    if not match:
        return None
    name = (match.group(1) or match.group(2)).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_bytes(data: bytes, *, honour_declaration: bool = False) -> Decoded:
    """Decode a whole file; raise ``BinaryFile`` when it is not text."""
    marked = bom_encoding(data)
    if marked:
        encoding, skip = marked
        return Decoded(data[skip:].decode(encoding, errors="replace"), encoding)
    utf16 = _utf16_without_bom(data[:SNIFF_BYTES])
    if utf16:
        return Decoded(data.decode(utf16, errors="replace"), utf16,
                       f"no byte-order mark; read as {utf16.upper()}")
    kind = binary_kind(data[:SNIFF_BYTES])
    if kind:
        raise BinaryFile(kind)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        position = exc.start
    if honour_declaration:
        declared = declared_charset(data)
        if declared and declared != "utf-8":
            try:
                return Decoded(data.decode(declared), declared)
            except UnicodeDecodeError:
                pass
    return decode_legacy(data, f"not UTF-8 (byte {position})")


def decode_legacy(data: bytes, why: str) -> Decoded:
    """Windows-1252 when every byte is defined there, else Latin-1 (which decodes anything)."""
    try:
        return Decoded(data.decode("cp1252"), "cp1252", f"{why}; read as Windows-1252")
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1", f"{why}; read as Latin-1")
