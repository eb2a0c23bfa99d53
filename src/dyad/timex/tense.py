"""The tense of the clause a temporal expression sits in, read from the dependency parse."""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyad.timex.anchor import Tense

_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
# Verbs whose complement points ahead: "plans to meet Friday", "is expected to vote Monday".
_FUTURE_VERBS = frozenset({"plan", "expect", "schedule", "set", "due", "intend", "hope", "aim", "prepare", "vow"})


def governing_verb(span: Span) -> Token | None:
    """The nearest verb above the expression's root (the expression's own words excluded)."""
    token = span.root
    for _ in range(30):
        if token.head is token:
            return token if token.pos_ in ("VERB", "AUX") and token not in span else None
        token = token.head
        if token.pos_ in ("VERB", "AUX") and token not in span:
            return token
    return None


def tense_of(span: Span) -> Tense:
    """Past, present or future for the clause governing `span`; past when unsure, as news mostly reports."""
    verb = governing_verb(span)
    if verb is None:
        return "present"
    if _is_future(verb):
        return "future"
    # "is expected to meet", "plans to visit": the infinitive's governor decides.
    if verb.tag_ == "VB" and verb.dep_ == "xcomp" and verb.head.lemma_ in _FUTURE_VERBS:
        return "future"
    if verb.tag_ in ("VBD", "VBN") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in verb.children
    ):
        if (
            verb.tag_ == "VBN"
            and verb.lemma_ in _FUTURE_VERBS
            and any(c.lower_ in ("is", "are") for c in verb.children)
        ):
            return "future"
        return "past"
    if verb.tag_ == "VBG" and any(c.lower_ in ("is", "are", "am") for c in verb.children) and verb.lemma_ in ("go",):
        return "future"
    if verb.tag_ in ("VBZ", "VBP", "VBG", "VB"):
        return "present"
    return "past"


def _is_future(verb: Token) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
        return True
    head = verb.head
    # "is going to meet", "will try to meet"
    if verb.dep_ == "xcomp" and head is not verb:
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in head.children):
            return True
        if head.lemma_ == "go" and head.tag_ == "VBG":
            return True
    return False
