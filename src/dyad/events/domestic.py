"""Acts at home: a bare police or court source takes the country where it acted, the people it acts on
are of that country, bare protesters are people of the place, and protesters protest against their own
state.

"Police arrested opposition leader Ousmane Sonko in Dakar": the actor stage codes "police" COP, with no
country of its own; the arrest in Dakar makes it Senegal's police. "A court in Cairo sentenced 12
protesters": Egypt's court sentenced Egyptian protesters. Armies and governments act abroad too, so only
these domestic bodies are placed.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyad.events.arguments import ActorIndex, Arguments
from dyad.events.victims import sector_only, venue_country, with_country
from dyad.model import Mention

PROTEST_ROOT = "14"
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG"})
# Sectors of bodies that act only in their own country.
DOMESTIC_SECTORS = frozenset({"COP", "JUD"})
# Sectors of people who protest where they live: "protesters rioted in Dili" are Timorese.
PROTESTER_SECTORS = frozenset({"OPP", "CVL", "LAB", "EDU", "CRM", "REL", "MED", "HLH", "AGR", "BUS"})


def place_domestic_sources(token: Token, args: Arguments, index: ActorIndex) -> Arguments:
    """The arguments with bare police or court sources placed in the country where the act happened, and
    bare targets of domestic sources given the sources' country."""
    sources = args.sources
    if any(sector_only(m) and m.actor.code in DOMESTIC_SECTORS for m in sources):
        country = venue_country(token, index)
        if country is not None:
            sources = tuple(with_country(m, country) if sector_only(m) and m.actor.code in DOMESTIC_SECTORS else m
                            for m in sources)  # fmt: skip
    homes = {m.actor.country for m in sources if m.actor.sector in DOMESTIC_SECTORS}
    if len(homes) != 1 or None in homes or len(sources) != 1:
        return Arguments(sources, args.targets)
    home = next(iter(homes))
    return Arguments(sources, tuple(with_country(t, home) if sector_only(t) else t for t in args.targets))


def place_protesters(token: Token, code: str, args: Arguments, index: ActorIndex) -> Arguments:
    """The arguments of a protest with bare protesters ("students", "workers") placed in the country where
    they protested."""
    if code[:2] != PROTEST_ROOT or not any(_bare_protester(m) for m in args.sources):
        return args
    country = venue_country(token, index)
    if country is None:
        return args
    sources = tuple(with_country(m, country) if _bare_protester(m) else m for m in args.sources)
    return Arguments(sources, args.targets)


def _bare_protester(mention: Mention) -> bool:
    return sector_only(mention) and mention.actor.sector in PROTESTER_SECTORS


def protest_at_home(code: str, args: Arguments) -> Arguments:
    """The arguments of a protest with a bare state target placed in the protesters' country: people protest
    against their own government unless the text names another ("protested against the government")."""
    countries = {m.actor.country for m in args.sources}
    if code[:2] != PROTEST_ROOT or len(countries) != 1 or None in countries:
        return args
    home = next(iter(countries))
    placed = (with_country(t, home) if sector_only(t) and t.actor.sector in STATE_SECTORS else t for t in args.targets)
    return Arguments(args.sources, tuple(placed))
