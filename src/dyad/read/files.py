"""Pick the reader for each input by its file ending and read articles from it."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from dyad.errors import InputError
from dyad.model import Article
from dyad.read.delimited import read_csv
from dyad.read.feeds import read_feed
from dyad.read.html import read_html
from dyad.read.items import Unreadable
from dyad.read.jsonl import read_json, read_jsonl
from dyad.read.text import read_text
from dyad.read.warc import read_warc

Reader = Callable[[bytes, str, date | None], Iterator[Article | Unreadable]]

FORMATS: dict[str, Reader] = {
    "txt": read_text,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "html": read_html,
    "feed": read_feed,
    "warc": read_warc,
}
_ENDINGS = {
    ".txt": "txt",
    ".text": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".html": "html",
    ".htm": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".warc": "warc",
    ".warc.gz": "warc",
    ".arc.gz": "warc",
}


def detect_format(path: str) -> str:
    """The input format for `path`, from its ending (`-` is read as plain text)."""
    if path == "-":
        return "txt"
    name = Path(path).name.lower()
    ending = next((e for e in sorted(_ENDINGS, key=len, reverse=True) if name.endswith(e)), None)
    if ending is None:
        known = ", ".join(sorted(_ENDINGS))
        raise InputError(
            f"{path}: cannot tell the input format from its name (known endings: {known}); use --input-format"
        )
    return _ENDINGS[ending]


def read_inputs(
    paths: Iterable[str], input_format: str | None = None, published: date | None = None
) -> Iterator[Article | Unreadable]:
    """Read every input in order; unusable files raise InputError before any article is read."""
    sources = []
    for path in paths:
        fmt = input_format or detect_format(path)
        if fmt not in FORMATS:
            raise InputError(f"unknown input format {fmt!r} (known: {', '.join(sorted(FORMATS))})")
        sources.append((path, fmt, _check(path)))
    for path, fmt, file in sources:
        yield from FORMATS[fmt](_load(path, file), _default_id(path), published)


def _check(path: str) -> Path | None:
    if path == "-":
        return None
    file = Path(path)
    if not file.exists():
        raise InputError(f"{path}: no such file")
    if file.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    try:
        with file.open("rb"):
            pass
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from error
    return file


def _load(path: str, file: Path | None) -> bytes:
    if file is None:
        return sys.stdin.buffer.read()
    try:
        return file.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from error


def _default_id(path: str) -> str:
    return "stdin" if path == "-" else Path(path).name.split(".")[0]
