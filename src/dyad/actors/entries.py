"""The entries of the actor dictionaries, whatever file format they were read from."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from dyad.errors import InputError

SECTORS = re.compile(r"(?:[A-Z]{3})*")


class LexiconError(InputError):
    """A dictionary file has a line dyad cannot read; the message names the file and the line."""


@dataclass(frozen=True)
class Country:
    """A country or territory with the words that name it."""

    iso3: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    people: tuple[str, ...]
    capitals: tuple[str, ...]
    origin: str = ""  # "file:line" of the entry, for explanations


@dataclass(frozen=True)
class Organisation:
    """A named body with a fixed actor code."""

    code: str
    country: str | None
    sector: str | None
    label: str
    names: tuple[str, ...]
    origin: str = ""


@dataclass(frozen=True)
class Role:
    """A role, title or kind of group: its CAMEO sectors and how it combines (see roles.txt)."""

    term: str
    sectors: tuple[str, ...]
    kind: str
    origin: str = ""


@dataclass(frozen=True)
class Term:
    """One office a person held, from `start` up to (not including) `end`; None means open."""

    country: str | None
    sectors: tuple[str, ...]
    start: date | None
    end: date | None
    role: str
    origin: str = ""

    def covers(self, when: date) -> bool:
        """Whether the office was held on `when`."""
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass(frozen=True)
class Person:
    """A person known by name, with every office the dictionary knows for them."""

    name: str
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]


def split_sectors(text: str) -> tuple[str, ...]:
    """'GOVMIL' -> ('GOV', 'MIL'); '-' or '' -> ()."""
    text = text.strip()
    if text in ("", "-"):
        return ()
    return tuple(text[i : i + 3] for i in range(0, len(text), 3))


def with_ascii(names: tuple[str, ...]) -> tuple[str, ...]:
    """The names plus an accent-free spelling of each accented one, without repeats."""
    out: list[str] = []
    for name in names:
        plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        for variant in (name, plain):
            if variant and variant not in out:
                out.append(variant)
    return tuple(out)
