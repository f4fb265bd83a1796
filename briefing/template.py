"""Templates: ``templates/<name>/style.toml``, read by every renderer and by the options. STUB."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Template:
    name: str = "weekly"
    summary_sentences: int = 3
    article_cap: int = 60
    key_points: int = 5
    max_dates: int | None = 20
    sentences_per_date: int = 2


def load_template(name_or_path: str = "weekly") -> Template:
    return Template(name=name_or_path)
