"""The PETRARCH/TABARI dictionary reader, on small strings and on PETRARCH's own files when present."""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

import pytest
import spacy

from dyad.actors import find_mentions
from dyad.actors.draft import person_code
from dyad.actors.entries import LexiconError
from dyad.actors.lexicon import load_lexicon, use_dictionaries
from dyad.actors.petrarch import display_name, read_actors, read_agents, read_file
from dyad.actors.sources import is_petrarch
from dyad.cli import main
from dyad.pipeline import Pipeline

COUNTRIES = {"USA", "RUS", "FRA", "GBR"}
ACTORS = """\
<!-- a header comment
   spanning lines -->
# a comment line
GEORGE_W_BUSH_  [USAGOV 010120-090120] [USAELI >090121]  # president
+PRESIDENT_BUSH_
+DUBYA
JANE_ROE_
\t[FRA <990101]
\t[FRAGOV 19990101 - 20041231]
\t[ELI]
WORLD_HEALTH_ORGANIZATION_  [IGOUNOHLH]
+WHO
BANK_OF_FREEDONIA [---BUS]
"""
AGENTS = """\
!PERSON! = MAN, MEN, WOMAN
AMBASSADOR [~GOV] # LRP
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]
CONGRESS!PERSON! [~LEG]
HUMAN_RIGHTS_BODY  [NGO~]
"""


def test_actors_entries_with_synonyms_and_dated_codes_become_people() -> None:
    dictionary = read_actors(ACTORS, "test.actors", COUNTRIES, strict=True)
    bush, roe = dictionary.people
    assert bush.name == "George W Bush" and {"President Bush", "Dubya", "DUBYA"} <= set(bush.aliases)
    assert person_code(bush, date(2001, 1, 19)) == ("USA", (), None)  # before the first term: country only
    assert person_code(bush, date(2001, 1, 20))[:2] == ("USA", ("GOV",))
    assert person_code(bush, date(2009, 1, 20))[:2] == ("USA", ("GOV",))  # "-090120" includes that day
    assert person_code(bush, date(2010, 1, 1))[:2] == ("USA", ("ELI",))
    assert person_code(roe, date(1990, 1, 1))[:2] == ("FRA", ())
    assert person_code(roe, date(2000, 6, 1))[:2] == ("FRA", ("GOV",))
    assert person_code(roe, date(2010, 1, 1))[:2] == (None, ("ELI",))  # the undated block holds outside the terms
    assert bush.terms[0].origin == "test.actors:4" and roe.terms[1].origin == "test.actors:9"


def test_actors_entries_with_one_undated_code_become_bodies() -> None:
    who, bank = read_actors(ACTORS, "test.actors", COUNTRIES, strict=True).organisations
    assert (who.code, who.country, who.sector, who.names) == (
        "IGOUNOHLH",
        None,
        "IGO",
        ("World Health Organization", "WHO"),
    )
    assert (bank.code, bank.country, bank.sector, bank.names) == ("BUS", None, "BUS", ("Bank of Freedonia",))


def test_agents_become_roles_with_plurals_and_substitutions() -> None:
    roles = {role.term: role for role in read_agents(AGENTS, "test.agents", strict=True).roles}
    assert set(roles) == {"ambassador", "police", "attorney general", "attorneys general", "congressman",
                          "congressmen", "congresswoman", "human rights body"}  # fmt: skip
    assert roles["ambassador"].sectors == ("GOV",) and roles["ambassador"].kind == "p"
    assert roles["police"].kind == "c"  # "{}": no plural, a body of people
    assert roles["human rights body"].sectors == ("NGO",)
    assert roles["congresswoman"].origin == "test.agents:5"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("+SYNONYM_FIRST\n", r"x\.actors:1: a '\+' synonym line comes before any entry"),
        ("NAME_ [USAGOV 010120-0901]\n", r"x\.actors:1: cannot read the code block"),
        ("NAME_ [USAGOV 011320-090120]\n", r"x\.actors:1: '011320' is not a date"),
        ("NAME_ [USAGOV 090120-010120]\n", r"x\.actors:1: the code block .* ends before it starts"),
        ("NAME_ [USAGOV\n", r"x\.actors:1: a code block opens"),
        ("NAME_\n", r"x\.actors:1: the entry 'NAME_' has no code block"),
    ],
)
def test_a_broken_actors_line_raises_in_strict_mode(text: str, message: str) -> None:
    with pytest.raises(LexiconError, match=message):
        read_actors(text, "x.actors", COUNTRIES, strict=True)


