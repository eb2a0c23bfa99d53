"""Acts of force read by who does them: a politician's "attack" on another is made with words, and a state's
bombing is an air strike.

"Clinton attacked Trump" is criticism (111), not force (19); "Israel bombed targets in Gaza" and "the NATO
bombing of Serbia" are air strikes (195), where CAMEO keeps 183 for the bombings of militants and criminals.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyad.events.arguments import Arguments
from dyad.events.matcher import prep_objects
from dyad.model import Mention

# Verbs of force that politicians use of each other's words; sectors of people who bear arms.
_WORDS_OF_FORCE = frozenset({"attack", "hit", "blast", "slam", "assail"})
_ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "COP", "INS", "SPY", "CRM", "PRM"})
_FIGHT_ROOT, _CRITICISM = "19", "111"
# Non-military bombing, and the air strikes a state's bombing is.
_BOMBING, _AIR_STRIKE = "183", "195"
_STATE_FORCE_SECTORS = frozenset({None, "GOV", "MIL"})


def reread_force(code: str, rule: str, trigger: Token, args: Arguments) -> tuple[str, str]:
    """The code and rule of an act of force once its actors are known (unchanged for any other act)."""
    verbal = trigger.lemma_.lower() in _WORDS_OF_FORCE and not prep_objects(trigger, "with")  # not "with a knife"
    if code[:2] == _FIGHT_ROOT and verbal and _politicians(args):
        return _CRITICISM, f"{rule}+verbal"
    if code == _BOMBING and args.sources and all(_state_force(m) for m in args.sources):
        return _AIR_STRIKE, f"{rule}+state_bombing"
    return code, rule


def _politicians(args: Arguments) -> bool:
    """Whether both sides are people, none of them armed."""
    people = [*args.sources, *args.targets]
    return bool(args.sources and args.targets) and all(
        m.label == "PERSON" and (m.actor.sector or "") not in _ARMED_SECTORS for m in people
    )


def _state_force(mention: Mention) -> bool:
    """Whether an actor is a state, its government or armed forces, or an international body."""
    actor = mention.actor
    return actor.code.startswith("IGO") or (actor.country is not None and actor.sector in _STATE_FORCE_SECTORS)
