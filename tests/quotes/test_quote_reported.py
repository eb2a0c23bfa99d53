"""Indirect and mixed quotations from the parse (needs the parser)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyad.model import Quote
from dyad.quotes import find_quotes


def only(nlp: Language, text: str, kind: str) -> Quote:
    (quote,) = [q for q in find_quotes(nlp(text), []) if q.type == kind]
    return quote


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (
            "Russia has said that scrapping the treaty would trigger a new arms race.",
            "scrapping the treaty would trigger a new arms race",
            "Russia",
            "said",
        ),
        (
            "The general told reporters he did not rule out changes to the pact.",
            "he did not rule out changes to the pact",
            "The general",
            "told",
        ),
        (
            "The minister warned that the ceasefire would collapse within days.",
            "the ceasefire would collapse within days",
            "The minister",
            "warned",
        ),
    ],
)
def test_reported_clause(nlp: Language, text: str, content: str, speaker: str, cue: str) -> None:
    quote = only(nlp, text, "indirect")
    assert quote.text == content
    assert quote.text == text[quote.start : quote.end]
    assert quote.speaker is not None and quote.speaker.text == speaker
    assert quote.cue is not None and quote.cue.text == cue


def test_according_to(nlp: Language) -> None:
    text = "The army has moved two divisions to the border, according to Western diplomats."
    quote = only(nlp, text, "indirect")
    assert quote.text == "The army has moved two divisions to the border"
    assert quote.speaker is not None and quote.speaker.text == "Western diplomats"
    assert quote.cue is not None and quote.cue.text == "according to"


def test_mixed_quote_object(nlp: Language) -> None:
    text = 'The opposition leader called the plan "a dangerous mistake" on Tuesday.'
    quote = only(nlp, text, "mixed")
    assert "a dangerous mistake" in quote.text
    assert quote.speaker is not None and quote.speaker.text == "The opposition leader"


def test_mixed_quote_clause(nlp: Language) -> None:
    text = 'The president said the sanctions were "a grave mistake" and would be lifted soon.'
    quote = only(nlp, text, "mixed")
    assert quote.text.startswith("the sanctions were")
    assert quote.speaker is not None and quote.speaker.text == "The president"


def test_no_reported_speech_inside_direct_quote(nlp: Language) -> None:
    text = '"I think the talks will fail and I said so," the senator said.'
    quotes = find_quotes(nlp(text), [])
    assert [q.type for q in quotes] == ["direct"]


def test_sentence_without_cue_has_no_quote(nlp: Language) -> None:
    assert find_quotes(nlp("The army moved two divisions to the border on Sunday."), []) == []


def test_parenthetical_tag_splits_the_reported_clause(nlp: Language) -> None:
    text = "But to prevent problems, he said, local officials should be vigilant."
    quote = only(nlp, text, "indirect")
    assert [text[s:e] for s, e in quote.segments] == ["But to prevent problems", "local officials should be vigilant"]
    assert quote.speaker is not None and quote.speaker.text == "he"


def test_speaker_label_opens_a_transcript_line(nlp: Language) -> None:
    text = "WALLACE: Let us start with the breaking news on the debate tonight.\n"
    quote = only(nlp, text, "indirect")
    assert quote.text.startswith("Let us start")
    assert quote.speaker is not None and quote.speaker.text == "WALLACE"
    assert quote.cue is not None and quote.cue.text == ":"


def test_a_title_in_marks_makes_no_quotation_of_a_stance_verb(nlp: Language) -> None:
    text = 'Most voters know "Morning Joe" very well.'
    assert find_quotes(nlp(text), []) == []


def test_someone_cast_as_a_quoted_phrase_is_a_mixed_quote_of_the_subject(nlp: Language) -> None:
    quote = only(nlp, "The governor has been pounding his rival as a “reckless gambler” all week.", "mixed")
    assert quote.text == "his rival as a “reckless gambler”"
    assert quote.cue is not None and quote.cue.text == "pounding"
    assert quote.speaker is not None and quote.speaker.text == "The governor"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor said that “the city will not back down.” Then she left.",
        'The mayor said that "The city will not back down." Then she left.',
    ],
)
def test_quoted_words_after_that_are_a_mixed_quote_opening_with_that(nlp: Language, text: str) -> None:
    quote = only(nlp, text, "mixed")
    assert quote.text.startswith("that ") and quote.text.rstrip('”"').endswith("back down.")
    assert quote.speaker is not None and quote.speaker.text == "The mayor"
    assert not [q for q in find_quotes(nlp(text), []) if q.type == "direct"]
