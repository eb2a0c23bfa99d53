"""Choosing one place per toponym: population and feature type, then what else the article names.

Two passes: the first reads every toponym alone and keeps the countries and the states or provinces
that are clear (a name that can only be one country or state, or a dateline); the second scores every
candidate again with that context, so "Gainesville" in a story that names Georgia is the Georgia one.
A town (under 5,000 people) is a candidate only when the article's context holds its state or province.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from dyad.model import Location
from dyad.places.candidates import ToponymSpan
from dyad.places.counties import clear_state, county_entry, shared_state
from dyad.places.gazetteer import Entry, Gazetteer, normalise

# Base scores by feature: a name that is a country is usually the country, a state usually the state.
_FEATURE_BASE = {"country": 8.0, "admin1": 7.0, "region": 6.0, "water": 6.0, "island": 6.0, "admin2": 5.5}
_CONTEXT_COUNTRY = 3.0
_CONTEXT_STATE = 3.0
_DATELINE_COUNTRY = 2.0
_CAPITAL = 1.5
_ALTERNATE_NAME = -2.0
_PROMINENT = 2.0
_CONTAINER = 6.0
_NEAR = 3.0
_NEAR_KM = 100.0
_LOCAL = frozenset({"city", "town"})


@dataclass
class _Context:
    countries: Counter[str] = field(default_factory=Counter)
    states: Counter[tuple[str, str]] = field(default_factory=Counter)  # (country, admin1 code)
    dateline_country: str | None = None
    anchors: tuple[Entry, ...] = ()  # where the article's other names were read: towns and cities

    def holds_state_of(self, entry: Entry) -> bool:
        return bool(entry.country and entry.admin1) and (entry.country, entry.admin1) in self.states

    def near(self, entry: Entry) -> bool:
        """Whether `entry` lies within a short drive of a place the article's other names were read as."""
        return any(_km(entry, anchor) <= _NEAR_KM for anchor in self.anchors)


def resolve_all(spans: list[ToponymSpan], gaz: Gazetteer) -> list[Location | None]:
    """The place each span names, or None when the gazetteer has nothing for it."""
    context = _Context()
    own: dict[str, tuple[str | None, str | None]] = {}
    for span in spans:
        entries = gaz.lookup(span.name)
        best = _best(span, entries, _Context(), gaz)
        if best is None:
            county_state = clear_state(span, gaz)
            if county_state:
                # "Kanawha County" (only West Virginia has one) says which state's towns the story is about
                context.states[("USA", county_state)] += 1
                context.countries["USA"] += 1
            continue
        if span.dateline and best.country:
            context.dateline_country = best.country
        key = normalise(span.name)
        if key in own or not _clear(span, entries, best):
            continue
        state = (best.country, best.admin1) if best.country and best.admin1 and best.feature != "town" else None
        own[key] = (best.country, state)
        if best.country:
            context.countries[best.country] += 1
        if state:
            context.states[state] += 1
    if "USA" in context.countries or any(country == "USA" for country, _ in context.states):
        common = shared_state([span.name for span in spans], gaz)
        if common and ("USA", common) not in context.states:
            context.states[("USA", common)] += 1
    chosen = _pass(spans, gaz, context, own, [None] * len(spans))
    # Once more with the places read so far as anchors: a local story's places lie close together.
    chosen = _pass(spans, gaz, context, own, chosen)
    us_states = Counter({state: n for (country, state), n in context.states.items() if country == "USA"})
    found = [e for e in chosen if e is not None]
    return [
        _location(
            entry
            if entry is not None or not gaz.county_states(span.name)
            else county_entry(span, gaz, us_states, found)
        )
        for span, entry in zip(spans, chosen, strict=True)
    ]


def _pass(
    spans: list[ToponymSpan],
    gaz: Gazetteer,
    context: _Context,
    own: dict[str, tuple[str | None, str | None]],
    previous: list[Entry | None],
) -> list[Entry | None]:
    """Every span's best reading in the article's context, near the places other names had in `previous`."""
    chosen: list[Entry | None] = []
    for span in spans:
        # A name is not its own evidence: leave its contribution out of the context it is judged in.
        key = normalise(span.name)
        country, state = own.get(key, (None, None))
        anchors = tuple(
            e
            for s, e in zip(spans, previous, strict=True)
            if e is not None and e.feature in _LOCAL and normalise(s.name) != key
        )
        local = _Context(context.countries.copy(), context.states.copy(), context.dateline_country, anchors)
        if country:
            local.countries[country] -= 1
        if state:
            local.states[state] -= 1
        local.countries, local.states = +local.countries, +local.states
        chosen.append(_best(span, gaz.lookup(span.name), local, gaz))
    return chosen


