"""Hostile sizes: long texts are cut with a warning, long sentences are split, slow articles are stopped."""

from datetime import date

import pytest

from dyad.errors import ArticleError
from dyad.limits import Budget, Limits, prepare_text
from dyad.model import Article
from dyad.nlp import MAX_SENTENCE_TOKENS
from dyad.pipeline import Pipeline


def test_short_text_is_untouched():
    prepared = prepare_text("Russia met China.", Limits(max_chars=100))
    assert prepared.text == "Russia met China." and prepared.warnings == []


def test_long_text_is_cut_at_a_sentence_end_with_a_warning():
    text = "Russia and China held talks. " * 10
    prepared = prepare_text(text, Limits(max_chars=100))
    assert prepared.text == "Russia and China held talks. " * 3
    assert "only the first 87 were coded" in prepared.warnings[0]
    assert prepared.text.endswith(". ")


def test_punctuation_counts_as_words():
    prepared = prepare_text("(" * 500, Limits(max_chars=1000, max_tokens=100))
    assert len(prepared.text) == 100


def test_long_stretches_without_spaces_are_broken_with_the_offsets_kept():
    text = "a" * 450 + " end"
    prepared = prepare_text(text, Limits())
    assert len(prepared.text) == len(text) and prepared.text[200] == " " and prepared.text[400] == " "
    assert "read as separate words" in prepared.warnings[0]


def test_text_without_sentence_ends_is_cut_at_the_limit():
    prepared = prepare_text("x" * 500, Limits(max_chars=100))
    assert len(prepared.text) == 100 and prepared.warnings


def test_no_sentence_is_longer_than_the_cap(nlp):
    doc = nlp(" ".join(["word"] * (MAX_SENTENCE_TOKENS * 3 + 7)))
    assert max(len(sentence) for sentence in doc.sents) <= MAX_SENTENCE_TOKENS


def test_a_spent_budget_stops_the_article():
    with pytest.raises(ArticleError, match="time budget"):
        Budget(-1.0).check("actors")
    Budget(None).check("actors")


def test_a_megabyte_without_punctuation_is_coded_quickly_with_a_warning(pipeline):
    text = "the talks went on and on " * 40_000
    record = pipeline.code(Article(id="huge", text=text, published=date(2020, 1, 1)))
    assert record.error is None
    assert record.warnings and "1,000,000 characters" in record.warnings[0]


def test_an_article_over_its_time_budget_gets_an_error_record():
    slow = Pipeline(limits=Limits(seconds_per_article=0.0))
    record = slow.code(Article(id="slow", text="Russia and China held talks in Beijing.", published=date(2020, 1, 1)))
    assert record.error is not None and "time budget" in record.error
