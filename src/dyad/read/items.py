"""What readers share: the item for input that cannot become an article, and text decoding."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Unreadable:
    """An input record that could not become an article, and why; it still gets an error record."""

    id: str
    error: str
    published: date | None = None


def decode_text(data: bytes) -> str:
    """UTF-16 or UTF-8 by their byte-order marks, else UTF-8, else Windows-1252 (which takes any bytes)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
