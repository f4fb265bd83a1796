"""briefing: turn a folder of dated news articles into a weekly briefing (PDF, DOCX, JSON, Markdown).

The public API::

    from briefing import build, load_articles, resolve_dates, summarize

The names are imported lazily so that ``briefing dates`` never pays for reportlab or matplotlib.
"""

from __future__ import annotations

import importlib
import logging
from importlib.metadata import PackageNotFoundError, version
from typing import Any

try:
    __version__ = version("briefing")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

_PUBLIC = {
    "build": "briefing.pipeline",
    "load_articles": "briefing.ingest",
    "resolve_dates": "briefing.temporal",
    "summarize": "briefing.summarize",
}

__all__ = ["__version__", *_PUBLIC]


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        return getattr(importlib.import_module(_PUBLIC[name]), name)
    raise AttributeError(f"module 'briefing' has no attribute {name!r}")
