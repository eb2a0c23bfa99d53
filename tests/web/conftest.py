"""A hand-made store and in-process clients of the app (no language model needed)."""

from __future__ import annotations

import shutil
import warnings
from datetime import date
from pathlib import Path

import pytest

from dyad.model import (
    Actor,
    Article,
    Entity,
    Event,
    Location,
    Participant,
    Place,
    Quote,
    Record,
    Span,
    Speaker,
    TimeRef,
)
from dyad.store import open_store
from dyad.web.app import create_app

with warnings.catch_warnings():
    # starlette asks for httpx2 over httpx; the client works the same with either.
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

SCRIPT = "<script>alert(1)</script>"
TOKEN = "s3cret-token"
GENOA = Location("Genoa", 3176219, "ITA", 44.40478, 8.94439, "city")
RUSSIA = Actor("RUSGOV", "RUS", "GOV", "Vladimir Putin")
AMERICA = Actor("USAGOV", "USA", "GOV", "George W. Bush")

GENOA_TEXT = f'Putin met Bush in Genoa on Sunday. {SCRIPT} "We agree," Putin said. Putin did not attack Bush.'
SANCTIONS_TEXT = "The United States imposed sanctions on Russia. China visited Japan."


def at(text: str, part: str, nth: int = 0) -> Span:
    """The span of the nth occurrence of `part` in `text`."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(part, start, start + len(part))


def spanned(span: Span) -> tuple[str, int, int]:
    return span.text, span.start, span.end


def participant(actor: Actor, span: Span) -> Participant:
    return Participant(actor, span.text, span.start, span.end)


def event(
    source: Participant,
    target: Participant,
    cameo: str,
    quad: int,
    goldstein: float,
    trigger: Span,
    sentence: tuple[int, int],
    day: str | None,
    **extra: object,
) -> Event:
    return Event(
        source=source,
        target=target,
        cameo=cameo,
        cameo_root=cameo[:2],
        plover=None,
        plover_mode=None,
        quad_class=quad,
        goldstein=goldstein,
        trigger=trigger,
        sentence=sentence,
        rule="test.rule",
        date=day,
        **extra,  # type: ignore[arg-type]
    )


def genoa() -> tuple[Article, Record]:
    text = GENOA_TEXT
    putin, bush = at(text, "Putin"), at(text, "Bush")
    first = (0, text.index(".") + 1)
    last = (text.index("Putin did"), len(text))
    events = [
        event(
            participant(RUSSIA, putin),
            participant(AMERICA, bush),
            "040",
            1,
            1.0,
            at(text, "met"),
            first,
            "2001-07-22",
            place=GENOA,
            place_source="sentence",
        ),
        event(
            participant(AMERICA, bush),
            participant(RUSSIA, putin),
            "040",
            1,
            1.0,
            at(text, "met"),
            first,
            "2001-07-22",
            place=GENOA,
        ),
        event(
            participant(RUSSIA, at(text, "Putin", 2)),
            participant(AMERICA, at(text, "Bush", 1)),
            "190",
            4,
            -10.0,
            at(text, "attack"),
            last,
            "2001-07-23",
            negated=True,
        ),
    ]
    quote = at(text, "We agree,")
    record = Record(
        id="genoa",
        published=date(2001, 7, 23),
        title=f"Putin meets Bush {SCRIPT}",
        entities=[
            Entity(putin.text, putin.start, putin.end, "PERSON", RUSSIA),
            Entity(bush.text, bush.start, bush.end, "PERSON", AMERICA),
        ],
        events=events,
        quotes=[
            Quote(
                quote.text,
                quote.start,
                quote.end,
                ((quote.start, quote.end),),
                "direct",
                Speaker(*spanned(at(text, "Putin", 1)), name="Vladimir Putin", actor="RUSGOV"),
                at(text, "said"),
            )
        ],
        times=[TimeRef(*spanned(at(text, "Sunday")), type="DATE", value="2001-07-22")],
        places=[Place(*spanned(at(text, "Genoa")), location=GENOA)],
    )
    article = Article("genoa", text, date(2001, 7, 23), record.title, "http://example.org/genoa", "wire")
    return article, record


def sanctions() -> tuple[Article, Record]:
    text = SANCTIONS_TEXT
    usa = Actor("USA", "USA", None, "United States")
    events = [
        event(
            participant(usa, at(text, "The United States")),
            participant(RUSSIA, at(text, "Russia")),
            "163",
            4,
            -8.0,
            at(text, "imposed"),
            (0, text.index(".") + 1),
            "2014-03",
        ),
        event(
            participant(Actor("CHNGOV", "CHN", "GOV"), at(text, "China")),
            participant(Actor("JPNGOV", "JPN", "GOV"), at(text, "Japan")),
            "042",
            1,
            1.9,
            at(text, "visited"),
            (text.index("China"), len(text)),
            None,
        ),
    ]
    record = Record(id="sanctions", published=date(2014, 3, 18), title="Sanctions", events=events)
    return Article("sanctions", text, date(2014, 3, 18), "Sanctions"), record


@pytest.fixture(scope="session")
def built_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hand-made store, built once; tests that write get a copy (`store_path`)."""
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    with open_store(path) as store:
        store.write([genoa(), sanctions()])
    return path


@pytest.fixture
def store_path(built_store: Path, tmp_path: Path) -> Path:
    path = tmp_path / "web.duckdb"
    shutil.copyfile(built_store, path)
    return path


class FakePipeline:
    """Stands in for the language model: one USAGOV-PRKGOV meeting per article, dated by publication."""

    loads = 0

    def __init__(self) -> None:
        FakePipeline.loads += 1

    def code(self, article: Article) -> Record:
        usa, prk = at(article.text, article.text[:3]), at(article.text, article.text[-3:])
        meeting = event(
            participant(Actor("USAGOV", "USA", "GOV"), usa),
            participant(Actor("PRKGOV", "PRK", "GOV"), prk),
            "040",
            1,
            1.0,
            usa,
            (0, len(article.text)),
            article.published.isoformat() if article.published else None,
        )
        return Record(id=article.id, published=article.published, title=article.title, events=[meeting])


@pytest.fixture(scope="session")
def client(built_store: Path):
    """A client of a read-only app (writes disabled), shared by the tests that only read."""
    with TestClient(create_app(built_store, pipeline_factory=FakePipeline)) as test_client:
        yield test_client


@pytest.fixture
def writer(store_path: Path):
    """A client of an app with writes enabled by TOKEN."""
    with TestClient(create_app(store_path, token=TOKEN, pipeline_factory=FakePipeline, max_body=4096)) as test_client:
        yield test_client
