"""News clean-up before analysis: the body without what is not the article's own text.

Removed: page time stamps, datelines and agency tags at the start of a paragraph ("Page last
updated at 07:48 GMT, Tuesday, 8 November 2011", "CAIRO (UrduPoint News / Sputnik - 30th
September, 2020)", "WASHINGTON (Reuters) -"), bylines, photo credits and captions (also run into
the text: "Photograph: Dario Lopez-Mills/AP A killer virus ..."), list bullets, wire
footers, a newspaper's note on where the article appeared in print, sharing links, interview
speaker labels ("((WN))", "((Name))"), Wikinews'
foreign-language originals next to their translation, a first line that only repeats the
headline, a web server's failed includes ("[an error occurred while processing this
directive]") and readers' comments under a web page. Patterns are data in
``briefing.text.boilerplate``. Penn-Treebank tokenised text (research corpora: "Mexico 's",
"-LRB-") is put back into running text first (``briefing.text.tokenised``).

Kept: every sentence that carries a fact, because the dates and timeline stages read the
cleaned body too (a dateline's date is dropped: the publication date is known already). A
full first sentence that says what the headline says stays; the summariser, not the
cleaner, avoids repeating the headline. Paragraphs stay separated by a blank line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container

from briefing.text.boilerplate import (
    BULLET,
    COMMENT_HEADER,
    COVERAGE_NOTE,
    DATELINES,
    FOREIGN_ORIGINAL,
    INLINE_CREDITS,
    JUNK_LINES,
    MID_BULLET,
    PHOTO_CAPTION,
    PRINT_NOTE,
    RELATED_LINKS,
    RUN_IN_CREDIT,
    RUN_IN_DATELINE,
    RUN_IN_STAMP,
    SERVER_ERROR,
    SPEAKER_LABEL,
    strip_stamps,
)
from briefing.text.furniture import (
    lower_words,
    opens_lede,
    run_in_headline,
    without_run_in_byline,
    word_count,
)
from briefing.text.sentences import split_sentences
from briefing.text.tokenised import detokenise_body

# A line with more words than this is article text, whatever it starts with.
MAX_JUNK_WORDS = 25
# Datelines are looked for in this many first paragraphs (a lede may follow a standfirst).
DATELINE_PARAGRAPHS = 3

_SPACES = re.compile(r"[ \t\u00a0\u2009\u202f]+")
# " ," left where a credit or foreign original was cut out ("...stay" , President ...).
_SPACE_BEFORE_PUNCT = re.compile(r" +(?=[,.;:!?](?:\s|$))")
_NON_WORD = re.compile(r"\W+")
# A photo caption is a short sentence: before the 34 credits opening a line in the T17 development
# texts, 10-24 words alone, up to 30 with a standfirst run into it (two longer: headline runs).
CAPTION_WORDS = 30


def clean_body(text: str, title: str = "") -> str:
    """Return the article body without datelines, bylines, credits, speaker labels and readers' comments."""
    text = RELATED_LINKS.sub("", without_comments(detokenise_body(text)), count=1)
    if "directive" in text:
        text = SERVER_ERROR.sub("", text)
    if "*" in text or "•" in text:
        text = MID_BULLET.sub("\n", text)
    lines: list[str] = []
    paragraph = 0
    for raw in text.splitlines():
        line = _SPACES.sub(" ", raw).strip()
        if not line:
            if lines and lines[-1]:
                lines.append("")
            continue
        if lines and RUN_IN_CREDIT.match(line):  # the credit of a photo whose caption ends the line before
            _drop_caption(lines)
        line = _clean_line(line, dateline=paragraph < DATELINE_PARAGRAPHS)
        if not line:
            continue
        if paragraph == 0 and title and _repeats_headline(line, title):
            continue
        if paragraph == 0 and title:
            lowercase = lower_words(text)
            cut = _without_run_in_headline(line, title, lowercase)
            # A page that ran its headline into the next line may run a standfirst or caption in
            # too ("The UK has the highest number of cases in Europe An extra 141 cases ..."):
            # each is a paragraph of its own, so the lede is a whole sentence. (Kept, not cut: a
            # standfirst is news; cutting it scored the same on T17.)
            head = run_in_headline(cut, lowercase) if cut is not line else ""
            if head and cut.startswith(head):
                lines += [head, ""]
                cut = cut[len(head):].strip()
            line = cut
        lines.append(line)
        paragraph += 1
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def _drop_caption(lines: list[str]) -> None:
    """Remove the photo caption that ends the last line of ``lines``: a flattened page sets it
    just before the photo's credit ("A couple wearing masks kiss in Mexico City as the outbreak
    sweeps through the city." / "Photograph: Alfredo Estrella/AFP/Getty Images The death toll
    ..."; the Guardian's pages in T17, 34 times, each a caption). Only a sentence of at most
    CAPTION_WORDS words: a credit under an uncaptioned photo must not cost the text its sentence."""
    while lines and not lines[-1]:
        lines.pop()
    if not lines:
        return
    sentences = split_sentences(lines[-1])
    if sentences and word_count(sentences[-1].text) <= CAPTION_WORDS:
        kept = lines[-1][: sentences[-1].start].rstrip()
        if kept:
            lines[-1] = kept
        else:
            lines.pop()


