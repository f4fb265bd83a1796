"""Web pages saved as one file (``.mht`` / ``.mhtml``): what Chrome's "Save as: Webpage, Single
File" and Edge's "Web page, single file" write. It is a MIME message (RFC 2557) holding the page's
HTML with its images and styles; the HTML part is read as an HTML page (``htmlpage``), and the
address the page was saved from is its link when the page names none.

The message's own ``Date:`` header is when the page was saved, not when the article was
published: it is never taken for the publication date.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from dataclasses import replace
from email.message import EmailMessage
from pathlib import Path

from briefing.ingest.htmlpage import read_html_page
from briefing.ingest.records import Draft
from briefing.model import Skipped

_NO_PAGE = "no web page inside this saved page: save the article as .html (Webpage, HTML only) or .txt"


def read_mhtml(data: bytes, origin: str, path: Path) -> Iterator[Draft | Skipped | str]:
    """The article of a page saved as MHTML, as ``read_html_page`` reads it."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    part = next((p for p in message.walk() if p.get_content_type() == "text/html"), None)
    if not isinstance(part, EmailMessage):
        yield Skipped(origin, _NO_PAGE)
        return
    html = _html_text(part)
    location = str(part.get("Content-Location") or message.get("Snapshot-Content-Location") or "").strip()
    for item in read_html_page(html, origin, path):
        if isinstance(item, Draft) and not item.url and location.startswith(("http://", "https://")):
            item = replace(item, url=location)
        yield item


def _html_text(part: EmailMessage) -> str:
    """The HTML part's text, undone from its transfer encoding; a charset Python does not know
    (or none) is read as UTF-8 with replacement characters rather than failing the file."""
    try:
        content = part.get_content()
    except (LookupError, UnicodeDecodeError):
        content = None
    if isinstance(content, str):
        return content
    payload = part.get_payload(decode=True)
    return payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