def _clear(span: ToponymSpan, entries: tuple[Entry, ...], best: Entry) -> bool:
    """A reading safe to lean on: the only one, the dateline, or a country or state no big place shares.

    Towns do not count as other readings: they are never read without such context.
    """
    entries = tuple(e for e in entries if e.feature != "town")
    if span.dateline or len(entries) == 1:
        return True
    others = [e for e in entries if e is not best]
    if best.feature in ("country", "admin1"):
        # a big city counts only under its own name ("Floridablanca" is also called "Florida")
        own_name = normalise(span.name)
        return not any(
            e.feature in ("country", "admin1") or (e.population > 100_000 and normalise(e.name) == own_name)
            for e in others
        )
    return False


def _best(span: ToponymSpan, entries: tuple[Entry, ...], context: _Context, gaz: Gazetteer) -> Entry | None:
    entries = tuple(e for e in entries if e.feature != "town" or context.holds_state_of(e) or context.near(e))
    if not entries:
        return None
    if any(e.feature in ("country", "admin1") for e in entries):
        # "Mexico" is the country, not Mexico City under one of its alternate names.
        own_name = normalise(span.name)
        entries = tuple(e for e in entries if e.feature != "city" or normalise(e.name) == own_name)
    return max(entries, key=lambda e: (_score(span, e, context, gaz), e.population, -(e.geonameid or 0)))


def _score(span: ToponymSpan, entry: Entry, context: _Context, gaz: Gazetteer) -> float:
    if entry.feature in ("city", "town"):
        score = math.log10(entry.population + 1)
        if normalise(entry.name) != normalise(span.name):
            # Matched through one of GeoNames' alternate names: weaker than a place's own name.
            score += _ALTERNATE_NAME
        if entry.population >= 500_000:
            # A big city is known beyond its country: the article's country alone does not outweigh it.
            score += _PROMINENT
        if entry.capital:
            # A national capital beats a same-named state: "Washington" is the city unless "Washington state".
            score += _CAPITAL
    else:
        score = _FEATURE_BASE.get(entry.feature, 5.0)
    if span.container and _contains(span.container, entry, gaz):
        score += _CONTAINER
    if span.contained and entry.feature in ("country", "admin1") and _holds(entry, span.contained, gaz):
        # "Atlanta, Georgia" is the state that holds Atlanta; "Tbilisi, Georgia" the country.
        score += _CONTAINER
    if span.state_hint:
        score += 5.0 if entry.feature == "admin1" else 0.0
    if entry.country and entry.country in context.countries:
        score += _CONTEXT_COUNTRY
    if entry.country and entry.country == context.dateline_country:
        score += _DATELINE_COUNTRY
    if entry.feature in ("city", "town") and context.holds_state_of(entry):
        score += _CONTEXT_STATE
    if entry.feature in _LOCAL and context.near(entry):
        score += _NEAR
    if entry.feature == "admin1" and any(_contains_entry(entry, anchor) for anchor in context.anchors):
        # "Georgia" in a story whose towns were read in Georgia is the state
        score += _CONTEXT_STATE
    return score


def _contains(container: str, entry: Entry, gaz: Gazetteer) -> bool:
    """Whether the place named `container` (a state or country) holds `entry`."""
    for outer in gaz.lookup(container):
        if outer.feature == "country" and outer.country == entry.country:
            return True
        if outer.feature == "admin1" and outer.country == entry.country and outer.admin1 == entry.admin1:
            return True
    return False


def _holds(entry: Entry, inner: str, gaz: Gazetteer) -> bool:
    """Whether the country or state `entry` holds a place named `inner`."""
    return any(_contains_entry(entry, place) for place in gaz.lookup(inner) if place is not entry)


def _contains_entry(outer: Entry, entry: Entry) -> bool:
    if outer.feature == "country":
        return outer.country == entry.country
    return outer.country == entry.country and outer.admin1 == entry.admin1


def _km(a: Entry, b: Entry) -> float:
    """Equirectangular distance in km: exact enough at the distances that matter here."""
    x = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    return 6371.0 * math.hypot(x, math.radians(b.lat - a.lat))


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
