"""Shared test set-up: a private cache folder, reproducible dates, paths to the bundled data."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SEED_ARTICLE = SEEDS / "000_0af3f37a05f09378.txt"
SHARED = REPO.parent / "shared"
CORPORA = SHARED / "corpora"


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the user's cache; make 'date made' reproducible (2020-03-21); let internal errors raise."""
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1584748800")
    monkeypatch.setenv("BRIEFING_STRICT", "1")  # a bug in the dates stage fails the test, never passes unseen
