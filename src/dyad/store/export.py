"""Exports in the formats the field uses: GDELT 1.0-style and ICEWS-style TSV, PLOVER JSON, Parquet, CSV.

The TSV and JSON exports hold one row per unique event (copies of one wire story counted once, with
GDELT's NumMentions/NumSources/NumArticles); Parquet and CSV hold the stored event rows as they are.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from dyad.errors import InputError
from dyad.events.codebook import codebook
from dyad.store.database import Store

FORMATS = ("gdelt", "icews", "plover", "parquet", "csv")

GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor{n}{field}" for n in (1, 2) for field in (
        "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code")),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "AvgTone",
    *(f"{who}Geo_{field}" for who in ("Actor1", "Actor2", "Action") for field in (
        "Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

ICEWS_COLUMNS = (
    "Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
    "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
    "City", "District", "Province", "Country", "Latitude", "Longitude",
)  # fmt: skip

SECTOR_NAMES = {
    "GOV": "Government", "MIL": "Military", "COP": "Police", "JUD": "Judiciary", "LEG": "Legislature",
    "OPP": "Opposition", "REB": "Rebels", "INS": "Insurgents", "SEP": "Separatists", "BUS": "Business",
    "MED": "Media", "NGO": "Nongovernmental Organization", "IGO": "International Organization",
    "EDU": "Education", "REL": "Religious", "REF": "Refugees", "CVL": "Civilians", "LAB": "Labor",
    "HLH": "Health", "ELI": "Elites", "CRM": "Criminal", "PTY": "Political Party", "AGR": "Agriculture",
    "SPY": "Intelligence", "UAF": "Unidentified Armed Forces", "ENV": "Environment", "HRI": "Human Rights",
}  # fmt: skip

# One row per unique event: the first stored mention (by article and position) stands for the group.
_UNIQUE_EVENTS = """
SELECT u.event_id, u.date, u.num_mentions, u.num_sources, u.num_articles, e.*, a.url, a.source AS publisher,
       a.published, a.coded_at
FROM unique_events u
JOIN events e ON e.event_id = u.event_id
JOIN articles a ON a.id = e.article_id
ORDER BY u.date, u.event_id
"""


def export(store: Store, fmt: str, out: Path) -> int:
    """Write the store's events to `out` in format `fmt`; returns the number of rows written."""
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r} (known: {', '.join(FORMATS)})")
    if fmt in ("parquet", "csv"):
        return _copy(store, fmt, out)
    rows = list(_unique_events(store))
    with out.open("w", encoding="utf-8", newline="") as stream:
        if fmt == "plover":
            for row in rows:
                stream.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
        else:
            _write_tsv(stream, GDELT_COLUMNS if fmt == "gdelt" else ICEWS_COLUMNS, rows, fmt)
    return len(rows)


def _unique_events(store: Store) -> Iterator[dict[str, Any]]:
    cursor = store.connection.execute(_UNIQUE_EVENTS)
    names = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(10_000):
        for values in batch:
            yield dict(zip(names, values, strict=True))


def _copy(store: Store, fmt: str, out: Path) -> int:
    options = "FORMAT PARQUET" if fmt == "parquet" else "FORMAT CSV, HEADER"
    store.connection.execute(f"COPY (SELECT * FROM events ORDER BY article_id, idx) TO '{_quoted(out)}' ({options})")
    return int(store.query("SELECT count(*) FROM events")[0][0])


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")