def without_comments(text: str) -> str:
    """``text`` up to its readers' comments, when it has some (two comment headers or more: one
    could be a quotation). Their dates are when readers wrote, not news, and what they say is not
    the article's. A text that is nothing but comments is kept whole."""
    headers = COMMENT_HEADER.finditer(text)
    first, second = next(headers, None), next(headers, None)
    if first is None or second is None or not any(c.isalnum() for c in text[:first.start()]):
        return text
    return text[:first.start()]


def _clean_line(line: str, *, dateline: bool) -> str:
    if ":" in line:  # before the junk test: a credit may open the line its lede runs on in
        line = RUN_IN_CREDIT.sub("", line).strip()
    if is_junk_line(line) or PHOTO_CAPTION.fullmatch(line):
        return ""
    line = SPEAKER_LABEL.sub("", line, count=1) if SPEAKER_LABEL.match(line) else line
    line = BULLET.sub("", line, count=1)
    if "(" in line:  # pointers to more coverage, wherever a wire story puts them
        line = COVERAGE_NOTE.sub("", line).strip()
    if dateline:
        unstamped = strip_stamps(line).strip()
        if any(c.isalnum() for c in unstamped):  # "Page last updated at 07:48 GMT, Tuesday, 8 November 2011"
            line = unstamped
        for pattern in (*DATELINES, RUN_IN_DATELINE, RUN_IN_STAMP):
            m = pattern.match(line)
            if m and m.end() < len(line):
                line = line[m.end():]
                break
        line = without_run_in_byline(line)
    if " appeared " in line or " published " in line:
        line = PRINT_NOTE.sub("", line, count=1)
    if "((" in line:
        line = FOREIGN_ORIGINAL.sub("", line)
    if "(" in line:
        line = _SPACES.sub(" ", INLINE_CREDITS.sub("", line))
    line = _SPACE_BEFORE_PUNCT.sub("", line).strip()
    return line if any(c.isalnum() for c in line) else ""


def is_junk_line(line: str) -> bool:
    """Whether a whole line is a byline, credit, footer or link, not article text."""
    if len(line.split()) > MAX_JUNK_WORDS:
        return False
    return any(p.fullmatch(line) for p in JUNK_LINES)


def _repeats_headline(line: str, title: str) -> bool:
    """True for a first line that is the headline again (not a full sentence saying it)."""
    if line.rstrip().endswith((".", "!", "?", '."', ".”")):
        return False
    return _key(line) == _key(title)


def _without_run_in_headline(line: str, title: str, lowercase: Container[str]) -> str:
    """The first line without the headline it runs into its lede ("Advert warns about the dangers
    of swine flu It is too early ..."): only a headline (no closing stop, unlike a title cut from
    the lede itself) followed by a word that opens a lede, or a capitalised word the article
    writes in lower case (``lowercase``: "... by star's death Relatives of Michael Jackson will
    ..."). "Biden wins South Carolina ..." under the title "Biden wins" stays whole."""
    if title.rstrip().endswith((".", "!", "?", "…", '"', "”")):
        return line
    head = _SPACES.sub(" ", title).strip()
    if len(head) < len(line) and line[: len(head)].casefold() == head.casefold():
        rest = line[len(head):]
        if rest[:1] == " " and opens_lede(rest[1:], lowercase):
            return rest.strip()
    return line


def _key(text: str) -> str:
    return _NON_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()
