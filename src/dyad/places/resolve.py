"""Choosing one place per toponym: population and feature type, then what else the article names.

Two passes: the first reads every toponym alone and keeps the countries and US states that are
clear (a name that can only be one country or state, or a dateline); the second scores every
candidate again with that context, so "Gainesville" in a story that names Georgia is the Georgia one.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from dyad.model import Location
from dyad.places.candidates import ToponymSpan
from dyad.places.gazetteer import Entry, Gazetteer

# Base scores by feature: a name that is a country is usually the country, a state usually the state.
_FEATURE_BASE = {"country": 8.0, "admin1": 7.0, "region": 6.0, "water": 6.0, "island": 6.0}
_CONTEXT_COUNTRY = 3.0
_CONTEXT_STATE = 3.0
_DATELINE_COUNTRY = 2.0
_CAPITAL = 3.0
_BIG_CITY = 1.0


@dataclass
class _Context:
    countries: Counter[str] = field(default_factory=Counter)
    states: Counter[str] = field(default_factory=Counter)
    dateline_country: str | None = None


def resolve_all(spans: list[ToponymSpan], gaz: Gazetteer) -> list[Location | None]:
    """The place each span names, or None when the gazetteer has nothing for it."""
    context = _Context()
    for span in spans:
        best = _best(span, gaz.lookup(span.name), _Context())
        if best is None:
            continue
        if span.dateline and best.country:
            context.dateline_country = best.country
        if _clear(span, gaz.lookup(span.name), best):
            if best.country:
                context.countries[best.country] += 1
            if best.feature == "admin1" and best.country == "USA" and best.admin1:
                context.states[best.admin1] += 1
            elif best.country == "USA" and best.admin1 and best.feature == "city":
                context.states[best.admin1] += 1
    return [_location(_best(span, gaz.lookup(span.name), context)) for span in spans]


def _clear(span: ToponymSpan, entries: tuple[Entry, ...], best: Entry) -> bool:
    """A reading safe to lean on: the only one, a country or state, or far more populous than the rest."""
    if span.dateline or len(entries) == 1:
        return True
    others = [e for e in entries if e is not best]
    if best.feature in ("country", "admin1"):
        return not any(e.feature in ("country", "admin1") or e.population > 100_000 for e in others)
    return best.population > 20 * max((e.population for e in others), default=0)


def _best(span: ToponymSpan, entries: tuple[Entry, ...], context: _Context) -> Entry | None:
    if not entries:
        return None
    return max(entries, key=lambda e: (_score(span, e, context), e.population, -(e.geonameid or 0)))


def _score(span: ToponymSpan, entry: Entry, context: _Context) -> float:
    if entry.feature == "city":
        score = math.log10(entry.population + 1)
        if entry.capital:
            score += _CAPITAL
        if entry.population >= 1_000_000:
            score += _BIG_CITY
    else:
        score = _FEATURE_BASE.get(entry.feature, 5.0)
    if span.state_hint:
        score += 5.0 if entry.feature == "admin1" else 0.0
    if entry.country and entry.country in context.countries:
        score += _CONTEXT_COUNTRY
    if entry.country and entry.country == context.dateline_country:
        score += _DATELINE_COUNTRY
    if entry.feature == "city" and entry.country == "USA" and entry.admin1 in context.states:
        score += _CONTEXT_STATE
    return score


def _location(entry: Entry | None) -> Location | None:
    if entry is None:
        return None
    return Location(
        name=entry.name,
        geonameid=entry.geonameid,
        country=entry.country,
        lat=round(entry.lat, 5),
        lon=round(entry.lon, 5),
        feature=entry.feature,
    )
