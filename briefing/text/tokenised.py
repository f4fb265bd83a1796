"""Text from research corpora comes Penn-Treebank tokenised ("Mexico 's", "-LRB- Reuters -RRB-",
"`` quoted ''"): recognise it and put it back into running text."""

from __future__ import annotations

import re

# Penn-Treebank escapes, as found in tokenised corpora.
_PTB_BRACKETS = (("-LRB-", "("), ("-RRB-", ")"), ("-LSB-", "["), ("-RSB-", "]"),
                 ("-LCB-", "{"), ("-RCB-", "}"))

_TOKENISED_MARKS = ("-LRB-", "-RRB-", "``", " 's ", " , ", " n't ", " ; ")
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?%)\]}]|'s\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|n't\b)")
_SPACE_AFTER = re.compile(r"([(\[{$])\s+")
_OPEN_QUOTE = re.compile(r"``\s*")
_CLOSE_QUOTE = re.compile(r"\s*''")
_PLURAL_POSSESSIVE = re.compile(r"(?<=s) '(?=\s)")  # "the players ' union"
_SINGLE_QUOTED = re.compile(r"`\s*([^`']*?)\s+'(?=\W|$)")  # "` speechless and devastated '"


def looks_tokenised(text: str) -> bool:
    """Whether ``text`` is Penn-Treebank tokenised ("word , word", "-LRB-", "Mexico 's")."""
    return any(mark in text for mark in _TOKENISED_MARKS) or text.endswith((" .", " ?", " !"))


def detokenise(text: str) -> str:
    """Undo Penn-Treebank tokenisation for display ("Mexico 's" → "Mexico's")."""
    for escaped, bracket in _PTB_BRACKETS:
        text = text.replace(escaped, bracket)
    text = _OPEN_QUOTE.sub("“", text)
    text = _CLOSE_QUOTE.sub("”", text)
    text = _SINGLE_QUOTED.sub(r"‘\1’", text)
    text = _PLURAL_POSSESSIVE.sub("'", text)
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _SPACE_AFTER.sub(r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def detokenise_body(text: str) -> str:
    """``detokenise`` line by line (the lines stay), when the body looks tokenised: at least
    ``MIN_MARKS`` tokenisation marks, so a stray " , " in ordinary text changes nothing."""
    marks = sum(text.count(mark) for mark in _TOKENISED_MARKS) + len(_SPACED_END.findall(text))
    if marks < MIN_MARKS:
        return text
    return "\n".join(detokenise(line) for line in text.split("\n"))


MIN_MARKS = 3
_SPACED_END = re.compile(r" [.?!] *$", re.MULTILINE)  # "... his death ." ending a line
