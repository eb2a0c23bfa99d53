"""Country names the places stage read as towns or states elsewhere: "Lebanon Police" in an Indiana story.

The actor stage codes "Lebanon" as the country Lebanon wherever it stands; the places stage reads the whole
article (its US counties, state abbreviations, local wording) and may find that "Lebanon" is Lebanon,
Indiana, or "Georgia" the US state. When every place of the article so named lies elsewhere and none lies
in that country, the article never means the country: its actors of that country ("Lebanon Police", "Terry
Jolly, 60, Lebanon") take the country where the places lie.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from dyad.model import Actor, Mention, Place

# Place features that lie inside a country: a town or state so named is not the country of that name.
_LOCAL_FEATURES = frozenset({"city", "town", "admin1", "admin2"})


def relocate(mentions: Sequence[Mention], places: Sequence[Place]) -> list[Mention]:
    """The mentions, with the countries the article never means replaced by where their names lie."""
    moved = _moved_countries(mentions, places)
    if not moved:
        return list(mentions)
    return [_recoded(m, moved[m.actor.country]) if m.actor.country in moved else m for m in mentions]


def _moved_countries(mentions: Sequence[Mention], places: Sequence[Place]) -> dict[str, str]:
    """Each country whose name the places stage placed in another country, with no place of its own."""
    # only names of places ("Lebanon"), not people the gazetteer also lists as towns ("Obama")
    starts = {m.start: m.actor.country for m in mentions if m.actor.country and m.label == "GPE"}
    moved: dict[str, set[str]] = {}
    for place in places:
        named = starts.get(place.start)
        there = place.location.country
        if named and there and there != named and place.location.feature in _LOCAL_FEATURES:
            moved.setdefault(named, set()).add(there)
    present = {p.location.country for p in places if p.location.country}
    return {named: next(iter(there)) for named, there in moved.items() if named not in present and len(there) == 1}


def _recoded(mention: Mention, country: str) -> Mention:
    actor = mention.actor
    if not actor.country or not actor.code.startswith(actor.country):
        return mention
    code = country + actor.code[len(actor.country) :]
    return replace(mention, actor=Actor(code, country, actor.sector, actor.name))
