"""The temporal tagger on small sentences, one class of expression at a time."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from dyad.time import find_times

PUBLISHED = date(2001, 7, 23)  # a Monday
_BLANK = spacy.blank("en")


def _tag(nlp: Language, text: str, published: date | None = PUBLISHED) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_times(nlp(text), published)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # explicit dates
        ("The treaty was signed on July 22, 2001.", ("July 22, 2001", "DATE", "2001-07-22")),
        ("The treaty was signed on 22 July 2001.", ("22 July 2001", "DATE", "2001-07-22")),
        ("The file is dated 2001-07-22.", ("2001-07-22", "DATE", "2001-07-22")),
        ("Talks began in July 2001.", ("July 2001", "DATE", "2001-07")),
        ("They signed the pact in 1972.", ("1972", "DATE", "1972")),
        ("Prices soared in the 1990s.", ("the 1990s", "DATE", "199")),
        ("The letter will arrive on Sept. 30.", ("Sept. 30", "DATE", "2001-09-30")),
        ("The letter arrived on Dec. 15.", ("Dec. 15", "DATE", "2000-12-15")),
        # weekdays by tense
        ("The leaders met on Sunday.", ("Sunday", "DATE", "2001-07-22")),
        ("The leaders met on Friday.", ("Friday", "DATE", "2001-07-20")),
        ("The leaders will meet on Friday.", ("Friday", "DATE", "2001-07-27")),
        ("The minister spoke on Monday morning.", ("Monday morning", "TIME", "2001-07-23TMO")),
        # days and relative periods
        ("Analysts said today that talks would go on.", ("today", "DATE", "2001-07-23")),
        ("He resigned yesterday.", ("yesterday", "DATE", "2001-07-22")),
        ("He will resign tomorrow.", ("tomorrow", "DATE", "2001-07-24")),
        ("He will speak tonight.", ("tonight", "TIME", "2001-07-23TNI")),
        ("Last month, the general said so.", ("Last month", "DATE", "2001-06")),
        ("Earlier this month, Putin met Jiang.", ("Earlier this month", "DATE", "2001-07")),
        ("Sales fell this month.", ("this month", "DATE", "2001-07")),
        ("Sales fell last year.", ("last year", "DATE", "2000")),
        ("They will meet next week.", ("next week", "DATE", "2001-W31")),
        ("They met this week.", ("this week", "DATE", "2001-W30")),
        ("The deal collapsed two years ago.", ("two years ago", "DATE", "1999")),
        ("Profits rose in the third quarter.", ("the third quarter", "DATE", "2001-Q3")),
        ("Fighting resumed last summer.", ("last summer", "DATE", "2000-SU")),
        ("Shops were busy at Christmas.", ("Christmas", "DATE", "2000-12-25")),
        ("Sales slumped after Thanksgiving.", ("Thanksgiving", "DATE", "2000-11-23")),
        # durations
        ("Prices rose over the past decade.", ("the past decade", "DURATION", "P10Y")),
        ("The ban lasted three years.", ("three years", "DURATION", "P3Y")),
        ("He stayed two weeks.", ("two weeks", "DURATION", "P2W")),
        ("A five-year plan was agreed.", ("five-year", "DURATION", "P5Y")),
        # sets
        ("The council meets every Monday.", ("every Monday", "SET", "XXXX-WXX-1")),
        ("The report is published annually.", ("annually", "SET", "P1Y")),
        ("Prices are checked daily.", ("daily", "SET", "P1D")),
        # references
        ("He is now in Rome.", ("now", "DATE", "PRESENT_REF")),
        ("He is currently in Rome.", ("currently", "DATE", "PRESENT_REF")),
        ("He recently left Rome.", ("recently", "DATE", "PAST_REF")),
        # clock times
        ("The vote closed at 10 p.m. Wednesday.", ("10 p.m. Wednesday", "TIME", "2001-07-18T22:00")),
        # fractions are written in the next smaller unit
        ("They lived in the camps for 2 1/2 years.", ("2 1/2 years", "DURATION", "P2Y6M")),
        ("The talks lasted two and a half hours.", ("two and a half hours", "DURATION", "PT2H30M")),
        ("A minute and a half later the plane exploded.", ("A minute and a half", "DURATION", "PT1M30S")),
        # a vague number of units ago is an unspecified past
        ("The plant closed several years ago.", ("several years ago", "DATE", "PAST_REF")),
        # seasons named with "the", decades in words, a year's part of the quarter under discussion
        ("Prices peaked in the winter of 1994.", ("the winter of 1994", "DATE", "1994-WI")),
        ("Sales slowed in the early summer.", ("the early summer", "DATE", "2001-SU")),
        ("Sales slowed in the spring.", ("the spring", "DATE", "2001-SP")),
        ("Crime fell through the nineties.", ("the nineties", "DATE", "199")),
        ("Profit rose in the third quarter. It fell in the 2000 quarter.", ("the 2000 quarter", "DATE", "2000-Q3")),
        ("Sales in the latest period rose 5%.", ("the latest period", "DATE", "2001-Q2")),
        ("Sales for the full year will rise.", ("the full year", "DATE", "2001")),
        ("Sales for the year ended March 31 rose.", ("the year", "DURATION", "P1Y")),
        (
            "Losses will continue through the first two quarters of 2002.",
            ("the first two quarters of 2002", "DATE", "2002-H1"),
        ),
        ("Earnings will be lower for the last half of 2001.", ("the last half of 2001", "DATE", "2001-H2")),
        # "last" before a month and day: the day, dated by the tense
        ("The doctor was shot last Oct. 23 at his home.", ("Oct. 23", "DATE", "2000-10-23")),
    ],
)
def test_expression_classes(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _tag(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It happened on July 22.", ("July 22", "DATE", "XXXX-07-22")),
        ("They met on Sunday.", ("Sunday", "DATE", "XXXX-WXX-7")),
        ("Last month he quit.", ("Last month", "DATE", "XXXX-XX")),
        ("He is now in Rome.", ("now", "DATE", "PRESENT_REF")),
    ],
)
def test_without_a_publication_date(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _tag(nlp, text, None)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Theresa May said the plan was sound.", "May"),
        ("Thousands will march through the city.", "march"),
        ("Officials may decide later.", "may"),
        ("The army sent 2000 soldiers.", "2000"),
        ("The Sunday Times reported the story.", "Sunday"),
        ("Mr. Jones, 52 years old, will retire.", "52 years"),
        ("The army blamed the fall of the town on the rebels.", "fall"),
        ("Traders sold heavily that day.", "that day"),
    ],
)
def test_words_that_are_not_times(nlp: Language, text: str, word: str) -> None:
    assert all(word not in t[0] for t in _tag(nlp, text))


@pytest.mark.parametrize("published", [date(1, 1, 1), date(9999, 12, 31)])
def test_calendar_edges_do_not_raise(published: date) -> None:
    text = "Yesterday, tomorrow, next week, 99999 days ago, last year, next month and the third quarter."
    for t in find_times(_BLANK(text), published):
        assert text[t.start : t.end] == t.text


@pytest.mark.model
def test_output_is_in_text_order_with_exact_offsets(nlp: Language) -> None:
    text = "On Sunday, two years ago, and last month: three meetings since 1972."
    found = find_times(nlp(text), PUBLISHED)
    assert [t.start for t in found] == sorted(t.start for t in found)
    assert all(text[t.start : t.end] == t.text for t in found)
    assert len(found) >= 4


@pytest.mark.model
def test_a_year_earlier_follows_the_quarters_in_the_article(nlp: Language) -> None:
    text = "Profit rose in the third quarter. It was lower a year earlier."
    assert ("a year earlier", "DATE", "2000-Q3") in _tag(nlp, text)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=120))
def test_never_raises_on_random_text(text: str) -> None:
    doc = _BLANK(text)
    for t in find_times(doc, PUBLISHED):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text


_WORDS = st.sampled_from(
    [
        "on",
        "in",
        "last",
        "next",
        "this",
        "the",
        "May",
        "March",
        "Monday",
        "Sunday",
        "July",
        "22",
        ",",
        "2001",
        "1972",
        "years",
        "ago",
        "two",
        "weeks",
        "every",
        "daily",
        "today",
        "tonight",
        "morning",
        "quarter",
        "third-quarter",
        "earlier",
        "a",
        "year",
        "10",
        "p.m.",
        "noon",
        ".",
        "fiscal",
        "1990s",
        "nineteen",
        "ninety",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=14), st.one_of(st.none(), st.dates()))
def test_never_raises_on_date_like_word_salad(words: list[str], published: date | None) -> None:
    text = " ".join(words)
    doc = _BLANK(text)
    for t in find_times(doc, published):
        assert 0 <= t.start < t.end <= len(text)
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
