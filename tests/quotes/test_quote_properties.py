"""Property tests: random text with random quotation marks never breaks the quotes stage."""

from __future__ import annotations

import time

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from dyad.model import Quote
from dyad.quotes import find_quotes
from dyad.quotes.marks import find_quoted

_PIECES = st.sampled_from(
    ['"', "“", "”", "''", "„", "«", "»", "'", " ", "\n", "\n\n", ",", ".", ":", "―", "he said", "Mr Smith", "we win"]
)
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=6)), max_size=40).map("".join)
_BLANK = spacy.blank("en")


def check(quote: Quote, text: str) -> None:
    assert 0 <= quote.start <= quote.end <= len(text)
    assert quote.segments
    for start, end in quote.segments:
        assert quote.start <= start < end <= quote.end
    assert quote.text == " ".join(text[s:e] for s, e in quote.segments)


@given(_TEXT)
def test_marks_stay_inside_text(text: str) -> None:
    for quoted in find_quoted(text):
        assert 0 <= quoted.outer[0] <= quoted.start < quoted.end <= len(text)
        assert all(s < e for s, e in quoted.segments)


@given(_TEXT)
def test_find_quotes_on_unparsed_text(text: str) -> None:
    for quote in find_quotes(_BLANK(text), []):
        check(quote, text)


@settings(max_examples=40, deadline=None)
@given(_TEXT)
def test_find_quotes_on_parsed_text(nlp: Language, text: str) -> None:
    for quote in find_quotes(nlp(text), []):
        check(quote, text)


def test_many_marks_take_linear_time() -> None:
    text = ('"a" b "c, " he said. ' * 2000) + '"' * 3000
    started = time.perf_counter()
    find_quotes(_BLANK(text), [])
    assert time.perf_counter() - started < 10  # quadratic scanning took minutes here
