"""Word lists the sentence splitter reads (data, not rules).

Lower-case, without the final period. Chosen from news style guides (AP, Reuters) and what
the splitter got wrong on the BBC development articles; re-run ``tests/text`` and
``bench/summ_bench.py --splitters`` after changing them.
"""

from __future__ import annotations

# A period after these never ends a sentence: titles before names, "No. 10", "vs. Spain".
NEVER_FINAL: frozenset[str] = frozenset({
    "mr", "mrs", "ms", "mx", "dr", "prof", "sr", "sen", "rep", "reps", "gov", "gen", "col", "lt",
    "sgt", "capt", "cmdr", "adm", "maj", "cpl", "pvt", "rev", "fr", "hon", "pres", "supt", "det",
    "insp", "st", "mt", "ft", "no", "nos", "vs", "v", "cf", "approx", "fig", "figs", "vol", "vols",
    "pp", "ch", "art", "para", "dept", "univ", "assn", "bros", "messrs", "mme", "mlle", "dist",
    "est", "ext", "tel",
})

# Followed by a number ("Feb. 3", "Sept. 11", "p. 4", "No. 10") these never end a sentence;
# followed by a capitalised word they may ("... in Jan. The next ...").
BEFORE_NUMBER: frozenset[str] = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "p", "para", "op", "ch", "vol", "no", "art", "sec", "pt",
})

# Before a capitalised word these usually continue a name ("Jr. Senator", "Inc. said"), but
# "Co." and "Inc." also close sentences, so they end one only when a common sentence opener follows.
# The same test applies to dotted abbreviations ("U.S.", "a.m.", "e.g.") and initials.
AMBIGUOUS: frozenset[str] = frozenset({
    "jr", "inc", "ltd", "co", "corp", "plc", "llc", "etc", "al", "bn", "mn", "ave", "blvd", "rd",
})

# Words that open sentences far more often than they continue a name after "U.S." or "Inc.":
# after an ambiguous abbreviation, one of these means the sentence did end there.
SENTENCE_OPENERS: frozenset[str] = frozenset({
    "a", "after", "all", "also", "although", "an", "and", "as", "at", "because", "before", "both",
    "but", "by", "despite", "during", "earlier", "even", "for", "from", "he", "her", "his", "however",
    "i", "if", "in", "it", "its", "last", "later", "meanwhile", "more", "most", "many", "mr", "mrs",
    "ms", "my", "no", "now", "on", "one", "only", "our", "over", "she", "since", "so", "some", "still",
    "that", "the", "their", "then", "there", "these", "they", "this", "those", "though", "thus",
    "to", "under", "until", "we", "what", "when", "where", "while", "who", "why", "with", "yet",
    "you", "your",
})
