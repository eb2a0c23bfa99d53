"""Choosing one place per toponym: population and feature type, then what else the article names.

Two passes: the first reads every toponym alone and keeps the countries and the states or provinces
that are clear (a name that can only be one country or state, or a dateline); the second scores every
candidate again with that context, so "Gainesville" in a story that names Georgia is the Georgia one.
The article's frame (frame.py: the country its wording is written for) favours that country's towns and
cities and puts a foreign city's prominence aside unless its country is named; phone numbers, local
government only some states have ("commissioners court", "selectmen") and the state most of an American
story's names share stand in for a state the story does not name. A town (under 5,000 people) is a
candidate only with such context, next to another place of the story, or in its frame. A country's name
written about as a town's ("Lebanon police", "a Palestine man") is the frame's town of that name. A place
the gazetteer lacks is put at the story's focus, the town it names most (see _vicinity), and so is a small
foreign town in a local story that names nothing else of its country (see _stray).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from dyad.model import Location
from dyad.places.candidates import ToponymSpan
from dyad.places.counties import clear_state, county_entry, likely_state, shared_state
from dyad.places.gazetteer import BIG_CITY_POPULATION, Entry, Gazetteer, normalise
from dyad.places.span import PLACE_HEADS

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
# Readings that keep a name from being a namesake town's: countries, states, regions, seas and islands.
_WIDE = frozenset({"country", "admin1", "region", "water", "island"})
_CLEAR_CITY = 50_000  # a city this big that is the only one so named is a safe lead on its country and state
_LOCAL = frozenset({"city", "town"})
_FRAME = 2.0
_FOREIGN = -5.0
_LOCAL_WORDING = 5.0


@dataclass
class _Context:
    countries: Counter[str] = field(default_factory=Counter)
    states: Counter[tuple[str, str]] = field(default_factory=Counter)  # (country, admin1 code)
    dateline_country: str | None = None
    anchors: tuple[Entry, ...] = ()  # where the article's other names were read: towns and cities
    frame: str | None = None  # the country the article's wording is written for (frame.py)

    def holds_state_of(self, entry: Entry) -> bool:
        return bool(entry.country and entry.admin1) and (entry.country, entry.admin1) in self.states

    def near(self, entry: Entry) -> bool:
        """Whether `entry` lies within a short drive of a place the article's other names were read as."""
        # another name read as the very same place is no evidence ("Dublin City" read as Dublin)
        return any(_km(entry, a) <= _NEAR_KM for a in self.anchors if a.geonameid != entry.geonameid)


def resolve_all(
    spans: list[ToponymSpan], gaz: Gazetteer, frame: str | None = None, phone_states: tuple[str, ...] = ()
) -> list[Location | None]:
    """The place each span names, or None when the gazetteer has nothing for it.

    `frame` is the country the article is written for (see frame.py): its towns and cities are the likelier
    readings of a bare name, and a foreign city needs its country named. `phone_states` are the US states
    of the article's phone numbers: states the story is about, as if it named them.
    """
    context = _Context(frame=frame)
    for state in phone_states:
        context.states[("USA", state)] += 1
    own: dict[str, tuple[str | None, str | None]] = {}
    for span in spans:
        entries = gaz.lookup(span.name)
        # a dateline is read in the article's frame: "MANSFIELD —" above a Texas council story is no English town
        best = _best(span, entries, _Context(frame=frame) if span.dateline else _Context(), gaz)
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
    context.frame = _frame(frame, context)
    if context.frame in ("USA", None) or "USA" in context.countries or any(c == "USA" for c, _ in context.states):
        names = [span.name for span in spans]
        common = shared_state(names, gaz, home=context.frame == "USA")
        if common is None and context.frame == "USA" and not any(c == "USA" for c, _ in context.states):
            # an American story that names no state: the state that holds most of its names, biggest first
            common = likely_state(names, gaz)
        if common and ("USA", common) not in context.states:
            context.states[("USA", common)] += 1
    chosen = _pass(spans, gaz, context, own, [None] * len(spans))
    # Once more with the places read so far as anchors: a local story's places lie close together.
    chosen = _pass(spans, gaz, context, own, chosen)
    us_states = Counter({state: n for (country, state), n in context.states.items() if country == "USA"})
    # every mention of a state counts when a county's state is chosen: the story's own state is named most
    us_states.update(
        state[1]
        for span in spans
        if (state := own.get(normalise(span.name), (None, None))[1]) is not None and state[0] == "USA" and state[1]
    )
    found = [e for e in chosen if e is not None]
    focus = _focus(found, context.frame)
    return [
        _location(
            entry
            if entry is not None or not gaz.county_states(span.name)
            else county_entry(span, gaz, us_states, found)
        )
        if span.known and not _stray(entry, context, focus)
        else _vicinity(span, focus, gaz)
        for span, entry in zip(spans, chosen, strict=True)
    ]


