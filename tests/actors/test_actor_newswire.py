"""People, bodies and titles of 1990s wire news, coded as of the day the story ran."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from dyad.actors import find_mentions

pytestmark = pytest.mark.model


def _code_of(nlp: Language, text: str, name: str, when: date) -> str | None:
    """The code of the first entity mention that is exactly `name`, or None when there is none."""
    for mention in find_mentions(nlp(text), when):
        if mention.is_entity and mention.text == name:
            return mention.actor.code
    return None


@pytest.mark.parametrize(
    ("name", "when", "code"),
    [
        # the Bush White House and the Gulf war command
        ("John Sununu", date(1990, 5, 2), "USAGOV"),  # a civilian chief of staff, not an army one
        ("John Sununu", date(2006, 5, 2), "USALEG"),  # the son of the same name, in the Senate
        ("James A. Baker III", date(1990, 9, 12), "USAGOV"),
        ("Robert Gates", date(1990, 9, 12), "USAGOV"),
        ("Robert Gates", date(1992, 6, 3), "USASPY"),
        ("Colin Powell", date(1990, 9, 12), "USAMIL"),
        ("Colin Powell", date(1988, 4, 7), "USAGOV"),
        ("Norman Schwarzkopf", date(1991, 1, 20), "USAMIL"),
        ("Norman Schwarzkopf", date(1995, 1, 20), "USAELI"),
        ("Zbigniew Brzezinski", date(1991, 1, 20), "USAELI"),
        ("Brent Scowcroft", date(1991, 1, 20), "USAGOV"),
        ("Nicholas Brady", date(1991, 1, 20), "USAGOV"),
        ("Lloyd Bentsen", date(1991, 1, 20), "USALEG"),  # a senator, then the treasury secretary
        ("Lloyd Bentsen", date(1994, 1, 20), "USAGOV"),
        # the Clinton years: cabinet, agencies, the Fed and the Supreme Court
        ("Sandy Berger", date(1999, 4, 1), "USAGOV"),
        ("Anthony Lake", date(1995, 4, 1), "USAGOV"),
        ("George Tenet", date(1999, 4, 1), "USASPY"),
        ("Robert Rubin", date(1997, 4, 1), "USAGOV"),
        ("Janet Reno", date(1996, 7, 9), "USAJUD"),
        ("Louis Freeh", date(1996, 7, 9), "USACOP"),
        ("Alan Greenspan", date(1996, 7, 9), "USAGOV"),
        ("Donna Shalala", date(1996, 7, 9), "USAGOV"),
        ("William Rehnquist", date(1996, 7, 9), "USAJUD"),
        ("John Paul Stevens", date(1996, 7, 9), "USAJUD"),
        ("Sandra Day O'Connor", date(1996, 7, 9), "USAJUD"),
        ("Anthony Kennedy", date(1996, 7, 9), "USAJUD"),
        ("Stephen Breyer", date(1996, 7, 9), "USAJUD"),
        # Congress and the states
        ("Jesse Helms", date(1996, 7, 9), "USALEG"),
        ("Alfonse D'Amato", date(1996, 7, 9), "USALEG"),
        ("Alfonse D'Amato", date(2001, 7, 9), "USAELI"),
        ("John Glenn", date(1996, 7, 9), "USALEG"),
        ("Charles Schumer", date(1996, 7, 9), "USALEG"),  # in the House before his Senate seat
        ("Newt Gingrich", date(1996, 7, 9), "USALEG"),
        ("Bob Dole", date(1995, 7, 9), "USALEG"),
        ("Bob Dole", date(1996, 10, 9), "USAELI"),  # he left the Senate to run for president
        ("Trent Lott", date(1997, 7, 9), "USALEG"),
        ("George Mitchell", date(1993, 7, 9), "USALEG"),
        ("Tom Foley", date(1993, 7, 9), "USALEG"),
        ("Dick Gephardt", date(1997, 7, 9), "USALEG"),
        ("Tom DeLay", date(1996, 7, 9), "USALEG"),
        ("Dan Burton", date(1996, 7, 9), "USALEG"),
        ("Lincoln Diaz-Balart", date(1996, 7, 9), "USALEG"),
        ("George Pataki", date(1996, 7, 9), "USAGOV"),
        # Britain before John Major's premiership
        ("John Major", date(1990, 3, 21), "GBRGOV"),
        ("Nigel Lawson", date(1988, 3, 15), "GBRGOV"),
        ("Nigel Lawson", date(1989, 11, 10), "GBRELI"),
        # Northern Ireland and the Irish Republic
        ("Mo Mowlam", date(1998, 4, 10), "GBRGOV"),
        ("Albert Reynolds", date(1993, 12, 15), "IRLGOV"),
        ("John Bruton", date(1996, 4, 10), "IRLGOV"),
        ("Bertie Ahern", date(1998, 4, 10), "IRLGOV"),
        # the Soviet Union, Europe and NATO enlargement
        ("Eduard Shevardnadze", date(1989, 12, 2), "RUSGOV"),
        ("Eduard Shevardnadze", date(1997, 12, 2), "GEOGOV"),
        ("Alexander Lebed", date(1996, 8, 30), "RUSGOV"),
        ("Alexander Lebed", date(1997, 8, 30), "RUSELI"),
        ("Gennady Zyuganov", date(1996, 6, 3), "RUSOPP"),
        ("Jaber al-Ahmad al-Sabah", date(1990, 11, 3), "KWTGOV"),
        ("Rita Süssmuth", date(1994, 2, 14), "DEULEG"),
        ("Vaclav Havel", date(1997, 2, 14), "CZEGOV"),
        ("Jan Kavan", date(1999, 2, 14), "CZEGOV"),
        ("Arpad Goncz", date(1995, 2, 14), "HUNGOV"),
        ("Janos Martonyi", date(1999, 2, 14), "HUNGOV"),
        ("Glafcos Clerides", date(1997, 2, 14), "CYPGOV"),
        # Asia, the Pacific and Africa
        ("Joseph Estrada", date(1999, 5, 6), "PHLGOV"),
        ("Fidel Ramos", date(1995, 5, 6), "PHLGOV"),
        ("Mahathir Mohamad", date(1997, 9, 20), "MYSGOV"),
        ("Norodom Ranariddh", date(1995, 5, 6), "KHMGOV"),
        ("Norodom Ranariddh", date(1998, 1, 6), "KHMELI"),  # ousted in 1997
        ("Pol Pot", date(1997, 7, 25), "KHMREB"),
        ("Norodom Sihanouk", date(1998, 1, 6), "KHMGOV"),
        ("Anwar Ibrahim", date(1997, 9, 20), "MYSGOV"),
        ("Chuan Leekpai", date(1998, 1, 12), "THAGOV"),
        ("Chavalit Yongchaiyudh", date(1997, 7, 2), "THAGOV"),
        ("Goh Chok Tong", date(1998, 1, 12), "SGPGOV"),
        ("Tung Chee-hwa", date(1998, 1, 12), "HKGGOV"),
        ("Peter Costello", date(1997, 5, 13), "AUSGOV"),
        ("Don McKinnon", date(1997, 5, 13), "NZLGOV"),
        ("Juvenal Habyarimana", date(1993, 8, 4), "RWAGOV"),
        ("Juvenal Habyarimana", date(1996, 8, 4), "RWAELI"),  # killed in 1994
        ("Pasteur Bizimungu", date(1996, 8, 4), "RWAGOV"),
        ("Paul Kagame", date(1996, 8, 4), "RWAGOVMIL"),
        ("Mobutu Sese Seko", date(1996, 8, 4), "CODGOV"),
        ("Benjamin Mkapa", date(1998, 8, 4), "TZAGOV"),
        ("Daniel arap Moi", date(1997, 5, 13), "KENGOV"),
        ("Jakaya Kikwete", date(2010, 5, 13), "TZAGOV"),
        ("Raúl Castro", date(1996, 5, 13), "CUBGOVMIL"),  # armed forces minister long before the presidency
        # heads of international bodies
        ("Javier Perez de Cuellar", date(1990, 10, 1), "IGOUNO"),
        ("Boutros Boutros-Ghali", date(1994, 10, 1), "IGOUNO"),
        ("Manfred Wörner", date(1992, 10, 1), "IGOWSTNAT"),
        ("Willy Claes", date(1995, 3, 1), "IGOWSTNAT"),
        ("Michel Camdessus", date(1997, 12, 1), "IGOIMF"),
        ("James Wolfensohn", date(1997, 12, 1), "IGOWBK"),
    ],
)
def test_an_office_holder_of_the_decade_codes_to_the_office_held_that_day(
    nlp: Language, name: str, when: date, code: str
) -> None:
    text = f"On Thursday {name} told reporters that the negotiations would resume soon."
    assert _code_of(nlp, text, name, when) == code


def test_the_capitalised_surname_of_the_al_qaeda_leader_is_him(nlp: Language) -> None:
    text = "Investigators said Bin Laden had financed the attacks on the two embassies."
    assert _code_of(nlp, text, "Bin Laden", date(1999, 1, 15)) == "IMGINS"


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("UNSCOM said its inspectors were denied access to a palace.", "UNSCOM", "IGOUNO"),
        ("The Khmer Rouge shelled a village near the Thai border.", "Khmer Rouge", "KHMREB"),
        ("A bomb was blamed on the Irish Republican Army.", "Irish Republican Army", "GBRREB"),
        (
            "The Immigration and Naturalization Service refused the request.",
            "Immigration and Naturalization Service",
            "USAGOV",
        ),
        ("The Securities and Exchange Commission opened an inquiry.", "Securities and Exchange Commission", "USAGOV"),
        ("NASA postponed the launch by a day.", "NASA", "USAGOV"),
        ("The World Court agreed to hear the case.", "World Court", "IGOUNOJUD"),
        ("The FDIC closed the savings bank on Friday.", "FDIC", "USAGOV"),
    ],
)
def test_bodies_in_the_news_of_the_decade(nlp: Language, text: str, name: str, code: str) -> None:
    assert _code_of(nlp, text, name, date(1997, 6, 1)) == code


def test_the_irish_republican_army_is_named_in_full_and_a_retirement_account_is_no_actor(nlp: Language) -> None:
    when = date(1996, 2, 10)
    assert _code_of(nlp, "The Provisional IRA ended its ceasefire.", "Provisional IRA", when) == "GBRREB"
    assert _code_of(nlp, "She moved her savings into an IRA last year.", "IRA", when) is None
