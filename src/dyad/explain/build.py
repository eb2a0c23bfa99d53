"""Explain one coded article: each event with the evidence for it, read from what the pipeline computed.

The article is coded by the pipeline as `dyad code` codes it; the same prepared text is parsed again
(the parse is deterministic) to show dependency paths and modality cues, and the actor stage is run
on that parse to show how each participant's mention was read (name, pronoun, title, ...).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from dyad.actors import find_mentions
from dyad.errors import InputError
from dyad.events.codebook import lookup
from dyad.explain.evidence import (
    Entry,
    Step,
    dependency_path,
    hypothetical_cues,
    negation_cues,
    rule_parts,
    token_at,
)
from dyad.explain.parse import SentenceParse, sentence_parses
from dyad.explain.uncoded import UncodedMatch, uncoded_matches
from dyad.limits import prepare_text
from dyad.model import Article, Event, Mention, Participant, Record
from dyad.pipeline import Pipeline, default_pipeline
from dyad.read import Unreadable, read_inputs
from dyad.read.layout import mask_layout

QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
_DIPLOMATIC_ROOTS = frozenset({"03", "04", "05"})  # the roots whose events share an episode's date and place


@dataclass(frozen=True)
class ActorReading:
    """How an event's source or target was read: the words, the kind of mention, the actor it codes to."""

    text: str
    start: int
    end: int
    kind: str | None
    name: str | None
    code: str
    path: str | None
    in_sentence: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "name": self.name,
            "code": self.code,
            "resolution": self.resolution,
            "path": self.path,
            "in_sentence": self.in_sentence,
        }

    @property
    def resolution(self) -> str:
        """`his -> Vladimir Putin (pronoun) -> RUSGOV`."""
        name = f" -> {self.name}" if self.name and self.name != self.text else ""
        return f"{self.text}{name} ({self.kind or 'mention not found'}) -> {self.code}"


@dataclass(frozen=True)
class Anchor:
    """An event's date or place, where it came from, and the words that gave it."""

    value: str | None
    source: str | None
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "source": self.source, "evidence": self.evidence}


@dataclass(frozen=True)
class EventExplanation:
    """One event and why it was coded."""

    number: int
    event: Event
    sentence: str
    marked: str
    cameo_name: str
    root_name: str
    entries: tuple[Entry, ...]
    steps: tuple[Step, ...]
    source: ActorReading | None
    target: ActorReading | None
    negation: tuple[str, ...]
    hypothetical: tuple[str, ...]
    date: Anchor
    place: Anchor

    def to_dict(self) -> dict[str, Any]:
        event = self.event
        return {
            "number": self.number,
            "sentence": self.sentence,
            "marked": self.marked,
            "trigger": event.trigger.to_dict(),
            "cameo": event.cameo,
            "cameo_name": self.cameo_name,
            "cameo_root": event.cameo_root,
            "root_name": self.root_name,
            "plover": event.plover,
            "plover_mode": event.plover_mode,
            "goldstein": event.goldstein,
            "quad_class": event.quad_class,
            "quad_class_name": QUAD_CLASSES.get(event.quad_class),
            "rule": event.rule,
            "lexicon": [entry.to_dict() for entry in self.entries],
            "steps": [step.to_dict() for step in self.steps],
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "negated": {"value": event.negated, "cues": list(self.negation)},
            "hypothetical": {"value": event.hypothetical, "cues": list(self.hypothetical)},
            "date": self.date.to_dict(),
            "place": {**self.place.to_dict(), "location": event.place.to_dict() if event.place else None},
            "confidence": event.confidence,
        }


