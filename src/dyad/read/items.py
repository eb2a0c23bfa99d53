"""What a reader yields besides Articles."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Unreadable:
    """An input record that could not become an article, and why; it still gets an error record."""

    id: str
    error: str
    published: date | None = None
