"""The JSON API under /v1: events, articles, series, quotes, actors, coding and storing articles."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request, Response

from dyad.model import Article
from dyad.series import dyad_series
from dyad.store.rows import content_hash
from dyad.web import queries
from dyad.web.app import AppState
from dyad.web.records import stored_record
from dyad.web.schemas import (
    ActorOut,
    ActorPage,
    ArticleIn,
    EventPage,
    QuoteOut,
    QuotePage,
    SeriesOut,
    StoredArticle,
    event_out,
)

router = APIRouter(prefix="/v1", tags=["api"])

MAX_LIMIT = 1000
MAX_OFFSET = 1_000_000_000
CODE = r"^[A-Za-z0-9]{1,40}$"
DYAD = r"^[A-Za-z0-9]{1,40}-[A-Za-z0-9]{1,40}$"

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, at most {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]
Text = Annotated[str | None, Query(min_length=1, max_length=200)]
Freq = Literal["day", "week", "month", "year"]


def state_of(request: Request) -> AppState:
    """The app's shared state."""
    return request.app.state.dyad


def _clean(text: str | None) -> str | None:
    """Query text without NUL characters, which DuckDB strings cannot hold; None when nothing is left."""
    if text is None:
        return None
    text = text.replace("\x00", "")
    return text or None


@router.get("/events", response_model=EventPage, summary="stored events with filters, newest first")
def events(
    request: Request,
    actor: Annotated[str | None, Query(pattern=CODE, description="actor code prefix, source or target")] = None,
    dyad: Annotated[str | None, Query(pattern=DYAD, description="two actor code prefixes, e.g. RUS-USA")] = None,
    directed: Annotated[bool, Query(description="dyad only from its first actor to its second")] = False,
    cameo: Annotated[str | None, Query(pattern=r"^\d{2,4}$", description="CAMEO code or code prefix")] = None,
    root: Annotated[str | None, Query(pattern=r"^\d{2}$", description="CAMEO root code")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="quad class")] = None,
    start: Annotated[date | None, Query(description="first day (YYYY-MM-DD)")] = None,
    end: Annotated[date | None, Query(description="last day (YYYY-MM-DD)")] = None,
    q: Annotated[str | None, Query(max_length=200, description="text the event's sentence contains")] = None,
    negated: Annotated[bool, Query(description="include negated events")] = False,
    limit: Limit = 100,
    offset: Offset = 0,
) -> EventPage:
    if start and end and start > end:
        raise HTTPException(422, "start is after end")
    where = queries.EventFilter(
        actor=actor,
        dyad=dyad,
        directed=directed,
        cameo=cameo,
        root=root,
        quad=quad,
        start=start,
        end=end,
        q=_clean(q),
        include_negated=negated,
    )
    with state_of(request).store.reader() as store:
        total, rows = queries.find_events(store, where, limit, offset)
    return EventPage(total=total, limit=limit, offset=offset, events=[event_out(row) for row in rows])


@router.get("/articles/{article_id}", summary="the stored record of one article (the `dyad code` shape)")
def article(request: Request, article_id: str) -> dict[str, Any]:
    with state_of(request).store.reader() as store:
        record = stored_record(store, article_id)
    if record is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return record


@router.get("/series", response_model=SeriesOut, summary="dyad-period aggregates")
def series(
    request: Request,
    dyad: Annotated[str, Query(pattern=DYAD, description="two actor code prefixes, e.g. RUS-USA")],
    freq: Freq = "month",
    directed: Annotated[bool, Query(description="only events from the first actor to the second")] = False,
    start: date | None = None,
    end: date | None = None,
) -> SeriesOut:
    with state_of(request).store.reader() as store:
        points = dyad_series(store, dyad, freq, directed=directed, start=start, end=end)
    return SeriesOut(
        dyad=dyad.upper(),
        freq=freq,
        directed=directed,
        points=list(points),
    )


@router.get("/quotes", response_model=QuotePage, summary="stored quotes")
def quotes(
    request: Request,
    speaker: Annotated[str | None, Query(max_length=200, description="in the speaker's name or code")] = None,
    q: Annotated[str | None, Query(max_length=200, description="text the quote contains")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> QuotePage:
    with state_of(request).store.reader() as store:
        total, rows = queries.find_quotes(store, _clean(speaker), _clean(q), limit, offset)
    return QuotePage(total=total, limit=limit, offset=offset, quotes=[QuoteOut(**row) for row in rows])


@router.get("/actors", response_model=ActorPage, summary="coded actors by number of mentions")
def actors(
    request: Request,
    prefix: Annotated[str | None, Query(pattern=CODE, description="actor code prefix")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> ActorPage:
    with state_of(request).store.reader() as store:
        total, rows = queries.find_actors(store, prefix, limit, offset)
    return ActorPage(total=total, limit=limit, offset=offset, actors=[ActorOut(**row) for row in rows])


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    """Refuse the request unless it carries the server's write token (checked before the body is read)."""
    state_of(request).check_token(authorization)


def _article(posted: ArticleIn) -> Article:
    text = posted.text.replace("\x00", "")
    if not text.strip():
        raise HTTPException(422, "the article has no text")
    article_id = posted.id or "sha256-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]
    return Article(article_id, text, posted.published, posted.title, posted.url, posted.source)


@router.post("/code", summary="code an article without storing it")
def code(request: Request, posted: ArticleIn) -> dict[str, Any]:
    record = state_of(request).coder.code(_article(posted))
    return record.to_dict()


@router.post(
    "/articles",
    response_model=StoredArticle,
    status_code=201,
    summary="code and store an article (needs Authorization: Bearer $DYAD_API_TOKEN)",
    responses={200: {"description": "stored already"}, 401: {}, 403: {}},
    dependencies=[Depends(require_token)],
)
def store_article(request: Request, response: Response, posted: ArticleIn) -> StoredArticle:
    state = state_of(request)
    article = _article(posted)
    stored = False
    if not state.store.has_article(article):
        stored = state.store.write([(article, state.coder.code(article))]) == 1
    if not stored:
        response.status_code = 200
    with state.store.reader() as store:
        # An article with the same text under another id counts as stored: answer with that one.
        found = store.query(
            "SELECT id FROM articles WHERE id = ? OR content_hash = ? ORDER BY id = ? DESC LIMIT 1",
            [article.id, content_hash(article.text), article.id],
        )
        stored_id = found[0][0] if found else article.id
        record = stored_record(store, stored_id)
    return StoredArticle(id=stored_id, stored=stored, record=record)
