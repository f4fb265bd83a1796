"""Furniture at the start of one sentence: page stamps, bylines, datelines, agency credits,
speaker labels ("Page last updated at 07:48 GMT ...", "By Jane Doe", "GENEVA | Wed Apr 29, 2009
7:31 pm EDT GENEVA (Reuters) - ..."). The body clean-up (``clean``) removes what it can from whole
paragraphs; a sentence lifted out of a body for a timeline row or an untitled article's title
still often opens with some, and this strips it.
"""

from __future__ import annotations

import re
from collections.abc import Container

from briefing.text.boilerplate import AGENCIES, RUN_IN_STAMP, strip_stamps
from briefing.text.sentences import split_sentences

_AGENCY = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))

# A dateline: place in capitals (optionally ", Country"), a parenthesis with the agency or an
# outlet-and-date note, then a dash or colon.  Anywhere in the first characters of a sentence,
# because bylines and time stamps may come before it.
_DATELINE = re.compile(
    r"^.{0,200}?\b[A-Z][A-Z.'\- ]{1,40}(?:,\s*[A-Z][\w.' ]{1,30})?\s*"
    r"\((?:[^()]{0,80}\b(?:" + _AGENCY + r")\b[^()]{0,60}|[^()]{0,80}\d{4})\)\s*[-–—:]*\s*")
# Any place (or none) before an agency credit and a dash: "Mexico City (AP) - ".
_AGENCY_DATELINE = re.compile(r"^.{0,200}?\((?:" + _AGENCY + r")\)\s*[-–—:]+\s*")
# Agency credit without a place: "(Reuters) - ", "- AFP - ".
_AGENCY_ONLY = re.compile(r"^\s*\(?(?:" + _AGENCY + r")\)?\s*[-–—:]+\s*")
# Place-only dateline in capitals followed by a dash: "KABUL — ", "NEW YORK - ".
_PLACE_DASH = re.compile(r"^[A-Z][A-Z.'\- ]{2,40}(?:,\s*[A-Z][\w.' ]{1,30})?\s+[-–—]+\s+")
# Speaker labels in transcripts and Q&As: "JOHN SMITH: ...", "Q: ...".
_SPEAKER = re.compile(r"^(?:[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+){0,3}|Q|A)\s*:\s+")
# A byline before the first sentence: "By Jane Doe , Health Editor".
_BYLINE = re.compile(r"^By\s+[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3}\s*(?:,[^.]{0,60}?)?(?=\s[A-Z]{2,})")

# A sub-heading in capitals run into the sentence after it: "PASSENGERS URGED TO COME FORWARD The ...".
_SUBHEAD = re.compile(r"^(?:[A-Z][A-Z'’\-]+\s+){2,}(?=[A-Z][a-z])")

# In the order they can appear, after a time stamp: a byline before a dateline ...
_FURNITURE_PREFIXES = (_BYLINE, _DATELINE, _AGENCY_DATELINE, _AGENCY_ONLY, _PLACE_DASH, _SPEAKER,
                       _SUBHEAD)


def strip_furniture(text: str, min_words: int = 1) -> str:
    """Remove a leading page stamp, byline, dateline, agency credit or speaker label, each only
    when at least ``min_words`` words are left."""
    text = text.strip()
    unstamped = strip_stamps(text).strip()
    if word_count(unstamped) >= min_words:
        text = unstamped
    for pattern in _FURNITURE_PREFIXES:
        stripped = pattern.sub("", text, count=1).strip()
        if stripped != text and word_count(stripped) >= min_words:
            text = stripped
    stripped = without_run_in_byline(text)
    return stripped if word_count(stripped) >= min_words else text


_WORD = re.compile(r"\S*[^\W_]\S*")


def word_count(text: str) -> int:
    """Whitespace-separated words that contain a letter or digit."""
    return len(_WORD.findall(text))


# An untitled page's first line often runs its headline (and a caption) into the lede, with no
# stop between: "Advert warns about the dangers of swine flu It is too early to assume ...". The
# lede opens on a word that opens sentences, written capitalised after a lower-case word that
# a headline can end on (not "at", "told" or "the": "an editor at The Lancet"). Only untitled
# articles are split so (ingest), where a crawl is the likely source: prose naming a work after a
# noun ("the film In the Mood for Love") would be cut there too.
_LEDE_OPENERS = (r"The|A|An|It|He|She|They|We|This|These|Those|There|Some|Many|Most|Another|Several|Both"
                 r"|Each|Every|His|Her|Its|Their|Our|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten"
                 r"|About|Around|Nearly|Almost|More|Up|At|In|On|After|When|While|As|For|Since|Despite|Although")
_RUN_IN = re.compile(rf"(?<=[a-z0-9’')])\s+(?=(?:{_LEDE_OPENERS})\s+[\w“\"‘'])")
_NOT_LAST = frozenset((
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "from", "with", "about", "into", "onto", "and",
    "or", "but", "as", "than", "that", "which", "who", "whom", "told", "said", "says", "say", "tells", "asked",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "his", "her", "their", "its", "our",
    "your", "my", "this", "these", "those", "after", "before", "over", "under", "between", "against", "during",
    "without", "within",
))
_BYLINE_LIKE = re.compile(r"^By\s|\bNews,\s|\b(?:correspondent|editor|reporter)\b", re.IGNORECASE)
HEADLINE_WORDS = (3, 20)  # words a run-in headline may have
MIN_LEDE_WORDS = 6  # ... and the lede after it at least
STAMPED_HEADING_WORDS = 35  # before a page stamp: a headline and its standfirst (a title is shortened)


