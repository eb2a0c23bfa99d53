"""Dyad-period aggregates over the store: event counts by quad class and Goldstein sum and mean per period.

A dyad is written `RUS-USA`: two actor code prefixes. Undirected by default, an event counts when its
source starts with one prefix and its target with the other, in either direction; with `directed=True`
only events from the first to the second count. Negated and hypothetical events never count: they did
not happen.

An event is dated by its own `date` when that is a calendar date (`2001-07-22`), a month (`2014-02`,
counted on the month's first day) or a year (`2001`, on January 1st); otherwise by the article's
publication date. Events with neither are left out. Periods are labelled `2001-07-22` (day), `2001-W29`
(ISO week), `2001-07` (month) or `2001` (year); periods without events between the first and the last
are filled with zeros so that a chart's axis is even (unless that would make more than MAX_FILLED periods).
"""

from __future__ import annotations

import csv
import io
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Literal

from dyad.errors import InputError
from dyad.store import Store
from dyad.store.queries import parse_dyad

Freq = Literal["day", "week", "month", "year"]
FREQS: tuple[Freq, ...] = ("day", "week", "month", "year")
MAX_FILLED = 20_000

# The event's own date at the precision it has, else the article's publication date.
EVENT_DAY_SQL = (
    "coalesce(CASE "
    "WHEN regexp_full_match(e.date, '\\d{4}-\\d{2}-\\d{2}') THEN TRY_CAST(e.date AS DATE) "
    "WHEN regexp_full_match(e.date, '\\d{4}-\\d{2}') THEN TRY_CAST(e.date || '-01' AS DATE) "
    "WHEN regexp_full_match(e.date, '\\d{4}') THEN TRY_CAST(e.date || '-01-01' AS DATE) "
    "END, a.published)"
)


@dataclass(frozen=True)
class SeriesPoint:
    """The events of one dyad in one period."""

    period: str
    start: date
    events: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float
    goldstein_mean: float | None

    @property
    def quad_counts(self) -> tuple[int, int, int, int]:
        return (self.verbal_cooperation, self.material_cooperation, self.verbal_conflict, self.material_conflict)

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "start": self.start.isoformat()}


COLUMNS = tuple(name for name in SeriesPoint.__dataclass_fields__)


def dyad_clause(dyad: str, directed: bool = False) -> tuple[str, list[str]]:
    """A WHERE condition on the events table `e` selecting one dyad, and its bound parameters."""
    first, second = parse_dyad(dyad)
    one_way = "(starts_with(e.source_code, ?) AND starts_with(e.target_code, ?))"
    if directed:
        return one_way, [first, second]
    return f"({one_way} OR {one_way})", [first, second, second, first]


def dyad_series(
    store: Store,
    dyad: str | None,
    freq: str = "month",
    directed: bool = False,
    start: date | None = None,
    end: date | None = None,
) -> list[SeriesPoint]:
    """The dyad's events per period, oldest first, with empty periods between the first and last filled in.

    With `dyad=None` every event counts (the overview's series).
    """
    if freq not in FREQS:
        raise InputError(f"freq must be one of {', '.join(FREQS)} (got {freq!r})")
    condition, parameters = dyad_clause(dyad, directed) if dyad else ("true", [])
    bounds = ""
    if start:
        bounds += " AND day >= ?"
    if end:
        bounds += " AND day <= ?"
    sql = (
        f"WITH dated AS (SELECT {EVENT_DAY_SQL} AS day, e.quad_class, e.goldstein FROM events e "
        f"JOIN articles a ON a.id = e.article_id WHERE {condition} AND NOT coalesce(e.negated, false) "
        "AND NOT coalesce(e.hypothetical, false)) "
        "SELECT CAST(date_trunc(?, day) AS DATE) AS period, count(*), "
        "count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2), "
        "count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4), "
        "coalesce(sum(goldstein), 0), avg(goldstein) "
        f"FROM dated WHERE day IS NOT NULL{bounds} GROUP BY period ORDER BY period"
    )
    rows = store.query(sql, [*parameters, freq, *([start] if start else []), *([end] if end else [])])
    points = {
        row[0]: SeriesPoint(
            period=period_label(row[0], freq),
            start=row[0],
            events=row[1],
            verbal_cooperation=row[2],
            material_cooperation=row[3],
            verbal_conflict=row[4],
            material_conflict=row[5],
            goldstein_sum=round(float(row[6]), 4),
            goldstein_mean=None if row[7] is None else round(float(row[7]), 4),
        )
        for row in rows
    }
    if not points:
        return []
    starts = period_starts(min(points), max(points), freq)
    if len(starts) > MAX_FILLED:
        # A stray date centuries away would make millions of empty periods: keep only the full ones.
        return list(points.values())
    return [points.get(day) or _empty(day, freq) for day in starts]


def period_label(start: date, freq: str) -> str:
    """How a period starting on `start` is written."""
    if freq == "day":
        return start.isoformat()
    if freq == "week":
        year, week, _ = start.isocalendar()
        return f"{year}-W{week:02d}"
    if freq == "month":
        return f"{start.year}-{start.month:02d}"
    return str(start.year)


def period_starts(first: date, last: date, freq: str) -> list[date]:
    """The first day of every period from the one starting at `first` to the one starting at `last`.

    Stops after MAX_FILLED + 1 periods.
    """
    days: list[date] = []
    current = first
    while current <= last and len(days) <= MAX_FILLED:
        days.append(current)
        try:
            current = _next_start(current, freq)
        except (OverflowError, ValueError):  # past date.max
            break
    return days


def _next_start(day: date, freq: str) -> date:
    if freq == "day":
        return day + timedelta(days=1)
    if freq == "week":
        return day + timedelta(days=7)
    if freq == "month":
        return date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return date(day.year + 1, 1, 1)


def _empty(day: date, freq: str) -> SeriesPoint:
    return SeriesPoint(period_label(day, freq), day, 0, 0, 0, 0, 0, 0.0, None)


def series_csv(points: list[SeriesPoint]) -> str:
    """The series as CSV with a header row."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for point in points:
        row = point.to_dict()
        writer.writerow(["" if row[name] is None else row[name] for name in COLUMNS])
    return buffer.getvalue()
