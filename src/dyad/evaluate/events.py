"""Scoring CAMEO event coding sentence by sentence, the way PETRARCH2's validation does.

Per sentence the gold events and the predicted events are compared as multisets and the counts are
summed (micro-averaged) over the file:

- `code`: full CAMEO codes; `root`: their first two digits;
- `plover`: PLOVER event types (gold PLOVER 0.5 names mapped to today's; predictions without a PLOVER
  type are left out), one per source-target pair on both sides (see `gold.plover_pairs`);
- `plover_crosswalk`: `plover` on the gold sentences whose PLOVER types are the ones CAMEO2PLOVER-2021 (the
  crosswalk dyad's codebook follows) gives their own CAMEO code; PLOVER's older gold types some codes
  differently (0813 "ease curfew" CONCEDE, where the 2021 crosswalk has RETREAT), and there a right CAMEO
  code counts as a wrong type;
- `root_types`, `plover_types`: the sets of distinct roots (PLOVER types) per sentence, so that one event
  coded for several dyads counts once; this suits gold that labels a sentence with one code and no actors
  (the CAMEO manual) or one event with lists of actors (PLOVER), where dyad's one row per dyad would
  otherwise count as extra events;
- `triple`: (source, target, full code) with actor codes cut to their first six characters (country
  plus first role);
- `triple_full`: the same with whole actor codes. This is how PETRARCH2's published validation scores
  were counted: on its recorded output this reproduces them exactly (gold-standard 48: F1 0.729, where
  `triple` gives the same; unit tests: 0.398);
- `triple_root`: (source, target, root) after keeping one event per source-target pair in each
  sentence (the first in text order), so that several verbs coding the same dyad count once;
- `dyad`: (source, target) pairs alone (six characters);
- `sentence_exact`: the share of sentences whose `triple_full` multiset is exactly the gold one;
- `actors.country`, `actors.code`: how many of the gold actors of found events dyad coded right (see
  `dyad.evaluate.event_actors`);
- `errors.<kind>`: each wrong event by what went wrong (see `classify_errors`).

Actor codes are upper-cased and the placeholders for an unknown country ("---") and an unknown role ("***",
in PLOVER's gold) are dropped, so the gold "---GOV" and dyad's "GOV", "PSE***" and "PSE" agree; a missing
actor is the empty string.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dyad.evaluate.event_actors import ActorTally, tally_actors
from dyad.evaluate.report import Counts, ErrorItem, Scored, ratio
from dyad.events.codebook import codebook

ACTOR_PREFIX = 6

# PLOVER 0.5 names in older gold files and the current names they became.
PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


@dataclass(frozen=True)
class CodedEvent:
    """One event reduced to what is scored: actor codes, CAMEO code, PLOVER type and modality.

    A negated prediction is never scored; it only tells a missed gold event that was found but denied.
    """

    source: str
    target: str
    code: str
    plover: str | None = None
    negated: bool = False
    hypothetical: bool = False


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
    """An actor code as compared: upper case, without the unknown-country and unknown-role placeholders."""
    if not code:
        return ""
    code = code.strip().upper()
    while code.startswith("---"):
        code = code[3:]
    return code.replace("***", "")


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


def follows_crosswalk(gold: EventSentence) -> bool:
    """Whether the gold's PLOVER types are the ones the 2021 crosswalk gives its CAMEO codes."""
    entries = codebook()
    expected = {entries[e.code].plover_event if e.code in entries else None for e in gold.events}
    return set(gold.plover or ()) == expected


def _one_per_pair(events: Sequence[CodedEvent]) -> list[CodedEvent]:
    kept: dict[tuple[str, str], CodedEvent] = {}
    for event in events:
        kept.setdefault(_pair(event), event)
    return list(kept.values())


