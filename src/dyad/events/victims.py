"""The victims of violence: people killed or hurt are civilians of the country where it happened.

"Four children were killed in shelling in the Gaza Strip" and "bombers killed 23 people in Tel Aviv":
a victim the actor stage leaves without a country (or does not code at all, as plain "people") is
placed by where the attack happened; "a rocket was fired at Israel from the Gaza Strip": an unsaid doer is
the place the force came from.
"""

from __future__ import annotations

from collections import deque

from spacy.tokens import Token

from dyad.events.arguments import FORCE_ROOTS, ActorIndex, Arguments
from dyad.events.matcher import is_passive, objects, prep_objects
from dyad.model import Actor, Mention

# Plain words for victims that name no one in particular.
VICTIM_WORDS = frozenset({"people", "person", "civilian", "resident", "villager", "passer-by", "bystander"})
# Sectors of people that violence where they live makes that country's ("four children were killed in Gaza").
_PEOPLE = frozenset({"CVL", "MED", "EDU", "REL"})
_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "of", "across", "throughout"})
_PLACE_LABELS = frozenset({"GPE", "LOC"})
_WALK_DEPS = frozenset({"prep", "pobj", "advcl", "dobj", "obj", "npadvmod"})


def venue_country(token: Token, index: ActorIndex, depth: int = 7) -> str | None:
    """The country of the nearest place named in the clause of `token` ("in the east of the Gaza Strip")."""
    queue: deque[tuple[Token, int]] = deque([(token, 0)])
    while queue:
        node, level = queue.popleft()
        if node.dep_ == "pobj" and node.head.lower_ in _PLACE_PREPS:
            # the place's own name or the name before "province", "region"
            for word in (node, *(c for c in node.children if c.dep_ == "compound")):
                mention = index.at(word)
                # a capital read as its government ("Beirut" -> LBNGOV) still names where it happened
                plain = mention is not None and (mention.actor.sector is None or mention.kind == "metonym")
                placed = plain and mention.label in _PLACE_LABELS
                if placed and mention.actor.country:
                    return mention.actor.country
        if level >= depth:
            continue
        for child in node.children:
            if child.dep_ in _WALK_DEPS and not (child.dep_ == "prep" and child.lower_ == "by"):
                queue.append((child, level + 1))
    return None


def place_victims(token: Token, code: str, args: Arguments, index: ActorIndex) -> Arguments:
    """The arguments with the victims of a violent act placed in the country where it happened, and an unsaid
    doer placed where the force came from."""
    if code[:2] not in FORCE_ROOTS:
        return args
    args = _launched_from(token, args, index)
    if not (args.sources or args.targets):
        return args
    # "shelled Khartoum", "struck Kyiv": force falls on the city, not on the government its name can stand for
    args = Arguments(args.sources, tuple(_as_place(t) if t.kind == "metonym" else t for t in args.targets))
    # "air strikes killed 30 people in Gaza": a noun that does the killing has its victims and place on the verb
    doing = _misread_verb(token) or (token.head if token.dep_ == "nsubj" and token.head.pos_ == "VERB" else None)
    country = venue_country(token, index) or (venue_country(doing, index) if doing is not None else None)
    if country is None and token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ == "VERB":
        # "were engaged in ethnic cleansing in Montenegro": the place hangs on the verb governing the act
        country = venue_country(token.head.head, index)
    if country is None:
        return args
    targets = args.targets
    if targets and all(t.kind == "place" for t in targets):
        targets = ()  # "shot five people in Homs": the people are the victims, not the place
    if not targets:
        # "killed 23 people in Tel Aviv": the people of the place, whether or not the actor stage coded them
        struck = objects(token) + (objects(doing) if doing is not None else [])
        words = [w for w in struck if w.lemma_.lower() in VICTIM_WORDS]
        if not words:
            return args
        word = words[0]
        start, end = word.left_edge.idx, word.idx + len(word.text)
        text = word.doc.text[start:end]
        plain = Mention(text, start, end, Actor("CVL", None, "CVL"), "NORP", kind="description", is_entity=False)
        targets = (index.at(word) or plain,)
    placed = tuple(with_country(t, country) if sector_only(t) and t.actor.sector in _PEOPLE else t for t in targets)
    return Arguments(args.sources, placed)


def _launched_from(token: Token, args: Arguments, index: ActorIndex) -> Arguments:
    """ "A rocket was fired at Israel from the Gaza Strip": with no agent, the place force came from stands for
    whoever used it (the place, not the government its capital's name can stand for)."""
    if args.sources or not is_passive(token):
        return args
    origins = [index.at(w) for w in prep_objects(token, "from")]
    places = tuple(_as_place(m) for m in origins if m is not None and m.label in _PLACE_LABELS)
    return Arguments(places, args.targets) if places else args


def sector_only(mention: Mention) -> bool:
    """Whether a mention codes as a sector alone ("CVL", "COP"), with no country and no code of its own
    ("IGOUNO", "NGO")."""
    return mention.actor.country is None and mention.actor.code == (mention.actor.sector or "")


def _misread_verb(noun: Token) -> Token | None:
    """The verb the parser hung on a noun as a participle though it has an object ("air strikes killed 30
    people", read as strikes that were killed): a passive participle takes no object, so it is the noun's act."""
    return next(
        (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and any(d.dep_ == "dobj" for d in c.children)),
        None,
    )


def _as_place(mention: Mention) -> Mention:
    country = mention.actor.country or mention.actor.code[:3]
    actor = Actor(country, country, None, mention.actor.name)
    return Mention(mention.text, mention.start, mention.end, actor, mention.label, "place", mention.is_entity)


def with_country(mention: Mention, country: str) -> Mention:
    actor = Actor(country + mention.actor.code, country, mention.actor.sector, mention.actor.name)
    return Mention(mention.text, mention.start, mention.end, actor, mention.label, mention.kind, mention.is_entity)
