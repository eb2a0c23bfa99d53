"""The API's request and response bodies, as pydantic models (they make the OpenAPI document)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from dyad.series import SeriesPoint


class ArticleIn(BaseModel):
    """An article posted for coding: the fields of a `.jsonl` input line."""

    model_config = ConfigDict(extra="ignore")

    text: str = Field(min_length=1, description="the article text; offsets in the result point into it")
    published: dt.date | None = Field(None, description="publication date, YYYY-MM-DD")
    id: str | None = Field(None, min_length=1, max_length=200, description="defaults to a hash of the text")
    title: str | None = None
    url: str | None = None
    source: str | None = None


class StoredArticle(BaseModel):
    """What `POST /v1/articles` did."""

    id: str
    stored: bool = Field(description="false when an article with this id or this text was stored already")
    record: dict[str, Any] | None = Field(description="the record as stored (the stored one when already there)")


class ActorRef(BaseModel):
    code: str
    country: str | None
    name: str | None
    text: str | None


class PlaceRef(BaseModel):
    name: str
    geonameid: int | None
    country: str | None
    lat: float | None
    lon: float | None


class EventOut(BaseModel):
    """One stored event with the sentence it was read from."""

    event_id: str | None
    article_id: str
    article_title: str | None
    published: dt.date | None
    date: str | None = Field(description="the event's own date as coded (TIMEX3 value)")
    day: dt.date | None = Field(description="the day used for filters and series: the event's date, else published")
    cameo: str
    cameo_root: str
    plover: str | None
    quad_class: int
    goldstein: float
    source: ActorRef | None
    target: ActorRef | None
    place: PlaceRef | None
    trigger: str | None
    sentence: str | None
    negated: bool
    hypothetical: bool
    rule: str | None
    confidence: float | None


class EventPage(BaseModel):
    total: int
    limit: int
    offset: int
    events: list[EventOut]


class QuoteOut(BaseModel):
    article_id: str
    idx: int
    start: int
    end: int
    text: str
    type: str
    speaker_text: str | None
    speaker_name: str | None
    speaker_actor: str | None
    cue_text: str | None


class QuotePage(BaseModel):
    total: int
    limit: int
    offset: int
    quotes: list[QuoteOut]


class ActorOut(BaseModel):
    code: str
    name: str | None
    mentions: int
    articles: int


class ActorPage(BaseModel):
    total: int
    limit: int
    offset: int
    actors: list[ActorOut]


class SeriesOut(BaseModel):
    dyad: str
    freq: str
    directed: bool
    points: list[SeriesPoint]  # the library's dataclass: the API shows exactly what dyad series computes


def event_out(row: dict[str, Any]) -> EventOut:
    """An events row (with the article's title, day and sentence joined in) as an EventOut."""

    def actor(role: str) -> ActorRef | None:
        if not row.get(f"{role}_code"):
            return None
        return ActorRef(
            code=row[f"{role}_code"],
            country=row.get(f"{role}_country"),
            name=row.get(f"{role}_name"),
            text=row.get(f"{role}_text"),
        )

    place = None
    if row.get("place_name"):
        place = PlaceRef(
            name=row["place_name"],
            geonameid=row.get("place_geonameid"),
            country=row.get("place_country"),
            lat=row.get("lat"),
            lon=row.get("lon"),
        )
    return EventOut(
        event_id=row.get("event_id"),
        article_id=row["article_id"],
        article_title=row.get("article_title"),
        published=row.get("article_published"),
        date=row.get("date"),
        day=row.get("day"),
        cameo=row["cameo"],
        cameo_root=row["cameo_root"],
        plover=row.get("plover"),
        quad_class=row["quad_class"],
        goldstein=row["goldstein"],
        source=actor("source"),
        target=actor("target"),
        place=place,
        trigger=row.get("trigger_text"),
        sentence=row.get("sentence_text"),
        negated=bool(row.get("negated")),
        hypothetical=bool(row.get("hypothetical")),
        rule=row.get("rule"),
        confidence=row.get("confidence"),
    )
