"""The one door article text goes through before it meets a document: clean, escape, link, shape.

* ``clean`` drops characters no document format can hold (control characters such as the
  vertical tab Word uses for line breaks, lone surrogates). Ingestion already cleans article
  text; renderers clean again because a crash here would lose the whole briefing.
* ``markup`` is the ONLY way article-derived text enters reportlab's mini-markup: it escapes
  ``& < >`` (so ``AT&T``, ``S&P 500``, ``0.1 <A <0.9`` and ``<b>`` show literally) and shapes
  right-to-left runs (Arabic names) into glyphs in visual order. Template code adds the tags.
* ``safe_url`` lets only ``http``/``https``/``mailto`` links through (never ``javascript:``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from itertools import groupby
from typing import Any
from urllib.parse import urlsplit
from xml.sax.saxutils import escape, quoteattr

# Characters XML 1.0 (DOCX) cannot hold and PDF text should not carry: C0 controls except tab
# and newline, DEL, C1 controls, lone surrogates and the two non-characters U+FFFE/U+FFFF.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"[ \t\n]+")
SAFE_SCHEMES = ("http", "https", "mailto")
# An RTL run this short (a name, a place) is kept on one line: breaking it would put its words
# in the wrong order, as the PDF draws shaped runs left to right. A longer run (a quotation, an
# article in Arabic) is set as lines of at most this many characters (or as many as the caller
# says its column holds), each shaped on its own and started on a new line, so that its lines
# follow one another in reading order. 40 characters of the RTL face fit the narrowest column
# that shows article text, the timeline's event column.
MAX_UNBROKEN_RTL = 40
# Width of an average character of the RTL face, in ems, for lines that fill a column: measured
# 0.455 on a paragraph of Arabic news in DejaVu Sans; the margin leaves room for long words.
RTL_EM_PER_CHAR = 0.55


def rtl_chars(width: float, font_size: float) -> int:
    """How many characters of RTL text a line ``width`` points wide holds at ``font_size``."""
    return max(MAX_UNBROKEN_RTL // 2, int(width / (font_size * RTL_EM_PER_CHAR)))


def clean(text: str) -> str:
    """Text a document can hold: unsafe characters become spaces, runs of spaces collapse.

    Not stripped: renderers join fragments such as " · " that need their spaces.
    """
    return _SPACES.sub(" ", _UNSAFE.sub(" ", text))


def safe_url(url: str | None) -> str | None:
    """The URL when it is an http(s) or mailto link a reader may follow, else None."""
    if not url:
        return None
    url = url.strip()
    if _UNSAFE.search(url) or any(ch.isspace() for ch in url) or len(url) > 2000:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in SAFE_SCHEMES:
        return None
    if scheme in ("http", "https") and not parts.hostname:
        return None
    if scheme == "mailto" and "@" not in parts.path:
        return None
    return url


def href(url: str) -> str:
    """An attribute value (with its quotes) for a URL that ``safe_url`` accepted."""
    return quoteattr(url)


# --- right-to-left runs --------------------------------------------------------------------------

_RTL_CLASSES = ("R", "AL")
_JOINERS = ("NSM", "WS", "CS", "ON", "BN")  # marks and spaces inside a run of RTL words
_NUMBERS = ("EN", "AN", "ES", "ET")  # figures and their signs, which an RTL passage holds too
# Brackets an RTL line shows mirrored: a logical "(" opens to the right, drawn as ")" from the left.
_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _is_rtl(ch: str) -> bool:
    return unicodedata.bidirectional(ch) in _RTL_CLASSES


def has_rtl(text: str) -> bool:
    return any(_is_rtl(ch) for ch in text)


def mostly_rtl(text: str) -> bool:
    """Whether most letters of ``text`` are right-to-left: a paragraph to align right."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and 2 * sum(_is_rtl(ch) for ch in letters) > len(letters)


