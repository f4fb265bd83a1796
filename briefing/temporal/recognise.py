"""Recognition: find candidate temporal expressions in lower-cased text, fast.

Running every rule of ``patterns.RULES`` at every position costs ~5 µs a character. Instead one
cheap pass (a trie-shaped pattern) finds the head words every rule contains (digits, month and
weekday names, units, vague words); only the rules that can contain that kind of head are tried,
anchored at the few word starts just before it. The modifiers that may precede a head inside an
expression ("the past few", "early", "every") are read backwards, on the reversed text, with one
anchored match. Each hit is matched again with its own rule to read the named groups.
Re-run bench/dates_bench.py and bench/dates_eval.py after changing the tables in patterns.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from briefing.temporal.patterns import LEFT_WORDS, RULE_CLASSES, RULES, TRIGGER_CLASSES

_MAX_LEFT = 60  # characters of left context read for modifiers (longest: "approximately the past")


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule's match: its name, span and named groups (lower-cased text)."""

    rule: str
    start: int
    end: int
    groups: dict[str, str | None]
    match: re.Match[str] | None = None  # the rule's own match, for group offsets

    def gstart(self, name: str) -> int:
        """Where the named group starts (the hit's start if it did not take part)."""
        if self.match is None or self.match.start(name) < 0:
            return self.start
        return self.match.start(name)


_Node = dict[str, "_Node"]


def _trie(words: Iterable[str]) -> str:
    """A trie-shaped alternation (``re`` does not factor common prefixes itself: ~4x faster)."""
    root: _Node = {}
    for w in sorted(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: _Node) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return ("(?:" + body + ")?") if "" in node else body

    return emit(root)


_GROUP_NAME = re.compile(r"\(\?P<\w+>")
_RULE_RE: dict[str, re.Pattern[str]] = {name: re.compile(p) for name, p in RULES}
_WORD_CLASSES: dict[str, frozenset[str]] = {
    w: frozenset(c for c, ws in TRIGGER_CLASSES.items() if w in ws)
    for ws in TRIGGER_CLASSES.values() for w in ws}
_TRIGGER = re.compile(r"\d+|\b" + _trie(_WORD_CLASSES) + r"\b")
_LEFT_REV = re.compile(r"(?:[\s-]+(?:" + _trie({w[::-1] for w in LEFT_WORDS}) + r"|[\d.,]*\d)(?![\w'’]))*")
_WORD_START = re.compile(r"\b[\w'’]")
_DIGIT = frozenset({"digit"})
# Head words that are also modifiers ("the past three months", "the current fiscal year"): every
# rule is tried there, so a longer expression wins over the vague word alone.
_ALL: frozenset[str] = frozenset().union(*RULE_CLASSES.values())


def _class_master(classes: frozenset[str]) -> re.Pattern[str]:
    """One alternation of the rules that can contain a head of one of ``classes``, in rule order."""
    parts = [f"(?P<{name}>{_GROUP_NAME.sub('(?:', p)})" for name, p in RULES if classes & RULE_CLASSES[name]]
    return re.compile("|".join(parts))


# One master per kind of head, plus one with every rule for heads of several kinds ("night") and
# for modifiers: compiling a master per combination would double the import time (~0.3 s).
_CLASS_MASTER: dict[frozenset[str], re.Pattern[str]] = {
    cs: _class_master(cs) for cs in {*(frozenset({c}) for c in TRIGGER_CLASSES), _DIGIT, _ALL}}
_HEAD_MASTER: dict[str, re.Pattern[str]] = {
    w: _CLASS_MASTER[_ALL if len(cs) > 1 or w in LEFT_WORDS else cs] for w, cs in _WORD_CLASSES.items()}


def find_hits(lower: str) -> list[Hit]:
    """Every rule match in ``lower`` (the lower-cased text), in text order, non-overlapping."""
    hits: list[Hit] = []
    rev = lower[::-1]
    done = 0
    for t in _TRIGGER.finditer(lower):
        s = t.start()
        if s < done:
            continue
        head = t.group()
        master = _CLASS_MASTER[_DIGIT] if head[0].isdigit() else _HEAD_MASTER[head]
        m = _match_around(master, lower, rev, s, done)
        if m is None:
            continue
        rule = m.lastgroup or ""
        sub = _RULE_RE[rule].match(lower, m.start())
        hits.append(Hit(rule, m.start(), m.end(), sub.groupdict() if sub else {}, sub))
        done = m.end()
    return hits


def _match_around(master: re.Pattern[str], lower: str, rev: str, head: int, done: int
                  ) -> re.Match[str] | None:
    """The leftmost match that starts at a modifier before ``head`` (or at it) and covers it."""
    n = len(lower)
    left = _LEFT_REV.match(rev, n - head, min(n, n - head + _MAX_LEFT))
    cand = max(done, head - (left.end() - left.start())) if left else head
    while True:
        if cand == head and head > 0 and lower[head - 1] in "'’":  # "'90s"
            m = master.match(lower, head - 1)
            if m and m.end() > head:
                return m
        m = master.match(lower, cand)
        if m and m.end() > head:
            return m
        if cand >= head:
            return None
        nxt = _WORD_START.search(lower, cand + 1, head + 1)
        cand = nxt.start() if nxt else head
