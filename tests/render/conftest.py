"""Fixtures for the renderer tests (the Briefings themselves are built in render_factories.py)."""

from __future__ import annotations

import pytest
from render_factories import make_briefing, make_hostile_briefing

from briefing.model import Briefing
from briefing.template import Template, load_template


@pytest.fixture(scope="session")
def briefing() -> Briefing:
    return make_briefing()


@pytest.fixture(scope="session")
def hostile() -> Briefing:
    return make_hostile_briefing()


@pytest.fixture(scope="session")
def weekly() -> Template:
    return load_template("weekly")


@pytest.fixture(scope="session")
def onepage() -> Template:
    return load_template("onepage")
