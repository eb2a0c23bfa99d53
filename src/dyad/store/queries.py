"""Parsing of the filters that read queries share (the queries themselves are in web/queries.py)."""

from __future__ import annotations

from dyad.errors import InputError


def parse_dyad(dyad: str) -> tuple[str, str]:
    """The two actor prefixes of a dyad written `RUS-USA`."""
    parts = dyad.upper().split("-")
    if len(parts) != 2 or not all(parts):
        raise InputError(f"a dyad is written as two actor codes joined by '-', e.g. RUS-USA (got {dyad!r})")
    return parts[0], parts[1]