def rtl_runs(text: str) -> list[tuple[str, bool]]:
    """Split text into (segment, is_rtl) pieces; an RTL run spans the spaces, punctuation and
    figures between RTL words: "قتل 45 شخصا" is one run, read right to left with its number left
    to right inside it (``visual_rtl``)."""
    joiners = _JOINERS + _NUMBERS
    pieces: list[tuple[str, bool]] = []
    i, n = 0, len(text)
    while i < n:
        if not _is_rtl(text[i]):
            j = i
            while j < n and not _is_rtl(text[j]):
                j += 1
            pieces.append((text[i:j], False))
            i = j
            continue
        j = last_rtl = i
        while j < n and (_is_rtl(text[j]) or unicodedata.bidirectional(text[j]) in joiners):
            if _is_rtl(text[j]) or unicodedata.bidirectional(text[j]) == "NSM":
                last_rtl = j
            j += 1
        pieces.append((text[i : last_rtl + 1], True))
        i = last_rtl + 1
    if _starts_rtl(text):  # a right-to-left paragraph: figures and stops at its ends are its own
        if len(pieces) > 1 and not pieces[0][1] and not _has_ltr_letter(pieces[0][0]):
            pieces[:2] = [(pieces[0][0] + pieces[1][0], True)]
        if len(pieces) > 1 and not pieces[-1][1] and not _has_ltr_letter(pieces[-1][0]):
            pieces[-2:] = [(pieces[-2][0] + pieces[-1][0], True)]
    return pieces


def _starts_rtl(text: str) -> bool:
    """Whether the paragraph's first strong letter is right-to-left (the bidi algorithm's rule
    for a paragraph's direction)."""
    strong = (unicodedata.bidirectional(ch) for ch in text)
    return next((c for c in strong if c in ("L", "R", "AL")), "L") != "L"


def _has_ltr_letter(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) == "L" for ch in text)


def rtl_lines(run: str, limit: int = MAX_UNBROKEN_RTL) -> list[str]:
    """An RTL run cut into lines of at most ``limit`` characters at spaces (a longer word is a
    line of its own), in reading order; a run up to ``MAX_UNBROKEN_RTL`` is one line."""
    if len(run) <= max(limit, MAX_UNBROKEN_RTL):
        return [run]
    lines: list[str] = []
    current = ""
    for word in run.split():
        if current and len(current) + 1 + len(word) > limit:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    if current:
        lines.append(current)
    return lines


@cache
def _shaper(font_path: str) -> tuple[Any, dict[int, int]]:
    """A HarfBuzz font for ``font_path`` and a glyph → code point map (lowest code point wins)."""
    import uharfbuzz as hb
    from fontTools.ttLib import TTFont

    with open(font_path, "rb") as fh:
        data = fh.read()
    font = hb.Font(hb.Face(hb.Blob(data)))
    reverse: dict[int, int] = {}
    tt = TTFont(font_path, lazy=True)
    order = tt.getGlyphOrder()
    gid_of = {name: gid for gid, name in enumerate(order)}
    for cp, name in sorted(tt.getBestCmap().items(), reverse=True):
        reverse[gid_of[name]] = cp
    tt.close()
    return font, reverse


def shape_rtl(run: str, font_path: str) -> str:
    """An RTL run as the code points of its shaped glyphs, in visual (left-to-right) order.

    The PDF then draws it like Latin text: joined Arabic letters (presentation forms, which
    NFKC maps back to the plain letters) in the right order, without turning on HarfBuzz for
    Latin words (where it would add decorative ligatures such as "ﬆ").
    """
    import uharfbuzz as hb

    font, reverse = _shaper(font_path)
    buf = hb.Buffer()
    buf.add_str(run)
    buf.guess_segment_properties()
    hb.shape(font, buf, {"kern": True, "liga": True})
    out: list[str] = []
    infos = buf.glyph_infos
    for info in infos:
        cp = reverse.get(info.codepoint)
        if cp is None:  # a glyph with no code point: fall back to the characters of its cluster
            end = min((i.cluster for i in infos if i.cluster > info.cluster), default=len(run))
            out.append(run[info.cluster : end])
        else:
            out.append(chr(cp))
    return "".join(out)


def visual_rtl(line: str, font_path: str) -> str:
    """A line of an RTL passage (logical order; it may hold figures or Latin words) as the code
    points of its shaped glyphs in visual, left-to-right order: each run of RTL letters shaped
    by HarfBuzz, the line then ordered by the Unicode bidi algorithm (python-bidi), so that
    "قتل 45 شخصا" reads right to left with "45" still left to right, and brackets mirrored."""
    from bidi import get_display

    logical = "".join(shape_rtl(part, font_path)[::-1] if letters else part
                      for letters, group in groupby(line, key=_rtl_letter) for part in ["".join(group)])
    return str(get_display(logical, base_dir="R")).translate(_MIRROR)


