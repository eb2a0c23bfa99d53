"""Tests of the dictionary matcher on blank-pipeline docs."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language

from dyad.actors.matcher import find_hits


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def _hits(blank: Language, text: str) -> list[tuple[str, str, str]]:
    doc = blank(text)
    return [(doc[h.start : h.end].text, h.kind, h.key) for h in find_hits(doc)]


def test_title_demonym_and_person(blank: Language) -> None:
    assert _hits(blank, "Russian President Vladimir Putin spoke.") == [
        ("Russian", "demonym", "RUS"),
        ("President", "role", "president"),
        ("Vladimir Putin", "person", "Vladimir Putin"),
    ]


def test_names_keep_their_capitalisation_roles_do_not(blank: Language) -> None:
    assert _hits(blank, "They ate turkey in Turkey.") == [("Turkey", "country", "TUR")]
    assert _hits(blank, "POLICE and Police")[0][1:] == ("role", "police")


def test_role_plurals_are_matched(blank: Language) -> None:
    found = _hits(blank, "Spokesmen, soldiers and authorities")
    assert [key for _, _, key in found] == ["spokesman", "soldier", "authorities"]


def test_longest_match_wins(blank: Language) -> None:
    assert _hits(blank, "the World Bank and a bank")[0][0] == "World Bank"
    assert _hits(blank, "the UN General Assembly")[0][0] == "UN General Assembly"


def test_accented_and_plain_spellings(blank: Language) -> None:
    assert _hits(blank, "Brasilia and Brasília") == [("Brasilia", "capital", "BRA"), ("Brasília", "capital", "BRA")]


def test_matchers_are_built_per_vocabulary(blank: Language) -> None:
    other = spacy.blank("en")
    assert _hits(other, "NATO met") == _hits(blank, "NATO met") == [("NATO", "org", _hits(blank, "NATO")[0][2])]
