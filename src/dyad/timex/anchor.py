"""Calendar arithmetic and TIMEX3 value strings, relative to an anchor date."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Literal

Tense = Literal["past", "present", "future"]
Granularity = Literal["day", "week", "month", "quarter", "year", "decade", "century", "weekend"]


def day_value(d: date) -> str:
    """`2001-07-22`."""
    return d.isoformat()


def week_value(d: date) -> str:
    """The ISO week holding `d`: `2001-W30`."""
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    """`2001-07`."""
    return f"{year:04d}-{month:02d}"


def quarter_of(d: date) -> int:
    """1..4."""
    return (d.month - 1) // 3 + 1


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """The (year, month) `n` months after (year, month)."""
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


def shift(anchor: date, unit: str, n: int) -> str:
    """The value of the `unit`-sized period `n` units from the one holding `anchor` (n=0: the same one)."""
    if unit == "day":
        return day_value(anchor + timedelta(days=n))
    if unit == "week":
        return week_value(anchor + timedelta(weeks=n))
    if unit == "weekend":
        return week_value(anchor + timedelta(weeks=n)) + "-WE"
    if unit == "month":
        return month_value(*add_months(anchor.year, anchor.month, n))
    if unit == "quarter":
        q = anchor.year * 4 + quarter_of(anchor) - 1 + n
        return f"{q // 4:04d}-Q{q % 4 + 1}"
    if unit == "year":
        return f"{anchor.year + n:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + n:03d}"
    if unit == "century":
        return f"{anchor.year // 100 + n:02d}"
    raise ValueError(f"unknown unit {unit!r}")


def unknown(unit: str) -> str:
    """The value of a relative `unit` when there is no anchor date."""
    return {
        "day": "XXXX-XX-XX",
        "week": "XXXX-WXX",
        "weekend": "XXXX-WXX-WE",
        "month": "XXXX-XX",
        "quarter": "XXXX-QX",
        "year": "XXXX",
        "decade": "XXX",
        "century": "XX",
    }[unit]


def weekday_date(anchor: date, weekday: int, tense: Tense) -> date:
    """The date of ISO `weekday` (1=Monday) nearest `anchor` in the direction the tense points.

    News convention: a past-tense weekday is the latest such day on or before the anchor, a future one the
    next such day on or after it, and a present-tense one the nearest either way.
    """
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    if tense == "future":
        return anchor + timedelta(days=ahead)
    if tense == "present" and ahead < back:
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


def year_for_month(anchor: date, month: int, day: int | None, tense: Tense) -> int:
    """The year of a month (and day) written without one: the anchor's, moved when the tense disagrees.

    Past: a month later than the anchor's is last year's; future: an earlier one is next year's; present:
    the nearest one.
    """
    here = (month, day or 0)
    now = (anchor.month, anchor.day if day else 0)
    if tense == "past":
        return anchor.year - 1 if month > anchor.month else anchor.year
    if tense == "future":
        return anchor.year + 1 if here < now else anchor.year
    if month - anchor.month > 6:
        return anchor.year - 1
    if anchor.month - month > 6:
        return anchor.year + 1
    return anchor.year


def current_season(anchor: date) -> str:
    """The season the anchor falls in (meteorological, northern): `WI`, `SP`, `SU` or `FA`."""
    return "WI" if anchor.month in (12, 1, 2) else "SP" if anchor.month < 6 else "SU" if anchor.month < 9 else "FA"


def season_value(anchor: date, season: str, n: int) -> str:
    """`2001-SU` for the season `n` seasons from the anchor's own (n=-1 the last, 0 this, 1 next)."""
    starts = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
    current = current_season(anchor)
    # Winter is named by the year it starts in; January and February belong to the previous year's winter.
    base_year = anchor.year - 1 if anchor.month in (1, 2) else anchor.year
    year = base_year
    if n < 0 and starts[season] >= starts[current]:
        year -= 1
    elif n > 0 and starts[season] <= starts[current]:
        year += 1
    return f"{year:04d}-{season}"


# How many of the next smaller unit make one: a fractional amount is written with it ("P2Y6M", "PT5H30M").
_SMALLER = {
    "year": ("month", 12),
    "month": ("day", 30),
    "week": ("day", 7),
    "day": ("hour", 24),
    "hour": ("minute", 60),
    "minute": ("second", 60),
}
_LETTERS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W", "month": "M", "year": "Y"}


def duration(n: float | None, unit: str) -> str:
    """`P3Y`, `PT2H`, `PXW` (an unknown number), `P2Y6M` (two and a half years)."""
    if unit == "decade":
        n, unit = (n * 10 if n is not None else None), "year"
    elif unit == "century":
        n, unit = (n * 100 if n is not None else None), "year"
    elif unit == "quarter":
        n, unit = (n * 3 if n is not None else None), "month"
    if n is None:
        return f"{'PT' if unit in ('second', 'minute', 'hour') else 'P'}X{_LETTERS[unit]}"
    parts = [(n, unit)]
    whole = int(n)
    if n != whole and unit in _SMALLER:
        smaller, factor = _SMALLER[unit]
        rest = (n - whole) * factor
        if rest == int(rest):
            parts = [(whole, unit), (rest, smaller)] if whole else [(rest, smaller)]
    date_part = "".join(_amount(k) + _LETTERS[u] for k, u in parts if u not in ("second", "minute", "hour"))
    time_part = "".join(_amount(k) + _LETTERS[u] for k, u in parts if u in ("second", "minute", "hour"))
    return "P" + date_part + (f"T{time_part}" if time_part else "")


def _amount(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"
