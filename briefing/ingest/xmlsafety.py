"""Keep XML and HTML inputs from reaching outside themselves (XXE, entity bombs).

A feed or page may declare entities in its DOCTYPE: ``<!ENTITY x SYSTEM "file:///etc/passwd">``
reads a local file into the text, nested internal entities expand to gigabytes. Feeds and
news pages never need either, so the DOCTYPE (and any stray ``<!ENTITY``) is removed before any
parser sees the document, and the result is checked with defusedxml, which refuses DTDs and
entity declarations outright. feedparser already turns off external entities in expat, but its
fallback parser and future versions are not ours to vouch for: this is the one place that does.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as defused_fromstring

# A DOCTYPE with an optional internal subset in brackets. The subset may hold quoted "]" or ">"
# characters, so quoted strings are matched as units.
_DOCTYPE = re.compile(r"""<!DOCTYPE(?:[^\[>"']|"[^"]*"|'[^']*')*(?:\[(?:[^\]"']|"[^"]*"|'[^']*')*\])?\s*>""",
                      re.IGNORECASE)
# Leftovers: declarations outside a DOCTYPE (malformed documents), and unterminated DOCTYPEs.
_DECLARATION = re.compile(r"<!(?:ENTITY|ELEMENT|ATTLIST|NOTATION|DOCTYPE)\b[^>]*>?", re.IGNORECASE)

_ENTITY_NAME = re.compile(r"<!ENTITY\s+(?:%\s+)?([^\s\"'>%;&]+)", re.IGNORECASE)


class UnsafeXml(ValueError):
    """Entity or DTD declarations remain after stripping (should not happen; refuse the file)."""


def strip_doctype(text: str) -> tuple[str, bool]:
    """The document without DOCTYPE, declarations or references to the entities they declared;
    True when entities were declared (worth a note: the document tried to define its own)."""
    if "<!" not in text:
        return text, False
    declared: set[str] = set()

    def remove(match: re.Match[str]) -> str:
        declared.update(_ENTITY_NAME.findall(match.group(0)))
        return ""

    text = _DOCTYPE.sub(remove, text)
    text = _DECLARATION.sub(remove, text)
    if declared:
        # "&xxe;" would otherwise show up literally in titles once its declaration is gone.
        names = "|".join(re.escape(name) for name in sorted(declared))
        text = re.sub(f"&(?:{names});", "", text)
    return text, bool(declared)


def check_no_dtd(xml: bytes) -> None:
    """Raise ``UnsafeXml`` if the document still declares a DTD or entities (well-formedness aside)."""
    try:
        defused_fromstring(xml, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise UnsafeXml(type(exc).__name__) from exc
    except (ParseError, ValueError):
        pass  # malformed XML is the feed parser's business; it cannot declare anything now

