"""The one schema: every record dyad reads, passes between stages and writes out.

JSON output, database rows and the HTTP API all derive from these dataclasses; `to_dict()` gives the
shape described in CONTRACT.md.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

QuoteType = Literal["direct", "mixed", "indirect"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True)
class Article:
    """One input article: the text exactly as given, plus its metadata."""

    id: str
    text: str
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class Span:
    """A piece of the article text, by character offsets (end exclusive)."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Actor:
    """A CAMEO-style actor code with its parts and the name it stands for."""

    code: str
    country: str | None = None
    sector: str | None = None
    name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "country": self.country, "sector": self.sector, "name": self.name}


@dataclass(frozen=True)
class Mention:
    """An actor mentioned in the text: a name, a description, a metonym or a pronoun.

    `kind` says how the mention was read ("name", "metonym", "title", "surname", "pronoun",
    "description", ...); `label` is the entity label shown in the output. `is_entity` is false for
    mentions that only resolve to an actor through coreference (pronouns, "the minister").
    """

    text: str
    start: int
    end: int
    actor: Actor
    label: str
    kind: str = "name"
    is_entity: bool = True


@dataclass(frozen=True)
class Entity:
    """A named entity in the text with the actor it codes to, if any."""

    text: str
    start: int
    end: int
    label: str
    actor: Actor | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "label": self.label,
            "actor": self.actor.to_dict() if self.actor else None,
        }


@dataclass(frozen=True)
class Participant:
    """An event's source or target: the actor and the words that name it."""

    actor: Actor
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {**self.actor.to_dict(), "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Location:
    """A resolved GeoNames place, without reference to the text."""

    name: str
    geonameid: int | None
    country: str | None
    lat: float | None
    lon: float | None
    feature: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "geonameid": self.geonameid,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
        }


@dataclass(frozen=True)
class Place:
    """A toponym in the text and the GeoNames place it resolves to."""

    text: str
    start: int
    end: int
    location: Location

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            **self.location.to_dict(),
            "feature": self.location.feature,
        }


@dataclass(frozen=True)
class TimeRef:
    """A temporal expression with its TIMEX3 type and value."""

    text: str
    start: int
    end: int
    type: TimeType
    value: str

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "type": self.type, "value": self.value}


@dataclass(frozen=True)
class Speaker:
    """Who said a quote: the local mention and the named actor it resolves to."""

    text: str
    start: int
    end: int
    name: str | None = None
    actor: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "name": self.name, "actor": self.actor}


@dataclass(frozen=True)
class Quote:
    """A quotation: its content (in one or more segments), type, speaker and cue."""

    text: str
    start: int
    end: int
    segments: tuple[tuple[int, int], ...]
    type: QuoteType
    speaker: Speaker | None = None
    cue: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "segments": [list(s) for s in self.segments],
            "type": self.type,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
        }


@dataclass(frozen=True)
class Event:
    """One coded event: who did what to whom, when and where, and the evidence for it."""

    source: Participant | None
    target: Participant | None
    cameo: str
    cameo_root: str
    plover: str | None
    plover_mode: str | None
    quad_class: int
    goldstein: float
    trigger: Span
    sentence: tuple[int, int]
    rule: str
    date: str | None = None
    date_source: str | None = None
    place: Location | None = None
    place_source: str | None = None
    negated: bool = False
    hypothetical: bool = False
    confidence: float = 0.5

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "plover": self.plover,
            "plover_mode": self.plover_mode,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "date": self.date,
            "date_source": self.date_source,
            "place": self.place.to_dict() if self.place else None,
            "place_source": self.place_source,
            "trigger": self.trigger.to_dict(),
            "sentence": {"start": self.sentence[0], "end": self.sentence[1]},
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "rule": self.rule,
            "confidence": self.confidence,
        }


@dataclass
class Record:
    """Everything dyad found in one article, or the error that stopped it."""

    id: str
    published: date | None
    title: str | None
    error: str | None = None
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    times: list[TimeRef] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "error": self.error,
            "warnings": list(self.warnings),
            "entities": [e.to_dict() for e in self.entities],
            "events": [e.to_dict() for e in self.events],
            "quotes": [q.to_dict() for q in self.quotes],
            "times": [t.to_dict() for t in self.times],
            "places": [p.to_dict() for p in self.places],
        }
