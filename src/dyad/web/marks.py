"""An article's findings marked in its text, in the manner of spaCy's displaCy.

Findings overlap (an actor inside a quote, a trigger inside an event's sentence), so the text is cut at
every finding's start and end into pieces; each piece carries the kinds of every finding covering it,
and a finding's label follows its last piece. The template escapes every piece.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

KINDS = ("entity", "actor", "trigger", "quote", "time", "place")


@dataclass(frozen=True)
class Mark:
    """One finding to mark: its span, kind, a short label shown after it and a longer hover title."""

    start: int
    end: int
    kind: str
    label: str
    title: str


@dataclass
class Piece:
    """A stretch of text covered by the same findings."""

    text: str
    kinds: tuple[str, ...]
    titles: tuple[str, ...]
    labels: list[tuple[str, str]] = field(default_factory=list)  # (kind, label) of findings ending here

    @property
    def css(self) -> str:
        return " ".join(f"mark-{kind}" for kind in self.kinds)


def record_marks(record: dict[str, Any]) -> list[Mark]:
    """Marks for the entities, event triggers, quotes, times and places of a stored record."""
    marks: list[Mark] = []
    for entity in record["entities"]:
        actor = entity.get("actor")
        kind = "actor" if actor else "entity"
        label = actor["code"] if actor else entity["label"]
        title = f"{entity['label']}" + (f" → {actor['code']} ({actor.get('name') or ''})" if actor else "")
        marks.append(Mark(entity["start"], entity["end"], kind, label, title))
    for event in record["events"]:
        trigger = event["trigger"]
        if trigger.get("start") is None:
            continue
        source = (event.get("source") or {}).get("code") or "?"
        target = (event.get("target") or {}).get("code") or "?"
        flags = " negated" if event["negated"] else (" hypothetical" if event["hypothetical"] else "")
        title = (
            f"{source} {event['cameo']} {target} (quad {event['quad_class']}, Goldstein {event['goldstein']}){flags}"
        )
        marks.append(Mark(trigger["start"], trigger["end"], "trigger", f"{event['cameo']}{flags}", title))
    for quote in record["quotes"]:
        speaker = quote.get("speaker") or {}
        who = speaker.get("name") or speaker.get("text") or "unknown speaker"
        for start, end in quote["segments"]:
            marks.append(Mark(start, end, "quote", "", f"{quote['type']} quote by {who}"))
        if quote["segments"]:
            last = quote["segments"][-1]
            marks.append(Mark(last[1], last[1], "quote", f"“{who}”", f"{quote['type']} quote by {who}"))
    for time in record["times"]:
        marks.append(Mark(time["start"], time["end"], "time", time["value"], f"{time['type']} {time['value']}"))
    for place in record["places"]:
        where = f"{place['name']}, {place.get('country') or '?'}"
        marks.append(Mark(place["start"], place["end"], "place", place.get("country") or "", where))
    return marks


def pieces(text: str, marks: list[Mark]) -> list[Piece]:
    """The text cut into pieces at every mark's edges; marks with offsets outside the text are left out."""
    usable = [m for m in marks if isinstance(m.start, int) and isinstance(m.end, int) and 0 <= m.start <= m.end]
    usable = [m for m in usable if m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in usable), *(m.end for m in usable)})
    ending: dict[int, list[Mark]] = {}
    for mark in usable:
        if mark.label:
            ending.setdefault(mark.end, []).append(mark)
    result: list[Piece] = []
    for start, end in itertools.pairwise(cuts):
        covering = [m for m in usable if m.start <= start and end <= m.end and m.start < m.end]
        kinds = tuple(kind for kind in KINDS if any(m.kind == kind for m in covering))
        titles = tuple(dict.fromkeys(m.title for m in covering))
        piece = Piece(text[start:end], kinds, titles)
        # Two events on one trigger, or a place that is also an actor, would repeat a label: show it once.
        labels = [(m.kind, m.label) for m in sorted(ending.get(end, []), key=lambda m: (-m.start, m.kind))]
        piece.labels = list(dict.fromkeys(labels))
        result.append(piece)
    if not result and ending.get(0):
        result.append(Piece("", (), (), [(m.kind, m.label) for m in ending[0]]))
    return result
