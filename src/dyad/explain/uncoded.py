"""The trigger words of an article that gave no event of their own, and why: the answer to "why was this not
coded?".

The lexicon's matches are found again on the explanation's parse (the same one the pipeline coded) and set
against the events the pipeline wrote; a match whose word triggered no event is listed with the step that
left it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

from dyad.events.coding import code_sentence
from dyad.events.lexicon import lexicon
from dyad.events.matcher import Match, match_sentence
from dyad.model import Event

IGNORED = "a lexicon row reads this use of the word as no event"
CONSUMED = (
    "not coded on its own: read as the content, means or aim of another match, as a scene-setting clause, "
    "or as a frame word (agree to, plan) with no event for content"
)
NO_EVENT = (
    "coded, but no event came of it: no source or target actor was found, the word is part of a name, "
    "or another word told the same event"
)


@dataclass(frozen=True)
class UncodedMatch:
    """A lexicon match that triggered no event, and why."""

    text: str
    start: int
    rule: str
    code: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "rule": self.rule, "code": self.code, "reason": self.reason}

    def to_text(self) -> str:
        return f"{self.text!r} at {self.start} ({self.rule}, {self.code}): {self.reason}"


def uncoded_matches(doc: Doc, events: Sequence[Event]) -> tuple[UncodedMatch, ...]:
    """Every match in `doc` whose word is the trigger of none of `events`, in text order."""
    lex = lexicon()
    triggers = {event.trigger.start for event in events}
    found: list[UncodedMatch] = []
    for sentence in doc.sents:
        matches = match_sentence(sentence, lex)
        coded = {item.match.token.i for item in code_sentence(matches, lex)}
        for match in matches:
            if match.token.idx in triggers:
                continue
            within = _within(match, sentence.start_char, events)
            if match.pattern.ignore:
                reason = IGNORED
            elif within is not None:
                reason = f"coded as part of event {within} ({events[within - 1].rule})"
            else:
                reason = NO_EVENT if match.token.i in coded else CONSUMED
            token = match.token
            found.append(UncodedMatch(token.text, token.idx, match.pattern.rule, match.pattern.code, reason))
    return tuple(found)


def _within(match: Match, sentence_start: int, events: Sequence[Event]) -> int | None:
    """The number of the event in the same sentence whose rule names this match's rule ("kill+attack_noun")."""
    for number, event in enumerate(events, start=1):
        if event.sentence[0] == sentence_start and match.pattern.rule in event.rule.split("+"):
            return number
    return None