def _stray(entry: Entry | None, context: _Context, focus: Entry | None) -> bool:
    """Whether `entry` is a small foreign town in a local story that names nothing else of its country: "Hampton
    Park" by Charleston is a park there, not the Melbourne suburb; the story's own town is the better guess."""
    return (
        entry is not None
        and focus is not None
        and context.frame is not None
        and focus.country == context.frame
        and entry.feature in _LOCAL
        and entry.population < BIG_CITY_POPULATION
        and entry.country != context.frame
        and entry.country not in context.countries
        and entry.country != context.dateline_country
    )


def _focus(found: list[Entry], frame: str | None = None) -> Entry | None:
    """The town or city the article names most (the first on a tie): where a local story happens; in the
    frame's country when the article names any there."""
    local = [e for e in found if e.feature in _LOCAL]
    home = [e for e in local if e.country == frame]
    local = home or local
    if not local:
        return None
    counts = Counter(e.geonameid for e in local)
    return max(local, key=lambda e: counts[e.geonameid])


def _vicinity(span: ToponymSpan, focus: Entry | None, gaz: Gazetteer) -> Location | None:
    """A place the gazetteer lacks ("Squirrel Hill", "the Neches River"), put at the article's focus: a local
    story's neighbourhoods, rivers and parks lie around its town. None for a story without one.

    A river, lake or valley named after a place lies by it: "the Neches River" by the Neches nearest the
    story's town; in a story without a town, "the Sacramento River" by the big city.
    """
    words = span.name.split()
    base = " ".join(words[:-1] if words[-1].lower() in PLACE_HEADS else words[1:]) if len(words) > 1 else ""
    near = [e for e in gaz.lookup(base) if e.feature in _LOCAL] if base else []
    big = [e for e in near if e.population >= BIG_CITY_POPULATION]
    place = focus if focus is not None or not big else max(big, key=lambda e: e.population)
    if focus is not None and near:
        nearest = min(near, key=lambda e: _km(e, focus))
        place = nearest if _km(nearest, focus) <= _NEAR_KM else focus
    if place is None:
        return None
    return Location(span.name, None, place.country, round(place.lat, 5), round(place.lon, 5), "vicinity")


def _frame(frame: str | None, context: _Context) -> str | None:
    """The wording's country, or the one country whose states or provinces the article clearly names instead.

    Canadian and American papers write alike; "Ontario" and "Manitoba" without any US state make it Canada.
    """
    if frame is None or frame in context.countries or any(country == frame for country, _ in context.states):
        return frame
    others = {country for country, _ in context.states}
    return others.pop() if len(others) == 1 else frame


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
        local = _Context(
            context.countries.copy(),
            context.states.copy(),
            context.dateline_country,
            anchors,
            context.frame,
        )
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
    if span.dateline:
        return True
    if len(entries) == 1:
        # but a city matched under another of its names is no safe lead: "Dublin City" is also a council's
        # and a small city alone is none either: "Hampton Park" is a Melbourne suburb and a Charleston park
        if best.feature not in _LOCAL:
            return True
        return normalise(best.name) == normalise(span.name) and best.population >= _CLEAR_CITY
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
    entries = tuple(e for e in entries if e.feature != "town" or _town_fits(span, e, context, gaz))
    if not entries:
        return None
    wide = any(e.feature in _WIDE for e in entries)
    # "a California man" is the state's: local wording makes a town of foreign names only
    state_named = any(e.feature == "admin1" for e in entries)
    if wide:
        # "Mexico" is the country, not Mexico City under one of its alternate names; and "Egypt" is not the
        # Alabama hamlet, unless written "Egypt, Ala.".
        own_name = normalise(span.name)
        entries = tuple(
            e
            for e in entries
            if (e.feature != "city" or normalise(e.name) == own_name)
            and (
                e.feature != "town"
                or (span.container is not None and _contains(span.container, e, gaz))
                or (not state_named and _home_town(span, e, context))
            )
        )
    return max(
        entries,
        key=lambda e: (_score(span, e, context, gaz, wide, state_named), e.population, -(e.geonameid or 0)),
    )


