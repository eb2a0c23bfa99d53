"""How well the actors of found events are coded: actor-code accuracy on gold event files.

Triple F1 mixes two questions, whether the event was found and whether its actors were coded right. This
asks the second alone: each gold event is paired with a predicted event of the same code (else the same
root), preferring one with the same actors, and every actor the gold names is then judged on

- `country`: the first three characters (the country, or a bare sector such as "GOV" or "IGO");
- `code`: the first six characters (country and first role), as the triple scores compare them.

A missing predicted actor counts as wrong; actors the gold leaves empty are not judged.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from dyad.evaluate.report import Metrics, ratio

COUNTRY_PREFIX = 3
CODE_PREFIX = 6


class _Event(Protocol):
    """The fields pairing needs (`dyad.evaluate.events.CodedEvent` has them)."""

    source: str
    target: str
    code: str


@dataclass
class ActorTally:
    """Gold actors judged, and how many of them dyad coded right."""

    judged: int = 0
    country: int = 0
    code: int = 0

    def add(self, gold: str, predicted: str) -> None:
        """Judge one gold actor (already normalized) against the predicted one in the same role."""
        self.judged += 1
        self.country += gold[:COUNTRY_PREFIX] == predicted[:COUNTRY_PREFIX]
        self.code += gold[:CODE_PREFIX] == predicted[:CODE_PREFIX]

    def metrics(self, prefix: str = "actors") -> Metrics:
        """`prefix.country`, `prefix.code` (accuracies) and `prefix.n`."""
        return {
            f"{prefix}.country": round(ratio(self.country, self.judged), 4),
            f"{prefix}.code": round(ratio(self.code, self.judged), 4),
            f"{prefix}.n": self.judged,
        }


def tally_actors(
    tally: ActorTally,
    gold: Sequence[_Event],
    predicted: Sequence[_Event],
    normalize: Callable[[str | None], str],
) -> None:
    """Add one sentence's judged actors to `tally`."""
    for gold_event, found in _paired(gold, predicted, normalize):
        for want, got in ((gold_event.source, found.source), (gold_event.target, found.target)):
            if normalize(want):
                tally.add(normalize(want), normalize(got))


def _paired(
    gold: Sequence[_Event], predicted: Sequence[_Event], normalize: Callable[[str | None], str]
) -> Iterator[tuple[_Event, _Event]]:
    def actors(event: _Event) -> tuple[str, str]:
        return normalize(event.source)[:CODE_PREFIX], normalize(event.target)[:CODE_PREFIX]

    steps: list[Callable[[_Event, _Event], bool]] = [
        lambda g, p: g.code == p.code and actors(g) == actors(p),
        lambda g, p: g.code == p.code,
        lambda g, p: g.code[:2] == p.code[:2] and actors(g) == actors(p),
        lambda g, p: g.code[:2] == p.code[:2],
    ]
    gold_left, predicted_left = list(gold), list(predicted)
    for same in steps:
        for g in list(gold_left):
            p = next((p for p in predicted_left if same(g, p)), None)
            if p is not None:
                gold_left.remove(g)
                predicted_left.remove(p)
                yield g, p
