"""Times read against the last date the article named, not the publication date."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dyad.time import find_times
from dyad.timex.anaphora import calendar_prefix

PUBLISHED = date(2001, 7, 23)


def _tag(nlp: Language, text: str) -> list[tuple[str, str, str]]:
    return [(t.text, t.type, t.value) for t in find_times(nlp(text), PUBLISHED)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On May 22, 1995, he was promoted, and the following year he moved to Rome.",
            ("the following year", "DATE", "1996"),
        ),
        ("In March the board met. The following month it sold the unit.", ("The following month", "DATE", "2001-04")),
        ("He fled in June 1998 and returned later that year.", ("later that year", "DATE", "1998")),
        (
            "The bomb exploded on Oct. 3, 1999. Police sealed the area that same day.",
            ("that same day", "DATE", "1999-10-03"),
        ),
        (
            "The bomb exploded on Oct. 3, 1999. The suspect was arrested the next morning.",
            ("the next morning", "TIME", "1999-10-04TMO"),
        ),
        (
            "Profit rose in the third quarter. Results for that quarter included a charge.",
            ("that quarter", "DATE", "2001-Q3"),
        ),
    ],
)
def test_anaphoric_times_follow_the_story(nlp: Language, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _tag(nlp, text)


@pytest.mark.model
def test_without_an_earlier_date_the_publication_date_anchors(nlp: Language) -> None:
    assert ("the following year", "DATE", "2002") in _tag(nlp, "Output will rise the following year.")


@pytest.mark.model
def test_a_bare_that_day_is_not_a_date(nlp: Language) -> None:
    assert _tag(nlp, "Traders sold heavily that day.") == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1998-10-23T22:00", "1998-10-23"), ("1995", "1995"), ("2001-W30", "2001"), ("PAST_REF", None), ("P3Y", None)],
)
def test_calendar_prefix(value: str, expected: str | None) -> None:
    assert calendar_prefix(value) == expected
