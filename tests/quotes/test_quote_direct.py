"""Direct quotations with their tags, interruptions and continuations (needs the parser)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from dyad.model import Quote
from dyad.quotes import find_quotes


def direct(nlp: Language, text: str) -> list[Quote]:
    return [q for q in find_quotes(nlp(text), []) if q.type == "direct"]


def test_straight_marks_with_tag_after(nlp: Language) -> None:
    text = '"We will not accept this deal," the minister said on Monday.'
    (quote,) = direct(nlp, text)
    assert quote.text == "We will not accept this deal,"
    assert quote.segments == ((1, 30),)
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.speaker is not None and quote.speaker.text == "the minister"


def test_curly_marks_with_tag_before(nlp: Language) -> None:
    text = "The senator told reporters: “The agreement is dead and everybody knows it.”"
    (quote,) = direct(nlp, text)
    assert quote.text == "The agreement is dead and everybody knows it."
    assert quote.speaker is not None and quote.speaker.text == "The senator"
    assert quote.cue is not None and quote.cue.text == "told"


def test_inverted_tag_with_name(nlp: Language) -> None:
    text = '"Talks can only mean one thing," said Mr Alexander Pikayev of the Carnegie Endowment.'
    (quote,) = direct(nlp, text)
    assert quote.speaker is not None and quote.speaker.text == "Mr Alexander Pikayev"


@pytest.mark.parametrize(
    "text",
    [
        '"If the talks fail," he said, "we will leave the treaty next year."',
        '"If the talks fail," he said. "We will leave the treaty next year."',
    ],
)
def test_interrupted_quote_is_one_quote_in_two_segments(nlp: Language, text: str) -> None:
    (quote,) = direct(nlp, text)
    first, second = (text[s:e] for s, e in quote.segments)
    assert first == "If the talks fail,"
    assert second.lower() == "we will leave the treaty next year."
    assert quote.text == f"{first} {second}"
    assert (quote.start, quote.end) == (quote.segments[0][0], quote.segments[1][1])
    assert quote.speaker is not None and quote.speaker.text == "he"


def test_full_attribution_sentence_separates_quotes_but_keeps_speaker(nlp: Language) -> None:
    text = '"There has been no breakthrough," President Putin told top ministers today."We kept the pact."'
    first, second = direct(nlp, text)
    assert first.text == "There has been no breakthrough,"
    assert second.text == "We kept the pact."
    assert first.speaker is not None and second.speaker is not None
    assert second.speaker.text == first.speaker.text == "President Putin"
    assert first.cue is not None and first.cue.text == "told"


def test_paragraph_without_tag_continues_previous_speaker(nlp: Language) -> None:
    text = (
        '"The plan will fail," said Anna Smith, an analyst in Berlin.\n\n'
        '"Nobody in the region wants the missiles there and everybody says so."\n\n'
        "The weather was fine."
    )
    _, second = direct(nlp, text)
    assert second.speaker is not None and second.speaker.text == "Anna Smith"
    assert second.cue is None


def test_quote_after_unrelated_paragraph_is_not_continued(nlp: Language) -> None:
    text = (
        '"The plan will fail," said Anna Smith.\n\nThe weather was fine on Sunday.\n\n'
        '"Nobody in the region wants the missiles there and everybody says so."'
    )
    quotes = direct(nlp, text)
    assert quotes[-1].speaker is None


def test_multi_paragraph_quote(nlp: Language) -> None:
    text = '"The first part of what I say is this.\n\n"And the second part is that," he said.'
    (quote,) = direct(nlp, text)
    assert len(quote.segments) == 2
    assert quote.speaker is not None and quote.speaker.text == "he"


def test_scare_quotes_are_not_direct_quotes(nlp: Language) -> None:
    assert direct(nlp, 'The so-called "peace plan" was rejected by parliament on Monday.') == []


def test_unbalanced_marks_do_not_raise(nlp: Language) -> None:
    text = 'He said "we will win. Then" she left " and" "'
    for quote in find_quotes(nlp(text), []):
        assert 0 <= quote.start < quote.end <= len(text)


def test_dash_signature_after_quote(nlp: Language) -> None:
    text = "“He does not understand our country at all.” ― Maria Lopez\n"
    (quote,) = direct(nlp, text)
    assert quote.speaker is not None and quote.speaker.text == "Maria Lopez"


def test_tag_on_the_line_before(nlp: Language) -> None:
    text = "The senator said in a statement:\n\n“We will vote against the bill because it fails our voters.”"
    (quote,) = direct(nlp, text)
    assert quote.speaker is not None and quote.speaker.text == "The senator"
    assert quote.cue is not None and quote.cue.text == "said"


def test_bracketed_party_is_not_the_speaker(nlp: Language) -> None:
    text = '"The bill is dead on arrival," Rep. Jim Jordan (R-Ohio) said.'
    (quote,) = direct(nlp, text)
    assert quote.speaker is not None and "Jordan" in quote.speaker.text


def test_sentences_after_a_tag_in_its_paragraph_are_one_quotation(nlp: Language) -> None:
    text = (
        "The talks ended late.\n\n"
        '"The offer was fair," the envoy said in an interview. "Nobody at the table could say otherwise."\n\n'
        "The weather was fine."
    )
    (quote,) = direct(nlp, text)
    assert quote.text == "The offer was fair, Nobody at the table could say otherwise."
    assert len(quote.segments) == 2
    assert quote.cue is not None and quote.cue.text == "said"


def test_quote_closing_its_line_does_not_take_the_next_lines_tag(nlp: Language) -> None:
    text = (
        "Lena Ortiz spoke first.\n"
        '"We lost the vote," Ortiz said. "We will win the next one."\n'
        'Tom Berg added, "The result speaks for itself."\n\n'
        "The weather was fine."
    )
    first, second = direct(nlp, text)
    assert first.speaker is not None and "Ortiz" in first.speaker.text
    assert first.text == "We lost the vote, We will win the next one."
    assert second.speaker is not None and "Berg" in second.speaker.text
    assert second.cue is not None and second.cue.text == "added"
