"""Scoring CAMEO event coding sentence by sentence, the way PETRARCH2's validation does.

Per sentence the gold events and the predicted events are compared as multisets and the counts are
summed (micro-averaged) over the file:

- `code`: full CAMEO codes; `root`: their first two digits;
- `plover`: PLOVER event types (gold PLOVER 0.5 names mapped to today's; predictions without a PLOVER
  type are left out);
- `triple`: (source, target, full code) with actor codes cut to their first six characters (country
  plus first role);
- `triple_full`: the same with whole actor codes. This is how PETRARCH2's published validation scores
  were counted: on its recorded output this reproduces them exactly (gold-standard 48: F1 0.729, where
  `triple` gives the same; unit tests: 0.398);
- `triple_root`: (source, target, root) after keeping one event per source-target pair in each
  sentence (the first in text order), so that several verbs coding the same dyad count once;
- `dyad`: (source, target) pairs alone (six characters);
- `sentence_exact`: the share of sentences whose `triple_full` multiset is exactly the gold one.

Actor codes are upper-cased and the "---" placeholder for an unknown country is dropped, so the gold
"---GOV" and dyad's "GOV" agree; a missing actor is the empty string.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from dyad.evaluate.report import Counts, ErrorItem, Scored, ratio

ACTOR_PREFIX = 6

# PLOVER 0.5 names in older gold files and the current names they became.
PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


@dataclass(frozen=True)
class CodedEvent:
    """One event reduced to what is scored: actor codes, CAMEO code and PLOVER type."""

    source: str
    target: str
    code: str
    plover: str | None = None


@dataclass(frozen=True)
class EventSentence:
    """A gold sentence: its events, and which of their parts the gold actually labels.

    `has_actors` is false when the gold gives codes only (then no triple is scored);
    `plover` holds the gold PLOVER types, or None when the gold has none.
    """

    id: str
    text: str
    events: tuple[CodedEvent, ...]
    has_actors: bool = True
    plover: tuple[str, ...] | None = None


def normalize_actor(code: str | None) -> str:
    """An actor code as compared: upper case, without the unknown-country placeholder."""
    if not code:
        return ""
    code = code.strip().upper()
    while code.startswith("---"):
        code = code[3:]
    return code


def normalize_plover(name: str | None) -> str | None:
    """A PLOVER type in today's names."""
    if not name:
        return None
    name = name.strip().upper()
    return PLOVER_RENAMES.get(name, name)


def _pair(event: CodedEvent, prefix: int | None = ACTOR_PREFIX) -> tuple[str, str]:
    return normalize_actor(event.source)[:prefix], normalize_actor(event.target)[:prefix]


def _full(event: CodedEvent) -> tuple[str, str, str]:
    return (*_pair(event, None), event.code)


def _one_per_pair(events: Sequence[CodedEvent]) -> list[CodedEvent]:
    kept: dict[tuple[str, str], CodedEvent] = {}
    for event in events:
        kept.setdefault(_pair(event), event)
    return list(kept.values())


def score_events(sentences: Sequence[EventSentence], predictions: Sequence[Sequence[CodedEvent]]) -> Scored:
    """Score predicted events against gold sentences (the two sequences are parallel)."""
    if len(sentences) != len(predictions):
        raise ValueError("one prediction list is needed per gold sentence")
    counts = {name: Counts() for name in ("code", "root", "plover", "triple", "triple_full", "triple_root", "dyad")}
    exact = with_actors = with_plover = 0
    errors: list[ErrorItem] = []
    for gold, predicted in zip(sentences, predictions, strict=True):
        wrong = counts["code"].add_multisets((e.code for e in gold.events), (e.code for e in predicted))
        counts["root"].add_multisets((e.code[:2] for e in gold.events), (e.code[:2] for e in predicted))
        if gold.plover is not None:
            with_plover += 1
            counts["plover"].add_multisets(gold.plover, (p for p in (e.plover for e in predicted) if p))
        if gold.has_actors:
            with_actors += 1
            counts["triple"].add_multisets(
                ((*_pair(e), e.code) for e in gold.events), ((*_pair(e), e.code) for e in predicted)
            )
            wrong = counts["triple_full"].add_multisets(map(_full, gold.events), map(_full, predicted))
            counts["triple_root"].add_multisets(
                ((*_pair(e), e.code[:2]) for e in _one_per_pair(gold.events)),
                ((*_pair(e), e.code[:2]) for e in _one_per_pair(predicted)),
            )
            counts["dyad"].add_multisets(map(_pair, gold.events), map(_pair, predicted))
            exact += wrong == 0
        if wrong:
            errors.append(ErrorItem(wrong, gold.id, gold.text, f"gold {_show(gold.events)} | got {_show(predicted)}"))
    metrics: dict[str, float | int] = {"sentences": len(sentences)}
    for name in ("root", "code"):
        metrics.update(counts[name].metrics(name))
    if with_plover:
        metrics.update(counts["plover"].metrics("plover"))
    if with_actors:
        for name in ("triple", "triple_full", "triple_root", "dyad"):
            metrics.update(counts[name].metrics(name))
        metrics["sentence_exact"] = round(ratio(exact, with_actors), 4)
    return Scored(metrics, errors)


def _show(events: Sequence[CodedEvent]) -> str:
    if not events:
        return "[]"
    return "[" + ", ".join(f"{e.source or '-'} {e.target or '-'} {e.code}" for e in events) + "]"