def test_a_broken_line_is_skipped_with_a_warning_by_default(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        roles = read_agents("ECOLOGIST [~ENV}\nSTUDENT [~EDU]\n", "x.agents").roles
    assert [r.term for r in roles] == ["student"]
    assert "x.agents:1" in caplog.text


def test_names_are_written_as_news_writes_them() -> None:
    assert display_name("VLADIMIR_PUTIN_") == "Vladimir Putin"
    assert display_name("BANK_OF_KOREA") == "Bank of Korea"
    assert display_name("AL-QAEDA") == "Al-Qaeda"
    assert display_name("GROUP OF 77") == "Group of 77"


def test_the_file_ending_chooses_the_format() -> None:
    assert is_petrarch(Path("Phoenix.agents.txt")) and is_petrarch(Path("mine.actors"))
    assert not is_petrarch(Path("people.txt")) and not is_petrarch(Path("actors.txt"))


def test_a_users_actors_file_codes_names_by_date(tmp_path: Path, user_dictionaries: pytest.MonkeyPatch) -> None:
    path = tmp_path / "mine.actors"
    path.write_text("JANE_ROE_ [FRAGOV 200101-221231] [FRAELI]\n+MADAME_ROE\n", encoding="utf-8")
    agents = tmp_path / "mine.agents"
    agents.write_text("SHERIFF [~COP]\n", encoding="utf-8")
    use_dictionaries([path, agents])
    doc = spacy.blank("en")("Madame Roe met the sheriff.")
    assert [m.actor.code for m in find_mentions(doc, date(2021, 6, 1))][:1] == ["FRAGOV"]
    assert [m.actor.code for m in find_mentions(doc, date(2024, 6, 1))][:1] == ["FRAELI"]
    assert load_lexicon().roles["sheriff"].sectors == ("COP",)


def test_petrarchs_own_files_load(petrarch_reference: Path) -> None:
    countries = load_lexicon().countries
    validate = read_file(petrarch_reference / "PETR.Validate.actors.txt", countries)
    gollum = next(p for p in validate.people if p.name == "Gollum")
    assert {"Smeagol", "Stinker"} <= set(gollum.aliases)
    assert [t.sectors for t in gollum.terms if t.covers(date(1997, 1, 1)) and t.start] == [("HOB", "GOV")]
    agents = read_file(petrarch_reference / "PETR.Validate.agents.txt", countries)
    assert any(r.term == "foreign minister" and r.sectors[:1] == ("GOV",) for r in agents.roles)
    phoenix = read_file(petrarch_reference / "Phoenix.agents.txt", countries)
    assert len(phoenix.roles) > 1000


def test_dyad_code_takes_a_petrarch_dictionary(
    pipeline: Pipeline, tmp_path: Path, user_dictionaries: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    actors = tmp_path / "roe.actors"
    actors.write_text("JANE_ROE_ [FRAGOV 200101-221231] [FRAELI]\n+MADAME_ROE\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Madame Roe met Vladimir Putin.\n", encoding="utf-8")
    assert main(["code", str(article), "--published", "2021-03-01", "--actors", str(actors)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert [(e["text"], e["actor"]["code"]) for e in record["entities"]] == [
        ("Madame Roe", "FRAGOV"),
        ("Vladimir Putin", "RUSGOV"),
    ]
