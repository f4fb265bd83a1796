"""Fixtures for the ingestion tests: the fixture folders and a helper to load one file."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.ingest import IngestResult, load_articles

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"
GOOD = FIXTURES / "good"
BAD = FIXTURES / "bad"


@pytest.fixture
def load_file(tmp_path: Path):  # type: ignore[no-untyped-def]
    """Write ``data`` to ``tmp_path/name`` and load it: ``load_file("a.txt", b"...")``."""

    def load(name: str, data: bytes | str, **kwargs: int) -> IngestResult:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            path.write_text(data, encoding="utf-8")
        else:
            path.write_bytes(data)
        return load_articles([path], **kwargs)

    return load
