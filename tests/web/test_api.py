"""The JSON API, called in-process on a hand-made store."""

from __future__ import annotations

import pytest

from dyad.series import dyad_series
from dyad.store import open_store

from .conftest import GENOA_TEXT, TOKEN, genoa


def test_events_are_filtered_and_newest_first(client):
    body = client.get("/v1/events").json()
    assert body["total"] == 4  # the negated event is left out
    assert [e["day"] for e in body["events"]] == ["2014-03-18", "2014-03-01", "2001-07-22", "2001-07-22"]
    dyad = client.get("/v1/events", params={"dyad": "rus-usa"}).json()
    assert dyad["total"] == 3
    assert {(e["source"]["code"], e["target"]["code"]) for e in dyad["events"]} == {
        ("RUSGOV", "USAGOV"),
        ("USAGOV", "RUSGOV"),
        ("USA", "RUSGOV"),
    }
    directed = client.get("/v1/events", params={"dyad": "USA-RUS", "directed": "true"}).json()
    assert directed["total"] == 2
    assert client.get("/v1/events", params={"actor": "CHN"}).json()["total"] == 1
    assert client.get("/v1/events", params={"quad": 4}).json()["total"] == 1
    assert client.get("/v1/events", params={"cameo": "16"}).json()["total"] == 1
    assert client.get("/v1/events", params={"root": "04"}).json()["total"] == 3
    assert client.get("/v1/events", params={"negated": "true"}).json()["total"] == 5
    window = client.get("/v1/events", params={"start": "2001-07-22", "end": "2001-07-22"}).json()
    assert window["total"] == 2
    sentence = client.get("/v1/events", params={"q": "GENOA"}).json()
    assert sentence["total"] == 2
    assert sentence["events"][0]["sentence"] == "Putin met Bush in Genoa on Sunday."
    assert sentence["events"][0]["place"]["name"] == "Genoa"


def test_events_pagination(client):
    pages = [client.get("/v1/events", params={"limit": 3, "offset": offset}).json() for offset in (0, 3)]
    assert [len(page["events"]) for page in pages] == [3, 1]
    ids = [e["event_id"] for page in pages for e in page["events"]]
    assert len(set(ids)) == 4
    assert pages[1]["total"] == 4 and pages[1]["offset"] == 3


@pytest.mark.parametrize(
    "params",
    [
        {"limit": 1001},
        {"limit": 0},
        {"offset": -1},
        {"quad": 5},
        {"dyad": "RUSUSA"},
        {"dyad": "RUS-USA-CHN"},
        {"actor": "RUS'; DROP TABLE events; --"},
        {"cameo": "abc"},
        {"start": "2001-13-01"},
        {"start": "2002-01-01", "end": "2001-01-01"},
        {"q": "x" * 201},
    ],
)
def test_bad_event_parameters_get_422_with_a_message(client, params):
    response = client.get("/v1/events", params=params)
    assert response.status_code == 422
    assert response.json()["detail"]


def test_filters_are_bound_parameters(client):
    response = client.get("/v1/events", params={"q": "'; DROP TABLE events; --"})
    assert response.status_code == 200 and response.json()["total"] == 0
    response = client.get("/v1/quotes", params={"speaker": "' OR 1=1 --"})
    assert response.json()["total"] == 0
    assert client.get("/v1/events").json()["total"] == 4


def test_article_record_has_the_code_output_shape(client):
    record = client.get("/v1/articles/genoa").json()
    expected = genoa()[1].to_dict()
    assert list(record) == list(expected)
    for key in ("id", "published", "title", "error", "entities", "times", "places"):
        assert record[key] == expected[key], key
    assert len(record["events"]) == 3
    for got, want in zip(record["events"], expected["events"], strict=True):
        assert list(got) == list(want)
        for key in ("cameo", "quad_class", "goldstein", "date", "place", "trigger", "sentence", "negated"):
            assert got[key] == want[key], key
        assert got["source"]["code"] == want["source"]["code"]
        assert got["source"]["sector"] == want["source"]["sector"]
    quote = record["quotes"][0]
    assert quote["text"] == "We agree," and quote["speaker"]["actor"] == "RUSGOV" and quote["cue"]["text"] == "said"
    assert client.get("/v1/articles/missing").status_code == 404


def test_series_endpoint_matches_the_library(client, built_store):
    body = client.get("/v1/series", params={"dyad": "RUS-USA", "freq": "year"}).json()
    with open_store(built_store, read_only=True) as store:
        expected = [p.to_dict() for p in dyad_series(store, "RUS-USA", "year")]
    assert body["points"] == expected
    assert body["points"][0] == {
        "period": "2001",
        "start": "2001-01-01",
        "events": 2,
        "verbal_cooperation": 2,
        "material_cooperation": 0,
        "verbal_conflict": 0,
        "material_conflict": 0,
        "goldstein_sum": 2.0,
        "goldstein_mean": 1.0,
    }
    assert len(body["points"]) == 14  # 2001 to 2014, empty years filled
    assert client.get("/v1/series", params={"dyad": "RUS-USA", "freq": "fortnight"}).status_code == 422
    assert client.get("/v1/series").status_code == 422


