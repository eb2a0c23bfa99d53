"""Pick the reader for each input by its file ending and read articles from it."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from dyad.errors import InputError
from dyad.model import Article
from dyad.read.items import Unreadable
from dyad.read.jsonl import read_jsonl
from dyad.read.text import read_text

Item = Article | Unreadable
Reader = Callable[[str, str, date | None], Iterator[Article | Unreadable]]

FORMATS: dict[str, Reader] = {"txt": read_text, "jsonl": read_jsonl}
_ENDINGS = {".txt": "txt", ".text": "txt", ".jsonl": "jsonl", ".ndjson": "jsonl"}


def detect_format(path: str) -> str:
    """The input format for `path`, from its ending (`-` is read as plain text)."""
    if path == "-":
        return "txt"
    suffix = Path(path).suffix.lower()
    if suffix not in _ENDINGS:
        known = ", ".join(sorted(_ENDINGS))
        raise InputError(
            f"{path}: cannot tell the input format from the ending {suffix!r} (known: {known}); use --input-format"
        )
    return _ENDINGS[suffix]


def read_inputs(paths: Iterable[str], input_format: str | None = None, published: date | None = None) -> Iterator[Item]:
    """Read every input in order; unusable files raise InputError before anything is read."""
    sources = []
    for path in paths:
        fmt = input_format or detect_format(path)
        if fmt not in FORMATS:
            raise InputError(f"unknown input format {fmt!r} (known: {', '.join(sorted(FORMATS))})")
        sources.append((path, fmt, _load(path)))
    for path, fmt, content in sources:
        yield from FORMATS[fmt](content, _default_id(path), published)


def _load(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    file = Path(path)
    if not file.exists():
        raise InputError(f"{path}: no such file")
    if file.is_dir():
        raise InputError(f"{path}: is a directory, not a file")
    try:
        data = file.read_bytes()
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror})") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _default_id(path: str) -> str:
    return "stdin" if path == "-" else Path(path).name.split(".")[0]
