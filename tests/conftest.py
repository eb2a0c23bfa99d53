"""Shared fixtures: the language model and the pipeline are loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from spacy.language import Language

from dyad.nlp import load_language
from dyad.pipeline import Pipeline, default_pipeline

# `make fuzz` selects the "fuzz" profile: many more examples for the property tests.
settings.register_profile("fuzz", max_examples=2000, deadline=None, suppress_health_check=list(HealthCheck))

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SHARED_DATA = SHARED / "data"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The trained English model with dyad's tokenizer adjustments."""
    return load_language()


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """One pipeline for the whole test session: the one `dyad.code()` and the CLI use in this process."""
    return default_pipeline()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """`../shared/data`, or a skip when this checkout has no `../shared` beside it."""
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is absent: the development data is not beside this checkout")
    return SHARED_DATA
