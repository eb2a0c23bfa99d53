"""CSV and TSV files with a header row: one article per row."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date

from dyad.model import Article
from dyad.read.items import Unreadable, decode_text
from dyad.read.jsonl import article_from_record

# Column names taken for each field, first match wins (case-insensitive).
COLUMNS = {
    "text": ("text", "body", "content", "article", "story"),
    "id": ("id", "article_id", "doc_id", "guid"),
    "published": ("published", "date", "dct", "publication_date", "pubdate"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "source": ("source", "publisher", "outlet"),
}


def read_csv(data: bytes, default_id: str, published: date | None) -> Iterator[Article | Unreadable]:
    """An Article per row; the text column is found by its name (see COLUMNS)."""
    content = decode_text(data)
    dialect = "excel-tab" if content.partition("\n")[0].count("\t") > content.partition("\n")[0].count(",") else "excel"
    csv.field_size_limit(64 * 1024 * 1024)
    rows = csv.DictReader(io.StringIO(content, newline=""), dialect=dialect)
    mapping = _mapping(rows.fieldnames or [])
    if "text" not in mapping:
        yield Unreadable(default_id, f"no text column (looked for {', '.join(COLUMNS['text'])})", published)
        return
    for number, row in enumerate(rows, start=1):
        record = {field: row.get(column) for field, column in mapping.items() if row.get(column) not in (None, "")}
        article_id = str(record.get("id", number))
        try:
            yield article_from_record(record, article_id, published)
        except ValueError as error:
            yield Unreadable(article_id, f"row {number}: {error}", published)


def _mapping(header: list[str]) -> dict[str, str]:
    by_name = {name.strip().lower(): name for name in header}
    mapping = {}
    for field, names in COLUMNS.items():
        column = next((by_name[n] for n in names if n in by_name), None)
        if column is not None:
            mapping[field] = column
    return mapping
