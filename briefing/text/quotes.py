"""Quotation marks in sentences taken out of their paragraph.

A multi-sentence quotation split into sentences leaves the first one with an opening mark and
the last with a closing one. Shown alone (in a summary, a key point, a timeline entry) such a
sentence either dangles or reads as the reporter's own words; ``close_quotes`` adds the
missing mark so it reads as the quotation it is.
"""

from __future__ import annotations

import re

_DOUBLE_QUOTES = re.compile(r"[\"“”]")


def close_quotes(sentence: str) -> str:
    """Add the quotation mark a split multi-sentence quote leaves open (or closed).

    '"It was a perfect night.' → '"It was a perfect night."'; 'It is special."' → '"It is special."'
    so a quoted sentence never reads as the reporter's own words, nor dangles.
    """
    marks = _DOUBLE_QUOTES.findall(sentence)
    if len(marks) % 2 == 0:
        return sentence
    curly = "“" in marks or "”" in marks
    opening, closing = ("“", "”") if curly else ('"', '"')
    last = marks[-1]
    if last in ('"', "“") and (last == "“" or _opens(sentence)):
        return sentence + closing
    return opening + sentence


def _opens(sentence: str) -> bool:
    """True when the last straight quote of ``sentence`` opens a quotation."""
    k = sentence.rfind('"')
    return k == 0 or sentence[k - 1].isspace() or sentence[k - 1] in "([—–-"
