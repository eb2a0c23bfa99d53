"""Composition rules and dictionary entries added for coding short actor phrases."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dyad.actors import find_mentions
from dyad.actors.why import explain_phrase


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Iraqi Kurdish officials", "IRQGOV"),  # a modifier between the demonym and the role
        ("Libyan National Army", "LBYMIL"),
        ("Mexican drug cartels", "MEXCRM"),
        ("US-backed rebels", "REB"),  # the backer is another actor, not the rebels' country
        ("Muslim leaders", "REL"),  # a faith's leaders are clergy; its followers take the faith's code
        ("ordinary Russians", "RUSCVL"),
        ("Tibetan monks", "CHNREL"),  # a people within one country
        ("Abkhazia", "GEOPRE"),
        ("the Italian coast guard", "ITAMIL"),
        ("International Court of Justice", "IGOUNOJUD"),
    ],
)
def test_phrases_code_as_their_words_say(nlp: Language, phrase: str, code: str) -> None:
    assert explain_phrase(phrase, date(2024, 1, 1), nlp).code == code


def test_an_international_bodys_sector_is_its_role(nlp: Language) -> None:
    [who] = find_mentions(nlp("the World Health Organization"), None)
    assert (who.actor.code, who.actor.country, who.actor.sector) == ("IGOUNOHLH", None, "HLH")
    [un] = find_mentions(nlp("the United Nations"), None)
    assert (un.actor.code, un.actor.sector) == ("IGOUNO", "IGO")


def test_an_undated_title_dates_the_text_to_an_office_the_person_held(nlp: Language) -> None:
    assert explain_phrase("Prime Minister Tony Blair", None, nlp).code == "GBRGOV"
    assert explain_phrase("Tony Blair", None, nlp).code == "GBRELI"
    assert explain_phrase("Prime Minister Tony Blair", date(2010, 1, 1), nlp).code == "GBRELI"
    assert explain_phrase("former Prime Minister Tony Blair", None, nlp).code == "GBRELI"


def test_an_undated_title_picks_which_of_a_persons_offices_is_meant(nlp: Language) -> None:
    assert explain_phrase("Senator Marco Rubio", None, nlp).code == "USALEG"  # a senator before he joined the cabinet
    assert explain_phrase("Senator Marco Rubio", date(2026, 1, 1), nlp).code == "USAGOV"  # a date decides
