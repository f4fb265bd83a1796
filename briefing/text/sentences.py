"""Sentence splitting for news text. STUB — to be replaced by the text/summaries work."""

from __future__ import annotations

import re

from briefing.model import Sentence

_SPLIT = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’)]*|$)")


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences with offsets into ``text``."""
    out = []
    for m in _SPLIT.finditer(text):
        s = m.group().strip()
        if s:
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            out.append(Sentence(start, start + len(s), s))
    return out
