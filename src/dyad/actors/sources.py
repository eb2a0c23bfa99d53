"""Where the actor dictionaries come from: dyad's own files, extra directories and users' own files.

- dyad's own files: `dyad/data/actors/{countries,organisations,roles,people,given_names}.txt`.
- `DYAD_ACTORS_PATH`: directories (separated like PATH) holding files of those same names.
- `DYAD_ACTORS_FILES`: files (separated like PATH; `--actors FILE` on the command line sets it). A file
  whose name ends in `.actors` or `.agents` (before an optional `.txt`) is read as a PETRARCH/TABARI
  dictionary (see `petrarch`); any other file is in dyad's format, and its name says which dictionary
  it extends ("my_people.txt" -> people) unless a line `[people]`, `[roles]`, `[organisations]`,
  `[countries]` or `[given_names]` starts a section for one.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from dyad.actors.entries import LexiconError

ENV_PATH = "DYAD_ACTORS_PATH"
ENV_FILES = "DYAD_ACTORS_FILES"
TABLES = ("countries", "organisations", "roles", "people", "given_names")
_SPELLINGS = {"organizations": "organisations", "given-names": "given_names", "givennames": "given_names"}
_SECTION = re.compile(r"^\[\s*([a-z_-]+)\s*\]$")


@dataclass(frozen=True)
class Source:
    """Numbered lines of one dictionary (or of one section of a user's file)."""

    name: str  # shown in messages: the file's path
    lines: tuple[tuple[int, str], ...]
    user: bool  # a user's entries win over dyad's own


def read_text(path: Path) -> str:
    """A dictionary file's text; a LexiconError when it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError as error:
        raise LexiconError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None
    except OSError as error:
        raise LexiconError(f"{path}: cannot read the actor dictionary: {error.strerror or error}") from None


def numbered(text: str) -> tuple[tuple[int, str], ...]:
    """The lines of `text` with their numbers, counting from 1."""
    return tuple(enumerate(text.splitlines(), 1))


def rows(source: Source, width: int) -> Iterator[tuple[str, list[str]]]:
    """("file:line", fields) of each entry line, fields split at "|"; comments and blank lines skipped."""
    for number, line in source.lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [field.strip() for field in line.split("|")]
        if len(fields) != width:
            raise LexiconError(
                f"{source.name}:{number}: expected {width} fields separated by '|', got {len(fields)}: {line.strip()!r}"
            )
        yield f"{source.name}:{number}", fields


def is_petrarch(path: Path) -> bool:
    """Whether a file is a PETRARCH/TABARI dictionary (".actors"/".agents", optionally followed by ".txt")."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes[-1:] == [".txt"]:
        suffixes = suffixes[:-1]
    return bool(suffixes) and suffixes[-1] in (".actors", ".agents")


def user_files() -> tuple[Path, ...]:
    """The files named in DYAD_ACTORS_FILES, in order."""
    return tuple(Path(p) for p in os.environ.get(ENV_FILES, "").split(os.pathsep) if p.strip())


def table_sources(table: str) -> Iterator[Source]:
    """dyad's own file for `table`, then the same file in each extra directory, then users' sections of it."""
    own = resources.files("dyad") / "data" / "actors" / f"{table}.txt"
    yield Source(f"dyad/data/actors/{table}.txt", numbered(own.read_text(encoding="utf-8")), user=False)
    for folder in os.environ.get(ENV_PATH, "").split(os.pathsep):
        path = Path(folder) / f"{table}.txt" if folder else None
        if path is not None and path.is_file():
            yield Source(str(path), numbered(read_text(path)), user=True)
    for path in user_files():
        if not is_petrarch(path):
            yield from (source for name, source in _sections(path) if name == table)


def _sections(path: Path) -> Iterator[tuple[str, Source]]:
    """A user's file cut into (dictionary name, its lines), one per section."""
    current = _default_table(path)
    lines: list[tuple[int, str]] = []
    for number, line in numbered(read_text(path)):
        match = _SECTION.match(line.strip())
        if match:
            if lines and current:
                yield current, Source(str(path), tuple(lines), user=True)
            name = match.group(1).lower()
            current = _SPELLINGS.get(name, name)
            if current not in TABLES:
                raise LexiconError(f"{path}:{number}: unknown section [{name}]; use one of {', '.join(TABLES)}")
            lines = []
            continue
        if line.strip() and not line.lstrip().startswith("#") and current is None:
            raise LexiconError(
                f"{path}:{number}: cannot tell which dictionary this line extends: name the file after one "
                f"({', '.join(TABLES)}; e.g. my_people.txt) or start a section such as [people]"
            )
        lines.append((number, line))
    if lines and current:
        yield current, Source(str(path), tuple(lines), user=True)


def _default_table(path: Path) -> str | None:
    stem = path.name.lower()
    for word, table in (*_SPELLINGS.items(), *((t, t) for t in TABLES)):
        if word in stem:
            return table
    return None
