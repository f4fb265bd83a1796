"""Nothing leaves the machine: a full build opens no network connection."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from briefing.options import make_options
from briefing.pipeline import build
from tests.conftest import SEEDS


def test_full_build_makes_no_network_connection(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", lambda *a, **k: attempts.append(a) or [])
    result = build([SEEDS], make_options(out_dir=tmp_path, formats="pdf,docx,json,md", jobs=1))
    assert len(result.paths) == 4 and all(p.stat().st_size > 0 for p in result.paths)
    assert attempts == []
