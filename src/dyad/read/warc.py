"""WARC archives (such as Common Crawl's news crawl): one article per HTML response record."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

from dyad.model import Article
from dyad.read.html import article_from_html, parse_date
from dyad.read.items import Unreadable, decode_text


def read_warc(data: bytes, default_id: str, published: date | None) -> Iterator[Article | Unreadable]:
    """An Article per HTML response; a truncated or damaged archive ends with an Unreadable item saying so."""
    from warcio.archiveiterator import ArchiveIterator  # imported here: only WARC input needs it
    from warcio.exceptions import ArchiveLoadFailed

    records = ArchiveIterator(io.BytesIO(data))
    number = 0
    try:
        for record in records:
            if record.rec_type != "response" or "html" not in _content_type(record):
                continue
            number += 1
            headers = record.rec_headers
            url = headers.get_header("WARC-Target-URI")
            article_id = url or headers.get_header("WARC-Record-ID") or f"{default_id}:{number}"
            page = record.content_stream().read()
            if record.raw_stream.limit > 0:
                yield Unreadable(article_id, f"record {number} is cut short: the archive is truncated", published)
                return
            crawled = parse_date(headers.get_header("WARC-Date"))
            yield article_from_html(decode_text(page), article_id, published or crawled, url=url)
    except (ArchiveLoadFailed, EOFError, OSError, ValueError) as error:
        yield Unreadable(f"{default_id}:{number + 1}", f"the archive is damaged after record {number} ({error})")
        return
    # A gzip member cut short ends the iteration quietly, before the end of the data.
    if records.offset < len(data):
        yield Unreadable(f"{default_id}:{number + 1}", f"the archive is truncated after record {number}", published)


def _content_type(record: object) -> str:
    http_headers = getattr(record, "http_headers", None)
    return (http_headers.get_header("Content-Type", "") if http_headers else "").lower()
