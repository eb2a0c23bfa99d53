"""The tagger's rules: a regular expression for each family of expressions and how to read a match.

A rule's match is the TIMEX3 span itself (TimeBank extents: "last month", "the third quarter", "Sunday"
without "on"); context that must not be in the span is written as look-behind or look-ahead.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from dyad.timex import readers as R
from dyad.timex.anaphora import read_anaphoric
from dyad.timex.lexicon import alternation, lexicon
from dyad.timex.readers import Context, Value

__all__ = ["Context", "Rule", "rules"]


@dataclass(frozen=True)
class Rule:
    """One family of expressions: a pattern and the reading of its matches."""

    name: str
    pattern: re.Pattern[str]
    read: Callable[[re.Match[str], Context], Value | None]


_UNITS = "second|minute|hour|day|week|fortnight|month|quarter|year|decade|century|centuries"
_APPROX = (
    r"about|almost|nearly|some|more\s+than|less\s+than|over|roughly|around|at\s+least|up\s+to|only|just|"
    r"the\s+better\s+part\s+of|at\s+most|close\s+to|approximately"
)
_REL_UNITS = "week|weekend|month|quarter|year|decade|century|spring|summer|fall|autumn|winter"
_DAY_PARTS = "morning|afternoon|evening|night"


@functools.cache
def rules() -> tuple[Rule, ...]:
    """Every rule, compiled once; earlier rules win ties between equally long matches."""
    lex = lexicon()
    # An abbreviation may take a dot ("Sept."); after a whole name ("in May.") the dot ends the sentence.
    short_forms = {k for k in lex.months if any(o != k and o.startswith(k) for o in lex.months)}
    full, short = alternation(set(lex.months) - short_forms), alternation(short_forms)
    mon = rf"(?P<mon>(?:{full})\b|(?:{short})\b\.?)"
    wd = rf"(?P<wd>{alternation(k for k in lex.weekdays if len(k) > 4)})"
    day = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<year>1[0-9]\d\d|20\d\d)"
    words = alternation(k for k in lex.numbers if " " not in k and k not in ("a", "an"))
    num = rf"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|an?|a\s+couple\s+of|half\s+an?|(?:{words})(?:[\s-]+(?:and\s+)?(?:{words}))*)"
    vague = alternation(lex.vague_numbers)
    b, e = r"(?<![\w$.-])", r"(?![\w-])"
    mod = r"(?:(?P<mod>early|late|mid-?|the\s+(?:beginning|middle|end|start)\s+of)\s*)?"
    table: list[tuple[str, str, Callable[[re.Match[str], Context], Value | None]]] = [
        ("iso", r"(?P<y>\d{4})-(?P<mo>\d\d)-(?P<d>\d\d)(?:T(?P<h>\d\d):(?P<mi>\d\d)(?::\d\d)?)?", R.read_iso),
        ("slash", r"(?P<mo>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d{4}|\d\d)", R.read_slash),
        ("weekday_date", rf"(?:{wd},?\s+)?{mon}\s+{day}(?:,?\s+{year})?", R.read_month_day),
        ("day_month", rf"(?:the\s+)?{day}\s+(?:of\s+)?{mon}(?:,?\s+{year})?", R.read_month_day),
        (
            "month",
            # not before a day number: "last Oct. 23" is the day, read by the rules above
            rf"{mod}(?:(?P<rel>last|this|next)\s+)?{mon}(?!\.?\s+[0-3]?\d\b)"
            rf"(?:,?\s+{year}|\s+(?:of\s+)?(?P<rel2>last|this|next)\s+year)?",
            R.read_month,
        ),
        (
            "weekday",
            rf"(?:(?P<early>early|late|earlier|later)\s+)?(?:(?P<rel>last|this|next|this\s+past|this\s+coming|coming|past)\s+)?"
            rf"{wd}(?P<pl>s)?(?:\s+(?P<pod>(?:{_DAY_PARTS})s?))?",
            R.read_weekday,
        ),
        (
            "day_word",
            rf"(?:(?:early|late|earlier|later)\s+)?(?:(?P<pod0>mid-?afternoon|{_DAY_PARTS})\s+)?"
            rf"(?P<dw>today|yesterday|tomorrow|tonight|overnight)(?:\s+(?P<pod>{_DAY_PARTS}))?",
            R.read_day_word,
        ),
        (
            "this_part",
            rf"(?:(?:early|late|later|earlier)\s+)?(?P<rel>this|last)\s+(?P<pod>{_DAY_PARTS})",
            R.read_this_part,
        ),
        (
            "clock",
            rf"(?:(?:about|around|at\s+about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
            rf"(?:(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>a\.m\.|p\.m\.|am\b|pm\b)|(?P<noon>noon|midnight))"
            rf"(?:\s+(?:[ECMP][SD]T|GMT|UTC)\b)?(?:,?\s+(?:(?P<dw>today|yesterday|tomorrow|{wd})|{mon}\s+{day}))?",
            R.read_clock,
        ),
        (
            "anaphoric",
            rf"(?:(?P<mod>later|earlier)\s+)?"
            rf"(?:(?P<that>that(?:\s+same)?|the\s+same)|the\s+(?P<rel>following|previous|prior))"
            rf"\s+(?P<unit>day|{_DAY_PARTS}|week|month|year|quarter)"
            rf"|the\s+(?P<next>next)\s+(?P<unit2>day|{_DAY_PARTS})",
            read_anaphoric,
        ),
        (
            "relative",
            rf"(?:(?:earlier|later|early|late|the\s+(?:beginning|middle|end|start|rest)\s+of)\s+)?"
            rf"(?P<rel>last|this|next|the\s+past|the\s+last|the\s+previous|the\s+coming|the\s+next|the\s+current|"
            rf"the\s+latest|the\s+most\s+recent|the\s+prior|this\s+past|the\s+following)\s+(?:fiscal\s+)?(?P<unit>{_REL_UNITS})",
            R.read_relative,
        ),
        (
            "the_unit",
            r"(?:(?:the\s+(?:end|beginning|middle|rest)\s+of\s+)|over\s+)?"
            r"the\s+(?P<unit>quarter|weekend|latest\s+period|full\s+year|(?:fiscal\s+)?year)"
            r"(?!\s+(?:before|after|earlier|later|ago)\b)",  # "the year before" is read against another date
            R.read_the_unit,
        ),
        (
            "ago",
            rf"(?:(?:{_APPROX})\s+)?(?P<num>{num}|{vague})\s+(?:more\s+)?(?P<unit>{_UNITS})s?(?:\s+or\s+so)?\s+"
            rf"(?P<dir>ago|earlier|later|before|after|from\s+now|hence)",
            R.read_ago,
        ),
        (
            "year_ago_adj",
            r"(?:the\s+)?(?:comparable\s+|same\s+)?(?:year-(?:earlier|ago)|year\s+(?:earlier|ago))"
            r"(?:\s+(?P<ord>first|second|third|fourth))?(?:\s+(?:quarter|period))?",
            R.read_year_ago_adj,
        ),
        ("year_period", rf"the\s+{year}\s+(?:fiscal\s+)?(?P<unit>quarter|period)", R.read_year_period),
        (
            "quarter",
            rf"(?:the\s+)?(?:(?P<year2>1\d\d\d|20\d\d)\s+|(?P<ofyear>this|last|next)\s+year's\s+)?(?:fiscal\s+)?"
            rf"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last)(?:-|\s+)(?:fiscal\s+)?"
            rf"(?P<part>quarter|half|two\s+quarters)"
            rf"(?:\s+of\s+(?:fiscal\s+)?{year})?",
            R.read_quarter,
        ),
        (
            "spelled_year",
            rf"(?:the\s+year\s+)?(?:(?P<c>nineteen|eighteen|seventeen)(?:\s+hundred(?:\s+and)?)?|(?P<thousand>two\s+thousand(?:\s+and)?))"
            rf"(?:\s+(?P<rest>(?:{words})(?:[\s-]+(?:{words}))?))?",
            R.read_spelled_year,
        ),
        ("decade", r"(?:the\s+)?(?:(?:early|late|mid-?)\s*)?'?(?P<dec>1[0-9]\d0|20\d0|[0-9]0)'?s", R.read_decade),
        (
            "decade_word",
            r"the\s+(?:(?:early|late|mid-?)\s*)?"
            r"(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
            R.read_decade_word,
        ),
        (
            "season",
            # "fall" alone is too often the noun of falling ("the fall of the Berlin Wall") to be read bare.
            r"the\s+(?:(?:early|late|mid-?)\s*)?(?P<season>spring|summer|autumn|winter)"
            rf"(?:\s+of\s+(?:{year}|(?P<spelled>nineteen[\s-]+\w+(?:-\w+)?)))?",
            R.read_season,
        ),
        (
            "century",
            r"(?:the\s+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|(?P<nw>first|second|third|fourth|fifth|sixth|seventh|eighth|"
            r"ninth|tenth|eleventh|twelfth))\s+century",
            R.read_century,
        ),
        ("year", rf"{mod}(?:(?:fiscal|calendar|the\s+year)\s+)?{year}(?![\d,.]\d|\s*%|\s*-\s*\d)", R.read_year),
        (
            "duration",
            rf"(?:(?:the\s+(?:past|last|next|first|coming|previous|following|final|remaining|same|entire|full)\s+|the\s+)"
            rf"|(?:{_APPROX})\s+)?(?P<num>{num}|{vague})(?P<half0>\s+and\s+a\s+half)?(?:\s+more)?"
            rf"[\s-]+(?P<unit>{_UNITS})s?"
            r"(?P<half>\s+and\s+a\s+half)?(?!\s+old\b)",  # "52 years old" is an age, not a stretch of time
            R.read_duration,
        ),
        (
            "vague_duration",
            r"(?:(?<=for\s)|(?<=in\s)|(?:recent|coming|the\s+coming|the\s+next\s+several|the\s+past\s+several|"
            r"the\s+last\s+several)\s+)(?P<unit>years|months|weeks|days|decades|hours|centuries)",
            R.read_vague_duration,
        ),
        (
            "set",
            rf"(?:every|each)\s+(?:(?P<other>other)\s+|(?P<num>{num})\s+)?(?P<what>days?|weeks?|months?|years?|hours?|"
            rf"{_DAY_PARTS}|weekend|{alternation(k for k in lex.weekdays if len(k) > 4)}|"
            rf"{alternation(k for k in lex.months if len(k) >= 4)})",
            R.read_set,
        ),
        (
            "times_per",
            r"(?:once|twice|(?:three|four|five|\d+)\s+times)\s+(?:a|an|per|every)\s+(?P<what>day|week|month|year)",
            R.read_times_per,
        ),
        ("set_adverb", alternation(lex.set_adverbs), R.read_set_adverb),
        ("reference", alternation(lex.references), R.read_reference),
        ("holiday", rf"thanksgiving(?:\s+day)?|{alternation(lex.holidays)}", R.read_holiday),
    ]
    return tuple(Rule(name, re.compile(b + f"(?:{p})" + e, re.IGNORECASE), read) for name, p, read in table)
