"""Everyday uses of trigger words that report no political event, and the political uses that still code."""

from __future__ import annotations

from datetime import date

import pytest

from dyad.model import Article
from dyad.pipeline import Pipeline

pytestmark = pytest.mark.model


def codes(pipeline: Pipeline, text: str) -> set[str]:
    record = pipeline.code(Article(id="t", text=text, published=date(2015, 1, 1)))
    return {e.cameo for e in record.events}


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # speeches and parcels delivered, leads and opportunities provided or offered
        ("The governor delivered his budget address on Tuesday.", "07"),
        ("The mayor delivered a speech to the chamber of commerce.", "07"),
        ("The senator's victory provided him a comfortable lead.", "07"),
        ("Police provided a description of the suspect.", "07"),
        ("The mayor offered residents the opportunity to recycle old tires.", "03"),
        ("The senator offered his thoughts on the game.", "03"),
        # goals met, rivals beaten at the polls, tones struck
        ("The governor met his fundraising goals.", "04"),
        ("The senator met stiff resistance from the unions.", "04"),
        ("The senator beat his rival in the Republican primary.", "18"),
        ("The president struck a conciliatory tone in his speech.", "19"),
        ("The senator hit a record high in the polls.", "19"),
        # disasters, diseases and fires
        ("The town of Fuyang in China was especially hard-hit by the outbreak.", "19"),
        ("Firefighters battled the blaze for six hours.", "19"),
        ("Residents are battling through the economic crisis.", "19"),
        ("Firefighters fought the fire through the night.", "19"),
        ("The senator suffered a heart attack at his home.", "19"),
        ("Most of Kenya's maize crop has been destroyed.", "17"),
        ("Workers complained of headaches and nausea.", "11"),
        # campaigns: races left, appeal to voters, verbal attacks, spotlights and voters targeted
        ("The congresswoman withdrew from the Senate race.", "08"),
        ("The senator has broad appeal among young voters.", "02"),
        ("The governor lost his appeal in the state court.", "02"),
        ("The senator's populist appeal worries party leaders.", "02"),
        ("The governor has occupied the spotlight for weeks.", "19"),
        ("The senator is targeting suburban voters.", "19"),
        ("The army deployed a new strategy.", "15"),
        ("The firm is demonstrating its commitment to the town.", "14"),
        ("The senator rallied his supporters behind the bill.", "14"),
        ("The administration has admitted thousands of refugees.", "01"),
        ("The senator sent a text message to his supporters.", "01"),
        ("The governor hosted a charity golf tournament.", "04"),
        ("He made three doctor visits last month.", "04"),
        ("Police went to the house shortly after midnight.", "04"),
        ("Voters in Iowa will go to the polls on Monday.", "04"),
        # police, courts and shops: warrants executed, entries forced, batteries charged, films shot
        ("Police executed a search warrant at the home.", "18"),
        ("Firefighters forced entry into the house.", "17"),
        ("The mayor charged residents a fee for parking.", "17"),
        ("The senator shot a video at the park.", "19"),
        ("The president seized the opportunity to speak.", "17"),
        ("The mayor pleaded guilty to theft.", "02"),
        ("The police search yielded no clues.", "08"),
        ("The mayor helped make the festival a success.", "07"),
        ("The government requires a permit for rallies.", "10"),
        ("The president's war on drugs has filled the prisons.", "19"),
        # passports surrendered, votes captured, goods ordered, leases negotiated, offices sought, cases accepted
        ("The mayor must surrender his passport to the court.", "08"),
        ("The senator captured 40 percent of the vote.", "17"),
        ("The mayor ordered a burger at the diner.", "10"),
        ("The governor negotiated a lease for the new office.", "04"),
        ("The governor did not seek re-election.", "03"),
        ("The court will not accept new cases.", "12"),
        ("The governor accepted a pay cut.", "03"),
        ("Putin said Russia would pull out of its economic slump.", "03"),
        ("The senator continued his verbal assault on the governor.", "19"),
        ("Police arrived shortly after the shooting.", "04"),
        ("Many refugees in Lebanon cannot travel.", "04"),
        ("The senator did not respond to requests for comment.", "02"),
        ("The senator's spokesman did not respond to a request to comment.", "02"),
        ("CNN hosted a town hall with the senator.", "04"),
        ("The senator was born after the Second World War.", "19"),
    ],
)
def test_non_event_use_is_not_coded(pipeline: Pipeline, text: str, root: str) -> None:
    assert not any(code.startswith(root) for code in codes(pipeline, text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The United States delivered food to the refugees.", "073"),
        ("Japan provided aid to the Philippines.", "070"),
        ("Iran offered to mediate between the two sides.", "039"),
        ("Putin met Merkel on Monday.", "040"),
        ("Iran met the demands of the inspectors.", "086"),
        ("Police beat protesters in Cairo.", "182"),
        ("Israeli aircraft struck targets in Gaza.", "190"),
        ("Rebels hit an army base in the north.", "190"),
        ("Gunmen killed five soldiers in Kashmir.", "190"),
        ("Rebels fought government troops near the border.", "190"),
        ("Rebels battled government forces in the capital.", "190"),
        ("Rebels launched an attack on the army base.", "190"),
        ("Government troops destroyed rebel camps.", "1712"),
        ("Iran complained to the UN about the sanctions.", "114"),
        ("Russia withdrew its troops from Georgia.", "087"),
        ("The Pope appealed for calm in Burundi.", "0256"),
        ("Trump's attacks on Clinton's policies drew criticism.", "111"),
        ("Israel occupied the West Bank in 1967.", "192"),
        ("Pakistan deployed troops to the border.", "154"),
        ("Opposition supporters demonstrated against the government.", "141"),
        ("The Egyptian army admitted it had shot protesters.", "015"),
        ("The Iranian president visited Moscow.", "042"),
        ("China hosted the Russian president.", "043"),
        ("Iraq executed three prisoners.", "1823"),
        ("Police forced the protesters to leave the square.", "170"),
        ("The army seized the town from the rebels.", "192"),
        ("Prosecutors charged the opposition leader with treason.", "173"),
        ("Soldiers shot three protesters in Cairo.", "193"),
        ("The minister declined to comment on the report.", "011"),
        ("The minister declined to say whether talks would resume.", "011"),
        ("Iran refused to release the sailors.", "1243"),
        ("Russia helped Syria rebuild its army.", "070"),
        ("The UN demanded that Iran stop enrichment.", "100"),
        ("The rebels yielded to the army.", "080"),
        ("The minister sent condolences to the victims' families.", "018"),
        ("Kenya pleaded with the donors for food aid.", "023"),
        ("Putin travelled to Beijing on Monday.", "042"),
        ("Iran rejected the UN request for talks.", "125"),
        ("China hosted talks between the two Koreas.", "043"),
        ("Iran agreed to surrender to the army.", "0356"),
        ("Rebels captured the town of Aleppo.", "192"),
        ("Russia negotiated with Ukraine.", "046"),
        ("Iran sought aid from Russia.", "023"),
        ("Iran accepted the UN proposal.", "037"),
        ("The Iranian president arrived in Moscow.", "042"),
        ("Russia pulled out of the talks with Ukraine.", "164"),
        ("Kenya ordered the UN envoy to leave.", "161"),
        ("The senator continued his verbal assault on the governor.", "111"),
    ],
)
def test_political_use_still_codes(pipeline: Pipeline, text: str, code: str) -> None:
    assert code in codes(pipeline, text)


