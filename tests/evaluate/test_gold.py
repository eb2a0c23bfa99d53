"""Tests of the gold-file readers on tiny files written here."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dyad.errors import InputError
from dyad.evaluate import gold


def write(tmp_path: Path, records: list[dict[str, object]]) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2008-08-04", date(2008, 8, 4)),
        ("20080804", date(2008, 8, 4)),
        ("2009-03-20 12:24:52.002364-05", date(2009, 3, 20)),
        ("1990-08-15T13:37", date(1990, 8, 15)),
        ("yesterday", None),
        (None, None),
        ("2008-13-45", None),
    ],
)
def test_parse_date(raw: str | None, expected: date | None) -> None:
    assert gold.parse_date(raw) == expected


def test_event_files_of_each_layout(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        [
            {"id": "m", "text": "A said B.", "expected_code": "010"},
            {
                "id": "p",
                "text": "US and Jordan agreed.",
                "date": "2000-01-01",
                "cameo_code": "0311",
                "cameo_style_actors": {"source": ["USA", "JOR"], "target": []},
                "events": [{"plover_event": "DEMAND"}],
            },
            {"id": "g", "text": "x", "date": "20080804", "events": [{"source": "USA", "target": "CHN", "code": "042"}]},
        ],
    )
    manual, plover, gsr = gold.load_events(path)
    assert not manual.gold.has_actors and manual.gold.events[0].code == "010"
    # a joint event (several sources, no target) is one event in each direction, each with its PLOVER type
    assert [(e.source, e.target) for e in plover.gold.events] == [("USA", "JOR"), ("JOR", "USA")]
    assert plover.gold.plover == ("REQUEST", "REQUEST")
    assert plover.article.published == date(2000, 1, 1)
    assert gsr.gold.events[0].target == "CHN" and gsr.article.published == date(2008, 8, 4)


@pytest.mark.parametrize(
    ("sources", "targets", "pairs"),
    [
        (["USA", "JOR"], [], [("USA", "JOR"), ("JOR", "USA")]),
        (
            ["ISR", "PSE", "JOR"],
            None,
            [("ISR", "PSE"), ("ISR", "JOR"), ("PSE", "ISR"), ("PSE", "JOR"), ("JOR", "ISR"), ("JOR", "PSE")],
        ),
        (["USA", "USA"], [], [("USA", ""), ("USA", "")]),
        (["TLSCRM", "TLSCVL"], ["IDN"], [("TLSCRM", "IDN"), ("TLSCVL", "IDN")]),
        (["FRALAB"], ["FRA", "DEU"], [("FRALAB", "FRA"), ("FRALAB", "DEU")]),
        (["DNK"], [], [("DNK", "")]),
        ([], ["IRQ"], [("", "IRQ")]),
    ],
)
def test_plover_pairs(sources: list[str], targets: list[str] | None, pairs: list[tuple[str, str]]) -> None:
    assert gold.plover_pairs(sources, targets) == pairs


def test_actor_cases(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        [
            {"test": "a", "args": ["a US destroyer"], "expected": {"cc": "USA", "text": "destroyer"}},
            {"test": "b", "args": ["Hezbollah", "", "today"], "expected": {"code['code_1'] In": ["PTY", "REB"]}},
            {"test": "c", "args": ["a demand"], "expected": {"code": None}},
            {"test": "d", "args": ["Jacob Zuma"], "expected": {"wiki['title']": "Jacob Zuma"}},
            {"test": "e", "args": ["the Russian president", "", "2022-01-01"], "expected": {"cc": "RUS"}},
            {"test": "f", "args": ["the Russian president", "", "10 May 2015"], "expected": {"cc": "RUS"}},
        ],
    )
    samples = gold.load_actor_cases(path)
    assert [(s.gold.phrase, s.gold.country, s.gold.sectors, s.gold.expect_none) for s in samples[:3]] == [
        ("a US destroyer", "USA", None, False),
        ("Hezbollah", None, ("PTY", "REB"), False),
        ("a demand", None, None, True),
    ]
    # the test's as-of date is the article's publication date; "today" leaves it open
    assert [s.article.published for s in samples] == [None, None, None, date(2022, 1, 1), date(2015, 5, 10)]


def test_quotes_times_places(tmp_path: Path) -> None:
    quote = {"quote_segments": [[0, 4], [9, 12]], "speaker_span": [5, 8], "type": "mixed"}
    (quotes,) = gold.load_quotes(write(tmp_path, [{"id": "q", "text": "abcd efgh ijk", "quotes": [quote]}]))
    assert quotes.gold.quotes[0].segments == ((0, 4), (9, 12)) and quotes.gold.quotes[0].speaker == ((5, 8),)
    timex = {"start": 0, "end": 6, "type": "DATE", "value": "1998-01-09", "text": "Friday"}
    (times,) = gold.load_times(
        write(tmp_path, [{"id": "t", "text": "Friday", "dct": "1998-01-08", "timexes": [timex]}])
    )
    assert times.article.published == date(1998, 1, 8) and times.gold.timexes[0].value == "1998-01-09"
    toponym = {"start": 0, "end": 5, "text": "Paris", "lat": "48.85", "lon": 2.35}
    (places,) = gold.load_places(write(tmp_path, [{"id": "p", "text": "Paris", "date": None, "toponyms": [toponym]}]))
    assert places.gold.toponyms[0].lat == 48.85 and places.article.published is None


def test_limit_keeps_the_first_records(tmp_path: Path) -> None:
    path = write(tmp_path, [{"id": str(i), "text": "x", "expected_code": "010"} for i in range(5)])
    assert [s.article.id for s in gold.load_events(path, limit=2)] == ["0", "1"]


def test_bad_files_raise_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        list(gold.read_jsonl(tmp_path / "missing.jsonl"))
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": 1}\n{not json\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"broken\.jsonl:2"):
        list(gold.read_jsonl(broken))
    with pytest.raises(InputError, match="timexes"):
        gold.load_times(write(tmp_path, [{"id": "x", "text": "y"}]))
