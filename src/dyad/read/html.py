"""HTML pages: the main text and metadata, extracted with trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from dyad.model import Article
from dyad.read.items import Unreadable, decode_text


def read_html(data: bytes, default_id: str, published: date | None) -> Iterator[Article | Unreadable]:
    """One Article from an HTML page; a page with no main text is Unreadable."""
    yield article_from_html(decode_text(data), default_id, published)


def article_from_html(
    html: str, article_id: str, published: date | None, url: str | None = None
) -> Article | Unreadable:
    """The page's main text (navigation, ads and footers left out), title, date, URL and site name."""
    import trafilatura  # imported here: it is slow to import and only HTML input needs it

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if document is None or not (document.text or "").strip():
        return Unreadable(article_id, "the page has no main text that could be extracted", published)
    return Article(
        id=article_id,
        text=document.text,
        published=parse_date(document.date) or published,
        title=document.title,
        url=document.url or url,
        source=document.sitename,
    )


def parse_date(value: str | None) -> date | None:
    """A date from the first ten characters of an ISO date string, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
