"""Sentences fit to show in a timeline: datelines, bylines and speaker labels removed, kept whole.

The cleaning stage (briefing.text.clean) works on whole bodies; a timeline shows single
sentences lifted out of them, and the first sentence of an article still often carries its
dateline ("LONDON (Reuters) - ..."), and text from research corpora comes tokenised
("Mexico 's", "-LRB- Reuters -RRB-"). This module turns such a sentence into one a reader can
take in, or rejects it when nothing readable is left.
"""

from __future__ import annotations

import re

from briefing.text.furniture import strip_furniture, word_count
from briefing.text.tokenised import detokenise, looks_tokenised
from briefing.timeline import tuning

# Lines that are page furniture, not news.
_FURNITURE = re.compile(
    r"(?i)\b(?:click here|sign up|subscribe|all rights reserved|copyright|©|read more|"
    r"follow us|newsletter|cookies?|advertisement|this comment was removed|moderators?)\b|"
    r"https?://|www\.|\b\w+ wrote:|\bposted by\b")
def clean_sentence(text: str) -> str | None:
    """The sentence as a timeline shows it, or None when it is not a readable, whole sentence."""
    text = " ".join(text.split())
    if looks_tokenised(text):
        text = detokenise(text)
    text = strip_furniture(text, tuning.MIN_WORDS)
    if not text or _FURNITURE.search(text):
        return None
    words = word_count(text)
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
