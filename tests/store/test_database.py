from datetime import date

import pytest

from dyad.errors import StoreError
from dyad.model import Actor, Article, Event, Participant, Record, Span
from dyad.store import open_store
from dyad.store.queries import parse_dyad
from dyad.store.rows import event_id
from dyad.web.queries import EventFilter, find_events


def _event(source: str, target: str) -> Event:
    return Event(
        source=Participant(Actor(source, source[:3], source[3:6] or None), source, 0, 3),
        target=Participant(Actor(target, target[:3], target[3:6] or None), target, 10, 13),
        cameo="042",
        cameo_root="04",
        plover="CONSULT",
        plover_mode=None,
        quad_class=1,
        goldstein=1.9,
        trigger=Span("visited", 4, 11),
        sentence=(0, 20),
        rule="consult.visit",
        date="2020-01-01",
    )


def _coded(article_id: str, text: str, events: list[Event]) -> tuple[Article, Record]:
    article = Article(id=article_id, text=text, published=date(2020, 1, 1))
    return article, Record(id=article_id, published=article.published, title=None, events=events)


def test_writes_are_idempotent_by_id_and_by_content(tmp_path):
    path = tmp_path / "store.duckdb"
    with open_store(path) as store:
        assert store.write([_coded("a", "RUS visited USA.", [_event("RUSGOV", "USAGOV")])]) == 1
        assert store.write([_coded("a", "RUS visited USA.", [_event("RUSGOV", "USAGOV")])]) == 0
        assert store.write([_coded("b", "RUS visited USA.", [])]) == 0
        assert store.write([_coded("c", "CHN visited JPN.", [_event("CHNGOV", "JPNGOV")])]) == 1
    with open_store(path, read_only=True) as store:
        assert store.query("SELECT count(*) FROM articles") == [(2,)]
        assert store.query("SELECT count(*) FROM events") == [(2,)]
        assert store.query("SELECT max(version) FROM schema_migrations") == [(6,)]


def test_event_queries_filter_by_actor_and_dyad_in_either_direction(tmp_path):
    with open_store(tmp_path / "s.duckdb") as store:
        store.write(
            [
                _coded("a", "one", [_event("RUSGOV", "USAGOV"), _event("USAMIL", "RUSGOV")]),
                _coded("b", "two", [_event("CHNGOV", "JPNGOV")]),
            ]
        )
        assert find_events(store, EventFilter(dyad="RUS-USA"))[0] == 2
        assert find_events(store, EventFilter(actor="CHN"))[0] == 1
        assert find_events(store, EventFilter(actor="USAMIL"))[0] == 1
        assert find_events(store, EventFilter(actor="'; DROP TABLE events; --")) == (0, [])
        assert store.query("SELECT count(*) FROM events") == [(3,)]


def test_event_ids_are_stable():
    assert event_id("a", _event("RUSGOV", "USAGOV")) == event_id("a", _event("RUSGOV", "USAGOV"))
    assert event_id("a", _event("RUSGOV", "USAGOV")) != event_id("b", _event("RUSGOV", "USAGOV"))


def test_reading_a_missing_store_is_a_store_error(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        open_store(tmp_path / "absent.duckdb", read_only=True)


def test_bad_dyad_is_rejected():
    with pytest.raises(Exception, match="two actor codes"):
        parse_dyad("RUS")


def test_copies_of_one_story_count_an_event_once(tmp_path):
    with open_store(tmp_path / "s.duckdb") as store:
        store.write(
            [
                _coded("wire", "RUS visited USA. Copy one.", [_event("RUSGOV", "USAGOV")]),
                _coded("copy", "RUS visited USA. Copy two.", [_event("RUSGOV", "USAGOV")]),
                _coded("other", "RUS visited USA again.", [_event("RUSGOV", "USAGOV")]),
            ],
            duplicates={"wire": ("wire", [1, 2]), "copy": ("wire", [1, 3]), "other": ("other", [9, 9])},
        )
        groups = store.query("SELECT dup_group, num_articles FROM unique_events ORDER BY dup_group")
        assert groups == [("other", 1), ("wire", 2)]
        assert store.query("SELECT num_articles FROM daily_events") == [(3,)]
        assert sorted((row[0], row[2]) for row in store.signatures()) == [
            ("copy", [1, 3]),
            ("other", [9, 9]),
            ("wire", [1, 2]),
        ]


def test_an_id_given_twice_is_judged_once(tmp_path):
    with open_store(tmp_path / "store.duckdb") as store:
        assert store.write([_coded("a", "RUS visited USA.", [])]) == 1
        # "b" first repeats a stored text (skipped), then comes again with a new text: still skipped
        assert store.write([_coded("b", "RUS visited USA.", []), _coded("b", "CHN visited JPN.", [])]) == 0
        # a new id given twice: the first of the two is stored
        assert store.write([_coded("c", "FRA visited DEU.", []), _coded("c", "ITA visited ESP.", [])]) == 1
        assert store.query("SELECT id, text FROM articles ORDER BY id") == [
            ("a", "RUS visited USA."),
            ("c", "FRA visited DEU."),
        ]