BYLINE_WORDS = 12  # words a byline run into its lede may have ("By Peter Bowes BBC News, Los Angeles")


def without_run_in_byline(line: str) -> str:
    """``line`` without the byline a flattened page runs into its lede, where a word that opens
    a lede follows it: "By Peter Bowes BBC News, Los Angeles The high profile trial ...",
    "Newsbeat US reporter in Los Angeles It had just gone 11am ...". (Without such a word the
    byline's end is unknown: "BBC News, Los Angeles Michael Jackson died ..." stays.)"""
    for m in _RUN_IN.finditer(line, 0, min(len(line), 200)):
        head = line[: m.start()]
        words = head.split()
        if words and words[-1].lower().strip("’'") in _NOT_LAST:
            continue  # "An editor at The Lancet ...": no byline ends on "at"
        if (_BYLINE_LIKE.search(head) and len(words) <= BYLINE_WORDS
                and word_count(line[m.end():]) >= MIN_LEDE_WORDS):
            return line[m.end():]
        break
    return line


_OPENS_LEDE = re.compile(rf"(?:{_LEDE_OPENERS})\s+[\w“\"‘']")


def opens_lede(text: str, lowercase: Container[str] = frozenset()) -> bool:
    """Whether ``text`` starts on a word that opens a lede ("The", "It", "Two" ...), or on a
    capitalised word of ``lowercase`` (``lower_words`` of the article)."""
    if _OPENS_LEDE.match(text) is not None:
        return True
    m = _CAPITAL_WORD.match(text)
    return m is not None and m.group(1).lower() in lowercase


# A capitalised word and the lower-case one after it: a sentence's start ("Lawyers for Dr Murray").
_CAPITAL_WORD = re.compile(r"([A-Z][a-z]+)\b\s+[a-z“\"‘']")
_ANY_START = re.compile(r"(?<=[a-z0-9’')])\s+(?=[A-Z][a-z]+\b\s+[a-z“\"‘'])")
_LOWER_OR_FIGURE = re.compile(r"[a-z0-9]")


class LowerWords:
    """The words a text writes in lower case (``"people" in lower_words(text)``): a capitalised
    one of them in mid-line opens a sentence ("... in June 2009 People who could become jurors
    ..."). Asked word by word: a line has a few candidates, and collecting every word of every
    article took ~0.2 ms an article."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word.islower():
            return False
        if word not in self._known:
            found = re.search(rf"(?<![\w'’-]){re.escape(word)}(?![\w'’-])", self._text)
            self._known[word] = found is not None
        return self._known[word]


def lower_words(text: str) -> LowerWords:
    """The words ``text`` writes in lower case (see ``LowerWords``)."""
    return LowerWords(text)


def _lede_starts(line: str, lowercase: Container[str]) -> list[re.Match[str]]:
    """Where a lede may start in ``line``: before a word that opens one ("The", "It"), or before a
    capitalised word the article writes in lower case elsewhere (``lowercase``: "People",
    "Lawyers") after a word that starts lower-case, or a figure. A crawled BBC page runs its
    headline and a caption into the lede so ("Michael Jackson died in June 2009 People who could
    become panel members ..."); a name is capitalised everywhere ("Los Angeles", "Christina
    Aguilera") and a common word inside a name follows a capital ("Mexico City", "BBC World News")."""
    found = list(_RUN_IN.finditer(line))
    if lowercase:
        opener_at = {m.start() for m in found}
        for m in _ANY_START.finditer(line):
            word = line[m.end():].split(None, 1)[0]
            before = line[: m.start()].split()
            if (m.start() not in opener_at and word.lower() in lowercase and before
                    and _LOWER_OR_FIGURE.match(before[-1])):
                found.append(m)
        found.sort(key=lambda m: m.start())
    return found


def run_in_headline(line: str, lowercase: Container[str] = frozenset()) -> str:
    """The headline a page's first line runs into its lede, or "" when it does not seem to:
    before a page stamp run in after it (the Guardian's pages as crawled), else where a lede
    seems to start (``_lede_starts``; ``lowercase``: ``lower_words`` of the article)."""
    stamped = RUN_IN_STAMP.match(line)
    if stamped and HEADLINE_WORDS[0] <= len(stamped.group("heading").split()) <= STAMPED_HEADING_WORDS:
        return stamped.group("heading").strip()  # a headline, and often its standfirst
    sentences = split_sentences(line, glued=False)  # the headline and the lede it runs into
    first = line[: sentences[0].end] if sentences else line
    if not first[:1].isupper():
        return ""
    for m in _lede_starts(first, lowercase):
        head = first[: m.start()]
        words = head.split()
        if words and words[-1].lower().strip("’'") in _NOT_LAST:
            continue
        if _BYLINE_LIKE.search(head):
            return ""  # "BBC News, Los Angeles": who and where from, not what happened
        if HEADLINE_WORDS[0] <= len(words) <= HEADLINE_WORDS[1] and word_count(line[m.end():]) >= MIN_LEDE_WORDS:
            return head.strip()
        return ""
    return ""