@dataclass(frozen=True)
class Explanation:
    """An article's record, the explanation of its events (all, or the one asked for), for the whole article
    the trigger words that gave no event of their own, and, when asked, the parses of their sentences."""

    record: Record
    events: tuple[EventExplanation, ...]
    total: int
    uncoded: tuple[UncodedMatch, ...] = ()
    parses: tuple[SentenceParse, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        record = self.record
        return {
            "id": record.id,
            "published": record.published.isoformat() if record.published else None,
            "title": record.title,
            "warnings": list(record.warnings),
            "event_count": self.total,
            "events": [event.to_dict() for event in self.events],
            "uncoded": [match.to_dict() for match in self.uncoded],
            "parses": [parse.to_dict() for parse in self.parses],
            "times": [time.to_dict() for time in record.times],
            "places": [place.to_dict() for place in record.places],
        }


def read_article(inputs: Sequence[str], input_format: str | None = None, published: date | None = None) -> Article:
    """The one article in `inputs` (same readers as `dyad code`); InputError for none, several or an unreadable one.

    A single input that is no file and holds a space is the article's text itself (`dyad explain "Putin met
    Bush." --published 2001-07-22`).
    """
    if len(inputs) == 1 and input_format is None and _is_text(inputs[0]):
        return Article(id="text", text=inputs[0], published=published)
    items = iter(read_inputs(inputs, input_format, published))
    first = next(items, None)
    if first is None:
        raise InputError("the input holds no article")
    if next(items, None) is not None:
        raise InputError("dyad explain explains one article; the input holds more than one")
    if isinstance(first, Unreadable):
        raise InputError(f"{first.id}: {first.error}")
    return first


def _is_text(given: str) -> bool:
    if given == "-" or not any(c.isspace() for c in given.strip()):
        return False
    try:
        return not Path(given).exists()
    except OSError:  # a text too long to be a file name
        return True


def explain_article(
    article: Article, number: int | None = None, pipeline: Pipeline | None = None, parse: bool = False
) -> Explanation:
    """Code `article` and explain its events, or only event `number` (counting from 1); with `parse`, give the
    dependency parse of the sentences of the events and trigger words explained."""
    pipeline = pipeline or default_pipeline()
    record = pipeline.code(article)
    if record.error is not None:
        raise InputError(f"{article.id}: the article could not be coded: {record.error}")
    total = len(record.events)
    if number is not None and not 1 <= number <= total:
        have = f"{total} event(s)" if total else "no events"
        raise InputError(f"there is no event {number}: the article has {have}")
    doc = pipeline.nlp(prepare_text(mask_layout(article.text), pipeline.limits).text)
    mentions = find_mentions(doc, article.published)
    chosen = range(1, total + 1) if number is None else [number]
    events = tuple(_explain_event(n, record, doc, mentions) for n in chosen)
    uncoded = uncoded_matches(doc, record.events) if number is None else ()
    offsets = [e.event.trigger.start for e in events] + [m.start for m in uncoded]
    parses = sentence_parses(doc, offsets) if parse else ()
    return Explanation(record, events, total, uncoded, parses)


def _explain_event(number: int, record: Record, doc: Doc, mentions: list[Mention]) -> EventExplanation:
    event = record.events[number - 1]
    trigger = token_at(doc, event.trigger.start, event.trigger.end)
    start, end = event.sentence
    sentence = doc.char_span(start, end, alignment_mode="expand")
    words = [*([trigger] if trigger is not None else []), *(sentence if sentence is not None else [])]
    entries, steps = rule_parts(event.rule, words)
    if len(entries) == 1 and not steps and entries[0].code != event.cameo:
        steps.append(Step("refine", f"{entries[0].code} narrowed to {event.cameo} by a topic keyword (topics.tsv)"))
    steps = [_venue(step, event) if step.name == "venue" else step for step in steps]
    entry = lookup(event.cameo)
    return EventExplanation(
        number=number,
        event=event,
        sentence=_squeeze(doc.text[start:end]),
        marked=_marked(doc.text, event),
        cameo_name=entry.name,
        root_name=lookup(event.cameo_root).name,
        entries=tuple(entries),
        steps=tuple(steps),
        source=_reading(event.source, event, doc, trigger, mentions),
        target=_reading(event.target, event, doc, trigger, mentions),
        negation=tuple(negation_cues(trigger)) if event.negated and trigger is not None else (),
        hypothetical=tuple(hypothetical_cues(trigger)) if event.hypothetical and trigger is not None else (),
        date=_date_anchor(event, record),
        place=_place_anchor(event, record),
    )


def _venue(step: Step, event: Event) -> Step:
    """The venue step with the countries it compared."""
    if event.place is None or event.source is None or event.target is None:
        return step
    countries = (
        f"{event.place.name} is in {event.place.country}; the source's country is {event.source.actor.country}, "
        f"the target's {event.target.actor.country}"
    )
    return Step(step.name, f"{step.meaning}: {countries}")


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _marked(text: str, event: Event) -> str:
    """The event's sentence with [SRC ...], <TRG ...> and [TGT ...] around its words."""
    start, end = event.sentence
    wanted = [(event.trigger.start, event.trigger.end, "<TRG ", ">")]
    for participant, label in ((event.source, "SRC"), (event.target, "TGT")):
        if participant is not None:
            wanted.append((participant.start, participant.end, f"[{label} ", "]"))
    kept: list[tuple[int, int, str, str]] = []
    for item in wanted:  # the trigger first: of overlapping marks, the earlier in this list wins
        inside = start <= item[0] and item[1] <= end
        if inside and not any(item[0] < other[1] and other[0] < item[1] for other in kept):
            kept.append(item)
    pieces, at = [], start
    for left, right, opening, closing in sorted(kept):
        pieces += [text[at:left], opening, text[left:right], closing]
        at = right
    pieces.append(text[at:end])
    return _squeeze("".join(pieces))


def _reading(
    participant: Participant | None, event: Event, doc: Doc, trigger: Token | None, mentions: Iterable[Mention]
) -> ActorReading | None:
    if participant is None:
        return None
    mention = next((m for m in mentions if (m.start, m.end) == (participant.start, participant.end)), None)
    word = token_at(doc, participant.start, participant.end)
    path = dependency_path(trigger, word) if trigger is not None and word is not None else None
    return ActorReading(
        text=participant.text,
        start=participant.start,
        end=participant.end,
        kind=mention.kind if mention else None,
        name=participant.actor.name,
        code=participant.actor.code,
        path=path,
        in_sentence=_in_sentence(event, participant.start),
    )


def _in_sentence(event: Event, start: int) -> bool:
    return event.sentence[0] <= start < event.sentence[1]


def _episode(event: Event, record: Record) -> tuple[int, Event] | None:
    """The event of the same pair whose date and place this one shares (see the events stage's episodes)."""
    if event.source is None or event.target is None:
        return None
    pair = {event.source.actor.code, event.target.actor.code}
    for number, other in enumerate(record.events, start=1):
        if other.source is None or other.target is None or other.cameo_root not in _DIPLOMATIC_ROOTS:
            continue
        if {other.source.actor.code, other.target.actor.code} != pair:
            continue
        if other.date_source == other.place_source == "text" and (other.date, other.place) == (event.date, event.place):
            return number, other
    return None


def _date_anchor(event: Event, record: Record) -> Anchor:
    source = event.date_source
    if source == "text":
        times = [t for t in record.times if t.type == "DATE" and t.value == event.date and _in_sentence(event, t.start)]
        if times:
            time = min(times, key=lambda t: abs(t.start - event.trigger.start))
            return Anchor(event.date, source, f"'{time.text}' -> {time.value}, attached nearest the trigger")
        return Anchor(event.date, source, "a date in the event's sentence")
    if source == "episode":
        found = _episode(event, record)
        if found is None:
            return Anchor(event.date, source, "shared from another event of the same pair")
        number, other = found
        inner = _date_anchor(other, record).evidence
        return Anchor(event.date, source, f"shared from event {number} ('{other.trigger.text}', same pair): {inner}")
    if source == "published":
        return Anchor(event.date, source, "no date attached to the trigger: the article's publication date")
    return Anchor(None, None, "no date: none attached to the trigger and no publication date")


def _place_anchor(event: Event, record: Record) -> Anchor:
    source = event.place_source
    location = event.place
    value = location.name if location else None
    if source == "text" and location is not None:
        places = [p for p in record.places if p.location == location and _in_sentence(event, p.start)]
        if places:
            place = min(places, key=lambda p: abs(p.start - event.trigger.start))
            return Anchor(value, source, f"'{place.text}' in a locative phrase attached nearest the trigger")
        return Anchor(value, source, "a place in the event's sentence")
    if source == "dateline" and location is not None:
        same = [p for p in record.places if p.location == location]
        first = next((p for p in same if p.text.isupper()), same[0] if same else None)
        quoted = f" '{first.text}'" if first else ""
        return Anchor(value, source, f"no place attached to the trigger: the story's dateline{quoted}")
    if source == "episode":
        found = _episode(event, record)
        if found is None:
            return Anchor(value, source, "shared from another event of the same pair")
        number, other = found
        inner = _place_anchor(other, record).evidence
        return Anchor(value, source, f"shared from event {number} ('{other.trigger.text}', same pair): {inner}")
    return Anchor(None, None, "no place: none attached to the trigger and no dateline")
