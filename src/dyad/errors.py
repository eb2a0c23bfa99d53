"""dyad's one exception tree.

DyadError
├── InputError      an input file or option cannot be used at all (exit status 2)
├── ArticleError    one article cannot be coded; the run goes on (its record carries the message)
├── ModelError      the language model is missing or unusable
└── StoreError      the DuckDB store cannot be opened or written
"""

from __future__ import annotations


class DyadError(Exception):
    """Base class of every error dyad raises on purpose."""


class InputError(DyadError):
    """An input file or an option is unusable: missing, unreadable, or of an unknown format."""


class ArticleError(DyadError):
    """One article cannot be coded (empty, not text, malformed record)."""


class ModelError(DyadError):
    """The spaCy language model cannot be loaded."""


class StoreError(DyadError):
    """The DuckDB store cannot be opened, read or written."""
