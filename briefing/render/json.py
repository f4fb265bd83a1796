"""JSON renderer: the Briefing itself, for machines (all articles, not just the shown ones).

The shape is ``dataclasses.asdict(briefing)``: field names are the model's, dates are ISO
strings, enums their values. Extra keys may be added in future; existing ones keep their names.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Any

from briefing.model import Briefing
from briefing.template import Template


def _default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Path):
        return value.as_posix()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def briefing_dict(briefing: Briefing) -> dict[str, Any]:
    return dataclasses.asdict(briefing)


def render_json(briefing: Briefing, template: Template) -> bytes:
    """UTF-8 JSON, indented, keys in model order (stable bytes for an identical briefing)."""
    text = json.dumps(briefing_dict(briefing), default=_default, indent=2, ensure_ascii=False)
    # A lone surrogate cannot be UTF-8; it becomes U+FFFD rather than failing the whole briefing.
    return (text + "\n").encode("utf-8", "replace")
