"""Dates stage: find temporal expressions and resolve them against the publication date.

STUB — the temporal work replaces this.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from briefing.model import Sentence, TimeExpression


def resolve_dates(text: str, dct: date, sentences: Sequence[Sentence] | None = None) -> list[TimeExpression]:
    """Every temporal expression in ``text``, resolved against ``dct``, in text order."""
    return []