# --- 1990s wire news (TimeBank/AQUAINT sweep): courts, laws, business pages, bylines and reporters


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # courts weigh cases and dismiss suits; laws, treaties and plans state their content
        ("The appeals court will consider the case next month.", "01"),
        ("A federal judge dismissed the lawsuit against the governor.", "12"),
        ("Egyptian law provides for the death penalty.", "07"),
        ("Indian law requires companies to publish their accounts.", "10"),
        ("The rebels' proposal calls for a ceasefire in the south.", "02"),
        ("The Kurdish rebels' plan calls for autonomy in the north.", "02"),
        ("The Kenyan prosecutor has gathered enough evidence to support an indictment.", "05"),
        # bylines and causes
        ("Reuters correspondent John Smith in Cairo contributed to this report.", "07"),
        ("Strikes by Nigerian oil workers contributed to the fall in output.", "07"),
        # business pages: shares, bids, charges against earnings, market demand, falling exports
        ("The Brazilian oil company offered two million shares to investors.", "03"),
        ("The Chinese airline withdrew its bid for the rival carrier.", "08"),
        ("The Japanese bank's extraordinary charges cut its profit.", "11"),
        ("The Japanese bank took a charge of $20 million.", "11"),
        ("The Korean carmaker's one-time charges hurt its profit.", "11"),
        ("The Japanese bank charged $3 million against its earnings.", "17"),
        ("The Japanese carmaker benefited from strong demand for its trucks.", "10"),
        ("Egypt's exports declined sharply last year.", "12"),
        ("The bank's shareholder meeting approved the merger.", "04"),
        # figures and weather welcomed or blamed; reviews and evacuations ordered; tasks entrusted
        ("President Obama welcomed the unemployment figures.", "05"),
        ("The Indian government blamed the weather for the poor harvest.", "11"),
        ("The Egyptian president ordered a review of the prison system.", "10"),
        ("Kenyan police ordered the evacuation of the village.", "10"),
        ("The UN charged the panel with the task of monitoring the elections.", "17"),
        ("Health officials warned residents to boil their water.", "13"),
        # police work, weapons and units named, places defended, fights in court
        ("Colombian police seized two tons of cocaine in Cartagena.", "17"),
        ("Thousands of American air assault troops are expected in Saudi Arabia next week.", "19"),
        ("Syrian troops will defend the border with Turkey.", "05"),
        ("The Mexican government fought in court to block the extradition.", "19"),
        ("The rebel group received threatening letters from the army.", "13"),
        ("The Kenyan company said it violated the policy on threatening language.", "13"),
        # sources, reporters and a leader's own staff
        ("The Russian diplomat requested anonymity.", "02"),
        ("Reporters asked the Iranian minister whether talks would resume.", "02"),
        ("Putin met with his advisers in the Kremlin.", "04"),
        ("The Russian president met his aides on Sunday.", "04"),
        # flights in space, tapes released, tributes delivered, guidance sought
        ("The Chinese astronaut flew in space for two days.", "04"),
        ("The Pentagon released tapes of the radio traffic.", "08"),
        ("Cuban schoolchildren delivered a tribute to the independence hero.", "07"),
        ("Jordan sought guidance from the UN on the embargo rules.", "03"),
    ],
)
def test_wire_non_event_is_not_coded(pipeline: Pipeline, text: str, root: str) -> None:
    assert not any(code.startswith(root) for code in codes(pipeline, text))


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Iranian foreign minister flew to Moscow on Monday.", "042"),
        ("Putin met with Merkel in Berlin.", "042"),
        ("The UN ordered Iran to halt enrichment.", "100"),
        ("Prosecutors charged the opposition leader with treason.", "173"),
        ("Police seized the rebels' weapons.", "171"),
        ("The Kenyan government released the opposition leader.", "0841"),
    ],
)
def test_wire_political_use_still_codes(pipeline: Pipeline, text: str, code: str) -> None:
    assert code in codes(pipeline, text)