def _rtl_letter(ch: str) -> bool:
    """An RTL letter or a mark on one: what HarfBuzz shapes (figures, brackets and spaces the
    bidi algorithm places)."""
    return _is_rtl(ch) or unicodedata.bidirectional(ch) == "NSM"


@dataclass(frozen=True)
class Faces:
    """What the PDF's fonts can draw, so that ``markup`` never lets a glyph fall into a box.

    ``covered``: code points the body face has. ``fallback``/``fallback_covered``: a face for the
    rest (DejaVu Sans, which has more scripts than DejaVu Serif). ``rtl``/``rtl_path``: the face
    for shaped right-to-left runs and its file.
    """

    covered: frozenset[int]
    fallback: str
    fallback_covered: frozenset[int]
    rtl: str
    rtl_path: str
    missing_color: str = "#777777"
    missing_label: str = "[{script} text]"


# Unicode names a reader would not know, by the first word of a character's name: ideographs
# are shared by Chinese and Japanese, kana are Japanese, Hangul is Korean.
_SCRIPT_NAMES = {"CJK": "Chinese or Japanese", "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Korean"}


def _script(ch: str) -> str:
    """'Devanagari' for 'अ': the first word of the character's Unicode name, or the name readers
    know the script by."""
    first = unicodedata.name(ch, "unknown").split(" ", 1)[0]
    return _SCRIPT_NAMES.get(first, first.title())


def _is_symbol(run: str) -> bool:
    """An emoji or pictograph (and the joiners and selectors that build one): no script to name."""
    return all(unicodedata.category(ch)[0] in "SMC" or ch.isspace() for ch in run)


def _coverage_runs(text: str, faces: Faces) -> list[tuple[str, int]]:
    """(run, kind): kind 0 = the body face has it, 1 = the fallback face, 2 = no face we embed.
    Spaces join the run they sit in, so a phrase in another script stays one run."""
    runs: list[tuple[str, int]] = []
    for ch in text:
        cp = ord(ch)
        if ch == " " and runs:
            kind = runs[-1][1]
        elif cp in faces.covered:
            kind = 0
        elif cp in faces.fallback_covered:
            kind = 1
        else:
            kind = 2
        if runs and runs[-1][1] == kind:
            runs[-1] = (runs[-1][0] + ch, kind)
        else:
            runs.append((ch, kind))
    return runs


def _ltr_markup(text: str, faces: Faces) -> str:
    parts = []
    for run, kind in _coverage_runs(text, faces):
        if kind == 0:
            parts.append(escape(run))
        elif kind == 1:
            parts.append(f'<font name="{faces.fallback}">{escape(run)}</font>')
        else:
            # No embedded font has these glyphs (e.g. Devanagari): say which script was left out
            # rather than print a row of boxes. DOCX, JSON and Markdown keep the text itself.
            # An emoji says nothing a briefing needs; it is left out, with one of its spaces.
            core = run.strip()
            parts.append(escape(run[: len(run) - len(run.lstrip())]))
            if core and not _is_symbol(core):
                label = faces.missing_label.format(script=_script(core[0]))
                parts.append(f'<font color="{faces.missing_color}">{escape(label)}</font>')
                parts.append(escape(run[len(run.rstrip()) :]))
    return "".join(parts)


def markup(text: str, faces: Faces | None = None, *, rtl_line: int = MAX_UNBROKEN_RTL) -> str:
    """Escaped reportlab markup for article-derived text (the only way such text enters a PDF).

    With ``faces``, right-to-left runs are shaped and set in the RTL face (Arabic names render
    joined and in order), characters the body face lacks are set in the fallback face, and
    characters no embedded face has are replaced by a note naming their script. A long RTL run
    is set as lines of at most ``rtl_line`` characters (``rtl_lines``; see ``rtl_chars``).
    """
    text = clean(text)
    if faces is None:
        return escape(text)
    if not has_rtl(text) and all(ord(ch) in faces.covered for ch in text):
        return escape(text)
    parts = []
    for piece, rtl in rtl_runs(text):
        if rtl:
            lines = rtl_lines(piece, rtl_line)
            for k, line in enumerate(lines):
                shaped = visual_rtl(line, faces.rtl_path).replace(" ", "\u00a0")  # kept whole, in order
                parts.append(("<br/>" if k else "") + f'<font name="{faces.rtl}">{escape(shaped)}</font>')
        else:
            parts.append(_ltr_markup(piece, faces))
    return "".join(parts)
