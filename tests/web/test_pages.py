"""The dashboard pages, rendered in-process on a hand-made store."""

from __future__ import annotations

import pytest

from .conftest import SCRIPT

ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"
PAGES = [
    "/",
    "/?freq=year",
    "/dyads/RUS-USA",
    "/dyads/RUS-USA?freq=day&directed=1",
    "/events",
    "/events?dyad=RUS-USA&quad=1",
    "/articles/genoa",
    "/search?q=alert",
    "/map",
]


@pytest.mark.parametrize("url", PAGES)
def test_pages_render_and_never_let_article_markup_through(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert SCRIPT not in response.text
    assert "<script" not in response.text  # the dashboard itself runs no script either


@pytest.mark.parametrize("url", ["/", "/dyads/RUS-USA", "/events", "/articles/genoa", "/search?q=alert"])
def test_the_stored_script_shows_as_text(client, url):
    assert ESCAPED in client.get(url).text


def test_overview_lists_dyads_actors_and_articles(client):
    html = client.get("/").text
    assert 'href="/dyads/RUS-USA"' in html and 'href="/dyads/CHN-JPN"' in html
    assert 'href="/articles/genoa"' in html
    assert "<svg" in html and "verbal cooperation" in html


def test_dyad_page_shows_the_series_and_the_sentences(client):
    html = client.get("/dyads/RUS-USA?freq=year").text
    assert "<svg" in html and "2001: 2 verbal cooperation" in html
    assert "Putin met Bush in Genoa on Sunday." in html
    assert "The United States imposed sanctions on Russia." in html
    assert "China visited Japan" not in html


def test_article_page_marks_the_findings(client):
    html = client.get("/articles/genoa").text
    assert '<span class="mark-actor"' in html
    assert '<span class="label label-actor">RUSGOV</span>' in html
    assert 'class="mark-trigger"' in html and '<span class="label label-trigger">040</span>' in html
    assert '<span class="label label-trigger">190 negated</span>' in html
    assert "mark-quote" in html and '<span class="label label-time">2001-07-22</span>' in html
    assert '<span class="label label-place">ITA</span>' in html


def test_filters_stay_in_the_url(client, monkeypatch):
    from dyad.web import pages

    monkeypatch.setattr(pages, "PAGE", 1)
    html = client.get("/events?dyad=RUS-USA&quad=1").text
    assert 'href="/events?dyad=RUS-USA&amp;quad=1&amp;offset=1"' in html
    assert 'value="RUS-USA"' in html and '<option value="1" selected>' in html


def test_search_finds_article_text(client):
    html = client.get("/search?q=imposed+sanctions").text
    assert 'href="/articles/sanctions"' in html and "genoa" not in html.split("<main>")[1]
    assert "0 article(s)" in client.get("/search?q=nowhere+to+be+found").text


def test_map_plots_places_with_coordinates(client):
    html = client.get("/map").text
    assert "<circle" in html and "Genoa (ITA): 2 event(s)" in html
    assert "no events with coordinates" in client.get("/map?actor=CHN").text


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/events?quad=7", 422),
        ("/dyads/RUS", 422),
        ("/events?start=yesterday", 422),
        ("/articles/nope", 404),
        ("/?freq=decade", 422),
    ],
)
def test_bad_requests_get_an_html_error_page(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html") and "Error" in response.text
