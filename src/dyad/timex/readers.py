"""How each family of temporal expressions is read: from a regular-expression match to a TIMEX3 value.

Every reader takes the match of its rule (see `dyad.timex.rules`) and the `Context` (anchor date, tense,
the quarter under discussion) and returns `(type, value)`, or None when the words do not make a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dyad.model import TimeType
from dyad.timex import anchor as A
from dyad.timex.lexicon import lexicon, parse_number

Value = tuple[TimeType, str]


@dataclass
class Context:
    """What a rule needs beyond its match: the anchor date, the tense around it, the quarter in discussion."""

    anchor: date | None
    tense: A.Tense = "past"
    quarter: str | None = None  # the last quarter or half the article named ("1989-Q3")
    last: str | None = None  # the last calendar value read ("1995-05-22"), for "the following year"


def _unit(word: str) -> str:
    word = word.lower()
    if word in ("centuries", "century"):
        return "century"
    if word == "fortnight":
        return "fortnight"
    return word.rstrip("s")


def _month(word: str) -> int:
    return lexicon().months[word.lower().rstrip(".")]


def _weekday(word: str) -> int:
    return lexicon().weekdays[word.lower().rstrip("s")]


def _day_part(word: str | None) -> str:
    if not word:
        return ""
    word = re.sub(r"^mid-?", "", word.lower()).removesuffix("s")
    return lexicon().parts_of_day.get(word, "")


def _full_date(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _year_of(ctx: Context, month: int, day: int | None) -> str:
    return "XXXX" if ctx.anchor is None else f"{A.year_for_month(ctx.anchor, month, day, ctx.tense):04d}"


# -- explicit dates ------------------------------------------------------------------------------------


def read_iso(m: re.Match[str], ctx: Context) -> Value | None:
    value = _full_date(int(m["y"]), int(m["mo"]), int(m["d"]))
    if value is None:
        return None
    if m["h"]:
        return "TIME", f"{value}T{m['h']}:{m['mi']}"
    return "DATE", value


def read_slash(m: re.Match[str], ctx: Context) -> Value | None:
    year = int(m["y"])
    if year < 100:
        year += 1900 if year > 30 else 2000
    value = _full_date(year, int(m["mo"]), int(m["d"]))
    return ("DATE", value) if value else None


def read_month_day(m: re.Match[str], ctx: Context) -> Value | None:
    month, day = _month(m["mon"]), int(m["day"])
    if not 1 <= day <= 31:
        return None
    if m["year"]:
        value = _full_date(int(m["year"]), month, day)
        return ("DATE", value) if value else None
    year = _year_of(ctx, month, day)
    if year == "XXXX":
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    value = _full_date(int(year), month, day)
    return ("DATE", value) if value else None


def read_month(m: re.Match[str], ctx: Context) -> Value | None:
    month = _month(m["mon"])
    if m["year"]:
        return "DATE", A.month_value(int(m["year"]), month)
    rel = (m["rel"] or m["rel2"] or "").lower()
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}"
    year = ctx.anchor.year
    if rel == "last":
        year -= 1 if month >= ctx.anchor.month else 0
    elif rel == "next":
        year += 1 if month <= ctx.anchor.month else 0
    elif rel != "this":
        year = A.year_for_month(ctx.anchor, month, None, ctx.tense)
    return "DATE", A.month_value(year, month)


# -- weekdays and days -----------------------------------------------------------------------------------


def _day_from_words(word: str, ctx: Context) -> date | None:
    if ctx.anchor is None:
        return None
    word = word.lower()
    offsets = {"today": 0, "tonight": 0, "overnight": 0, "yesterday": -1, "tomorrow": 1}
    if word in offsets:
        return ctx.anchor + timedelta(days=offsets[word])
    return A.weekday_date(ctx.anchor, _weekday(word), ctx.tense)


def read_weekday(m: re.Match[str], ctx: Context) -> Value | None:
    weekday = _weekday(m["wd"])
    part = _day_part(m["pod"])
    if m["pl"] or (m["pod"] and m["pod"].lower().endswith("s")):
        return "SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else "")
    if ctx.anchor is None:
        return ("TIME" if part else "DATE"), f"XXXX-WXX-{weekday}" + (f"T{part}" if part else "")
    rel = re.sub(r"\s+", " ", (m["rel"] or "").lower())
    tense = ctx.tense
    if rel in ("last", "this past", "past"):
        tense = "past"
    elif rel in ("next", "this coming", "coming"):
        tense = "future"
    day = A.weekday_date(ctx.anchor, weekday, tense)
    if rel in ("last", "next") and day == ctx.anchor:
        day += timedelta(days=-7 if rel == "last" else 7)
    if part:
        return "TIME", f"{day.isoformat()}T{part}"
    return "DATE", day.isoformat()


def read_day_word(m: re.Match[str], ctx: Context) -> Value | None:
    word = m["dw"].lower()
    part = _day_part(m["pod"] or m["pod0"])
    if word in ("tonight", "overnight"):
        part = part or "NI"
    day = _day_from_words(word, ctx)
    if day is None:
        if part:
            return "TIME", f"XXXX-XX-XXT{part}"
        return "DATE", "PRESENT_REF" if word == "today" else "XXXX-XX-XX"
    if part:
        return "TIME", f"{day.isoformat()}T{part}"
    return "DATE", day.isoformat()


def read_this_part(m: re.Match[str], ctx: Context) -> Value | None:
    rel = m["rel"].lower()
    part = _day_part(m["pod"])
    if ctx.anchor is None:
        return "TIME", f"XXXX-XX-XXT{part}"
    day = ctx.anchor - timedelta(days=1) if rel == "last" else ctx.anchor
    return "TIME", f"{day.isoformat()}T{part}"


def read_clock(m: re.Match[str], ctx: Context) -> Value | None:
    word = (m["noon"] or "").lower()
    if word:
        hour, minute = (12, 0) if word == "noon" else (24, 0)
    else:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        ampm = m["ap"].lower().replace(".", "")
        if hour > 12 or minute > 59:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    day: date | None = None
    if m["dw"]:
        day = _day_from_words(m["dw"], ctx)
    elif m["mon"]:
        year = _year_of(ctx, _month(m["mon"]), int(m["day"]))
        day = None if year == "XXXX" else date(int(year), _month(m["mon"]), int(m["day"]))
    elif ctx.anchor:
        day = ctx.anchor
    base = day.isoformat() if day else "XXXX-XX-XX"
    return "TIME", f"{base}T{hour:02d}:{minute:02d}"


# -- relative periods ----------------------------------------------------------------------------------


def read_relative(m: re.Match[str], ctx: Context) -> Value | None:
    rel = re.sub(r"\s+", " ", m["rel"].lower()).removeprefix("the ")
    unit = m["unit"].lower()
    step = {"last": -1, "past": -1, "previous": -1, "prior": -1, "this past": -1, "latest": -1}.get(rel)
    if step is None:
        step = {"next": 1, "coming": 1, "following": 1}.get(rel, 0)
    season = lexicon().seasons.get(unit)
    if season:
        return "DATE", (A.season_value(ctx.anchor, season, step) if ctx.anchor else f"XXXX-{season}")
    if unit == "quarter" and rel == "current":
        step = 0
    if unit in ("decade", "century") and m["rel"].lower().startswith("the "):
        # "the past decade" is the stretch of time up to now, not the 1990s.
        return "DURATION", A.duration(1, unit)
    if ctx.anchor is None:
        return "DATE", A.unknown(unit)
    value = A.shift(ctx.anchor, unit, step)
    if unit == "quarter":
        ctx.quarter = value
    return "DATE", value


def read_the_unit(m: re.Match[str], ctx: Context) -> Value | None:
    unit = re.sub(r"\s+", " ", m["unit"].lower())
    # "the latest period" of an earnings report is its quarter; "the full year" the year in progress.
    unit = {"latest period": "quarter", "full year": "year", "fiscal year": "year"}.get(unit, unit)
    if unit == "year" and re.match(r"\s+(?:ended|ending)\b", m.string[m.end() :]):
        return "DURATION", "P1Y"  # "the year ended March 31": a twelve-month period, dated by its end
    if ctx.anchor is None:
        return "DATE", A.unknown(unit)
    if unit == "quarter":
        ctx.quarter = ctx.quarter or A.shift(ctx.anchor, "quarter", -1)
        return "DATE", ctx.quarter
    if unit == "weekend":
        step = 0 if ctx.tense == "future" or ctx.anchor.isoweekday() >= 6 else -1
        return "DATE", A.shift(ctx.anchor, "weekend", step)
    return "DATE", A.shift(ctx.anchor, unit, 0)


def read_ago(m: re.Match[str], ctx: Context) -> Value | None:
    n = parse_number(m["num"])
    unit = _unit(m["unit"])
    direction = m["dir"].lower()
    if unit in ("second", "minute", "hour"):
        return None
    if direction in ("earlier", "later", "before", "after") and not (unit == "year" and n == 1):
        return "DURATION", A.duration(n, unit if unit != "fortnight" else "week")
    if unit == "fortnight":
        unit, n = "week", (n or 0) * 2 or None
    if unit == "year" and n == 1 and direction in ("earlier", "before", "ago"):
        return "DATE", _year_before(ctx)
    if n is None:  # "several years ago": an unspecified time back, the TimeML reference value
        return "DATE", "PAST_REF" if direction == "ago" else "FUTURE_REF"
    if ctx.anchor is None:
        return "DATE", A.unknown(unit if unit in ("day", "week", "month", "year", "quarter") else "year")
    sign = 1 if direction in ("from now", "hence", "later", "after") else -1
    amount = round(n * sign)
    if unit == "day":
        return "DATE", A.shift(ctx.anchor, "day", amount)
    if unit == "week":
        return "DATE", A.shift(ctx.anchor, "week", amount)
    if unit in ("month", "quarter"):
        return "DATE", A.shift(ctx.anchor, "month", amount * (3 if unit == "quarter" else 1))
    if unit == "decade":
        return "DATE", A.shift(ctx.anchor, "year", amount * 10)
    if unit == "century":
        return "DATE", A.shift(ctx.anchor, "century", amount)
    return "DATE", A.shift(ctx.anchor, "year", amount)


def _year_before(ctx: Context) -> str:
    """The period a year before the one being discussed: a quarter when the article is talking in quarters."""
    if ctx.quarter:
        year, part = ctx.quarter.split("-")
        return f"{int(year) - 1:04d}-{part}"
    return f"{ctx.anchor.year - 1:04d}" if ctx.anchor else "XXXX"


def read_year_ago_adj(m: re.Match[str], ctx: Context) -> Value | None:
    ordinal = m["ord"]
    if ordinal and ctx.anchor:
        return "DATE", f"{ctx.anchor.year - 1:04d}-Q{lexicon().ordinals[ordinal.lower()]}"
    return "DATE", _year_before(ctx)


def read_quarter(m: re.Match[str], ctx: Context) -> Value | None:
    ordinal, part = m["ord"].lower(), re.sub(r"\s+", " ", m["part"].lower())
    # "the first two quarters" is the first half; "the last half", "the last quarter" the final one.
    letter = "Q" if part == "quarter" else "H"
    q = (4 if letter == "Q" else 2) if ordinal == "last" else lexicon().ordinals[ordinal]
    if part == "two quarters" and ordinal not in ("first", "last"):
        return None
    if ordinal == "last" and not (m["year"] or m["year2"]):
        return None  # "the last half of the '80s", "the last quarter": read by other rules
    if q > 4:
        return None
    if letter == "H" and q > 2:
        return None
    year_text = m["year"] or m["year2"]
    if year_text:
        year = int(year_text)
    elif ctx.anchor is None:
        return "DATE", f"XXXX-{letter}{q}"
    else:
        year = ctx.anchor.year + {"last": -1, "next": 1}.get((m["ofyear"] or "").lower(), 0)
        current = A.quarter_of(ctx.anchor) if letter == "Q" else (ctx.anchor.month - 1) // 6 + 1
        if not m["ofyear"] and ctx.tense != "future" and q > current:
            year -= 1
    ctx.quarter = f"{year:04d}-{letter}{q}"
    return "DATE", ctx.quarter


def read_year_period(m: re.Match[str], ctx: Context) -> Value | None:
    """ "the 1988 quarter", "the 1989 period": that year's part matching the quarter under discussion."""
    year = m["year"]
    if ctx.quarter:
        return "DATE", f"{year}-{ctx.quarter.split('-')[1]}"
    return "DATE", year if m["unit"].lower() == "period" else f"{year}-QX"


