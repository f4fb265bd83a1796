"""Text hygiene done once, at ingestion: control characters, line breaks, titles, truncation, dedup keys.

Every later stage may assume an ``Article``'s text and title hold no control characters except
``\\n`` and ``\\t``, no ``\\r``, no lone surrogates (JSON can carry them; they break every encoder),
and that ``text`` is at most ``max_chars`` long.
"""

from __future__ import annotations

import hashlib
import re

# A title taken from the lead sentence is cut to this many characters (at a word boundary):
# about two lines of a PDF heading. Chosen by eye on the Timeline17 articles, whose titles are empty.
LEAD_TITLE_MAX_CHARS = 120
# A title given in the input is cut beyond this (with a note): a longer "title" is body text.
TITLE_MAX_CHARS = 300
# When truncating, a break at white space is preferred if one lies within this many characters
# of the limit, so that the text does not end inside a word.
TRUNCATE_BACKTRACK_CHARS = 2_000

# Characters that mean "line break" in some convention: vertical tab, form feed, NEL, LS, PS.
_LINE_BREAKS = {0x0B: "\n", 0x0C: "\n\n", 0x85: "\n", 0x2028: "\n", 0x2029: "\n\n"}
# Removed outright: C0 controls except \t and \n (\r is handled first), DEL, C1 controls,
# the BOM/zero-width no-break space, and the non-characters U+FFFE/U+FFFF.
_REMOVED = [c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D) and c not in _LINE_BREAKS]
_REMOVED += [0x7F, *[c for c in range(0x80, 0xA0) if c not in _LINE_BREAKS], 0xFEFF, 0xFFFE, 0xFFFF]
_TABLE: dict[int, str | None] = {c: None for c in _REMOVED} | {c: s for c, s in _LINE_BREAKS.items()}
# A fast pre-check: most texts need no translation at all (str.translate is the slow part).
_NEEDS_CLEANING = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ufffe\uffff\u2028\u2029\ud800-\udfff]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_SPACES = re.compile(r"\s+")
# Where a truncated text may end, best first: a paragraph, a line, a sentence, a word.
_TRUNCATION_BREAKS: tuple[tuple[str, ...], ...] = (
    ("\n\n",), ("\n",), (". ", "! ", "? ", '." ', ".\u201d "), (" ",))

# Sentence end for a lead-sentence title: terminal punctuation (with closing quotes), white
# space, then something that may open a sentence. The word before must not be an abbreviation.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:[A-Z]\.)+[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|St|Jr|Sr|Inc|Corp|Ltd|Co"
    r"|No|vs|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|U\.S|U\.K|U\.N))$"
)


def clean_text(text: str) -> str:
    """Remove control characters, normalise line breaks, squeeze runs of blank lines, strip."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _NEEDS_CLEANING.search(text):
        text = _SURROGATES.sub("", text.translate(_TABLE))
    if "\n\n\n" in text or "\n \n" in text or "\n\t\n" in text:
        text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()


def clean_line(text: str) -> str:
    """A single-line field (title, id, source): cleaned, white space collapsed to single spaces."""
    return _SPACES.sub(" ", clean_text(text)).strip()


def lead_sentence(text: str, max_chars: int = LEAD_TITLE_MAX_CHARS) -> str:
    """The text's first sentence (of its first non-empty line), cut at a word if too long."""
    line = next((ln.strip() for ln in text.split("\n", 20) if ln.strip()), "")
    for match in _SENTENCE_END.finditer(line, 0, max_chars * 3):
        before = line[: match.start()]
        if not _ABBREVIATION.search(before):
            line = line[: match.start() + 1].rstrip()
            break
    return shorten(line, max_chars)


def shorten(line: str, max_chars: int) -> str:
    """``line`` cut at a word boundary to at most ``max_chars`` characters, with an ellipsis."""
    line = _SPACES.sub(" ", line).strip()
    if len(line) <= max_chars:
        return line
    cut = line[: max_chars - 1]
    space = cut.rfind(" ")
    if space > max_chars // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def truncate(text: str, max_chars: int) -> str:
    """``text`` cut to at most ``max_chars`` characters, at a paragraph, line, sentence or word end."""
    if len(text) <= max_chars:
        return text
    floor = max(0, max_chars - TRUNCATE_BACKTRACK_CHARS)
    for breaks in _TRUNCATION_BREAKS:
        # each break is "what to keep" + one white-space character after it
        cut = max(text.rfind(mark, floor, max_chars) + len(mark) - 1 if mark in text[floor:max_chars] else -1
                  for mark in breaks)
        if cut > floor:
            return text[:cut].rstrip()
    return text[:max_chars]


def ends_key(text: str, chars: int = 64) -> tuple[str, str]:
    """The first and last ``chars`` characters of ``text`` without its white space.

    Equal whenever ``content_key`` is equal, and cheap: it reads only the text's two ends, so
    ``content_key`` (which reads all of it: ~0.1 ms an article) is needed only when two texts
    share their ends.
    """
    head = "".join(text[: chars * 4].split())
    tail = "".join(text[-chars * 4 :].split())
    if len(head) < chars or len(tail) < chars:  # mostly white space at an end: use all of it
        head = tail = "".join(text.split())
    return head[:chars], tail[-chars:]


def content_key(text: str) -> bytes:
    """A digest of the text with white space normalised: equal for exact duplicates."""
    return hashlib.blake2b(" ".join(text.split()).encode("utf-8", "surrogatepass"), digest_size=16).digest()
