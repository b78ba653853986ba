"""Shared paths and the hypothesis profiles for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# The property tests draw the same examples on every run, so CI cannot fail at random; explore new
# ones locally with `python -m pytest --hypothesis-profile=explore` (and add what it finds as a test).
settings.register_profile("ci", derandomize=True, max_examples=60)
settings.register_profile("explore", derandomize=False, max_examples=300)
settings.load_profile("ci")

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "fixtures"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
