"""Which way a bare weekday or month points: the tense of its clause and the words that mark deadlines."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dyad.time import find_times

MONDAY = date(2001, 7, 23)
NEW_YEAR = date(2001, 1, 5)  # a Friday early in January: months near the year boundary


def _values(nlp: Language, text: str, published: date) -> dict[str, str]:
    return {t.text: t.value for t in find_times(nlp(text), published)}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # past tense points back, future tense forward
        ("The ministers met on Thursday.", "Thursday", "2001-07-19"),
        ("The ministers will meet on Thursday.", "Thursday", "2001-07-26"),
        # present tense: the nearest such day either way, as news uses it
        ("The ministers meet on Wednesday to discuss the budget.", "Wednesday", "2001-07-25"),
        ("The market is closed on Saturday, officials say.", "Saturday", "2001-07-21"),
        # "is to" is an arrangement still to come
        ("Trading in the shares is to resume on Thursday.", "Thursday", "2001-07-26"),
        # a plan already overtaken ("had been scheduled") lies in the past
        ("The offer had been scheduled to expire on Friday.", "Friday", "2001-07-20"),
        # what was planned or postponed lies ahead of the planning ...
        ("Farmers planned a protest in the capital on Thursday.", "Thursday", "2001-07-26"),
        ("The court postponed the hearing until Thursday.", "Thursday", "2001-07-26"),
        # ... but a fronted time dates the planning itself
        ("On Thursday, the government planned to raise taxes.", "Thursday", "2001-07-19"),
    ],
)
def test_weekday_direction(nlp: Language, text: str, word: str, expected: str) -> None:
    assert _values(nlp, text, MONDAY)[word] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # a month without a year, across the year boundary, in either direction
        ("The rebels attacked the town in December.", "December", "2000-12"),
        ("The rebels will attack the town in March.", "March", "2001-03"),
        ("The rebels attacked the town in March.", "March", "2000-03"),
        ("The rebels will attack the town in December.", "December", "2001-12"),
        # "would" is the future of reported speech
        ("The general said the army would withdraw in March.", "March", "2001-03"),
        # a passive takes its tense from its auxiliary: "is held" is present, so the nearest May
        ("The election is held in May.", "May", "2001-05"),
        ("The deal is expected to be completed by Feb. 20.", "Feb. 20", "2001-02-20"),
        # due dates after a past-tense report: the nearest one, not last year's
        ("The board declared a dividend, payable Feb. 15 to holders of record Jan. 25.", "Feb. 15", "2001-02-15"),
        ("The board declared a dividend, payable Feb. 15 to holders of record Jan. 25.", "Jan. 25", "2001-01-25"),
    ],
)
def test_month_direction_across_the_new_year(nlp: Language, text: str, word: str, expected: str) -> None:
    assert _values(nlp, text, NEW_YEAR)[word] == expected


@pytest.mark.model
def test_a_due_date_after_a_past_report_is_the_coming_one(nlp: Language) -> None:
    values = _values(nlp, "The company declared a dividend payable Dec. 15.", date(2000, 10, 20))
    assert values["Dec. 15"] == "2000-12-15"


@pytest.mark.model
def test_a_dot_after_a_whole_month_name_ends_the_sentence(nlp: Language) -> None:
    assert "May" in _values(nlp, "The election is held in May.", NEW_YEAR)
    assert "Sept. 30" in _values(nlp, "The report is due Sept. 30.", NEW_YEAR)