# -- years, decades, centuries ---------------------------------------------------------------------------


def read_year(m: re.Match[str], ctx: Context) -> Value | None:
    return "DATE", m["year"]


def read_spelled_year(m: re.Match[str], ctx: Context) -> Value | None:
    rest = parse_number(m["rest"]) if m["rest"] else 0
    if m["thousand"]:
        return ("DATE", f"{2000 + int(rest or 0):04d}") if (rest or 0) < 100 else None
    century = {"nineteen": 19, "eighteen": 18, "seventeen": 17}[m["c"].lower()]
    if rest is None or rest >= 100:
        return None
    return "DATE", f"{century * 100 + int(rest):04d}"


def read_decade(m: re.Match[str], ctx: Context) -> Value | None:
    digits = m["dec"]
    if len(digits) == 2:
        digits = ("19" if int(digits) > 20 else "20") + digits
    return "DATE", digits[:3]


def read_decade_word(m: re.Match[str], ctx: Context) -> Value | None:
    tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7}
    tens |= {"eighties": 8, "nineties": 9}
    return "DATE", f"19{tens[m['word'].lower()]}"


def read_season(m: re.Match[str], ctx: Context) -> Value | None:
    """ "the winter of 1994", "the early summer": a season named without last/this/next points by the tense."""
    season = lexicon().seasons[m["season"].lower()]
    if m["year"]:
        return "DATE", f"{m['year']}-{season}"
    if m["spelled"]:
        words = re.split(r"[\s-]+", m["spelled"].lower(), maxsplit=1)
        rest = parse_number(words[1]) if len(words) > 1 else None
        return ("DATE", f"{1900 + int(rest):04d}-{season}") if rest is not None and rest < 100 else None
    if ctx.anchor is None:
        return "DATE", f"XXXX-{season}"
    if season == A.current_season(ctx.anchor):
        return "DATE", A.season_value(ctx.anchor, season, 0)  # the season in progress
    return "DATE", A.season_value(ctx.anchor, season, 1 if ctx.tense == "future" else -1)


