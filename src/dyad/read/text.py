"""Plain-text articles: one file is one article; a short first line followed by a blank line is its title."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from dyad.model import Article
from dyad.read.items import decode_text


def read_text(data: bytes, default_id: str, published: date | None) -> Iterator[Article]:
    """One Article from the whole file (offsets count from its first character)."""
    content = decode_text(data)
    yield Article(id=default_id, text=content, published=published, title=split_title(content))


def split_title(text: str) -> str | None:
    """The title when the text opens with one short line and a blank line, as wire copy does."""
    first, sep, rest = text.partition("\n")
    if not sep or not rest.startswith(("\n", "\r\n")):
        return None
    title = first.strip()
    if not title or len(title) > 200 or title.endswith((".", ":")):
        return None
    return title
