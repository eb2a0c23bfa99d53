"""Fixtures of the actor tests: the user-dictionary environment, isolated per test, and PETRARCH's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.actors.sources import ENV_FILES, ENV_PATH

PETRARCH = Path(__file__).resolve().parents[2].parent / "shared" / "reference" / "petrarch2"


@pytest.fixture
def user_dictionaries(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """A monkeypatch that restores DYAD_ACTORS_FILES/DYAD_ACTORS_PATH (the CLI's --actors sets the first)."""
    monkeypatch.setenv(ENV_FILES, "")
    monkeypatch.setenv(ENV_PATH, "")
    return monkeypatch


@pytest.fixture(scope="session")
def petrarch_reference() -> Path:
    """`../shared/reference/petrarch2`, or a skip when it is not beside this checkout."""
    if not (PETRARCH / "PETR.Validate.actors.txt").is_file():
        pytest.skip("../shared/reference/petrarch2 is absent")
    return PETRARCH
