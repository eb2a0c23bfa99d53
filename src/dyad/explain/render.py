"""Plain-text explanation for a terminal."""

from __future__ import annotations

from dyad.explain.build import QUAD_CLASSES, ActorReading, EventExplanation, Explanation

_LEGEND = "paths: 'A -rel-> B' means B is A's dependent by rel; 'A <-rel- B' means A is B's dependent"


def to_text(explanation: Explanation) -> str:
    """The explanation as readable lines: the article, each event, the trigger words that gave none, the parses
    when asked, then the times and places."""
    record = explanation.record
    title = f' "{record.title}"' if record.title else ""
    published = record.published.isoformat() if record.published else "no publication date"
    lines = [f"{record.id}{title} ({published}): {explanation.total} event(s)"]
    lines += [f"warning: {warning}" for warning in record.warnings]
    if not explanation.total:
        lines += ["", "No events were coded in this article."]
    elif explanation.events:
        lines += ["", _LEGEND]
    for event in explanation.events:
        lines += ["", *_event_lines(event, explanation.total)]
    if explanation.uncoded:
        lines += ["", f"Trigger words with no event of their own ({len(explanation.uncoded)})"]
        lines += [f"  {match.to_text()}" for match in explanation.uncoded]
    for parse in explanation.parses:
        header = f"Parse of the sentence at {parse.start}-{parse.end} (number, text, lemma, POS, dependency, head)"
        lines += ["", header]
        lines += parse.to_lines()
    lines += ["", f"Times ({len(record.times)})"]
    lines += [f"  {t.text!r} -> {t.value} ({t.type}) at {t.start}" for t in record.times] or ["  none"]
    lines += ["", f"Places ({len(record.places)})"]
    lines += [
        f"  {p.text!r} -> {p.location.name} (GeoNames {p.location.geonameid}, {p.location.country or '-'}, "
        f"{p.location.feature or '-'}) at {p.start}"
        for p in record.places
    ] or ["  none"]
    return "\n".join(lines)


def _event_lines(item: EventExplanation, total: int) -> list[str]:
    event = item.event
    source = event.source.actor.code if event.source else "-"
    target = event.target.actor.code if event.target else "-"
    plover = f"{event.plover}/{event.plover_mode or '-'}" if event.plover else "-"
    lines = [
        f"Event {item.number} of {total}: {source} -> {target}  {event.cameo} {item.cameo_name}",
        f"  sentence:     {item.marked}",
        f"  code:         {event.cameo} {item.cameo_name} (root {event.cameo_root} {item.root_name})",
        f"                PLOVER {plover}, Goldstein {event.goldstein:+.1f}, "
        f"quad class {event.quad_class} ({QUAD_CLASSES.get(event.quad_class, '?')})",
        f"  rule:         {event.rule} (confidence {event.confidence:.2f})",
    ]
    lines += [f"    lexicon:    {entry.to_text()}" for entry in item.entries]
    lines += [f"    +{step.name}: {step.meaning}" for step in item.steps]
    lines += _actor_lines("source", item.source)
    lines += _actor_lines("target", item.target)
    lines.append(f"  negated:      {_flag(event.negated, item.negation)}")
    lines.append(f"  hypothetical: {_flag(event.hypothetical, item.hypothetical)}")
    lines.append(f"  date:         {item.date.value or '-'} ({item.date.source or 'none'}): {item.date.evidence}")
    lines.append(f"  place:        {item.place.value or '-'} ({item.place.source or 'none'}): {item.place.evidence}")
    return lines


def _actor_lines(role: str, reading: ActorReading | None) -> list[str]:
    if reading is None:
        return [f"  {role + ':':<13} none"]
    where = "" if reading.in_sentence else " (outside the event's sentence)"
    path = reading.path or "none (not in one parse tree)"
    return [f"  {role + ':':<13} {reading.resolution}{where}", f"    path:       {path}"]


def _flag(value: bool, cues: tuple[str, ...]) -> str:
    if not value:
        return "no"
    if not cues:
        return "yes (set by dyad.events.modality; no single cue word found near the trigger)"
    return "yes, cues: " + "; ".join(cues)
