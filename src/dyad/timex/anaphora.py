"""Times read against the last date the article named: "the following year", "later that month", "that same day".

Narrative news moves its own clock: after "On May 22, 1995, ...", "the following year" is 1996, not the year
after publication. The tagger keeps the last calendar value it read in `Context.last`; without one these
expressions fall back on the publication date.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dyad.timex import anchor as A
from dyad.timex.lexicon import lexicon
from dyad.timex.readers import Context, Value

_CALENDAR = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d\d)(?:-(?P<d>\d\d))?)?")
_STEPS = {"following": 1, "next": 1, "previous": -1, "prior": -1}
_DAY_UNITS = frozenset({"day", "morning", "afternoon", "evening", "night"})


def calendar_prefix(value: str) -> str | None:
    """The year, month and day at the start of a TIMEX3 value (`1998-10-23T22:00` -> `1998-10-23`), if any."""
    m = _CALENDAR.match(value)
    return m[0] if m else None


def read_anaphoric(m: re.Match[str], ctx: Context) -> Value | None:
    unit = (m["unit"] or m["unit2"]).lower()
    that = (m["that"] or "").lower()
    if that == "that" and unit in _DAY_UNITS and not m["mod"]:
        return None  # a bare "that day" is mostly a day in general ("redemptions that day")
    step = _STEPS.get((m["rel"] or m["next"] or "").lower(), 0)
    if unit == "quarter":
        return _quarter(ctx, step)
    base = _base(ctx)
    if base is None:
        return ("DATE", A.unknown(unit if unit in ("week", "month", "year") else "day")) if unit else None
    year, month, day = base
    if unit == "year":
        return "DATE", f"{year + step:04d}"
    if month is None:
        return "DATE", f"{year:04d}-XX" if unit == "month" else f"{year:04d}-XX-XX"
    if unit == "month":
        return "DATE", A.month_value(*A.add_months(year, month, step))
    if day is None:
        return "DATE", f"{year:04d}-{month:02d}-XX" if unit in _DAY_UNITS else f"{year:04d}-WXX"
    when = date(year, month, day)
    if unit == "week":
        return "DATE", A.week_value(when + timedelta(weeks=step))
    when += timedelta(days=step)
    part = lexicon().parts_of_day.get(unit)
    return ("TIME", f"{when.isoformat()}T{part}") if part else ("DATE", when.isoformat())


def _base(ctx: Context) -> tuple[int, int | None, int | None] | None:
    last = ctx.last or (ctx.anchor.isoformat() if ctx.anchor else None)
    m = _CALENDAR.match(last) if last else None
    if m is None:
        return None
    return int(m["y"]), (int(m["m"]) if m["m"] else None), (int(m["d"]) if m["d"] else None)


def _quarter(ctx: Context, step: int) -> Value:
    if ctx.quarter and "-Q" in ctx.quarter:
        year, q = ctx.quarter.split("-Q")
        n = int(year) * 4 + int(q) - 1 + step
        ctx.quarter = f"{n // 4:04d}-Q{n % 4 + 1}"
        return "DATE", ctx.quarter
    if ctx.anchor is None:
        return "DATE", "XXXX-QX"
    # No quarter named yet: "that quarter" is the last one reported, as for "the quarter".
    return "DATE", A.shift(ctx.anchor, "quarter", step or -1)