def _write_tsv(stream: TextIO, columns: tuple[str, ...], rows: list[dict[str, Any]], fmt: str) -> None:
    writer = csv.writer(stream, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    if fmt == "icews":
        writer.writerow(columns)
    for row in rows:
        values = gdelt_row(row) if fmt == "gdelt" else icews_row(row)
        writer.writerow(["" if values.get(c) is None else values[c] for c in columns])


def event_day(row: dict[str, Any]) -> date:
    """The event's day: its own date when the text gives a whole day, else the publication date."""
    value = row.get("date") or ""
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        published = row.get("published")
        return published if isinstance(published, date) else date(1970, 1, 1)


def _actor_parts(code: str | None) -> tuple[str | None, str | None, list[str]]:
    """(country, known group, type codes) of a CAMEO-style actor code."""
    if not code:
        return None, None, []
    parts = [code[i : i + 3] for i in range(0, len(code), 3)]
    if parts[0] in ("IGO", "NGO"):
        return None, parts[0], parts[1:]
    if parts[0] in SECTOR_NAMES:
        return None, None, parts
    return parts[0], None, parts[1:]


def gdelt_row(row: dict[str, Any]) -> dict[str, Any]:
    """A GDELT 1.0 event row. Country codes stay ISO 3166-1 alpha-3 (GDELT's geography uses FIPS 10-4)."""
    day = event_day(row)
    values: dict[str, Any] = {
        "GLOBALEVENTID": int(row["event_id"][:15], 16),
        "SQLDATE": day.strftime("%Y%m%d"),
        "MonthYear": day.strftime("%Y%m"),
        "Year": day.year,
        "FractionDate": f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}",
        "IsRootEvent": 1 if row["idx"] == 0 else 0,  # the article's first event
        "EventCode": row["cameo"],
        "EventBaseCode": row["cameo"][:3],
        "EventRootCode": row["cameo_root"],
        "QuadClass": row["quad_class"],
        "GoldsteinScale": row["goldstein"],
        "NumMentions": row["num_mentions"],
        "NumSources": row["num_sources"],
        "NumArticles": row["num_articles"],
        "DATEADDED": row["coded_at"].strftime("%Y%m%d") if row.get("coded_at") else None,
        "SOURCEURL": row.get("url") or row["article_id"],
    }
    for n, side in ((1, "source"), (2, "target")):
        country, group, types = _actor_parts(row[f"{side}_code"])
        values |= {
            f"Actor{n}Code": row[f"{side}_code"],
            f"Actor{n}Name": (row[f"{side}_name"] or row[f"{side}_text"] or "").upper() or None,
            f"Actor{n}CountryCode": country,
            f"Actor{n}KnownGroupCode": group,
        }
        for i, code in enumerate(types[:3], start=1):
            values[f"Actor{n}Type{i}Code"] = code
    if row.get("lat") is not None:
        values |= {
            "ActionGeo_Type": _geo_type(row.get("place_name"), row.get("place_country")),
            "ActionGeo_FullName": row["place_name"],
            "ActionGeo_CountryCode": row["place_country"],
            "ActionGeo_Lat": row["lat"],
            "ActionGeo_Long": row["lon"],
            "ActionGeo_FeatureID": row["place_geonameid"],
        }
    return values


def _geo_type(name: str | None, country: str | None) -> int:
    """GDELT's geographic resolution: 1 a country, 3 a US place, 4 a place elsewhere."""
    if name and name == _country_name(country):
        return 1
    return 3 if country == "USA" else 4


def icews_row(row: dict[str, Any]) -> dict[str, Any]:
    """An ICEWS-style event row."""
    cameo = codebook().get(row["cameo"])
    values: dict[str, Any] = {
        "Event ID": int(row["event_id"][:15], 16),
        "Event Date": event_day(row).isoformat(),
        "Event Text": cameo.name if cameo else None,
        "CAMEO Code": row["cameo"],
        "Intensity": row["goldstein"],
        "Story ID": row["article_id"],
        "Sentence Number": row["sentence_start"],
        "Publisher": row.get("publisher"),
        "City": row.get("place_name"),
        "Country": _country_name(row.get("place_country")),
        "Latitude": row.get("lat"),
        "Longitude": row.get("lon"),
    }
    for label, side in (("Source", "source"), ("Target", "target")):
        country, group, types = _actor_parts(row[f"{side}_code"])
        sectors = [SECTOR_NAMES.get(code, code) for code in ([group] if group else []) + types]
        values |= {
            f"{label} Name": row[f"{side}_name"] or row[f"{side}_text"],
            f"{label} Sectors": ",".join(sectors) or None,
            f"{label} Country": _country_name(country),
        }
    return values


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """An event in the PLOVER JSON layout (event type and mode, actors, date, location, provenance)."""
    return {
        "id": row["event_id"],
        "date": row["date"],
        "event": row["plover"],
        "mode": row["plover_mode"],
        "cameo": row["cameo"],
        "quad_class": row["quad_class"],
        "goldstein": row["goldstein"],
        "source": _plover_actor(row, "source"),
        "target": _plover_actor(row, "target"),
        "eventText": row["trigger_text"],
        "location": None
        if row.get("lat") is None
        else {
            "name": row["place_name"],
            "geonameid": row["place_geonameid"],
            "country": row["place_country"],
            "lat": row["lat"],
            "lon": row["lon"],
        },
        "story_id": row["article_id"],
        "url": row.get("url"),
        "num_articles": row["num_articles"],
        "negated": row["negated"],
        "hypothetical": row["hypothetical"],
        "rule": row["rule"],
    }


def _plover_actor(row: dict[str, Any], side: str) -> dict[str, Any] | None:
    code = row[f"{side}_code"]
    if not code:
        return None
    return {"code": code, "country": row[f"{side}_country"], "name": row[f"{side}_name"], "text": row[f"{side}_text"]}


def _country_name(code: str | None) -> str | None:
    if not code:
        return None
    import pycountry

    country = pycountry.countries.get(alpha_3=code)
    return country.name if country else code
