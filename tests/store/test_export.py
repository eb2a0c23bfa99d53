"""Each export loads in pandas without warnings and holds one row per unique event."""

import json
import warnings
from datetime import date

import pandas as pd
import pytest

from dyad.model import Actor, Article, Event, Location, Participant, Record, Span
from dyad.store import open_store
from dyad.store.export import GDELT_COLUMNS, ICEWS_COLUMNS, export


def _event(cameo: str, source: str, target: str, when: str) -> Event:
    return Event(
        source=Participant(Actor(source, source[:3], source[3:6] or None, f"{source} name"), "x", 0, 1),
        target=Participant(Actor(target, target[:3], target[3:6] or None, f"{target} name"), "y", 5, 6),
        cameo=cameo, cameo_root=cameo[:2], plover="CONSULT", plover_mode=None, quad_class=1, goldstein=1.0,
        trigger=Span("met", 2, 5), sentence=(0, 10), rule="consult.meet", date=when,
        place=Location("Genoa", 3176219, "ITA", 44.4, 8.9),
    )  # fmt: skip


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "s.duckdb") as store:
        rows = []
        for article_id in ("a", "b", "c"):
            article = Article(article_id, f"text {article_id}", date(2001, 7, 23), url=f"https://x.org/{article_id}")
            events = [_event("040", "RUSGOV", "USAGOV", "2001-07-22"), _event("1123", "NGO", "CHNMIL", "2001-07")]
            rows.append((article, Record(article_id, article.published, None, events=events)))
        store.write(rows, duplicates={"a": ("a", [1]), "b": ("a", [1]), "c": ("c", [2])})
        yield store


def _load(path, **options):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return pd.read_csv(path, sep="\t", dtype=str, keep_default_na=False, **options)


def test_gdelt_has_58_columns_and_one_row_per_story_and_event(store, tmp_path):
    out = tmp_path / "events.tsv"
    assert export(store, "gdelt", out) == 4
    frame = _load(out, header=None, names=GDELT_COLUMNS)
    assert len(GDELT_COLUMNS) == 58 and frame.shape == (4, 58)
    consult = frame[(frame.EventCode == "040") & (frame.NumArticles == "2")].iloc[0]
    assert consult.SQLDATE == "20010722" and consult.Actor1Code == "RUSGOV" and consult.Actor1Type1Code == "GOV"
    assert consult.ActionGeo_FeatureID == "3176219" and consult.SOURCEURL == "https://x.org/a"
    ngo = frame[frame.EventCode == "1123"].iloc[0]
    assert ngo.Actor1KnownGroupCode == "NGO" and ngo.EventBaseCode == "112" and ngo.SQLDATE == "20010723"


def test_icews_has_its_header(store, tmp_path):
    out = tmp_path / "events.tab"
    export(store, "icews", out)
    frame = _load(out)
    assert tuple(frame.columns) == ICEWS_COLUMNS and len(frame) == 4
    row = frame[frame["CAMEO Code"] == "040"].iloc[0]
    assert row["Source Country"] == "Russian Federation" and row["Source Sectors"] == "Government"


def test_plover_json_lines(store, tmp_path):
    out = tmp_path / "events.jsonl"
    export(store, "plover", out)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 4 and {r["event"] for r in records} == {"CONSULT"}
    assert records[0]["location"]["geonameid"] == 3176219
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(pd.read_json(out, lines=True)) == 4


def test_parquet_and_csv_hold_every_stored_event(store, tmp_path):
    assert export(store, "parquet", tmp_path / "events.parquet") == 6
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        frame = pd.read_parquet(tmp_path / "events.parquet")
        assert len(frame) == 6 and "event_id" in frame.columns
        export(store, "csv", tmp_path / "events.csv")
        assert len(pd.read_csv(tmp_path / "events.csv")) == 6


def test_unknown_format_is_an_input_error(store, tmp_path):
    with pytest.raises(Exception, match="unknown export format"):
        export(store, "xml", tmp_path / "x")
