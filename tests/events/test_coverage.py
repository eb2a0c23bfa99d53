"""Common wire phrasings the trigger lexicon covers, and their non-event look-alikes, through the pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from dyad.model import Article
from dyad.pipeline import Pipeline

pytestmark = pytest.mark.model

Triple = tuple[str | None, str | None, str]


def triples(pipeline: Pipeline, text: str) -> set[Triple]:
    record = pipeline.code(Article(id="t", text=text, published=date(2015, 1, 1)))
    return {
        (e.source.actor.code if e.source else None, e.target.actor.code if e.target else None, e.cameo)
        for e in record.events
        if not e.negated
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 08 yield: arms given up, blockades eased, dissent halted, parties let back, outsiders let in
        ("Rebels in Colombia laid down their arms on Monday.", ("COLREB", None, "0873")),
        ("Hundreds of Taliban fighters surrendered their weapons in Helmand.", ("AFGREB", None, "0873")),
        ("Israel eased the blockade of Gaza on Sunday.", ("ISR", "PSE", "0872")),
        ("Israel lifted the siege of Gaza.", ("ISR", "PSE", "0872")),
        ("Israel relaxed its blockade of the Gaza Strip.", ("ISR", "PSE", "0872")),
        ("Opposition leaders in Togo halted their protests.", ("TGOOPP", None, "082")),
        ("Opposition leaders stopped their protests.", ("OPP", None, "082")),
        ("Russia stopped its strikes against rebel targets in Syria.", ("RUS", "SYRREB", "087")),
        ("The US reopened its embassy in Havana.", ("USA", "CUB", "050")),
        ("Opposition leaders agreed to halt their protests.", ("OPP", None, "0352")),
        ("Israel halted its offensive in Gaza.", ("ISR", "PSE", "087")),
        ("The Egyptian government reopened three opposition parties.", ("EGYGOV", "OPP", "0812")),
        ("Sri Lanka lifted the ban on the rebel group.", ("LKA", "REB", "0812")),
        ("Egypt legalized the Muslim Brotherhood.", ("EGY", "EGYOPP", "0812")),
        ("Iran allowed inspectors into the plant.", ("IRN", None, "0862")),
        ("Sudan allowed peacekeepers into Darfur.", ("SDN", "MIL", "0861")),
        ("Sudan allowed aid agencies into Darfur.", ("SDN", "NGO", "0863")),
        ("Sudan agreed to the deployment of peacekeepers.", ("SDN", None, "0861")),
        ("Sudan accepted peacekeepers.", ("SDN", "MIL", "0861")),
        ("Russia pulled its troops out of Georgia.", ("RUS", "GEO", "087")),
        ("Iran called for the lifting of sanctions.", ("IRN", None, "0254")),
        ("China insisted on the return of the islands.", ("CHN", None, "1053")),
        ("The rebels refused to lay down their arms.", ("REB", None, "1246")),
        # 04, 05
        ("Putin spoke by phone with Merkel.", ("RUSGOV", "DEUGOV", "041")),
        ("China voiced support for Pakistan's position.", ("CHN", "PAK", "051")),
        ("Russia threw its weight behind the Syrian government.", ("RUS", "SYRGOV", "051")),
        ("The minister paid tribute to the victims.", ("GOV", "CVL", "051")),
        # 03 readiness stated as a noun
        ("Japan expressed its readiness to resume talks with North Korea.", ("JPN", "PRK", "036")),
        # 06, 07
        ("The United States trained Iraqi soldiers.", ("USA", "IRQMIL", "062")),
        ("Russia shipped weapons to Syria.", ("RUS", "SYR", "072")),
        ("The United States sold fighter jets to Taiwan.", ("USA", "TWN", "072")),
        ("The United States airlifted food to the refugees.", ("USA", "REF", "073")),
        ("The World Bank approved a $500 million loan to Egypt.", ("IGOWBK", "EGY", "071")),
        ("The US dispatched aid to the Philippines.", ("USA", "PHL", "070")),
        # 11, 13
        ("Iran lashed out at the United States.", ("IRN", "USA", "111")),
        ("Beijing protested to Tokyo over the visit.", ("CHNGOV", "JPNGOV", "114")),
        ("Turkey voiced concern over the Russian air strikes.", ("TUR", "RUS", "012")),
        ("The EU threatened Russia with sanctions.", ("IGOEUREEC", "RUS", "1312")),
        # 14, 15
        ("Thousands of protesters took to the streets of Cairo.", ("EGYOPP", None, "141")),
        ("Workers went on strike in South Africa.", ("LAB", None, "143")),
        ("India beefed up security along the border with Pakistan.", ("IND", None, "154")),
        ("Iran tested a long-range missile.", ("IRN", None, "150")),
        ("North Korea conducted a nuclear test.", ("PRK", None, "150")),
        ("China sent warships to the disputed waters.", ("CHN", None, "154")),
        # 16
        ("Israel froze contacts with the Palestinian Authority.", ("ISR", "PSEGOV", "164")),
        ("The US slashed aid to Pakistan.", ("USA", "PAK", "162")),
        ("Egypt withdrew from the talks with Ethiopia.", ("EGY", None, "164")),
        ("The Palestinians withdrew from the peace talks.", ("PSE", None, "164")),
        # 17
        ("Iran put the journalist on trial.", ("IRN", "MED", "173")),
        ("Chinese authorities placed the dissident under house arrest.", ("CHNGOV", "OPP", "173")),
        # 19
        ("Government forces recaptured the city from the rebels.", ("MIL", "REB", "192")),
        ("Gunmen stormed the hotel in Mali.", ("UAF", "MLI", "190")),
        ("Syrian rebels launched a counteroffensive against government forces.", ("SYRREB", "MIL", "190")),
        ("Turkey launched a military operation against Kurdish militants in Syria.", ("TUR", "SYRUAF", "190")),
        ("Militants hurled grenades at a police station.", ("UAF", "COP", "190")),
        ("Rebels lobbed mortars at the airport.", ("REB", None, "194")),
        ("Protesters threw stones at police in Srinagar.", ("INDOPP", "INDCOP", "145")),
        # more words of criticism and official protest
        ("The US chided China for its human rights record.", ("USA", "CHN", "111")),
        ("The EU castigated Turkey for the arrests.", ("IGOEUREEC", "TUR", "111")),
        ("The UN reprimanded Israel.", ("IGOUNO", "ISR", "111")),
        ("Israel hit out at the EU over the labelling decision.", ("ISR", "IGOEUREEC", "111")),
        ("Iran took issue with the French statement.", ("IRN", "FRA", "110")),
        ("Pakistan registered a strong protest with India.", ("PAK", "IND", "114")),
        ("India issued a demarche to Pakistan.", ("IND", "PAK", "114")),
        ("Lavrov and Kerry conferred by phone.", ("RUSGOV", "USAGOV", "041")),
        # threats named by what is threatened
        ("North Korea threatened retaliation against South Korea.", ("PRK", "KOR", "138")),
        ("Israel threatened military action against Iran.", ("ISR", "IRN", "138")),
        ("North Korea threatened a nuclear strike on the United States.", ("PRK", "USA", "1385")),
        ("Turkey gave Syria a deadline to hand over the suspects.", ("TUR", "SYR", "139")),
        ("The UN called for calm in Burundi.", ("IGOUNO", None, "0256")),
        # nominal acts announced or ordered
        ("Pakistan announced a ban on the militant group.", ("PAK", "UAF", "1722")),
        ("The UN announced the suspension of aid to Somalia.", ("IGOUNO", "SOM", "162")),
        ("Kenya announced the deportation of the foreign journalists.", ("KEN", "MED", "174")),
        ("Iran carried out the execution of three Kurdish activists.", ("IRN", "OPP", "1823")),
        ("Japan extended a $1 billion loan to India.", ("JPN", "IND", "071")),
        ("Brazil granted refugee status to the Italian activist.", ("BRA", "ITAOPP", "075")),
        ("Russia gave its backing to the plan.", ("RUS", None, "051")),
        ("The rebels handed over two prisoners to the Red Cross.", ("REB", "NGOIRC", "0841")),
        ("Israel razed Palestinian homes in the West Bank.", ("ISR", "PSE", "1712")),
        ("Egypt evicted the families from their homes.", ("EGY", "CVL", "174")),
        ("The US withdrew from the Paris climate agreement.", ("USA", None, "160")),
    ],
)
def test_common_phrasing_is_coded(pipeline: Pipeline, text: str, expected: Triple) -> None:
    assert expected in triples(pipeline, text)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The company laid down new rules for its employees.", "08"),
        ("Russia lifted its production of oil.", "08"),
        ("Police stopped the car at a checkpoint in Cairo.", "08"),
        ("The army halted the advance of the rebels.", "08"),
        ("Israel halted strikes on Gaza.", "082"),
        ("Egypt legalized same-sex marriage.", "08"),
        ("The court allowed the company to sell its shares.", "08"),
        ("Iran allowed its citizens to travel abroad.", "08"),
        ("The rules allow police to investigate complaints.", "08"),
        ("The army stepped down its operations.", "08"),
        ("The team threw its weight around.", "05"),
        ("The Chinese company shipped cars to Europe.", "07"),
        ("The bank approved the merger.", "07"),
        ("The government tested the new voting system.", "15"),
        ("Students took a test in Seoul.", "15"),
        ("The government froze the prices of bread.", "16"),
        ("The president put the plan on hold.", "17"),
        ("The UN opened an investigation into the attack.", "19"),
        ("Egypt launched a probe into the bombing in Cairo.", "18"),
        ("Clinton locked up the nomination in June.", "17"),
        ("The gunman stormed out of the room.", "19"),
        ("She was trying to recapture her momentum.", "19"),
        ("An angry Hollande retaliated.", "19"),
        ("The ministry imposed a ban on the movement of horses.", "1722"),
        ("She said, speaking by phone from Nice.", "04"),
        ("The plan shields millions of immigrants from deportation.", "17"),
        ("The general praised the execution of the plan.", "18"),
        ("His aides were dispatched to Washington.", "07"),
        ("The senator sent two aides to Kabul.", "07"),
        ("The company boosted its sales.", "06"),
        ("The bill would hit out-of-state firms.", "11"),
        ("Five people were injured in a car crash in Texas.", "19"),
    ],
)
def test_look_alikes_are_no_event(pipeline: Pipeline, text: str, root: str) -> None:
    assert not any(code.startswith(root) for _, _, code in triples(pipeline, text))


def test_voiced_concern_is_not_the_strike_it_is_about(pipeline: Pipeline) -> None:
    found = triples(pipeline, "Turkey voiced concern over the Russian air strikes.")
    assert not any(code.startswith("19") for _, _, code in found)


@pytest.mark.parametrize(
    "text",
    [
        '"Why was this allowed?" asked Representative Rosa DeLauro.',
        "The minister asked reporters about the vote.",
        "In a press release, WHO described the symptoms.",
        "149 men were admitted to five public hospitals.",
    ],
)
def test_questions_press_releases_and_admissions_are_no_event(pipeline: Pipeline, text: str) -> None:
    assert triples(pipeline, text) == set()


def test_an_appeal_asks_for_something(pipeline: Pipeline) -> None:
    assert triples(pipeline, "Iran asked the UN to lift the sanctions.") == {("IRN", "IGOUNO", "0254")}


# --- 1990s wire news (TimeBank/AQUAINT sweep): attacks and embargoes ordered, talks wrapped up, praise heaped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ordering an attack or an embargo is carrying it out, not a demand
        ("The Security Council ordered an embargo on Libya.", ("IGOUNO", "LBY", "163")),
        ("Obama ordered air strikes on Libya.", ("USAGOV", "LBY", "195")),
        ("Putin ordered an attack on the rebels.", ("RUSGOV", "REB", "190")),
        ("Rebels carried out a grenade attack on a police station.", ("REB", "COP", "183")),
        # consultations wrapped up
        ("Kerry wrapped up talks with Lavrov in Geneva.", ("USAGOV", "RUSGOV", "046")),
        ("Merkel wrapped up a meeting with the Chinese premier.", ("DEUGOV", "CHNGOV", "040")),
        ("Merkel wrapped up a visit to China.", ("DEUGOV", "CHN", "042")),
        # praise, scorn and blame heaped on someone
        ("Obama heaped praise on Kenya.", ("USAGOV", "KEN", "051")),
        ("Putin lavished praise on China.", ("RUSGOV", "CHN", "051")),
        ("Iran heaped scorn on the United States.", ("IRN", "USA", "111")),
        ("China poured scorn on the Japanese proposal.", ("CHN", "JPN", "111")),
        ("The opposition heaped blame on the government.", ("OPP", "GOV", "112")),
        # accession papers and communiques signed
        ("Poland signed the documents of accession to NATO.", ("POL", "IGOWSTNAT", "057")),
        ("Russia and China signed a joint communique.", ("RUS", "CHN", "057")),
    ],
)
def test_wire_phrasing_is_coded(pipeline: Pipeline, text: str, expected: Triple) -> None:
    assert expected in triples(pipeline, text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The Security Council ordered an embargo on Libya.", "100"),
        ("Putin ordered an attack on the rebels.", "100"),
    ],
)
def test_an_ordered_act_is_no_demand(pipeline: Pipeline, text: str, code: str) -> None:
    assert not any(found == code for _, _, found in triples(pipeline, text))


# --- recall sweep over synthetic PLOVER stories: money pledged, resignations, truces reached, troops removed,
# forces disbanded, protests cancelled, joint drills, talks quit, walkouts, pickets, arms sent, debts forgiven


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway pledged $20 million to Somalia.", ("NOR", "SOM", "0331")),
        ("Canada promised $40 million to Haiti.", ("CAN", "HTI", "0331")),
        ("The Italian prime minister tendered his resignation on Friday.", ("ITAGOV", None, "0831")),
        ("Israel and Hamas reached a truce on Sunday.", ("ISR", "PSEREB", "0871")),
        ("Armenia and Azerbaijan reached a ceasefire on Tuesday.", ("ARM", "AZE", "0871")),
        ("France removed its troops from Mali.", ("FRA", "MLI", "087")),
        ("The Iraqi government disbanded the militias.", ("IRQGOV", "UAF", "0873")),
        ("Union leaders cancelled the general strike.", ("LAB", None, "082")),
        ("Iran deployed a missile defence system near Tehran.", ("IRN", None, "154")),
        ("India held naval drills with Japan.", ("IND", "JPN", "062")),
        ("Egypt conducted military exercises with Russia.", ("EGY", "RUS", "062")),
        ("Poland staged exercises with NATO troops.", ("POL", "IGOWSTNATMIL", "062")),
        ("The navy held exercises with warships off the coast.", ("MIL", None, "150")),
        ("The Kurdish rebels quit the peace talks with Turkey.", ("REB", "TUR", "164")),
        ("The union walked out of the negotiations.", ("LAB", None, "164")),
        ("Miners walked off the job in Chile.", ("CHLLAB", "CHL", "143")),
        ("Nurses walked out over pay.", ("HLH", None, "1432")),
        ("Teachers struck on Monday across Kenya.", ("KENEDU", None, "143")),
        ("Dock workers will strike next week.", ("LAB", None, "143")),
        ("Activists picketed the Chinese embassy.", ("OPP", "CHNGOV", "141")),
        ("Turkey stepped up security along the Syrian border.", ("TUR", "SYR", "154")),
        ("Greek police stepped up patrols in Athens.", ("GRCCOP", None, "153")),
        ("Iran sent weapons to the Houthis.", ("IRN", "YEMREB", "072")),
        ("China granted Pakistan a loan.", ("CHN", "PAK", "071")),
        ("Qatar transferred aid to Gaza.", ("QAT", "PSE", "070")),
        ("The IMF released $1 billion to Ukraine.", ("IGOIMF", "UKR", "071")),
        ("France forgave the debt of Mali.", ("FRA", "MLI", "071")),
        ("Russia will forgive the debts of Cuba.", ("RUS", "CUB", "0331")),
        ("Germany wrote off the debts of Zambia.", ("DEU", "ZMB", "071")),
        ("The president forgave the rebels.", ("GOV", "REB", "056")),
        ("Zambia removed restrictions on ethnic groups.", ("ZMB", None, "081")),
        ("The government scrapped the ban on opposition rallies.", ("GOV", "OPP", "081")),
        ("Uzbekistan abolished restrictions on foreign travel.", ("UZB", None, "081")),
        ("Malaysia suspended cooperation with Brunei.", ("MYS", "BRN", "160")),
        ("Russia halted cooperation with NATO.", ("RUS", "IGOWSTNAT", "160")),
        ("Turkey froze military cooperation with Israel.", ("TUR", "ISR", "1622")),
        ("The Netherlands ended military cooperation with Peru.", ("NLD", "PER", "1622")),
        ("Transport workers began a strike on Thursday.", ("LAB", None, "143")),
        ("Nigerian police eased the curfew in Kano.", ("NGACOP", "NGA", "0813")),
        ("The army relaxed the curfew in the capital.", ("MIL", None, "0813")),
        ("South Korea heightened its military alert.", ("KOR", None, "152")),
        ("Taiwan increased its military alert.", ("TWN", None, "152")),
    ],
)
def test_sweep_phrasing_is_coded(pipeline: Pipeline, text: str, expected: Triple) -> None:
    assert expected in triples(pipeline, text)


def test_whom_a_host_receives_made_a_visit(pipeline: Pipeline) -> None:
    found = triples(pipeline, "President Erdogan received the Iraqi prime minister in Ankara on Monday.")
    assert {("TURGOV", "IRQGOV", "043"), ("IRQGOV", "TURGOV", "042")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # joint exercises (an adjective on the object) are cooperation between the two who hold them
        ("India and France held joint naval exercises.", ("IND", "FRA", "062")),
        # a controlled verb's doer is its controller's subject: workers who decide to strike strike
        ("Nurses in Nairobi decided to strike over unpaid wages.", ("KENHLH", None, "143")),
        ("Syria could start hostilities with Turkey.", ("SYR", "TUR", "190")),
    ],
)
def test_adjectives_on_objects_and_controlled_verbs(pipeline: Pipeline, text: str, expected: Triple) -> None:
    assert expected in triples(pipeline, text)
