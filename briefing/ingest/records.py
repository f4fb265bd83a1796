"""From what a reader found (a ``Draft``) to an ``Article``: the finishing every input kind shares.

Readers know their format and how to tell the user to fix it; everything after that is here, in
one place: cleaning, the title from the lead sentence, the outlet name, truncation, exact
duplicates and unique ids. ``Finisher`` holds the only state across a run (two sets of hashes and
ids), so a stream of any length needs memory for those alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from briefing.errors import UsageError
from briefing.ingest.cleaning import (
    TITLE_MAX_CHARS,
    clean_line,
    clean_text,
    content_key,
    ends_key,
    lead_sentence,
    shorten,
    truncate,
)
from briefing.model import Article, Skipped
from briefing.text.boilerplate import RELATED_LINKS, SERVER_ERROR
from briefing.text.clean import is_junk_line
from briefing.text.furniture import lower_words, run_in_headline, strip_furniture
from briefing.text.tokenised import detokenise, looks_tokenised

DEFAULT_MAX_CHARS = 200_000  # an article's text beyond this is truncated with a note (never skipped)
TITLE_SOURCE_CHARS = 1_000  # an untitled article's title comes from its lead: the opening is enough (and cheap)
TITLE_LINES = 5  # ... within its first lines
TITLE_MIN_WORDS = 4  # furniture is stripped from that lead only when this many words are left


@dataclass(frozen=True, slots=True)
class Draft:
    """One article as a reader found it: fields as given, the date already checked."""

    origin: str  # where it came from, for messages: "feeds/week.jsonl:12"
    published: date
    text: str
    title: str = ""
    id: str = ""
    url: str | None = None
    source: str = ""  # the outlet as given: a name ("Reuters") or a link
    folder: str = ""  # the folder's name: the outlet of last resort
    fix_text: str = "add the article's text"  # how to fix an empty text, in the format's terms


def outlet_name(source: str, url: str | None, folder: str) -> str:
    """The outlet: the name given, else the link's domain without "www.", else the folder's name."""
    source = clean_line(source)
    if source and not _looks_like_link(source):
        return source
    for link in (source, url or ""):
        domain = link_domain(link)
        if domain:
            return domain
    return folder


def link_domain(link: str) -> str:
    """"reuters.com" for "https://www.reuters.com/world/..."; "" when there is no web domain."""
    link = link.strip()
    if link.startswith("www."):
        link = "https://" + link
    try:
        parts = urlsplit(link)
        host = parts.hostname or ""
    except ValueError:  # e.g. an unbalanced IPv6 bracket: not a usable link
        return ""
    if parts.scheme not in ("http", "https") or "." not in host:
        return ""
    return host.removeprefix("www.")


# "scheme:rest" without spaces: "https://...", "mailto:x@y", "javascript:alert(1)". Such a value is a
# link, never an outlet's name; only an http(s) one yields a domain.
_SCHEME_LINK = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")


def _looks_like_link(value: str) -> bool:
    return "://" in value or value.startswith("www.") or bool(_SCHEME_LINK.match(value))


def untitled_lead(opening: str) -> str:
    """The first line of an article's opening that is not a byline or credit, without the
    furniture a sentence may still open with: what an untitled article's title is cut from.
    (Line by line, not the whole clean-up: this runs for every untitled article on every run.)"""
    opening = RELATED_LINKS.sub("", opening, count=1)  # links to other stories are no headline
    for raw in opening.split("\n", TITLE_LINES)[:TITLE_LINES]:
        line = raw.strip()
        if not line or is_junk_line(line):
            continue
        line = detokenise(line) if looks_tokenised(line) else line
        if "directive" in line:  # a failed server include before the lede, as the body clean-up cuts it
            line = SERVER_ERROR.sub("", line)
        return strip_furniture(line, TITLE_MIN_WORDS)
    return ""


class Finisher:
    """Turns drafts into articles across one run: unique ids and no exact duplicates."""

    def __init__(self, max_chars: int = DEFAULT_MAX_CHARS) -> None:
        if max_chars < 1:
            raise UsageError(f"max_chars must be a positive number of characters, not {max_chars}")
        self.max_chars = max_chars
        # ends_key -> [text, origin, content_key or None until needed] of each text with those ends
        self._seen_ends: dict[tuple[str, str], list[list[Any]]] = {}
        self._seen_ids: dict[str, str] = {}  # id -> origin of the article that holds it

    def finish(self, draft: Draft) -> Iterator[Article | Skipped | str]:
        """The article (with its notes as ``str`` items first), a ``Skipped``, or a duplicate note."""
        text = clean_text(draft.text)
        if not text:
            yield Skipped(draft.origin, f"no article text: {draft.fix_text}")
            return
        first = self._first_copy(text, draft.origin)
        if first is not None:
            yield f"{draft.origin}: same text as {first}; duplicate dropped"
            return

        notes: list[str] = []
        title = clean_line(draft.title)
        if len(title) > TITLE_MAX_CHARS:
            title = shorten(title, TITLE_MAX_CHARS)
            notes.append(f"title shortened to {TITLE_MAX_CHARS} characters")
        if not title:  # the headline run into the lead, else the lead, without dateline or stamp
            lead = untitled_lead(text[:TITLE_SOURCE_CHARS])
            headline = run_in_headline(lead, lower_words(text))
            title = shorten(headline, TITLE_MAX_CHARS) or lead_sentence(lead) or lead_sentence(text)
        if len(text) > self.max_chars:
            notes.append(f"text truncated at {self.max_chars} characters (it had {len(text)})")
            text = truncate(text, self.max_chars)
        url = clean_line(draft.url or "") or None
        article_id = self._unique_id(clean_line(draft.id) or draft.origin, draft.origin, notes)
        for note in notes:
            yield f"{draft.origin}: {note}"
        yield Article(
            id=article_id,
            title=title,
            published=draft.published,
            text=text,
            source=outlet_name(draft.source, url, draft.folder),
            url=url,
            origin=draft.origin,
            notes=tuple(notes),
        )

    def _first_copy(self, text: str, origin: str) -> str | None:
        """Where the same text (white space aside) was read before, if it was; else remember it.

        Texts are compared by ``content_key`` only when they share their ``ends_key``.
        """
        bucket = self._seen_ends.setdefault(ends_key(text), [])
        key = content_key(text) if bucket else None
        for entry in bucket:
            earlier, where, earlier_key = entry
            if earlier_key is None:
                earlier_key = entry[2] = content_key(earlier)
            if earlier_key == key:
                return str(where)
        bucket.append([text, origin, key])
        return None

    def _unique_id(self, wanted: str, origin: str, notes: list[str]) -> str:
        holder = self._seen_ids.get(wanted)
        if holder is None:
            self._seen_ids[wanted] = origin
            return wanted
        number = 2
        while f"{wanted}-{number}" in self._seen_ids:
            number += 1
        unique = f"{wanted}-{number}"
        self._seen_ids[unique] = origin
        notes.append(f"id {wanted!r} is already used by {holder}; renamed to {unique!r}")
        return unique
