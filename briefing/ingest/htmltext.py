"""HTML fragments (feed item bodies) to plain text with paragraphs, without running anything.

lxml only parses: scripts, styles and embedded objects are dropped, never executed, and no
resource (image, stylesheet, DTD) is fetched.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

# Elements whose content is not article text.
DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
                "head", "form", "button", "select")
# Elements that end a paragraph (a blank line after them) or a line.
PARAGRAPH_TAGS = frozenset({"p", "div", "section", "article", "blockquote", "h1", "h2", "h3", "h4", "h5",
                            "h6", "ul", "ol", "table", "pre", "figure", "header", "footer", "aside"})
LINE_TAGS = frozenset({"br", "li", "tr", "dt", "dd", "figcaption", "hr"})

_LOOKS_LIKE_HTML = re.compile(r"<[A-Za-z!/][^>]*>|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")
_INLINE_SPACE = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n\s*\n\s*")


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment: paragraphs separated by blank lines, white space tidied."""
    if not _LOOKS_LIKE_HTML.search(fragment):
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return fragment.strip()
    etree.strip_elements(root, *DROPPED_TAGS, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag in PARAGRAPH_TAGS:
            element.tail = "\n\n" + (element.tail or "")
        elif tag in LINE_TAGS:
            element.tail = "\n" + (element.tail or "")
    text = root.text_content()
    lines = (_INLINE_SPACE.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
