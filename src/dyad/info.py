"""What dyad is running with: versions and the language model."""

from __future__ import annotations

import platform
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from dyad import __version__
from dyad.nlp import DEFAULT_MODEL


def describe() -> dict[str, Any]:
    """Versions of dyad, Python, spaCy, DuckDB and the language model `spacy.load()` takes."""
    return {
        "version": __version__,
        "python": platform.python_version(),
        "spacy": _version("spacy"),
        "spacy_model": DEFAULT_MODEL,
        "spacy_model_version": _version(DEFAULT_MODEL.replace("_", "-")),
        "duckdb": _version("duckdb"),
    }


def _version(package: str) -> str | None:
    try:
        return version(package)
    except PackageNotFoundError:
        return None