def read_century(m: re.Match[str], ctx: Context) -> Value | None:
    n = int(m["n"]) if m["n"] else lexicon().ordinals.get(m["nw"].lower(), 0)
    return ("DATE", f"{n - 1:02d}") if 1 <= n <= 21 else None


# -- durations, sets, references ------------------------------------------------------------------------


def read_duration(m: re.Match[str], ctx: Context) -> Value | None:
    n = parse_number(m["num"])
    if n is not None and (m["half"] or m["half0"]):
        n += 0.5  # "a minute and a half", "two and a half years"
    unit = _unit(m["unit"])
    if unit == "fortnight":
        unit, n = "week", (n * 2 if n is not None else None)
    if n is not None and (n <= 0 or n > 10000):
        return None
    return "DURATION", A.duration(n, unit)


def read_vague_duration(m: re.Match[str], ctx: Context) -> Value | None:
    return "DURATION", A.duration(None, _unit(m["unit"]))


def read_set(m: re.Match[str], ctx: Context) -> Value | None:
    what = m["what"].lower()
    n = parse_number(m["num"]) if m["num"] else (2 if m["other"] else 1)
    if what.rstrip("s") in ("day", "week", "month", "year", "hour", "decade", "quarter"):
        return "SET", A.duration(n, _unit(what))
    if what in lexicon().parts_of_day:
        return "SET", f"XXXX-XX-XXT{lexicon().parts_of_day[what]}"
    if what == "weekend":
        return "SET", "XXXX-WXX-WE"
    if what.rstrip("s") in lexicon().weekdays:
        return "SET", f"XXXX-WXX-{_weekday(what)}"
    return "SET", f"XXXX-{_month(what):02d}"


def read_times_per(m: re.Match[str], ctx: Context) -> Value | None:
    return "SET", A.duration(1, _unit(m["what"]))


def read_set_adverb(m: re.Match[str], ctx: Context) -> Value | None:
    return "SET", lexicon().set_adverbs[m[0].lower()]


def read_reference(m: re.Match[str], ctx: Context) -> Value | None:
    return "DATE", lexicon().references[re.sub(r"\s+", " ", m[0].lower())]


def read_holiday(m: re.Match[str], ctx: Context) -> Value | None:
    name = re.sub(r"\s+", " ", m[0].lower())
    thanksgiving = name.startswith("thanksgiving")
    month, day = (11, 22) if thanksgiving else lexicon().holidays[name]
    if ctx.anchor is None:
        return "DATE", f"XXXX-{month:02d}-" + ("XX" if thanksgiving else f"{day:02d}")
    year = A.year_for_month(ctx.anchor, month, day, ctx.tense)
    if thanksgiving:
        first = date(year, 11, 1)  # the fourth Thursday of November
        return "DATE", (first + timedelta(days=(4 - first.isoweekday()) % 7 + 21)).isoformat()
    return "DATE", f"{year:04d}-{month:02d}-{day:02d}"
