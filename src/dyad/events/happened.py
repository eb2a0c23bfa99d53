"""Events whose doer the sentence leaves unsaid, whether the sentence says they took place, and who an unsaid
attacker is.

"A journalist was killed in a car bomb explosion", "an attempt to assassinate the governor was foiled", "there
were ten soldiers killed": the event happened to its target though no one is named as doing it. A noun that
only names an event ("sanctions on Burma", "there were sanctions") reports nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyad.events.arguments import FORCE_ROOTS, UNDERGOING, ActorIndex, Arguments
from dyad.events.coding import Coded
from dyad.events.lexicon import lexicon
from dyad.events.matcher import has_form, match_token, objects, prep_objects
from dyad.events.victims import venue_country
from dyad.model import Actor, Mention

# Frames that say someone did something: the one said to have done it is the target.
CLAIMING = frozenset({"claim", "allege"})
# Verbs that say a named event took place, whoever did it ("the attack was foiled", "a raid occurred").
_OCCURRED = frozenset({"thwart", "foil", "fail", "occur", "happen", "unfold"})
# Assaults (bombings, assassinations, abductions, torture): whoever did one unseen is an armed group.
_ASSAULT_ROOT = "18"
# Unidentified armed forces, as ICEWS ("unidentified gunmen") and the Phoenix and PLOVER dictionaries code them.
UNSEEN_SECTOR = "UAF"


def doer_unsaid(item: Coded, args: Arguments, code: str, *, hypothetical: bool) -> bool:
    """Whether the event has a target but the sentence leaves its doer unsaid.

    "A journalist was killed in a car bomb explosion": a passive verb without an agent still happened to
    its target. Nominal events without an owner are left out: they are as often only mentioned ("sanctions
    on Burma") as reported.
    """
    if args.sources or not args.targets:
        return False
    if item.frame in CLAIMING:
        return True  # "a report alleged that France helped": an accusation without an actor making it
    if item.content is not None:
        return False
    token = item.match.token
    if item.match.pattern.pos == "N" and not hypothetical:
        # "an attempt to assassinate the governor was thwarted": a noun the sentence says took place
        return _occurred(token, code)
    if item.match.pattern.pos != "V" or hypothetical or prep_objects(token, "by"):
        return False
    # a clause of its own ("was killed"), or a participle a "there were" clause reports ("there were ten
    # soldiers killed"), not a participle naming a state ("the occupied sector", "jailed")
    passive = any(c.dep_ == "auxpass" for c in token.children)
    return passive or (token.dep_ == "acl" and _existential(token.head)) or _act_as_subject(token, code)


def _act_as_subject(verb: Token, code: str) -> bool:
    """Whether an act of force whose doer is unsaid is the subject of a verb of force ("the Nairobi bombing
    killed 200 people"): the verb tells that act's toll."""
    if code[:2] not in FORCE_ROOTS:
        return False
    lex = lexicon()
    acts = (match_token(c, lex) for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN")
    return any(act is not None and not act.pattern.ignore and act.pattern.code[:2] in FORCE_ROOTS for act in acts)


def _occurred(noun: Token, code: str) -> bool:
    """Whether the sentence says the event a noun of `code` names took place ("the attempt was foiled",
    "survived an attack", "there was an attack on the embassy": of force only, as "there were sanctions"
    names a state of affairs), not only mentions it."""
    verb, lemma = noun.head, noun.head.lemma_.lower()
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return lemma in _OCCURRED or (lemma == "take" and any(c.lower_ == "place" for c in objects(verb)))
    if noun.dep_ in ("dobj", "obj"):
        return has_form(verb, UNDERGOING)
    return _existential(noun) and code[:2] in FORCE_ROOTS


def _existential(noun: Token) -> bool:
    """Whether a noun is what a "there is" clause says exists ("there was an attack")."""
    verb = noun.head
    return noun.dep_ == "attr" and verb.lemma_.lower() == "be" and any(c.dep_ == "expl" for c in verb.children)


def unseen_attacker(trigger: Token, code: str, index: ActorIndex) -> Mention | None:
    """The unidentified attackers an assault with its doer unsaid implies, of the country where it happened.

    "A journalist was killed in a car bomb explosion in Beirut": someone armed set the bomb; ICEWS codes such
    a doer as unidentified gunmen, Phoenix and PLOVER as UAF. The mention is the trigger's own words, which
    imply the doer; a place in its clause gives the country ("LBNUAF"). Military force (19) is left without
    a doer: whose it was is not so plain.
    """
    if code[:2] != _ASSAULT_ROOT:
        return None
    country = venue_country(trigger, index)
    if country is None and trigger.dep_ in ("nsubj", "nsubjpass"):
        country = venue_country(trigger.head, index)  # "an assassination attempt was thwarted in Omsk"
    actor = Actor((country or "") + UNSEEN_SECTOR, country, UNSEEN_SECTOR, "unidentified attackers")
    end = trigger.idx + len(trigger.text)
    return Mention(trigger.text, trigger.idx, end, actor, "", kind="implied", is_entity=False)
