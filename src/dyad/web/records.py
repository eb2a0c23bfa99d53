"""A stored article turned back into the record `dyad code` writes (the shape of `Record.to_dict()`).

The store keeps every field of the record except a few offsets: the offsets of an event's source and
target words and of a quote's speaker and cue are not stored, so they come back as null (unless a later
migration adds columns named `source_start`, `speaker_start`, ... which are then used).
"""

from __future__ import annotations

import json
from typing import Any

from dyad.model import Actor, Entity, Location, Place, TimeRef
from dyad.store import Store
from dyad.web.database import dict_rows
from dyad.web.queries import article_events, article_row


def stored_record(store: Store, article_id: str) -> dict[str, Any] | None:
    """The record of a stored article, or None when no article has this id."""
    article = article_row(store, article_id)
    if article is None:
        return None
    rows = {
        table: dict_rows(store, f"SELECT * FROM {table} WHERE article_id = ? ORDER BY idx", [article_id])
        for table in ("entities", "quotes", "times", "places")
    }
    published = article.get("published")
    return {
        "id": article["id"],
        "published": published.isoformat() if published else None,
        "title": article.get("title"),
        "error": article.get("error"),
        "warnings": list(article.get("warnings") or []),
        "entities": [_entity(row).to_dict() for row in rows["entities"]],
        "events": [event_dict(row) for row in article_events(store, article_id)],
        "quotes": [_quote(row) for row in rows["quotes"]],
        "times": [TimeRef(r["text"], r["start"], r["end"], r["type"], r["value"]).to_dict() for r in rows["times"]],
        "places": [_place(row).to_dict() for row in rows["places"]],
    }


def _entity(row: dict[str, Any]) -> Entity:
    actor = None
    if row.get("actor_code"):
        actor = Actor(row["actor_code"], row.get("actor_country"), row.get("actor_sector"), row.get("actor_name"))
    return Entity(row["text"], row["start"], row["end"], row["label"], actor)


def _place(row: dict[str, Any]) -> Place:
    location = Location(row["name"], row["geonameid"], row["country"], row["lat"], row["lon"], row.get("feature"))
    return Place(row["text"], row["start"], row["end"], location)


def _participant(row: dict[str, Any], role: str) -> dict[str, Any] | None:
    code = row.get(f"{role}_code")
    if not code:
        return None
    return {
        "code": code,
        "country": row.get(f"{role}_country"),
        "sector": row.get(f"{role}_sector", _first_sector(code, row.get(f"{role}_country"))),
        "name": row.get(f"{role}_name"),
        "text": row.get(f"{role}_text"),
        "start": row.get(f"{role}_start"),
        "end": row.get(f"{role}_end"),
    }


def _first_sector(code: str, country: str | None) -> str | None:
    # A CAMEO code is the country (when there is one) followed by three-letter sector codes.
    rest = code[len(country) :] if country and code.startswith(country) else code
    return rest[:3] or None


def event_dict(row: dict[str, Any]) -> dict[str, Any]:
    """One stored event row in the record's event shape."""
    place = None
    if row.get("place_name"):
        place = Location(
            row["place_name"], row.get("place_geonameid"), row.get("place_country"), row.get("lat"), row.get("lon")
        ).to_dict()
    return {
        "source": _participant(row, "source"),
        "target": _participant(row, "target"),
        "cameo": row["cameo"],
        "cameo_root": row["cameo_root"],
        "plover": row.get("plover"),
        "plover_mode": row.get("plover_mode"),
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "date": row.get("date"),
        "date_source": row.get("date_source"),
        "place": place,
        "place_source": row.get("place_source"),
        "trigger": {"text": row.get("trigger_text"), "start": row.get("trigger_start"), "end": row.get("trigger_end")},
        "sentence": {"start": row.get("sentence_start"), "end": row.get("sentence_end")},
        "negated": bool(row.get("negated")),
        "hypothetical": bool(row.get("hypothetical")),
        "rule": row.get("rule"),
        "confidence": row.get("confidence"),
    }


def _quote(row: dict[str, Any]) -> dict[str, Any]:
    speaker = None
    if row.get("speaker_text") or row.get("speaker_name"):
        speaker = {
            "text": row.get("speaker_text"),
            "start": row.get("speaker_start"),
            "end": row.get("speaker_end"),
            "name": row.get("speaker_name"),
            "actor": row.get("speaker_actor"),
        }
    cue = None
    if row.get("cue_text"):
        cue = {"text": row["cue_text"], "start": row.get("cue_start"), "end": row.get("cue_end")}
    return {
        "text": row["text"],
        "start": row["start"],
        "end": row["end"],
        "segments": json.loads(row["segments"]) if row.get("segments") else [[row["start"], row["end"]]],
        "type": row["type"],
        "speaker": speaker,
        "cue": cue,
    }
