"""Temporal expressions normalised to TIMEX3 values against the publication date.

The rules in `dyad.timex.rules` propose spans over the raw text; the parse then vetoes readings that
are not times ("May" the name, "march" the verb, a year that counts troops) and gives each expression
the tense of its clause, which decides the direction of bare weekdays and months. The last calendar
date read anchors the expressions that follow the story's own clock ("the following year", "that same day").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span

from dyad.model import TimeRef
from dyad.timex.anaphora import calendar_prefix
from dyad.timex.rules import Context, Rule, rules
from dyad.timex.tense import tense_of

# Entity labels under which a date-like word is part of a name ("Sunday Times", "Theresa May").
_NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "PRODUCT", "LAW", "FAC", "NORP", "GPE", "LOC"})
# Words before a bare year or month that mark it as a date ("in 1972", "since May").
_DATE_CUES = frozenset(
    [
        "in",
        "since",
        "by",
        "of",
        "from",
        "until",
        "till",
        "before",
        "after",
        "during",
        "through",
        "to",
        "and",
        "or",
        "between",
        "early",
        "late",
        "mid",
        "fiscal",
        "last",
        "this",
        "next",
        "since",
        "around",
        "about",
        "than",
        "throughout",
    ]
)
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "jan", "mar", "sept", "aug", "dec"})


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    order: int
    rule: Rule
    match: re.Match[str]


def find_times(doc: Doc, published: date | None) -> list[TimeRef]:
    """Every temporal expression in `doc`, in text order."""
    found: list[TimeRef] = []
    context = Context(anchor=published)
    whole = doc.text  # spaCy joins every token's text on each access: read it once
    names = _name_tokens(doc)
    for candidate in _select(_candidates(whole)):
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if span is None or not _plausible(candidate, span, names):
            continue
        context.tense = tense_of(span)
        try:
            reading = candidate.rule.read(candidate.match, context)
        except (OverflowError, ValueError):
            continue  # arithmetic that falls off the calendar ("100000 days ago" from a date near year 1)
        if reading is None:
            continue
        kind, value = reading
        if kind in ("DATE", "TIME"):
            context.last = calendar_prefix(value) or context.last
        text = whole[candidate.start : candidate.end]
        found.append(TimeRef(text=text, start=candidate.start, end=candidate.end, type=kind, value=value))
    return found


def _candidates(text: str) -> list[_Candidate]:
    return [
        _Candidate(m.start(), m.end(), order, rule, m)
        for order, rule in enumerate(rules())
        for m in rule.pattern.finditer(text)
    ]


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Longest match first, then the earlier rule; no two chosen spans overlap."""
    taken: list[_Candidate] = []
    used: set[int] = set()  # characters already covered: an overlap check linear in the candidate's length
    for c in sorted(candidates, key=lambda c: (c.start - c.end, c.order, c.start)):
        if used.isdisjoint(range(c.start, c.end)):
            taken.append(c)
            used.update(range(c.start, c.end))
    return sorted(taken, key=lambda c: c.start)


def _plausible(candidate: _Candidate, span: Span, names: frozenset[int]) -> bool:
    """False when the parse says the words are not a time here."""
    m = candidate.match
    groups = m.groupdict()
    for key in ("mon", "wd"):
        word = groups.get(key)
        if word and not word[0].isupper():
            return False
    if names.issuperset(range(span.start, span.end)):
        return False
    name = candidate.rule.name
    if name == "month" and not (groups.get("rel") or groups.get("rel2") or groups.get("year") or groups.get("mod")):
        return _month_alone_is_date(span, groups["mon"])
    if name == "year" and not groups.get("mod"):
        return _year_is_date(span)
    if name in ("duration", "ago") and _fraction_or_ordinal(m):
        return False
    if name == "duration" and (groups.get("num") or "").lower() in ("a", "an") and _after_an_amount(span):
        return False
    # A bare "nineteen" is a number; "nineteen ninety", "two thousand" and "the year nineteen" are years.
    return name != "spelled_year" or bool(
        groups.get("rest") or groups.get("thousand") or span.text[:3].lower() == "the"
    )


def _fraction_or_ordinal(m: re.Match[str]) -> bool:
    """ "a second term", "three-quarters of", "a quarter of the vote": not durations."""
    num, unit = (m["num"] or "").lower(), (m["unit"] or "").lower()
    if unit == "second" and num in ("a", "an"):
        return True
    return unit == "quarter" and (num in ("a", "an") or m[0].lower().endswith("quarters"))


def _after_an_amount(span: Span) -> bool:
    """ "$1.76 a year", "fifty thousand CDs a year": a rate, not a stretch of time."""
    if span.start == 0:
        return False
    previous = span.doc[span.start - 1]
    return previous.like_num or previous.tag_ in ("NNS", "CD") or previous.text in ("$", "%")


def _name_tokens(doc: Doc) -> frozenset[int]:
    """Indices of the tokens inside named entities that are names, not times ("Sunday Times", "May")."""
    return frozenset(i for ent in doc.ents if ent.label_ in _NAME_LABELS for i in range(ent.start, ent.end))


def _month_alone_is_date(span: Span, word: str) -> bool:
    if word.lower().rstrip(".") not in _AMBIGUOUS_MONTHS:
        return True
    token = span[0]
    if token.ent_type_ == "DATE":
        return True
    previous = token.nbor(-1).lower_ if token.i > 0 else ""
    return token.tag_ == "NNP" and previous in _DATE_CUES


def _year_is_date(span: Span) -> bool:
    token = span[-1]
    previous = token.nbor(-1).lower_ if token.i > 0 else ""
    if previous in _DATE_CUES or previous in ("the", "'s"):
        return True
    following = span.doc[token.i + 1] if token.i + 1 < len(span.doc) else None
    if following is not None and following.tag_ == "NNS":
        return False  # "2000 soldiers"
    if token.ent_type_ == "DATE":
        return True
    return token.dep_ != "nummod"
