"""Negation and modality: events a sentence denies, or only supposes, wishes or plans."""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from dyad.events.arguments import REPORTING
from dyad.events.matcher import has_form

MODALS = frozenset({"could", "would", "may", "might", "should", "can", "must", "ought"})
FUTURE = frozenset({"will", "shall", "'ll"})
CONDITIONS = frozenset({"if", "unless", "whether"})
# Verbs whose controlled verb did not happen ("failed to reach", "refused to meet").
DENYING = frozenset({"fail", "refuse", "decline", "reject", "deny", "avoid", "stop", "cease", "halt", "prevent"})
# Words under which the controlled verb is wished, planned or supposed, not done.
SUPPOSING = frozenset({
    "want", "wish", "hope", "plan", "intend", "expect", "seek", "try", "aim", "propose", "consider", "threaten",
    "ready", "prepared", "willing", "likely", "possible", "able", "set", "due", "scheduled", "poised", "eager",
})  # fmt: skip
_CHAIN = frozenset({"xcomp", "conj", "acomp", "ccomp"})
# Nouns whose content clause is only expected or feared ("hope that", "the possibility that").
EXPECTING = SUPPOSING | {"hope", "expectation", "possibility", "chance", "prospect", "fear", "risk", "sign", "threat"}


def _clause_chain(token: Token) -> list[Token]:
    """`token` and the words above it whose subject it shares (xcomp / conj without its own subject)."""
    chain = [token]
    node = token
    while node.dep_ in ("xcomp", "acomp", "conj") and node.head.i != node.i:
        if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            break
        node = node.head
        chain.append(node)
    return chain


def _has_neg(token: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children)


def _verb_of(token: Token) -> Token:
    """The clause verb for a nominal trigger that is its object ("failed to reach an agreement")."""
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "obj", "attr") and token.head.pos_ in ("VERB", "AUX"):
        return token.head
    return token


def _governing_noun(token: Token) -> Token | None:
    """The noun whose content clause the event is in ("no hope that they will abandon ...")."""
    top = _clause_chain(_verb_of(token))[-1]
    if top.dep_ in ("acl", "ccomp", "relcl") and top.head.pos_ in ("NOUN", "PROPN") and top.head.i != top.i:
        return top.head
    return None


def is_negated(token: Token) -> bool:
    """Whether the sentence says the event did not happen."""
    if _has_neg(token):
        return True
    noun = _governing_noun(token)
    if noun is not None and _has_neg(noun):
        return True
    if token.pos_ in ("NOUN", "PROPN") and token.head.lower_ in ("without",):
        return True
    chain = _clause_chain(_verb_of(token))
    if _verb_of(token).i != token.i and _has_neg(chain[0]):
        return True
    for below, above in itertools.pairwise(chain):
        if below.dep_ == "xcomp" and has_form(above, DENYING):
            return True
        if _has_neg(above) and below.dep_ in ("xcomp", "acomp"):
            return True
    head = chain[-1]
    return head.dep_ == "pcomp" and head.head.lower_ == "without"


def is_hypothetical(token: Token) -> bool:
    """Whether the event is only supposed, wished or planned: under a modal, a condition or an intention."""
    verb = _verb_of(token)
    if token.pos_ in ("NOUN", "PROPN"):
        # "talks expected to be held in Beijing", "ahead of talks": an event still to come
        if any(c.dep_ == "acl" and has_form(c, SUPPOSING | {"schedule"}) for c in token.children):
            return True
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "ahead":
            return True
        if token.dep_ in ("nsubj", "nsubjpass"):
            verb = token.head
    chain = _clause_chain(verb)
    for node in chain:
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in node.children) and not _reported_would(node):
            return True
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for c in node.children):
            return True
    for below, above in itertools.pairwise(chain):
        if below.dep_ in ("xcomp", "acomp") and has_form(above, SUPPOSING):
            return True
    top = chain[-1]
    if top.dep_ == "advcl" and any(c.lower_ in CONDITIONS for c in top.children if c.dep_ == "mark"):
        return True
    noun = _governing_noun(token)
    return noun is not None and has_form(noun, EXPECTING)


def _reported_would(node: Token) -> bool:
    """ "announced it would free prisoners": the reported form of "will", a plan rather than a supposition."""
    return (
        node.dep_ == "ccomp"
        and has_form(node.head, REPORTING)
        and any(c.dep_ == "aux" and c.lower_ == "would" for c in node.children)
        and not any(m.lower_ in CONDITIONS for c in node.head.children if c.dep_ == "advcl" for m in c.children)
    )


def is_future(token: Token) -> bool:
    """Whether the event is announced for the future ("will release"), which CAMEO codes as intent."""
    for node in _clause_chain(_verb_of(token)):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE for c in node.children) or _reported_would(node):
            return True
        if node.lemma_.lower() == "go" and any(c.dep_ == "aux" for c in node.children) and node.i != token.i:
            return True
    return False


def is_refusal(token: Token) -> bool:
    """Whether the event is announced as not going to happen ("will not release", "would hold no talks"),
    which CAMEO codes as a rejection."""
    verb = _verb_of(token)
    denied = _has_neg(token) and verb.i != token.i
    for node in _clause_chain(verb):
        auxes = {c.lower_ for c in node.children if c.dep_ == "aux"}
        if (denied or _has_neg(node)) and auxes & (FUTURE | {"would", "wo"}):
            return True
    return False


def condition(token: Token) -> str | None:
    """The conjunction ("if", "unless") of a condition the event is announced or said to be possible on
    ("may halt X if", "will withdraw unless"); put to another side, that is a threat. None without one."""
    for node in _clause_chain(_verb_of(token)):
        if not any(c.dep_ == "aux" and c.lower_ in MODALS | FUTURE for c in node.children):
            continue
        marks = [m.lower_ for c in node.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"]
        for word in ("unless", "if"):
            if word in marks:
                return word
    return None


# What a reported "must" or "should" makes of the clause: a demand or an appeal to its subject.
OBLIGING = {"must": "demand", "should": "appeal", "ought": "appeal"}
_OBLIGING_VERBS = {"have": "demand", "need": "appeal"}


def obligation(token: Token) -> tuple[Token, str] | None:
    """The reporting verb and kind ("demand" or "appeal") when the event is only said to be due.

    "The minister reiterated that Libya must hand over the suspects" demands the handing over of Libya;
    "said Japan needs to enact reforms" appeals for them. None when the event is not reported as due.
    """
    verb = _verb_of(token)
    if is_negated(token):
        return None
    kind = None
    chain = _clause_chain(verb)
    for below, node in itertools.pairwise([None, *chain]):
        auxes = [OBLIGING[c.lower_] for c in node.children if c.dep_ == "aux" and c.lower_ in OBLIGING]
        kind = kind or (auxes[0] if auxes else None)
        if below is not None and below.dep_ == "xcomp" and node.lemma_ in _OBLIGING_VERBS:
            kind = kind or _OBLIGING_VERBS[node.lemma_]
    top = chain[-1]
    if kind is None or top.dep_ != "ccomp" or top.head.pos_ != "VERB" or not has_form(top.head, REPORTING):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in top.children):
        return None
    return top.head, kind