def _town_fits(span: ToponymSpan, town: Entry, context: _Context, gaz: Gazetteer) -> bool:
    """Whether a small town is a fair reading here: its state is named, next to it ("Byesville, Ohio") or in
    the article, it lies near the article's other places, or the model read it as a place (or it opens the story)
    in an article written for its country."""
    if context.holds_state_of(town) or context.near(town):
        return True
    if span.container and _contains(span.container, town, gaz):
        return True
    if town.country is None or town.country != context.frame:
        return False
    # the model read the name as a place, or it opens the story
    return span.dateline or span.label in ("GPE", "LOC")


def _score(
    span: ToponymSpan, entry: Entry, context: _Context, gaz: Gazetteer, wide: bool = False, state_named: bool = False
) -> float:
    """How likely `span` names `entry`; `wide` says a country or state bears the name too ("Ontario"),
    `state_named` that a state or province does ("Oregon")."""
    if entry.feature in ("city", "town"):
        score = math.log10(entry.population + 1)
        if normalise(entry.name) != normalise(span.name):
            # Matched through one of GeoNames' alternate names: weaker than a place's own name, and weaker still
            # than a capital of that name ("Dili" is Timor-Leste's capital, not Delhi under an old spelling).
            score += _ALTERNATE_NAME + (_ALTERNATE_NAME if _capital_named(span, gaz) else 0.0)
        if entry.population >= 500_000:
            # A big city is known beyond its country: the article's country alone does not outweigh it.
            score += _PROMINENT
        if entry.capital:
            # A national capital beats a same-named state: "Washington" is the city unless "Washington state".
            score += _CAPITAL
    else:
        score = _FEATURE_BASE.get(entry.feature, 5.0)
        if entry.feature == "admin1" and entry.country is not None and entry.country == context.frame:
            # an American story's "Georgia" is the state unless the story is about the Caucasus
            score += _FRAME
    if span.container and _contains(span.container, entry, gaz):
        score += _CONTAINER
    if span.contained and entry.feature in ("country", "admin1") and _holds(entry, span.contained, gaz):
        # "Atlanta, Georgia" is the state that holds Atlanta; "Tbilisi, Georgia" the country.
        score += _CONTAINER
    if span.state_hint:
        score += 5.0 if entry.feature == "admin1" else 0.0
    if entry.country and entry.country in context.countries:
        score += _CONTEXT_COUNTRY
    if entry.country and entry.country == context.dateline_country and not (wide and entry.feature in _LOCAL):
        score += _DATELINE_COUNTRY
    if entry.feature in ("city", "town") and context.holds_state_of(entry) and not state_named:
        # but "Oregon" in a list of states stays the state, though Ohio (which has an Oregon) is named too
        score += _CONTEXT_STATE
    if context.frame and entry.feature in _LOCAL:
        if entry.country == context.frame:
            # a province or state so named stays the likelier reading: "Ontario" is no Californian city
            score += 0.0 if wide else _FRAME
        elif entry.country not in context.countries and entry.country != context.dateline_country:
            score += _FOREIGN
    if entry.feature in _LOCAL and context.near(entry):
        score += _NEAR
    if wide and not state_named and _home_town(span, entry, context):
        # "Lebanon police", "508 Cumberland St., Lebanon": in an American story, an American town's
        score += _LOCAL_WORDING
    if entry.feature == "admin1" and any(_contains_entry(entry, anchor) for anchor in context.anchors):
        # "Georgia" in a story whose towns were read in Georgia is the state
        score += _CONTEXT_STATE
    return score


def _capital_named(span: ToponymSpan, gaz: Gazetteer) -> bool:
    """Whether a national capital bears the span's name as its own."""
    own_name = normalise(span.name)
    return any(e.capital and normalise(e.name) == own_name for e in gaz.lookup(span.name))


def _home_town(span: ToponymSpan, entry: Entry, context: _Context) -> bool:
    """Whether `entry` is a town of the article's frame under its own name, written of as a town is
    ("Lebanon police", "a Palestine man"): a local paper's word for its own town, not for the country."""
    return (
        span.local
        and entry.feature in _LOCAL
        and entry.country is not None
        and entry.country == context.frame
        and normalise(entry.name) == normalise(span.name)
    )


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
