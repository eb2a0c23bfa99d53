"""Speakers resolved through the actors stage's mentions (hand-built mentions, needs the parser)."""

from __future__ import annotations

from spacy.language import Language

from dyad.model import Actor, Mention
from dyad.quotes import find_quotes

PUTIN = Actor(code="RUSGOV", country="RUS", sector="GOV", name="Vladimir Putin")


def mention(text: str, phrase: str, kind: str = "name", is_entity: bool = True) -> Mention:
    start = text.index(f" {phrase} ") + 1 if f" {phrase} " in text else text.index(phrase)
    return Mention(phrase, start, start + len(phrase), PUTIN, "PERSON", kind=kind, is_entity=is_entity)


def test_named_speaker_takes_actor_name_and_code(nlp: Language) -> None:
    text = '"There has been no breakthrough," President Putin told ministers.'
    (quote,) = find_quotes(nlp(text), [mention(text, "Putin")])
    assert quote.speaker is not None
    assert quote.speaker.text == "President Putin"
    assert (quote.speaker.name, quote.speaker.actor) == ("Vladimir Putin", "RUSGOV")


def test_pronoun_speaker_resolves_through_its_mention(nlp: Language) -> None:
    text = 'Putin arrived late. "We kept the pact," he said.'
    mentions = [mention(text, "Putin"), mention(text, "he", kind="pronoun", is_entity=False)]
    (quote,) = find_quotes(nlp(text), mentions)
    assert quote.speaker is not None
    assert quote.speaker.text == "he"
    assert quote.speaker.name == "Vladimir Putin"


def test_speaker_without_mention_has_no_actor(nlp: Language) -> None:
    text = '"We kept the pact," the spokesman said.'
    (quote,) = find_quotes(nlp(text), [])
    assert quote.speaker is not None
    assert quote.speaker.text == "the spokesman"
    assert quote.speaker.actor is None