def score_events(sentences: Sequence[EventSentence], predictions: Sequence[Sequence[CodedEvent]]) -> Scored:
    """Score predicted events against gold sentences (the two sequences are parallel)."""
    if len(sentences) != len(predictions):
        raise ValueError("one prediction list is needed per gold sentence")
    names = (
        "code", "root", "root_types", "plover", "plover_crosswalk", "plover_types",
        "triple", "triple_full", "triple_root", "dyad",
    )  # fmt: skip
    counts = {name: Counts() for name in names}
    kinds: Counter[str] = Counter()
    actor_tally = ActorTally()
    exact = with_actors = with_plover = 0
    errors: list[ErrorItem] = []
    for gold, everything in zip(sentences, predictions, strict=True):
        predicted = [e for e in everything if not e.negated]
        wrong = counts["code"].add_multisets((e.code for e in gold.events), (e.code for e in predicted))
        counts["root"].add_multisets((e.code[:2] for e in gold.events), (e.code[:2] for e in predicted))
        counts["root_types"].add_multisets({e.code[:2] for e in gold.events}, {e.code[:2] for e in predicted})
        if gold.plover is not None:
            with_plover += 1
            counts["plover"].add_multisets(gold.plover, (p for p in (e.plover for e in predicted) if p))
            if follows_crosswalk(gold):
                found_types = (p for p in (e.plover for e in predicted) if p)
                counts["plover_crosswalk"].add_multisets(gold.plover, found_types)
            counts["plover_types"].add_multisets(set(gold.plover), {e.plover for e in predicted if e.plover})
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
            tally_actors(actor_tally, gold.events, predicted, normalize_actor)
            exact += wrong == 0
        if wrong:
            found = classify_errors(gold, everything)
            kinds.update(found)
            detail = f"gold {_show(gold.events)} | got {_show(predicted)}"
            if found:
                detail += " (" + ", ".join(f"{k} {found[k]}" for k in ERROR_KINDS if found[k]) + ")"
            errors.append(ErrorItem(wrong, gold.id, gold.text, detail))
    metrics: dict[str, float | int] = {"sentences": len(sentences)}
    for name in ("root", "code", "root_types"):
        metrics.update(counts[name].metrics(name))
    if with_plover:
        metrics.update(counts["plover"].metrics("plover"))
        metrics.update(counts["plover_crosswalk"].metrics("plover_crosswalk"))
        metrics.update(counts["plover_types"].metrics("plover_types"))
    if with_actors:
        for name in ("triple", "triple_full", "triple_root", "dyad"):
            metrics.update(counts[name].metrics(name))
        metrics["sentence_exact"] = round(ratio(exact, with_actors), 4)
        metrics.update(actor_tally.metrics())
    metrics.update({f"errors.{kind}": kinds[kind] for kind in ERROR_KINDS})
    return Scored(metrics, errors)


# What can go wrong with one event, in the order reports list them.
ERROR_KINDS = (
    "missed",  # a gold event with no predicted counterpart
    "spurious",  # a predicted event with no gold counterpart
    "sub_code",  # right root, wrong full code
    "wrong_root",  # an event paired by its actors, but of another root
    "source_missing",
    "source_wrong",  # includes a source where the gold has none
    "target_missing",
    "target_wrong",  # includes a target where the gold has none
    "negated",  # a gold event that dyad found but took as denied
    "hypothetical",  # a spurious event that dyad marked as only possible
)


def classify_errors(gold: EventSentence, predicted: Sequence[CodedEvent]) -> Counter[str]:
    """Count what went wrong in one sentence, by kind (see ERROR_KINDS).

    Gold and (not negated) predicted events are paired step by step, each pairing taking only what the
    earlier ones left: the same code and actors (right, no error); the same code with other actors (actor
    errors); the same root (a sub-code error, plus any actor errors); then, without gold actors, any code,
    and with them, an event sharing the source or target (a wrong root plus actor errors). What remains is
    missed, or denied when a negated prediction has its root; or spurious, or hypothetical when so marked.
    Actor errors are only judged when the gold labels actors.
    """
    kinds: Counter[str] = Counter()
    gold_left = list(gold.events)
    pred_left = [e for e in predicted if not e.negated]
    actors = gold.has_actors
    steps: list[tuple[Callable[[CodedEvent, CodedEvent], bool], str | None]] = [
        (lambda g, p: g.code == p.code and (not actors or _pair(g) == _pair(p)), None),
        (lambda g, p: g.code == p.code and _pair(g)[0] == _pair(p)[0], None),
        (lambda g, p: g.code == p.code, None),
        (lambda g, p: g.code[:2] == p.code[:2] and (not actors or _pair(g) == _pair(p)), "sub_code"),
        (lambda g, p: g.code[:2] == p.code[:2], "sub_code"),
        (lambda g, p: not actors or _pair(g) == _pair(p), "wrong_root"),
        (lambda g, p: _shares_actor(g, p), "wrong_root"),
    ]
    for same, kind in steps:
        for g in list(gold_left):
            p = next((p for p in pred_left if same(g, p)), None)
            if p is None:
                continue
            gold_left.remove(g)
            pred_left.remove(p)
            if kind:
                kinds[kind] += 1
            if actors:
                kinds.update(_actor_errors(g, p))
    denied = [e.code[:2] for e in predicted if e.negated]
    for g in gold_left:
        if g.code[:2] in denied:
            denied.remove(g.code[:2])
            kinds["negated"] += 1
        else:
            kinds["missed"] += 1
    for p in pred_left:
        kinds["hypothetical" if p.hypothetical else "spurious"] += 1
    return kinds


def _shares_actor(gold: CodedEvent, predicted: CodedEvent) -> bool:
    return any(a and a == b for a, b in zip(_pair(gold), _pair(predicted), strict=True))


def _actor_errors(gold: CodedEvent, predicted: CodedEvent) -> list[str]:
    found = []
    for role, want, got in zip(("source", "target"), _pair(gold), _pair(predicted), strict=True):
        if want != got:
            found.append(f"{role}_missing" if not got else f"{role}_wrong")
    return found


def _show(events: Sequence[CodedEvent]) -> str:
    if not events:
        return "[]"
    return "[" + ", ".join(f"{e.source or '-'} {e.target or '-'} {e.code}" for e in events) + "]"
