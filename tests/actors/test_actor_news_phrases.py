"""News-style phrases written for dyad (not from the dev files), with the codes a careful CAMEO coder gives."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dyad.actors.why import explain_phrase


def _code(nlp: Language, phrase: str, when: date = date(2024, 1, 1)) -> str:
    return explain_phrase(phrase, when, nlp).code or ""


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # a country's adjective with a sector noun
        ("Syrian rebels", "SYRREB"),
        ("Israeli settlers", "ISRCVL"),
        ("Afghan police officers", "AFGCOP"),
        ("Turkish prosecutors", "TURJUD"),
        ("Colombian farmers", "COLAGR"),
        ("striking Greek workers", "GRCLAB"),
        ("Mexican drug cartels", "MEXCRM"),
        ("Sudanese refugees", "SDNREF"),
        ("Kenyan doctors", "KENHLH"),
        ("Chilean students", "CHLEDU"),
        ("Saudi clerics", "SAUREL"),
        ("Iranian state television", "IRNGOVMED"),
        ("the Nigerian military junta", "NGAGOVMIL"),
        ("The Saudi-led coalition bombed Sanaa.", "SAUMIL"),  # the country that leads an armed coalition
        ("A Vietnamese-led force retook the village.", "VNMMIL"),
        ("the Indian High Commission", "INDGOV"),
        ("the Kenyan health ministry", "KENGOVHLH"),  # a field ministry keeps the field as a second sector
        ("Brazil's justice minister", "BRAGOVJUD"),
        ("Indonesian environmental groups", "IDNENV"),
        ("the Bank of Mexico", "MEXGOV"),  # a central bank, not a business
        ("the Electoral College", "GOV"),  # not a school
        ("a Pakistani magistrate", "PAKJUD"),
        ("the county sheriff", "COP"),
        ("Yemeni tribal sheikhs", "YEMCVL"),  # tribal, not the royal title
        ("Iranian hardliners", "IRNRAD"),  # a political leaning
        ("Iranian reformists", "IRNMOD"),
        ("Hamas hardliners", "PSEREB"),  # a faction of a body is the body
        ("reformist lawmakers", "LEG"),
        ("a Japanese development agency", "JPNDEV"),
        # sector nouns that were missing
        ("the trade unionist", "LAB"),
        ("the Nigerian Labour Congress", "NGALAB"),  # a union, not a legislature
        ("human rights activists", "HRI"),
        ("armed robbers", "CRM"),
        ("thieves", "CRM"),
        ("looters", "CRM"),
        ("bandits", "CRM"),
        ("the mosque", "REL"),
        ("the Japanese automaker", "JPNBUS"),
        ("a Ugandan radio station", "UGAMED"),
        # companies by their legal suffix
        ("Toyota Motor Corp.", "BUS"),
        ("Acme Holdings Ltd", "BUS"),
        ("Widget Inc.", "BUS"),
        ("Lebanon's diplomatic corps", "LBN"),  # "corps" is no plural of "Corp."
        ("the separatist Tuareg", "REB"),  # a people beside a more specific role takes that role
        ("Russian energy giant Gazprom", "RUSBUS"),
        ("Pakistani TV channel Geo News", "PAKMED"),
        ("Militants in Toyota pickups attacked the town.", "UAF"),  # a brand that modifies a thing is no actor
        # peoples without a state of their own, inside a country
        ("Iraqi Kurds", "IRQCVL"),
        ("Sri Lankan Tamil rebels", "LKAREB"),
        ("Pashtun tribal elders", "CVL"),
        ("Afghan tribal leaders", "AFGCVL"),  # not officials
        ("Syrian army defectors attacked a checkpoint", "SYRMIL"),  # a defector is the body they left
        ("North Korean defectors said", "PRKCVL"),
        ("Hundreds of Sikh pilgrims arrived in Lahore", "REL"),
        ("Bolivian coca growers", "BOLAGR"),
        ("Argentine truckers", "ARGLAB"),
        ("the Dalai Lama said", "CHNREL"),
    ],
)
def test_sector_nouns_and_country_adjectives(nlp: Language, phrase: str, code: str) -> None:
    assert _code(nlp, phrase) == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("the Palestinians", "PSE"),  # the nation as a party
        ("Iraqis", "IRQ"),
        ("Greeks", "GRC"),
        ("Gazans", "PSE"),
        ("Montenegrins", "MNE"),
        ("Congolese", "COD"),  # in the news, almost always the larger Congo
        ("Dominicans", "DOM"),
        ("young Algerians", "DZACVL"),  # ordinary people, not the state
        ("nearly 2,000 Libyans", "LBYCVL"),
        ("thousands of Iraqis", "IRQCVL"),
        ("three Britons", "GBRCVL"),
    ],
)
def test_plural_nationality_nouns(nlp: Language, phrase: str, code: str) -> None:
    assert _code(nlp, phrase) == code


@pytest.mark.parametrize(
    ("phrase", "when", "code"),
    [
        ("Sharaa", date(2003, 5, 1), "SYRGOV"),  # Farouk al-Sharaa, foreign minister, not the later president
        ("Sharaa", date(2013, 1, 1), "SYRGOV"),  # both held posts: the vice president, not the Nusra leader
        ("al-Sharaa", date(2025, 6, 1), "SYRGOV"),
        ("Kadyrov", date(2003, 11, 1), "RUSGOV"),  # the father
        ("Jugnauth", date(2001, 5, 1), "MUSGOV"),  # Anerood, not his son
        ("Prachanda", date(2003, 1, 1), "NPLREB"),  # the Maoist insurgency's leader
        ("Wickremesinghe", date(2008, 1, 1), "LKAOPP"),
        ("Mark Carney", date(2016, 1, 1), "GBRGOV"),  # governor of the Bank of England
        ("Zabihullah Mujahid", date(2023, 1, 1), "AFGGOV"),
    ],
)
def test_office_holders_on_the_day(nlp: Language, phrase: str, when: date, code: str) -> None:
    assert _code(nlp, phrase, when) == code


def test_a_company_is_named_by_the_words_before_its_legal_form(nlp: Language) -> None:
    found = explain_phrase("The deal was signed by Reliance Industries Ltd on Monday.", date(2010, 1, 1), nlp)
    assert [(m.text, m.code) for m in found.mentions] == [("Reliance Industries Ltd", "BUS")]


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        # a chief of staff is the body's when a body is named, the army's on its own
        ("White House chief of staff", "USAGOV"),
        ("Kremlin chief of staff", "RUSGOV"),
        ("Israeli chief of staff", "ISRMIL"),
        ("army chief of staff", "MIL"),
    ],
)
def test_a_chief_of_staff_belongs_to_the_body_named(nlp: Language, phrase: str, code: str) -> None:
    assert _code(nlp, phrase) == code
