"""Groups of people and bodies added to the dictionaries, and where a group is from."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dyad.actors.why import explain_phrase


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the International Crisis Group", "NGO"),
        ("Physicians for Human Rights", "NGOHRI"),
        ("Reporters Without Borders", "NGOMED"),
        ("Yugoslavia", "SRB"),  # the federation's successor state
        ("the Former Yugoslav Republic of Macedonia", "MKD"),  # not Yugoslav: its own country
        ("three Canadian nationals", "CANCVL"),
        ("two inmates", "CRM"),
        ("the kidnappers", "CRM"),
        ("Palestinian prisoners", "PSE"),  # prisoners may be political: the country only
        ("Islamic fundamentalist leaders", "REL"),
        ("Gulf states", "GOV"),  # states as actors are their governments
        ("the United States", "USA"),
        ("farmers across Kenya", "KENAGR"),  # a group spread across a country is from it
    ],
)
def test_groups_code_as_their_words_say(nlp: Language, phrase: str, code: str) -> None:
    assert explain_phrase(phrase, date(2001, 6, 1), nlp).code == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("UN peacekeepers", "IGOUNOMIL"),  # a branch of an international body
        ("NATO forces", "IGOWSTNATMIL"),
        ("the EU legislature", "IGOEUREECLEG"),
        ("UN officials", "IGOUNO"),  # officials are the body itself
        ("the Carnegie Endowment thinktank", "NGO"),  # a type noun adds nothing to a body that is not international
    ],
)
def test_an_international_bodys_branch_adds_its_sector(nlp: Language, phrase: str, code: str) -> None:
    assert explain_phrase(phrase, date(2001, 6, 1), nlp).code == code
