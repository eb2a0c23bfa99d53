"""Tests of in-article coreference: surnames, pronouns and role descriptions."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from dyad.actors import find_mentions
from dyad.model import Mention

DAY = date(2001, 7, 23)


def _all(mentions: list[Mention], text: str) -> list[Mention]:
    return [m for m in mentions if m.text == text]


def test_surname_after_the_full_name_is_the_same_person(nlp: Language) -> None:
    text = "John Smith, a Russian analyst, spoke on Monday. Smith said the talks had failed."
    smiths = _all(find_mentions(nlp(text), DAY), "Smith")
    assert [(m.actor.code, m.actor.name, m.kind, m.is_entity) for m in smiths] == [
        ("RUSEDU", "John Smith", "surname", True)
    ]


def test_surname_before_the_full_name_is_the_same_person(nlp: Language) -> None:
    text = "Bush met Putin.\n\nFormer President George H. W. Bush met Russian President Vladimir Putin on Monday."
    mentions = find_mentions(nlp(text), DAY)
    assert _all(mentions, "Bush")[0].actor.name == "George H. W. Bush"
    assert _all(mentions, "Putin")[0].actor.name == "Vladimir Putin"


def test_pronoun_refers_to_the_subject_of_its_sentence(nlp: Language) -> None:
    text = "President Putin said his meeting with President Bush had failed."
    his = _all(find_mentions(nlp(text), DAY), "his")
    assert [(m.actor.code, m.actor.name, m.kind, m.is_entity) for m in his] == [
        ("RUSGOV", "Vladimir Putin", "pronoun", False)
    ]


def test_pronoun_refers_back_to_the_previous_sentence(nlp: Language) -> None:
    text = "Chinese President Jiang Zemin arrived in Moscow on Sunday. He met officials on Monday."
    he = _all(find_mentions(nlp(text), DAY), "He")
    assert [m.actor.name for m in he] == ["Jiang Zemin"]


def test_pronoun_without_a_person_before_it_is_not_a_mention(nlp: Language) -> None:
    assert _all(find_mentions(nlp("He said Russia would wait."), DAY), "He") == []


def test_the_president_is_the_last_person_called_president(nlp: Language) -> None:
    text = (
        "Foreign Minister Igor Ivanov met Chinese President Jiang Zemin on Monday. "
        "The president said the minister was right."
    )
    mentions = find_mentions(nlp(text), DAY)
    president = next(m for m in mentions if m.text.lower() == "president" and m.kind == "description")
    minister = next(m for m in mentions if m.text == "minister")
    assert (president.actor.name, president.actor.code, president.is_entity) == ("Jiang Zemin", "CHNGOV", False)
    assert (minister.actor.name, minister.actor.code) == ("Igor Ivanov", "RUSGOV")


def test_one_person_keeps_one_code_through_the_article(nlp: Language) -> None:
    text = "General Leonid Petrenko told Russian news agencies he was ready. Petrenko later left."
    codes = {m.actor.code for m in find_mentions(nlp(text), DAY) if m.actor.name == "Leonid Petrenko"}
    assert codes == {"RUSMIL"}


def test_she_skips_a_man_and_finds_a_woman(nlp: Language) -> None:
    text = "Hillary Clinton met Donald Trump on Monday. Trump said she was wrong and he was right."
    mentions = find_mentions(nlp(text), date(2016, 10, 1))
    assert [m.actor.name for m in _all(mentions, "she")] == ["Hillary Clinton"]
    assert [m.actor.name for m in _all(mentions, "he")] == ["Donald Trump"]


def test_a_gendered_title_tells_the_pronoun(nlp: Language) -> None:
    text = "Mrs Jane Doe, a Russian analyst, met Mr John Roe, an American analyst. Roe said she was right."
    assert [m.actor.name for m in _all(find_mentions(nlp(text), DAY), "she")] == ["Jane Doe"]


def test_the_russian_president_is_the_last_russian_called_president(nlp: Language) -> None:
    text = "Vladimir Putin met US President George W. Bush in Genoa. The Russian president said little."
    mentions = find_mentions(nlp(text), DAY)
    described = next(m for m in mentions if m.text == "Russian president")
    assert (described.actor.name, described.actor.code) == ("Vladimir Putin", "RUSGOV")


def test_a_body_owned_by_a_person_takes_their_country(nlp: Language) -> None:
    doc = nlp("Peruvian President Alan Garcia said his government would call early elections.")
    codes = {m.text: m.actor.code for m in find_mentions(doc, date(2008, 1, 1))}
    assert codes.get("government") == "PERGOV"


def test_the_monarch_is_the_last_king_or_emir(nlp: Language) -> None:
    text = "King Abdullah of Jordan received the envoys in Amman. The monarch later urged calm."
    monarch = _all(find_mentions(nlp(text), DAY), "monarch")
    assert [m.actor.code for m in monarch] == ["JORGOV"]


def test_an_envoy_does_not_take_the_country_of_the_officials_around_him(nlp: Language) -> None:
    text = "Special envoy Karl Muller held talks with the governments of Syria and Jordan on Monday."
    [muller] = _all(find_mentions(nlp(text), DAY), "Karl Muller")
    assert muller.actor.country is None
