"""Calendar arithmetic behind TIMEX3 values."""

from __future__ import annotations

from datetime import date

import pytest

from dyad.timex import anchor as A

MONDAY = date(2001, 7, 23)


@pytest.mark.parametrize(
    ("weekday", "tense", "expected"),
    [
        (7, "past", date(2001, 7, 22)),
        (1, "past", MONDAY),
        (5, "past", date(2001, 7, 20)),
        (7, "future", date(2001, 7, 29)),
        (2, "future", date(2001, 7, 24)),
        (2, "present", date(2001, 7, 24)),
        (6, "present", date(2001, 7, 21)),
    ],
)
def test_weekday_date(weekday: int, tense: A.Tense, expected: date) -> None:
    assert A.weekday_date(MONDAY, weekday, tense) == expected


@pytest.mark.parametrize(
    ("unit", "n", "expected"),
    [
        ("day", -1, "2001-07-22"),
        ("week", 1, "2001-W31"),
        ("week", 0, "2001-W30"),
        ("weekend", -1, "2001-W29-WE"),
        ("month", -1, "2001-06"),
        ("month", -7, "2000-12"),
        ("quarter", -1, "2001-Q2"),
        ("quarter", -3, "2000-Q4"),
        ("year", -2, "1999"),
        ("decade", -1, "199"),
        ("century", 0, "20"),
    ],
)
def test_shift(unit: str, n: int, expected: str) -> None:
    assert A.shift(MONDAY, unit, n) == expected


def test_shift_rejects_unknown_units() -> None:
    with pytest.raises(ValueError):
        A.shift(MONDAY, "fortnight", 1)


@pytest.mark.parametrize(
    ("month", "tense", "expected"),
    [
        (12, "past", 2000),
        (6, "past", 2001),
        (3, "future", 2002),
        (9, "future", 2001),
        (1, "present", 2001),
        (2, "present", 2001),
    ],
)
def test_year_for_month(month: int, tense: A.Tense, expected: int) -> None:
    assert A.year_for_month(MONDAY, month, None, tense) == expected


def test_year_for_month_present_takes_the_nearest() -> None:
    assert A.year_for_month(date(2001, 1, 10), 12, None, "present") == 2000
    assert A.year_for_month(date(2001, 11, 10), 2, None, "present") == 2002


@pytest.mark.parametrize(
    ("anchor", "season", "n", "expected"),
    [
        (MONDAY, "SU", 0, "2001-SU"),
        (MONDAY, "FA", -1, "2000-FA"),
        (MONDAY, "SP", 1, "2002-SP"),
        (date(2001, 1, 15), "WI", 0, "2000-WI"),
        (date(1998, 2, 1), "FA", -1, "1997-FA"),
    ],
)
def test_season_value(anchor: date, season: str, n: int, expected: str) -> None:
    assert A.season_value(anchor, season, n) == expected


@pytest.mark.parametrize(
    ("n", "unit", "expected"),
    [
        (3, "year", "P3Y"),
        (2, "week", "P2W"),
        (None, "month", "PXM"),
        (2, "hour", "PT2H"),
        (2, "decade", "P20Y"),
        (3, "quarter", "P9M"),
        # a fraction is written in the next smaller unit, as TimeML does
        (2.5, "year", "P2Y6M"),
        (5.5, "hour", "PT5H30M"),
        (1.5, "minute", "PT1M30S"),
        (0.5, "day", "PT12H"),
        (1.5, "week", "P1.5W"),  # 3.5 days is no whole number either: kept as a decimal
        (0.3, "year", "P0.3Y"),
    ],
)
def test_duration(n: float | None, unit: str, expected: str) -> None:
    assert A.duration(n, unit) == expected


def test_week_value_pads_the_week() -> None:
    assert A.week_value(date(2001, 1, 3)) == "2001-W01"
