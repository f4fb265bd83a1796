"""Text from research corpora comes Penn-Treebank tokenised ("Mexico 's", "-LRB- Reuters -RRB-",
"`` quoted ''"): recognise it and put it back into running text."""

from __future__ import annotations

import re

# Penn-Treebank escapes, as found in tokenised corpora.
_PTB_BRACKETS = (("-LRB-", "("), ("-RRB-", ")"), ("-LSB-", "["), ("-RSB-", "]"),
                 ("-LCB-", "{"), ("-RCB-", "}"), ("\\/", "/"), ("\\*", "*"))  # "MEXICO CITY\/GENEVA"

_TOKENISED_MARKS = ("-LRB-", "-RRB-", "``", " 's ", " , ", " n't ", " ; ")
# A body is taken for tokenised text at this many marks (lines ending "... his death ." count too).
MIN_MARKS = 3
_SPACED_END = re.compile(r" [.?!] *$", re.MULTILINE)
# Whitespace here never includes a line break: a body is detokenised whole, its lines kept.
_SPACE_BEFORE = re.compile(r"[^\S\n]+([,.;:!?%)\]}]|'s\b|'re\b|'ve\b|'ll\b|'d\b|'m\b|n't\b)")
_SPACE_AFTER = re.compile(r"([(\[{$])[^\S\n]+")
_OPEN_QUOTE = re.compile(r"``[^\S\n]*")
_CLOSE_QUOTE = re.compile(r"[^\S\n]*''")
_SINGLE_QUOTED = re.compile(r"`[^\S\n]*([^`'\n]*?)[^\S\n]+'(?=\W|$)")  # "` speechless and devastated '"
_RUNS = re.compile(r"[^\S\n]{2,}")
# A list bullet ("•") that the corpus's conversion turned into the word "cents" ("cents BA cabin
# steward in isolation ward cents Mexico invokes special measures"): each item starts a line. Not
# after a figure ("50 cents").
_CENTS_BULLET = re.compile(r"(?:^|(?<=[^\d\s] ))cents (?=[A-Z‘“\"])", re.MULTILINE)
# A share's ticker that the corpus's sentence splitter cut at its stop, one sentence a line:
# "AstraZeneca's (AZN.\nL) MedImmune unit has won ..." (24 times in the T17 development texts).
_CUT_TICKER = re.compile(r"\(([A-Z0-9]{1,6})\.\n([A-Z]{1,3})\)")


def looks_tokenised(text: str) -> bool:
    """Whether ``text`` is Penn-Treebank tokenised ("word , word", "-LRB-", "Mexico 's")."""
    return any(mark in text for mark in _TOKENISED_MARKS) or text.endswith((" .", " ?", " !"))


def detokenise(text: str) -> str:
    """Undo Penn-Treebank tokenisation for display ("Mexico 's" → "Mexico's")."""
    for escaped, bracket in _PTB_BRACKETS:
        text = text.replace(escaped, bracket)
    text = _OPEN_QUOTE.sub("“", text)
    if "''" in text:
        text = _CLOSE_QUOTE.sub("”", text)
    if "`" in text:
        text = _SINGLE_QUOTED.sub(r"‘\1’", text)
    text = text.replace("s ' ", "s' ").replace("s '\n", "s'\n")  # "the players ' union"
    if "cents " in text:
        text = _CENTS_BULLET.sub("\n", text)
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _SPACE_AFTER.sub(r"\1", text)
    text = _RUNS.sub(" ", text)
    text = text.replace(" \n", "\n").replace("\n ", "\n").strip()  # no space left at a line's edges
    return _CUT_TICKER.sub(r"(\1.\2)", text) if ".\n" in text else text


def detokenise_body(text: str) -> str:
    """``detokenise`` (the lines stay), when the body looks tokenised: at least ``MIN_MARKS``
    tokenisation marks, so a stray " , " in ordinary text changes nothing."""
    marks = sum(text.count(mark) for mark in _TOKENISED_MARKS) + len(_SPACED_END.findall(text))
    if marks < MIN_MARKS:
        return text
    return detokenise(text)

