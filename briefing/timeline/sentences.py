"""Sentences fit to show in a timeline: datelines, bylines and speaker labels removed, kept whole.

The cleaning stage (briefing.text.clean) works on whole bodies; a timeline shows single
sentences lifted out of them, and the first sentence of an article still often carries its
dateline ("LONDON (Reuters) - ..."), and text from research corpora comes tokenised
("Mexico 's", "-LRB- Reuters -RRB-"). This module turns such a sentence into one a reader can
take in, or rejects it when nothing readable is left.
"""

from __future__ import annotations

import re

from briefing.text.boilerplate import PAGE_STAMP, strip_date_stamp
from briefing.text.tokenised import detokenise, looks_tokenised
from briefing.timeline import tuning

# News agencies that appear in datelines: "WASHINGTON (Reuters) -", "(AP) —".
AGENCIES = ("Reuters", "AP", "AFP", "UPI", "Bloomberg", "PTI", "IANS", "ANI", "dpa", "DPA", "Xinhua",
            "EFE", "ANSA", "Kyodo", "Yonhap", "TASS", "Sputnik", "CNN", "BBC", "CP", "AAP", "RIA Novosti",
            "Interfax", "Anadolu", "WAM", "SPA", "KUNA", "IRNA", "Tass")

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

# Lines that are page furniture, not news.
_FURNITURE = re.compile(
    r"(?i)\b(?:click here|sign up|subscribe|all rights reserved|copyright|©|read more|"
    r"follow us|newsletter|cookies?|advertisement|this comment was removed|moderators?)\b|"
    r"https?://|www\.|\b\w+ wrote:|\bposted by\b")
# A sub-heading in capitals run into the sentence after it: "PASSENGERS URGED TO COME FORWARD The ...".
_SUBHEAD = re.compile(r"^(?:[A-Z][A-Z'’\-]+\s+){2,}(?=[A-Z][a-z])")

# In the order they can appear: a time stamp before a byline before a dateline ...
_FURNITURE_PREFIXES = (PAGE_STAMP, _BYLINE, _DATELINE, _AGENCY_DATELINE, _AGENCY_ONLY, _PLACE_DASH, _SPEAKER,
                       _SUBHEAD)


def strip_furniture(text: str) -> str:
    """Remove a leading byline, dateline, agency credit or speaker label."""
    text = text.strip()
    text = strip_date_stamp(text)
    for pattern in _FURNITURE_PREFIXES:
        stripped = pattern.sub("", text, count=1).strip()
        if stripped != text and _word_count(stripped) >= tuning.MIN_WORDS:
            text = stripped
    return text


def clean_sentence(text: str) -> str | None:
    """The sentence as a timeline shows it, or None when it is not a readable, whole sentence."""
    text = " ".join(text.split())
    if looks_tokenised(text):
        text = detokenise(text)
    text = strip_furniture(text)
    if not text or _FURNITURE.search(text):
        return None
    words = _word_count(text)
    if words < tuning.MIN_WORDS or words > tuning.MAX_WORDS:
        return None
    if not any(c.islower() for c in text):  # headlines in capitals, tables
        return None
    if text[0].islower() or text[0] in ",;:)":  # a fragment cut from a longer sentence
        return None
    if text.endswith((":", ",", ";")) or text.endswith("?"):
        return None
    if text.count("“") != text.count("”") or text.count('"') % 2:  # a quote cut at either end
        return None
    return text


_WORD = re.compile(r"\S*[^\W_]\S*")


def _word_count(text: str) -> int:
    """Whitespace-separated words that contain a letter or digit."""
    return len(_WORD.findall(text))
