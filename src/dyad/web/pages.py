"""The dashboard: server-rendered pages (Jinja2, autoescaped) with charts and the map drawn as inline SVG."""

from __future__ import annotations

import functools
import re
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from dyad.errors import InputError
from dyad.plot import QUAD_COLOURS, QUAD_NAMES, quad_bars_svg, series_svg
from dyad.series import FREQS, dyad_series
from dyad.web import queries
from dyad.web.apidocs import operations
from dyad.web.app import AppState
from dyad.web.maps import map_svg
from dyad.web.marks import pieces, record_marks
from dyad.web.records import stored_record

router = APIRouter(include_in_schema=False)

PAGE = 50
FILTERS = ("actor", "dyad", "cameo", "root", "quad", "start", "end", "q", "directed", "negated")
_CODE = re.compile(r"[A-Za-z0-9]{1,40}")
_DYAD = re.compile(r"[A-Za-z0-9]{1,40}-[A-Za-z0-9]{1,40}")


@functools.cache
def templates() -> Jinja2Templates:
    """The page templates, loaded once, with autoescaping on for every template."""
    environment = Environment(
        loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True, trim_blocks=True
    )
    environment.globals.update(quad_names=QUAD_NAMES, quad_colours=QUAD_COLOURS, freqs=FREQS)
    return Jinja2Templates(env=environment)


def _state(request: Request) -> AppState:
    return request.app.state.dyad


def _render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return templates().TemplateResponse(request, name, context, status_code=status)


@router.get("/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> HTMLResponse:
    """The API reference, from the OpenAPI spec."""
    spec = request.app.openapi()
    info = spec.get("info", {})
    return _render(
        request,
        "apidocs.html",
        title=info.get("title", "dyad"),
        version=info.get("version", ""),
        description=info.get("description", ""),
        operations=operations(spec),
    )


def render_error(request: Request, status: int, message: str) -> HTMLResponse:
    """An error page."""
    return _render(request, "error.html", status=status, status_code=status, message=message)


def url_with(request: Request, **changes: Any) -> str:
    """The current page's URL with some query parameters changed (None drops one)."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = str(value)
    return f"{request.url.path}?{urlencode(params)}" if params else request.url.path


def _text(params: Any, name: str, pattern: re.Pattern[str] | None = None) -> str | None:
    value = (params.get(name) or "").replace("\x00", "").strip()
    if not value:
        return None
    if len(value) > 200 or (pattern and not pattern.fullmatch(value)):
        raise InputError(f"{name}: not a valid value ({value[:60]!r})")
    return value


def _date(params: Any, name: str) -> date | None:
    value = _text(params, name)
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise InputError(f"{name}: not a date in the form YYYY-MM-DD ({value!r})") from None


def _int(params: Any, name: str, default: int, low: int, high: int) -> int:
    value = _text(params, name)
    if value is None:
        return default
    if not value.isdigit() or not low <= int(value) <= high:
        raise InputError(f"{name}: a whole number from {low} to {high} (got {value!r})")
    return int(value)


def _flag(params: Any, name: str) -> bool:
    return (params.get(name) or "").lower() in ("1", "true", "on", "yes")


def page_filter(params: Any, **fixed: Any) -> queries.EventFilter:
    """The event filters of a page's query string (empty fields are no filter); InputError when one is bad."""
    quad = _text(params, "quad", re.compile("[1-4]"))
    start, end = _date(params, "start"), _date(params, "end")
    if start and end and start > end:
        raise InputError("start is after end")
    values = dict(
        actor=_text(params, "actor", _CODE),
        dyad=_text(params, "dyad", _DYAD),
        directed=_flag(params, "directed"),
        cameo=_text(params, "cameo", re.compile(r"\d{2,4}")),
        root=_text(params, "root", re.compile(r"\d{2}")),
        quad=int(quad) if quad else None,
        start=start,
        end=end,
        q=_text(params, "q"),
        include_negated=_flag(params, "negated"),
    )
    values.update(fixed)
    return queries.EventFilter(**values)


def _freq(params: Any) -> str:
    freq = _text(params, "freq") or "month"
    if freq not in FREQS:
        raise InputError(f"freq must be one of {', '.join(FREQS)} (got {freq!r})")
    return freq


@router.get("/", response_class=HTMLResponse)
def overview(request: Request) -> HTMLResponse:
    freq = _freq(request.query_params)
    with _state(request).store.reader() as store:
        context = dict(
            totals=queries.totals(store),
            chart=Markup(quad_bars_svg(dyad_series(store, None, freq))),
            dyads=queries.top_dyads(store),
            actors=queries.top_event_actors(store),
            articles=queries.latest_articles(store),
        )
    return _render(request, "overview.html", freq=freq, **context)


@router.get("/dyads/{dyad}", response_class=HTMLResponse)
def dyad_page(request: Request, dyad: str) -> HTMLResponse:
    if not _DYAD.fullmatch(dyad):
        raise InputError(f"a dyad is two actor codes joined by '-', e.g. RUS-USA (got {dyad[:60]!r})")
    dyad = dyad.upper()
    params = request.query_params
    freq = _freq(params)
    where = page_filter(params, dyad=dyad)
    offset = _int(params, "offset", 0, 0, 10**9)
    with _state(request).store.reader() as store:
        points = dyad_series(store, dyad, freq, directed=where.directed)
        total, events = queries.find_events(store, where, PAGE, offset)
    chart = Markup(series_svg(points, title=f"{dyad} per {freq}"))
    return _render(
        request,
        "dyad.html",
        dyad=dyad,
        freq=freq,
        chart=chart,
        points=points,
        events=events,
        total=total,
        offset=offset,
        page=PAGE,
        where=where,
        url_with=functools.partial(url_with, request),
    )


@router.get("/events", response_class=HTMLResponse)
def events_page(request: Request) -> HTMLResponse:
    params = request.query_params
    where = page_filter(params)
    offset = _int(params, "offset", 0, 0, 10**9)
    with _state(request).store.reader() as store:
        total, events = queries.find_events(store, where, PAGE, offset)
    return _render(
        request,
        "events.html",
        events=events,
        total=total,
        offset=offset,
        page=PAGE,
        where=where,
        url_with=functools.partial(url_with, request),
    )


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str) -> HTMLResponse:
    with _state(request).store.reader() as store:
        article = queries.article_row(store, article_id)
        record = stored_record(store, article_id) if article else None
    if article is None or record is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    text = article["text"] or ""
    return _render(request, "article.html", article=article, record=record, pieces=pieces(text, record_marks(record)))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request) -> HTMLResponse:
    params = request.query_params
    q = _text(params, "q")
    offset = _int(params, "offset", 0, 0, 10**9)
    total, articles = 0, []
    if q:
        with _state(request).store.reader() as store:
            total, articles = queries.search_articles(store, q, PAGE, offset)
    return _render(
        request,
        "search.html",
        q=q or "",
        total=total,
        articles=articles,
        offset=offset,
        page=PAGE,
        url_with=functools.partial(url_with, request),
    )


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request) -> HTMLResponse:
    where = page_filter(request.query_params)
    with _state(request).store.reader() as store:
        places = queries.mapped_places(store, where)
    return _render(request, "map.html", places=places, chart=map_svg(places), where=where)
