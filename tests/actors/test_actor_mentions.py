"""Tests of find_mentions: names, dates, metonyms and composed codes."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from dyad.actors import find_mentions
from dyad.model import Mention

DAY = date(2001, 7, 23)


@pytest.fixture(scope="module")
def blank() -> Language:
    return spacy.blank("en")


def _codes(nlp: Language, text: str, when: date | None = DAY) -> dict[str, str]:
    return {m.text: m.actor.code for m in find_mentions(nlp(text), when)}


def _find(mentions: list[Mention], text: str) -> Mention:
    return next(m for m in mentions if m.text == text)


@pytest.mark.parametrize(("when", "code", "name"), [(date(1990, 6, 1), "USAGOV", "George H. W. Bush"),
                                                    (date(2002, 6, 1), "USAGOV", "George W. Bush"),
                                                    (date(2015, 6, 1), "USAELI", "George W. Bush")])  # fmt: skip
def test_president_bush_depends_on_the_date(blank: Language, when: date, code: str, name: str) -> None:
    bush = _find(find_mentions(blank("President Bush arrived."), when), "Bush")
    assert (bush.actor.code, bush.actor.name, bush.label, bush.is_entity) == (code, name, "PERSON", True)


def test_a_title_is_its_own_mention_that_is_not_an_entity(blank: Language) -> None:
    mentions = find_mentions(blank("Chinese President Jiang Zemin arrived."), DAY)
    title, person = mentions
    assert (title.text, title.kind, title.is_entity) == ("Chinese President", "title", False)
    assert title.actor.code == "CHNGOV"
    assert (person.text, person.actor.code, person.actor.name) == ("Jiang Zemin", "CHNGOV", "Jiang Zemin")
    assert (person.actor.country, person.actor.sector) == ("CHN", "GOV")


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("the Iraqi foreign minister said", "Iraqi foreign minister", "IRQGOV"),
        ("Russian analysts said", "Russian analysts", "RUSEDU"),
        ("two Chinese warplanes", "Chinese warplanes", "CHNMIL"),
        ("Russia's ambassador", "Russia's ambassador", "RUSGOV"),
        ("Moscow police", "Moscow police", "RUSCOP"),
        ("the British Defence Ministry", "British Defence Ministry", "GBRGOVMIL"),
        ("a Belarusian protester", "Belarusian protester", "BLROPP"),
        ("senior US officials", "US officials", "USAGOV"),
        ("opposition leader", "opposition leader", "OPP"),
        ("a retired vice president", "retired vice president", "ELI"),
    ],
)
def test_demonyms_and_roles_compose(blank: Language, text: str, phrase: str, code: str) -> None:
    assert _codes(blank, text)[phrase] == code


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The Kremlin said no.", "Kremlin", "RUSGOV"),
        ("The Pentagon denied it.", "Pentagon", "USAMIL"),
        ("Downing Street refused.", "Downing Street", "GBRGOV"),
        ("NATO warned Iran.", "NATO", "IGOWSTNAT"),
        ("Russia said so.", "Russia", "RUS"),
        ("Americans voted.", "Americans", "USA"),
    ],
)
def test_names_and_metonyms(blank: Language, text: str, phrase: str, code: str) -> None:
    assert _codes(blank, text)[phrase] == code


def test_a_capital_acting_is_its_government_a_capital_as_a_place_is_not(nlp: Language) -> None:
    mentions = find_mentions(nlp("Moscow warned Washington. The talks were held in Beijing."), DAY)
    assert _find(mentions, "Moscow").actor.code == "RUSGOV"
    assert _find(mentions, "Washington").actor.code == "USAGOV"
    beijing = _find(mentions, "Beijing")
    assert (beijing.actor.code, beijing.kind) == ("CHN", "place")


def test_person_of_an_organisation_takes_its_code(nlp: Language) -> None:
    text = "Mr Alexander Pikayev of the Carnegie Endowment for International Peace thinktank said it was over."
    mentions = find_mentions(nlp(text), DAY)
    assert _find(mentions, "Alexander Pikayev").actor.code == "NGO"
    assert _find(mentions, "Carnegie Endowment for International Peace").actor.code == "NGO"


def test_apposition_gives_an_unknown_person_a_country_and_sector(nlp: Language) -> None:
    mentions = find_mentions(nlp("John Smith, a Russian analyst, said the deal was dead."), DAY)
    assert _find(mentions, "John Smith").actor.code == "RUSEDU"


def test_a_titled_person_takes_the_country_of_the_sentence(nlp: Language) -> None:
    text = "General Ivan Petrovsky told Russian news agencies he did not rule out changes."
    assert _find(find_mentions(nlp(text), DAY), "Ivan Petrovsky").actor.code == "RUSMIL"


def test_unknown_names_without_context_are_not_actors(nlp: Language) -> None:
    assert find_mentions(nlp("Marcus Beam went home."), DAY) == []


def test_mentions_are_in_order_and_do_not_overlap(nlp: Language) -> None:
    text = (
        "Russian President Vladimir Putin met US President George W. Bush in Genoa. Putin said he was "
        "pleased, and the Kremlin agreed with Washington, the president's spokesman said."
    )
    mentions = find_mentions(nlp(text), DAY)
    assert mentions == sorted(mentions, key=lambda m: m.start)
    assert all(a.end <= b.start for a, b in itertools.pairwise(mentions))
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_empty_doc(blank: Language) -> None:
    assert find_mentions(blank(""), DAY) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian President Vladimir Putin spoke", [("Russian President", "RUSGOV"), ("Vladimir Putin", "RUSGOV")]),
        ("US Senator John Doe spoke", [("US Senator", "USALEG"), ("John Doe", "USALEG")]),
        ("Jeb Bush spoke", []),  # a longer name around a known surname is someone else
        ("Michael Jordan spoke", []),  # and a country inside a name is no country
    ],
)
def test_person_entities_from_the_model(blank: Language, text: str, expected: list[tuple[str, str]]) -> None:
    doc = blank(text)
    doc.ents = [Span(doc, 0, len(doc) - 1, label="PERSON")]
    assert [(m.text, m.actor.code) for m in find_mentions(doc, DAY)] == expected


def test_a_stance_is_not_a_nationality(blank: Language) -> None:
    assert _codes(blank, "pro-Russian separatists attacked")["separatists"] == "REB"


def test_coordinated_demonyms_share_the_role_noun(nlp: Language) -> None:
    codes = _codes(nlp, "US and British activists staged a protest. French and German troops arrived in Mali.")
    assert (codes["US"], codes["British activists"]) == ("USAOPP", "GBROPP")
    assert (codes["French"], codes["German troops"]) == ("FRAMIL", "DEUMIL")


def test_a_lone_country_before_a_conjunction_keeps_its_own_code(nlp: Language) -> None:
    codes = _codes(nlp, "Russia and Chinese diplomats met in Geneva.")
    assert codes["Russia"] == "RUS"


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Israeli intelligence officials shared evidence.", "Israeli intelligence officials", "ISRSPY"),
    ("Afghan insurgents attacked the town.", "Afghan insurgents", "AFGREB"),
    ("Somali militants attacked the town.", "Somali militants", "SOMUAF"),
    ("The Taliban attacked the town.", "Taliban", "AFGREB"),
])  # fmt: skip
def test_phoenix_sectors_for_armed_groups_and_intelligence(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert _codes(nlp, text)[phrase] == code


@pytest.mark.parametrize(("text", "phrase", "code"), [
    ("Sunnis demanded a new government.", "Sunnis", "MUS"),
    ("French intellectuals signed a letter.", "French intellectuals", "FRAEDU"),
    ("Indian Muslims protested.", "Indian Muslims", "INDMUS"),
    ("The Muslim Brotherhood won.", "Muslim Brotherhood", "EGYOPP"),
])  # fmt: skip
def test_faiths_and_intellectuals_as_groups(nlp: Language, text: str, phrase: str, code: str) -> None:
    assert _codes(nlp, text)[phrase] == code


def test_forces_led_by_a_country_are_its_forces(nlp: Language) -> None:
    codes = _codes(nlp, "US-led troops attacked the town. US-backed rebels fled.")
    assert codes["US-led troops"] == "USAMIL"
    assert (codes["US"], codes["rebels"]) == ("USA", "REB")


@pytest.mark.parametrize("body", ["government", "regime", "army"])
def test_a_body_a_person_owns_is_the_states_whoever_the_person_is_today(blank: Language, body: str) -> None:
    # on this day Suharto is a former president (ELI); the government that bears his name is still Indonesia's
    codes = _codes(blank, f"Students marched against President Suharto's {body}.", date(2000, 1, 1))
    assert codes["Suharto"] == "IDNELI"
    assert codes[body] == ("IDNMIL" if body == "army" else "IDNGOV")


def test_a_word_negated_with_non_names_no_actor(blank: Language) -> None:
    codes = _codes(blank, "The gunmen singled out non-Muslims and non-Kenyans.")
    assert "Muslims" not in codes and "Kenyans" not in codes
    assert _codes(blank, "The gunmen singled out Muslims.")["Muslims"] == "MUS"


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Fighting between the army and the Rapid Support Forces resumed.", "Rapid Support Forces", "SDNUAF"),
        ("The Arakan Army seized a town.", "Arakan Army", "MMRREB"),
        ("Kataib Hezbollah claimed the drone attack.", "Kataib Hezbollah", "IRQPRM"),
    ],
)
def test_armed_groups_of_the_2020s(blank: Language, text: str, phrase: str, code: str) -> None:
    assert _codes(blank, text)[phrase] == code


def test_where_a_group_operates_gives_its_country(nlp: Language) -> None:
    assert _codes(nlp, "Militants based in Pakistan attacked the post.")["Militants"] == "PAKUAF"
    assert _codes(nlp, "Rebels operating in Macedonia laid down arms.")["Rebels"] == "MKDREB"


def test_its_army_is_the_army_of_the_clauses_subject(nlp: Language) -> None:
    assert _codes(nlp, "Serbia put its army on high alert.")["army"] == "SRBMIL"
    assert _codes(nlp, "Russia said its forces had withdrawn.")["forces"] == "RUSMIL"
    # a person is no owner of "its"
    assert _codes(nlp, "Putin said its army was ready.").get("army") == "MIL"


@pytest.mark.parametrize(
    ("text", "when", "phrase", "code"),
    [
        # the modifiers between the body and the title belong to the title
        ("EU foreign policy chief Catherine Ashton arrived.", date(2013, 10, 1), "Catherine Ashton", "IGOEUREEC"),
        ("UN human rights chief Volker Turk spoke.", date(2023, 1, 1), "Volker Turk", "IGOUNO"),
    ],
)
def test_a_title_with_its_own_modifiers_joins_its_body(
    nlp: Language, text: str, when: date, phrase: str, code: str
) -> None:
    assert _codes(nlp, text, when)[phrase] == code


def test_a_role_word_that_qualifies_a_body_is_no_person(nlp: Language) -> None:
    # "rebel" in "the rebel group in Somalia" is the group, which the "in" phrase places (a person "in" a
    # country is only visiting: "the Pope in Cuba")
    assert _codes(nlp, "The main rebel group in Somalia agreed to talks.")["rebel"] == "SOMREB"
    assert _codes(nlp, "The Pope in Cuba met dissidents.")["Pope"] == "REL"
