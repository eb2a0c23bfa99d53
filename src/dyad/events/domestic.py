"""Police and courts act at home: a bare police or court source takes the country where it acted, and
the people it acts on are of that country.

"Police arrested opposition leader Ousmane Sonko in Dakar": the actor stage codes "police" COP, with no
country of its own; the arrest in Dakar makes it Senegal's police. "A court in Cairo sentenced 12
protesters": Egypt's court sentenced Egyptian protesters. Armies and governments act abroad too, so only
these domestic bodies are placed.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyad.events.arguments import ActorIndex, Arguments
from dyad.events.victims import venue_country, with_country
from dyad.model import Mention

# Sectors of bodies that act only in their own country.
DOMESTIC_SECTORS = frozenset({"COP", "JUD"})


def place_domestic_sources(token: Token, args: Arguments, index: ActorIndex) -> Arguments:
    """The arguments with bare police or court sources placed in the country where the act happened, and
    bare targets of domestic sources given the sources' country."""
    sources = args.sources
    if any(_bare(m) and m.actor.code in DOMESTIC_SECTORS for m in sources):
        country = venue_country(token, index)
        if country is not None:
            sources = tuple(with_country(m, country) if _bare(m) and m.actor.code in DOMESTIC_SECTORS else m
                            for m in sources)  # fmt: skip
    homes = {m.actor.country for m in sources if m.actor.sector in DOMESTIC_SECTORS}
    if len(homes) != 1 or None in homes or len(sources) != 1:
        return Arguments(sources, args.targets)
    home = next(iter(homes))
    return Arguments(sources, tuple(with_country(t, home) if _bare(t) else t for t in args.targets))


def _bare(mention: Mention) -> bool:
    # a sector alone ("COP", "OPP"), not a body with a code of its own ("IGOUNO", "NGO")
    return mention.actor.country is None and mention.actor.code == (mention.actor.sector or "")
