"""Tests of the actor dictionaries and of coding a known person on a date."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
import spacy

from dyad.actors import find_mentions
from dyad.actors.draft import person_code
from dyad.actors.lexicon import ENV_PATH, LexiconError, load_lexicon, split_sectors, with_ascii


def test_countries_have_codes_names_demonyms_and_capitals() -> None:
    countries = load_lexicon().countries
    assert len(countries) > 190
    russia = countries["RUS"]
    assert "Russia" in russia.names and "Russian" in russia.adjectives and "Moscow" in russia.capitals
    assert "Russians" in russia.people  # regular plural added by the loader
    assert "Iraqis" in countries["IRQ"].people
    assert all(len(code) == 3 and code.isupper() for code in countries)


def test_accent_free_spellings_are_added() -> None:
    assert with_ascii(("Brasília",)) == ("Brasília", "Brasilia")
    assert "Bogota" in load_lexicon().countries["COL"].capitals


@pytest.mark.parametrize(("text", "expected"), [("GOVMIL", ("GOV", "MIL")), ("-", ()), ("", ()), ("NGO", ("NGO",))])
def test_split_sectors(text: str, expected: tuple[str, ...]) -> None:
    assert split_sectors(text) == expected


def test_roles_carry_cameo_sectors() -> None:
    roles = load_lexicon().roles
    assert roles["president"].sectors == ("GOV",)
    assert roles["defence ministry"].sectors == ("GOV", "MIL")
    assert roles["police"].sectors == ("COP",)
    assert roles["rebel"].sectors == ("REB",)
    assert roles["mr"].kind == "h" and roles["former"].kind == "x"


@pytest.mark.parametrize(
    ("name", "when", "expected"),
    [
        ("Vladimir Putin", date(2001, 7, 23), ("RUS", ("GOV",), "president")),
        ("Vladimir Putin", date(1999, 9, 1), ("RUS", ("GOV",), "prime minister")),
        ("Vladimir Putin", date(1995, 1, 1), ("RUS", (), None)),
        ("George W. Bush", date(2002, 1, 1), ("USA", ("GOV",), "president")),
        ("George W. Bush", date(2012, 1, 1), ("USA", ("ELI",), None)),
        ("George H. W. Bush", date(1990, 6, 1), ("USA", ("GOV",), "president")),
        ("Jiang Zemin", date(2001, 7, 23), ("CHN", ("GOV",), "president")),
        ("Jiang Zemin", date(2004, 1, 1), ("CHN", ("ELI",), None)),
        ("Leonid Ivashov", date(2001, 7, 23), ("RUS", ("MIL",), "general")),
    ],
)
def test_person_code_depends_on_the_date(name: str, when: date, expected: tuple) -> None:
    assert person_code(load_lexicon().people[name], when) == expected


def test_a_term_ends_on_its_last_day() -> None:
    bush = load_lexicon().people["George W. Bush"]
    assert person_code(bush, date(2009, 1, 19))[1] == ("GOV",)
    assert person_code(bush, date(2009, 1, 20))[1] == ("ELI",)


def test_no_date_means_as_things_stand_now() -> None:
    people = load_lexicon().people
    assert person_code(people["Vladimir Putin"], None)[1] == ("GOV",)
    assert person_code(people["Barack Obama"], None)[1] == ("ELI",)


def test_extra_dictionary_directory_adds_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "people.txt").write_text("Jane Example | Example | FRA | GOV | 2020-01-01 | | minister\n")
    monkeypatch.setenv(ENV_PATH, str(tmp_path))
    person = load_lexicon().people["Jane Example"]
    assert person_code(person, date(2021, 1, 1)) == ("FRA", ("GOV",), "minister")
    assert "Vladimir Putin" in load_lexicon().people  # dyad's own entries stay


def test_a_malformed_extra_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "roles.txt").write_text("bad line without fields\n")
    monkeypatch.setenv(ENV_PATH, str(tmp_path))
    with pytest.raises(LexiconError, match=r"roles\.txt:1"):
        load_lexicon()


def test_every_code_is_made_of_three_letter_parts() -> None:
    lexicon = load_lexicon()
    codes = [o.code for o in lexicon.organisations]
    codes += ["".join(t.sectors) for p in lexicon.people.values() for t in p.terms]
    codes += ["".join(r.sectors) for r in lexicon.roles.values()]
    assert all(re.fullmatch(r"(?:[A-Z]{3})*", code) for code in codes), [c for c in codes if len(c) % 3]


def test_people_have_known_countries_and_ordered_terms() -> None:
    lexicon = load_lexicon()
    for person in lexicon.people.values():
        for term in person.terms:
            assert term.country is None or term.country in lexicon.countries, person.name
            assert term.start is None or term.end is None or term.start < term.end, person.name


def test_extra_organisations_are_matched(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "organisations.txt").write_text("FRAMED | FRA | MED | ORG | Le Exemple\n")
    monkeypatch.setenv(ENV_PATH, str(tmp_path))
    mentions = find_mentions(spacy.blank("en")("Le Exemple reported it."), date(2020, 1, 1))
    assert [(m.text, m.actor.code, m.actor.country, m.actor.sector) for m in mentions] == [
        ("Le Exemple", "FRAMED", "FRA", "MED")
    ]


def test_an_extra_organisation_name_replaces_dyads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "organisations.txt").write_text("USAMED | USA | MED | ORG | Pentagon\n")
    monkeypatch.setenv(ENV_PATH, str(tmp_path))
    mentions = find_mentions(spacy.blank("en")("The Pentagon said so."), date(2020, 1, 1))
    assert [m.actor.code for m in mentions] == ["USAMED"]
