"""JSON Lines corpora: one article per line."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any

from dyad.model import Article
from dyad.read.items import Unreadable, decode_text

_DATE_KEYS = ("published", "date", "dct")


def read_jsonl(data: bytes, default_id: str, published: date | None) -> Iterator[Article | Unreadable]:
    """An Article per line (id defaults to the line number); bad lines become Unreadable items."""
    content = decode_text(data)
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        line_id = str(number)
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            yield Unreadable(line_id, f"line {number} is not valid JSON ({error.msg})", published)
            continue
        if not isinstance(record, dict):
            yield Unreadable(line_id, f"line {number} is not a JSON object", published)
            continue
        article_id = str(record.get("id", line_id))
        try:
            yield article_from_record(record, article_id, published)
        except ValueError as error:
            yield Unreadable(article_id, f"line {number}: {error}", published)


def article_from_record(record: dict[str, Any], article_id: str, published: date | None) -> Article:
    """An Article from a JSON object with at least `text`; ValueError says what is wrong."""
    text = record.get("text")
    if not isinstance(text, str):
        raise ValueError("the record has no 'text' string")
    return Article(
        id=article_id,
        text=text,
        published=_record_date(record) or published,
        title=_optional_str(record, "title"),
        url=_optional_str(record, "url"),
        source=_optional_str(record, "source"),
    )


def _record_date(record: dict[str, Any]) -> date | None:
    for key in _DATE_KEYS:
        value = record.get(key)
        if value in (None, ""):
            continue
        if not isinstance(value, str):
            raise ValueError(f"'{key}' must be a YYYY-MM-DD string")
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            raise ValueError(f"'{key}' is not a date: {value!r}") from None
    return None


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return None if value is None else str(value)


def read_json(data: bytes, default_id: str, published: date | None) -> Iterator[Article | Unreadable]:
    """Articles from a JSON file holding one article object or a list of them."""
    try:
        document = json.loads(decode_text(data))
    except json.JSONDecodeError as error:
        yield Unreadable(default_id, f"not valid JSON ({error.msg} at line {error.lineno})", published)
        return
    records = document if isinstance(document, list) else [document]
    for number, record in enumerate(records, start=1):
        article_id = (
            str(record.get("id", number if len(records) > 1 else default_id))
            if isinstance(record, dict)
            else str(number)
        )
        if not isinstance(record, dict):
            yield Unreadable(article_id, f"item {number} is not a JSON object", published)
            continue
        try:
            yield article_from_record(record, article_id, published)
        except ValueError as error:
            yield Unreadable(article_id, f"item {number}: {error}", published)
