"""Docs that cannot drift: README names every command and every exit code the CLI uses."""

from __future__ import annotations

import re

from briefing import cli as cli_module
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_readme_shows_every_command() -> None:
    for name in cli_module.cli.commands:
        assert re.search(rf"briefing {name}\b", README), f"README lacks `briefing {name}`"


def test_readme_documents_every_exit_code() -> None:
    codes = {v for k, v in vars(cli_module).items() if k.startswith("EXIT_") and isinstance(v, int)}
    for code in codes:
        assert re.search(rf"^\|\s*`?{code}`?\s*\|", README, re.M), f"README's exit-code table lacks {code}"


def test_readme_setup_commands_match_ci() -> None:
    ci = (REPO / ".ci/run").read_text(encoding="utf-8")
    assert 'pip install -e ".[test]"' in README and 'pip install -e ".[test]"' in ci
    assert "python -m pytest" in README and "python -m pytest" in ci
