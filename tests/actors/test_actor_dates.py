"""The same sentence coded on two publication dates: the codes follow the terms of office."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dyad.actors import find_mentions


def _actors(nlp: Language, text: str, when: date) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.actor.code, m.actor.name) for m in find_mentions(nlp(text), when) if m.is_entity]


@pytest.mark.parametrize(
    ("before", "after", "name", "codes"),
    [
        # a president before and during the term
        (date(1995, 3, 1), date(2001, 7, 23), "Vladimir Putin", ("RUS", "RUSGOV")),
        # during the term and after it ended: former elite
        (date(2010, 3, 1), date(2018, 3, 1), "Barack Obama", ("USAGOV", "USAELI")),
        (date(2004, 3, 1), date(2012, 3, 1), "Dmitry Medvedev", ("RUS", "RUSGOV")),
        # ministers: defence and foreign portfolios, and a gap between two terms
        (date(2002, 3, 1), date(2008, 3, 1), "Geoff Hoon", ("GBRGOVMIL", "GBRELI")),
        (date(1995, 3, 1), date(2001, 3, 1), "Klaus Kinkel", ("DEUGOV", "DEUELI")),
        (date(2006, 3, 1), date(2018, 3, 1), "Radosław Sikorski", ("POLGOVMIL", "POLELI")),
        (date(2018, 3, 1), date(2024, 3, 1), "Radosław Sikorski", ("POLELI", "POLGOV")),
    ],
)
def test_a_term_that_begins_or_ends_between_two_dates_changes_the_code(
    nlp: Language, before: date, after: date, name: str, codes: tuple[str, str]
) -> None:
    text = f"{name} said on Sunday that talks would go on."
    assert _actors(nlp, text, before)[0] == (name, codes[0], name)
    assert _actors(nlp, text, after)[0] == (name, codes[1], name)


def test_an_ambiguous_name_is_the_person_serving_on_the_date(nlp: Language) -> None:
    text = "President Bush met the Russian president in Moscow."
    assert _actors(nlp, text, date(1991, 6, 1))[0] == ("Bush", "USAGOV", "George H. W. Bush")
    assert _actors(nlp, text, date(2002, 6, 1))[0] == ("Bush", "USAGOV", "George W. Bush")
    # between the two presidencies the name is the father, then out of office
    assert _actors(nlp, text, date(1996, 6, 1))[0][2] == "George H. W. Bush"


def test_a_date_changes_the_code_of_a_full_name_with_a_title(nlp: Language) -> None:
    text = "Prime Minister Tony Blair arrived in Washington."
    assert _actors(nlp, text, date(2003, 1, 1))[0][1] == "GBRGOV"
    assert _actors(nlp, text, date(2010, 1, 1))[0][1] == "GBRELI"  # the office, not the title, decides


def test_clergy_stay_clergy_after_their_term(nlp: Language) -> None:
    assert _actors(nlp, "Pope Benedict XVI prayed.", date(2010, 1, 1))[0][1] == "REL"
    assert _actors(nlp, "Pope Benedict XVI prayed.", date(2014, 1, 1))[0][1] == "REL"
    assert _actors(nlp, "Bill Clinton spoke.", date(2014, 1, 1))[0][1] == "USAELI"