# --- recall sweep over synthetic PLOVER stories: look-alikes of the rows it added


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # deals struck by unions, buildings walked out of, earnings and models released
        ("The union struck a deal with management.", "14"),
        ("The union struck a deal with management.", "19"),
        ("Employees walked out of the building after the fire alarm.", "14"),
        ("The company released its earnings on Tuesday.", "08"),
        ("The carmaker released a new model.", "08"),
        # jobs promised, concerts cancelled, teams disbanded or quit, debris removed, weapons sent on patrol
        ("The candidate promised a million new jobs.", "033"),
        ("The singer cancelled her concert.", "08"),
        ("The club disbanded its youth team.", "08"),
        ("The student quit the team.", "16"),
        ("Residents removed the debris from the road.", "08"),
        ("North Korea sent its newest weapons on patrol missions.", "07"),
        # a shop's readiness increased, a strike called by an umpire
        ("The company increased its readiness for the holiday season.", "15"),
        ("The umpire called a strike.", "14"),
    ],
)
def test_sweep_look_alike_is_not_coded(pipeline: Pipeline, text: str, root: str) -> None:
    assert not any(code.startswith(root) for code in codes(pipeline, text))


def test_deaths_in_an_accident_told_in_a_when_clause_are_no_attack(pipeline: Pipeline) -> None:
    assert codes(pipeline, "Six Pakistani soldiers were killed when their helicopter crashed near Gilgit.") == set()
    assert any(c.startswith("19") for c in codes(pipeline, "Six soldiers were killed when rebels attacked a convoy."))


def test_a_release_names_what_was_released(pipeline: Pipeline) -> None:
    assert codes(pipeline, "The Kenyan ministry said in a release that the talks would resume.") == set()
    assert "1053" in codes(pipeline, "Hamas demanded the release of 500 prisoners.")