def test_quotes_and_actors(client):
    quotes = client.get("/v1/quotes", params={"speaker": "putin"}).json()
    assert quotes["total"] == 1 and quotes["quotes"][0]["speaker_actor"] == "RUSGOV"
    assert client.get("/v1/quotes", params={"q": "nothing like this"}).json()["total"] == 0
    actors = client.get("/v1/actors").json()
    assert [a["code"] for a in actors["actors"]] == ["RUSGOV", "USAGOV"]
    assert client.get("/v1/actors", params={"prefix": "usa"}).json()["total"] == 1


def test_openapi_and_docs(client):
    spec = client.get("/openapi.json").json()
    assert {"/v1/events", "/v1/articles/{article_id}", "/v1/series", "/v1/code", "/v1/articles"} <= set(spec["paths"])
    page = client.get("/docs")
    assert page.status_code == 200
    assert "GET /v1/events" in page.text and "POST /v1/code" in page.text and "dyad" in page.text
    assert "<script" not in page.text and "cdn" not in page.text.lower()


def test_code_loads_the_pipeline_once_and_stores_nothing(store_path):
    from dyad.web.app import create_app

    from .conftest import FakePipeline, TestClient

    before = FakePipeline.loads
    with TestClient(create_app(store_path, pipeline_factory=FakePipeline)) as client:
        _code_twice(client)
    assert FakePipeline.loads == before + 1


def _code_twice(client):
    for _ in range(2):
        response = client.post("/v1/code", json={"text": "USA met PRK", "published": "2018-06-12", "id": "x"})
        assert response.status_code == 200
        assert response.json()["events"][0]["target"]["code"] == "PRKGOV"
    assert client.get("/v1/articles/x").status_code == 404
    assert client.post("/v1/code", json={"text": "   "}).status_code == 422
    assert client.post("/v1/code", json={"published": "2018-06-12"}).status_code == 422
    assert client.post("/v1/code", json={"text": "x", "published": "June"}).status_code == 422


def test_writes_are_disabled_without_a_configured_token(client):
    # `client` serves a store opened read-only: writes are disabled
    response = client.post("/v1/articles", json={"text": "USA met PRK"}, headers={"Authorization": "Bearer x"})
    assert response.status_code == 403
    assert "DYAD_API_TOKEN" in response.json()["detail"]


def test_writes_need_the_token_and_then_show_up(writer):
    article = {"id": "summit", "text": "USA met PRK", "published": "2018-06-12", "title": "Summit"}
    assert writer.post("/v1/articles", json=article).status_code == 401
    assert writer.post("/v1/articles", json=article, headers={"Authorization": "Basic abc"}).status_code == 401
    assert writer.post("/v1/articles", json=article, headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert writer.get("/v1/events", params={"actor": "PRK"}).json()["total"] == 0

    headers = {"Authorization": f"Bearer {TOKEN}"}
    response = writer.post("/v1/articles", json=article, headers=headers)
    assert response.status_code == 201
    assert response.json()["stored"] is True and response.json()["record"]["title"] == "Summit"
    events = writer.get("/v1/events", params={"dyad": "USA-PRK"}).json()
    assert events["total"] == 1 and events["events"][0]["article_id"] == "summit"

    again = writer.post("/v1/articles", json=article, headers=headers)
    assert again.status_code == 200 and again.json()["stored"] is False
    assert writer.get("/v1/events", params={"dyad": "USA-PRK"}).json()["total"] == 1


def test_unauthorised_write_is_refused_before_the_body_is_read(writer):
    assert writer.post("/v1/articles", json={"text": 42}).status_code == 401


def test_bodies_over_the_limit_get_413(writer):
    headers = {"Authorization": f"Bearer {TOKEN}"}
    big = {"text": "x" * 5000}
    assert writer.post("/v1/code", json=big).status_code == 413
    assert writer.post("/v1/articles", json=big, headers=headers).status_code == 413

    def chunks():  # streamed without a Content-Length
        for _ in range(10):
            yield b"x" * 1000

    response = writer.post("/v1/code", content=chunks(), headers={"Content-Type": "application/json"})
    assert response.status_code == 413
    assert writer.post("/v1/code", json={"text": "USA met PRK"}).status_code == 200


def test_the_default_limit_is_ten_megabytes(client):
    response = client.post(
        "/v1/code", content=b" " * (10 * 1024 * 1024 + 1), headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 413


def test_the_same_text_is_not_stored_twice(writer, store_path):
    headers = {"Authorization": f"Bearer {TOKEN}"}
    response = writer.post("/v1/articles", json={"text": GENOA_TEXT, "id": "copy"}, headers=headers)
    assert response.status_code == 200 and response.json()["stored"] is False
    assert response.json()["id"] == "genoa" and response.json()["record"]["title"].startswith("Putin meets Bush")


@pytest.mark.model
def test_code_with_the_real_pipeline(store_path, pipeline):
    from dyad.web.app import create_app

    from .conftest import TestClient

    with TestClient(create_app(store_path, pipeline_factory=lambda: pipeline)) as client:
        response = client.post(
            "/v1/code",
            json={
                "text": "Russian President Vladimir Putin met U.S. President George W. Bush in Genoa on Sunday.",
                "published": "2001-07-23",
                "id": "smoke",
            },
        )
    assert response.status_code == 200
    record = response.json()
    assert record["id"] == "smoke" and record["error"] is None
    assert set(record) == {
        "id", "published", "title", "error", "warnings", "entities", "events", "quotes", "times", "places"
    }  # fmt: skip
    assert any(e["actor"] and e["actor"]["country"] == "RUS" for e in record["entities"])
