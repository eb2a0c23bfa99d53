"""Shared fixtures: the language model and the pipeline are loaded once per test session."""

from __future__ import annotations

import gzip
from collections.abc import Callable
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


def _warc(pages: list[tuple[str, str]]) -> bytes:
    """A gzipped WARC file with one HTML response record per (url, html) pair, one gzip member each."""
    members = []
    for number, (url, html) in enumerate(pages):
        http = ("HTTP/1.0 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()
        head = (
            f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\nWARC-Date: 2020-03-04T00:00:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
        ).encode()
        members.append(gzip.compress(head + http + b"\r\n\r\n"))
    return b"".join(members)


@pytest.fixture
def make_warc() -> Callable[[list[tuple[str, str]]], bytes]:
    """Builds WARC files for the reader tests."""
    return _warc
