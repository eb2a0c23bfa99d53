"""RSS and Atom feeds: one article per entry, from its content or summary."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from dyad.model import Article
from dyad.read.items import Unreadable

_TAG = re.compile(r"<[^<>]{0,2000}>")
_BREAK = re.compile(r"</p\s*>|<br\s*/?>", re.IGNORECASE)


def read_feed(data: bytes, default_id: str, published: date | None) -> Iterator[Article | Unreadable]:
    """An Article per feed entry; a feed that cannot be parsed at all is one Unreadable item."""
    import feedparser  # imported here: only feed input needs it

    feed = feedparser.parse(data)
    if not feed.entries and feed.get("bozo"):
        reason = feed.get("bozo_exception")
        yield Unreadable(default_id, f"not a readable RSS or Atom feed ({reason})", published)
        return
    for number, entry in enumerate(feed.entries, start=1):
        article_id = str(entry.get("id") or entry.get("link") or f"{default_id}:{number}")
        text = entry_text(entry)
        if not text.strip():
            yield Unreadable(article_id, "the feed entry has no text", published)
            continue
        yield Article(
            id=article_id,
            text=text,
            published=_entry_date(entry) or published,
            title=entry.get("title"),
            url=entry.get("link"),
            source=feed.feed.get("title"),
        )


def entry_text(entry: Any) -> str:
    """The entry's fullest text (content, else summary) as plain text, paragraphs on their own lines."""
    contents = entry.get("content") or []
    markup = max((c.get("value", "") for c in contents), key=len, default="") or entry.get("summary", "")
    plain = _TAG.sub("", _BREAK.sub("\n\n", markup))
    lines = [" ".join(line.split()) for line in html.unescape(plain).splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _entry_date(entry: Any) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None
