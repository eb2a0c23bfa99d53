"""The FastAPI application: the JSON API under /v1, the dashboard pages, static files and error handling."""

from __future__ import annotations

import hmac
import os
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI, HTTPException, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from dyad import __version__
from dyad.errors import InputError, StoreError
from dyad.model import Article, Record
from dyad.web.database import ServerStore
from dyad.web.limits import MAX_BODY, BodyLimit

if TYPE_CHECKING:
    from dyad.pipeline import Pipeline

STATIC = Path(__file__).parent / "static"
TOKEN_VARIABLE = "DYAD_API_TOKEN"


def _default_pipeline() -> Pipeline:
    from dyad.pipeline import Pipeline

    return Pipeline()


@dataclass
class Coder:
    """The pipeline, loaded once on first use; coding is serialized (spaCy models are not shared across threads)."""

    factory: Callable[[], Pipeline] = _default_pipeline
    _pipeline: Pipeline | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def code(self, article: Article) -> Record:
        with self._lock:
            if self._pipeline is None:
                self._pipeline = self.factory()
            return self._pipeline.code(article)


@dataclass
class AppState:
    """What every request needs: the store, the write token (None: writes disabled) and the coder."""

    store: ServerStore
    token: str | None
    coder: Coder

    def check_token(self, authorization: str | None) -> None:
        """Refuse a write: 403 when writes are disabled or the token is wrong, 401 when none is given."""
        if not self.token:
            raise HTTPException(403, f"writes are disabled: start the server with {TOKEN_VARIABLE} set to enable them")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise HTTPException(
                401, "this needs 'Authorization: Bearer <token>'", headers={"WWW-Authenticate": "Bearer"}
            )
        if not hmac.compare_digest(given.strip().encode("utf-8"), self.token.encode("utf-8")):
            raise HTTPException(403, "the token is wrong")


def create_app(
    db: str | Path,
    token: str | None = None,
    pipeline_factory: Callable[[], Pipeline] | None = None,
    max_body: int = MAX_BODY,
) -> FastAPI:
    """The app serving the store at `db`; writes (POST /v1/articles) are enabled only with a `token`."""
    from dyad.web import api, pages

    store = ServerStore(db, writable=bool(token))
    state = AppState(store, token or None, Coder(pipeline_factory or _default_pipeline))

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="dyad",
        version=__version__,
        description="Political event data coded from news: events, dyad series, quotes and actors.",
        lifespan=lifespan,
        docs_url=None,  # Swagger UI loads its scripts from a CDN; pages.py serves /docs from the spec instead
        redoc_url=None,
    )
    app.state.dyad = state
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(InputError, _input_error)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_middleware(BodyLimit, limit=max_body)
    return app


def app_from_environment(db: str | Path) -> FastAPI:
    """The app with the write token taken from DYAD_API_TOKEN (unset or empty: writes disabled)."""
    return create_app(db, token=os.environ.get(TOKEN_VARIABLE) or None)


def _wants_html(request: Request) -> bool:
    return not request.url.path.startswith("/v1/")


async def _input_error(request: Request, error: Exception) -> JSONResponse | HTMLResponse:
    return _error(request, 422, str(error))


async def _store_error(request: Request, error: Exception) -> JSONResponse | HTMLResponse:
    return _error(request, 503, str(error))


def _error(request: Request, status: int, message: str) -> JSONResponse | HTMLResponse:
    if _wants_html(request):
        from dyad.web.pages import render_error

        return render_error(request, status, message)
    return JSONResponse({"detail": message}, status_code=status)


async def _http_error(request: Request, error: Exception) -> JSONResponse | HTMLResponse:
    assert isinstance(error, StarletteHTTPException)
    if _wants_html(request) and not request.url.path.startswith(("/docs", "/openapi", "/static")):
        return _error(request, error.status_code, str(error.detail))
    return JSONResponse({"detail": error.detail}, status_code=error.status_code, headers=error.headers)


async def _validation_error(request: Request, error: Exception) -> JSONResponse | HTMLResponse:
    assert isinstance(error, RequestValidationError)
    if _wants_html(request):
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in error.errors())
        return _error(request, 422, problems)
    return JSONResponse({"detail": jsonable_encoder(error.errors())}, status_code=422)
