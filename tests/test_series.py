"""Dyad-period series on a hand-made store, `dyad series` and `dyad plot`."""

from __future__ import annotations

from datetime import date

import pytest

from dyad.cli import main
from dyad.errors import InputError
from dyad.model import Actor, Article, Event, Participant, Record, Span
from dyad.plot import series_svg
from dyad.series import SeriesPoint, dyad_series, period_label, series_csv
from dyad.store import open_store


def _event(source: str, target: str, quad: int, goldstein: float, day: str | None, **flags: bool) -> Event:
    return Event(
        source=Participant(Actor(source, source[:3]), source, 0, 3),
        target=Participant(Actor(target, target[:3]), target, 4, 7),
        cameo="040",
        cameo_root="04",
        plover=None,
        plover_mode=None,
        quad_class=quad,
        goldstein=goldstein,
        trigger=Span("met", 8, 11),
        sentence=(0, 12),
        rule="test",
        date=day,
        **flags,
    )


def _article(article_id: str, published: date | None, events: list[Event]) -> tuple[Article, Record]:
    article = Article(article_id, f"text of {article_id}", published)
    return article, Record(article_id, published, None, events=events)


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("series") / "s.duckdb"
    with open_store(path) as store:
        store.write(
            [
                _article(
                    "jan",
                    date(2020, 1, 20),
                    [
                        _event("RUSGOV", "USAGOV", 1, 1.0, "2020-01-15"),
                        _event("USAMIL", "RUSMIL", 4, -10.0, "2020-01-16"),
                        _event("RUSGOV", "USAGOV", 3, -2.0, None),  # dated by publication
                        _event("RUSGOV", "USAGOV", 4, -10.0, "2020-01-15", negated=True),
                        _event("RUSGOV", "USAGOV", 2, 7.0, "2020-01-15", hypothetical=True),
                        _event("RUSGOV", "CHNGOV", 1, 3.0, "2020-01-15"),
                    ],
                ),
                _article(
                    "apr",
                    date(2020, 4, 30),
                    [_event("USAGOV", "RUSGOV", 2, 7.4, "2020-04"), _event("USA", "RUS", 1, 3.4, "XXXX-04-02")],
                ),
            ]
        )
    return path


@pytest.fixture
def store(store_path):
    with open_store(store_path, read_only=True) as opened:
        yield opened


def test_monthly_series_counts_both_directions_and_fills_gaps(store):
    points = dyad_series(store, "RUS-USA", "month")
    assert [p.period for p in points] == ["2020-01", "2020-02", "2020-03", "2020-04"]
    january, february, _, april = points
    assert january == SeriesPoint("2020-01", date(2020, 1, 1), 3, 1, 0, 1, 1, -11.0, round(-11 / 3, 4))
    assert february.events == 0 and february.goldstein_mean is None and february.goldstein_sum == 0.0
    assert (april.events, april.material_cooperation, april.verbal_cooperation, april.goldstein_sum) == (2, 1, 1, 10.8)


def test_directed_series_keeps_one_direction(store):
    points = dyad_series(store, "RUS-USA", "month", directed=True)
    assert [(p.period, p.events, p.goldstein_sum) for p in points] == [("2020-01", 2, -1.0)]
    reverse = dyad_series(store, "usa-rus", "year", directed=True)
    assert [(p.period, p.events) for p in reverse] == [("2020", 3)]


def test_daily_and_weekly_periods(store):
    days = dyad_series(store, "RUS-USA", "day", start=date(2020, 1, 1), end=date(2020, 1, 31))
    assert [(p.period, p.events) for p in days] == [
        ("2020-01-15", 1),
        ("2020-01-16", 1),
        ("2020-01-17", 0),
        ("2020-01-18", 0),
        ("2020-01-19", 0),
        ("2020-01-20", 1),
    ]
    weeks = dyad_series(store, "RUS-USA", "week", end=date(2020, 1, 31))
    assert [(p.period, p.start, p.events) for p in weeks] == [
        ("2020-W03", date(2020, 1, 13), 2),
        ("2020-W04", date(2020, 1, 20), 1),
    ]


def test_no_events_gives_an_empty_series(store):
    assert dyad_series(store, "FRA-DEU") == []
    assert series_svg([]).count("no events") == 1


def test_every_event_counts_without_a_dyad(store):
    assert sum(p.events for p in dyad_series(store, None, "year")) == 6


def test_bad_frequency_or_dyad_is_an_input_error(store):
    with pytest.raises(InputError):
        dyad_series(store, "RUS-USA", "fortnight")
    with pytest.raises(InputError):
        dyad_series(store, "RUSUSA")


@pytest.mark.parametrize(
    ("day", "freq", "label"),
    [
        (date(2021, 1, 3), "week", "2020-W53"),
        (date(2021, 1, 1), "year", "2021"),
        (date(2021, 2, 1), "month", "2021-02"),
    ],
)
def test_period_labels(day, freq, label):
    assert period_label(day, freq) == label


def test_csv_has_a_header_and_blank_means(store):
    lines = series_csv(dyad_series(store, "RUS-USA", "month")).splitlines()
    assert lines[0].startswith("period,start,events,verbal_cooperation")
    assert lines[2] == "2020-02,2020-02-01,0,0,0,0,0,0.0,"


def test_series_command_prints_csv(store_path, capsys):
    assert main(["series", "--db", str(store_path), "--dyad", "RUS-USA", "--freq", "year", "--csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "2020,2020-01-01,5,2,1,1,1,-0.2,-0.04"


def test_plot_command_writes_svg_and_png(store_path, tmp_path, capsys):
    chart = tmp_path / "chart.svg"
    assert main(["plot", "--db", str(store_path), "--dyad", "RUS-USA", "-o", str(chart)]) == 0
    svg = chart.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and svg.count("<rect") > 5 and "RUS-USA per month" in svg
    png = tmp_path / "chart.png"
    assert main(["plot", "--db", str(store_path), "--dyad", "RUS-USA", "--freq", "month", "-o", str(png)]) == 0
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (900, 420)
    assert main(["plot", "--db", str(store_path), "--dyad", "RUS-USA", "-o", str(tmp_path / "chart.pdf")]) == 2
    assert "SVG or PNG" in capsys.readouterr().err


def test_chart_text_is_escaped():
    point = SeriesPoint("<b>", date(2020, 1, 1), 1, 1, 0, 0, 0, 1.0, 1.0)
    svg = series_svg([point], title="<script>alert(1)</script>")
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "<b>" not in svg
