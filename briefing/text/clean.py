"""News clean-up before analysis. STUB — to be replaced by the text/summaries work."""

from __future__ import annotations


def clean_body(text: str, title: str = "") -> str:
    """Return the article body without datelines, bylines, credits and speaker labels."""
    return text
