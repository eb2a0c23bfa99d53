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
# "stressed the need to strengthen cooperation": what is needed is not done.
EXPECTING = SUPPOSING | {
    "hope", "expectation", "possibility", "chance", "prospect", "fear", "risk", "sign", "threat",
    "need", "necessity", "obligation",
}  # fmt: skip
# Verbs under which the controlled infinitive is an obligation, not a fact ("need to", "have to").
OBLIGED = frozenset({"need", "have", "oblige", "obligate", "require", "suppose"})
# Words that deny what their clause says when they are its subject or object ("none of the doctors were killed").
NEGATIVE_WORDS = frozenset({"none", "nobody", "nothing", "neither", "noone", "no-one"})
# Determiners that deny their noun, and so the clause the noun is an argument of ("no soldiers were killed").
NEGATIVE_DETERMINERS = frozenset({"no", "neither"})
# Focus words after "not": "did not only attack" says the attack happened, and more.
FOCUS = frozenset({"only", "just", "merely", "simply", "solely"})
# Verbs whose complement happens only if they do ("will not cause Iraq to back down", "forced Israel to withdraw");
# not verbs of asking or pressing ("did not push Iran to halt" leaves open whether it halted).
CAUSING = frozenset({"cause", "force", "compel", "make", "lead", "drive", "prompt", "allow", "let", "permit", "enable"})
# Verbs of answering another's act: what a future or possible answer answers is only supposed
# ("will respond to an Iraqi attack").
RESPONDING = frozenset({"respond", "react", "retaliate", "reply", "answer", "counter", "repel", "resist", "punish"})
# Prepositions naming what a response answers; "retaliate for the attack" names its cause, a fact.
_ANSWERED = frozenset({"to", "against"})
# Determiners that point at a known act ("respond to the attack"): it happened.
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# Adjectives that make an event noun a supposed one ("a possible attack", "future talks").
POSSIBLE = frozenset({"possible", "potential", "eventual", "future", "prospective"})
# Conjunctions of a clause that a main clause waits for ("until Iraq pays reparations"): unfulfilled unless past.
AWAITING = frozenset({"until", "till"})
# Words that open an indirect question ("asked how", "asked whether").
QUESTION_MARKS = frozenset({"whether", "if"})
_WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


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
    """Whether a word carries its own denial: "did not attack", "no talks"; not "did not only attack"."""
    return any(
        (c.dep_ == "neg" and not _focused(c)) or (c.dep_ == "det" and c.lower_ in NEGATIVE_DETERMINERS)
        for c in token.children
    )


def _focused(neg: Token) -> bool:
    """ "not only", "not just": the negation is of the focus word, the event itself is said to happen."""
    following = neg.nbor(1) if neg.i + 1 < len(neg.doc) else None
    return following is not None and following.lower_ in FOCUS


def _negative(noun: Token) -> bool:
    """Whether an argument denies its clause: "none of the doctors", "nobody", "no soldiers", "neither side",
    "neither Russia nor China"; not a name that holds the word ("Operation No Filter")."""
    if noun.lower_ in NEGATIVE_WORDS:
        return True
    if any(c.dep_ in ("det", "preconj") and c.lower_ == "neither" for c in noun.children):
        return True
    return noun.pos_ != "PROPN" and any(c.dep_ == "det" and c.lower_ in NEGATIVE_DETERMINERS for c in noun.children)


def _negative_subject(verb: Token) -> bool:
    """Whether the verb's subject is a negative word ("None of those doctors were killed"). The subject is shared
    by the verbs of its clause chain, so its denial reaches them all ("nobody attacked or looted")."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and _negative(c) for c in verb.children)


def _negative_object(verb: Token) -> bool:
    """Whether the verb's own object is a negative word ("released no prisoners"). It denies that verb only:
    "had no leader and blamed Israel" still blames."""
    return any(c.dep_ in ("dobj", "obj") and _negative(c) for c in verb.children)


def _own_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _neither_nor(verb: Token) -> bool:
    """ "neither condemned nor supported": both verbs are denied; so is a clause after "nor" ("nor did China")."""
    if any(c.lower_ == "neither" and c.dep_ in ("preconj", "cc", "advmod", "det") for c in verb.children):
        return True
    return verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in verb.head.children)


def _shares_denial(verb: Token) -> bool:
    """Whether a coordinated verb without its own subject shares the denial of the verb before it.

    A negative subject denies every verb it governs ("nobody attacked or looted"); a "not" reaches across
    "or" ("did not attack or threaten Kuwait") but not across "and" or "but" ("did not attack but threatened").
    """
    if verb.dep_ != "conj" or _own_subject(verb) or verb.head.i == verb.i:
        return False
    head = verb.head
    if _negative_subject(head) and not any(c.dep_ == "cc" and c.lower_ == "but" for c in head.children):
        return True
    return _has_neg(head) and any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children)


def _causer(token: Token) -> Token | None:
    """The verb the event is said to be the effect of ("will not cause Iraq to back down"): it happens only
    if that verb does. None when the event is no such effect."""
    top = _clause_chain(_verb_of(token))[-1]
    if top.dep_ in ("ccomp", "xcomp") and top.head.i != top.i and has_form(top.head, CAUSING):
        return top.head
    return None


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
    """Whether the sentence says the event did not happen.

    "did not attack", "failed to reach an agreement", "None of the doctors were killed", "neither condemned nor
    supported", "will not cause Iraq to back down".
    """
    if _has_neg(token):
        return True
    noun = _governing_noun(token)
    if noun is not None and _has_neg(noun):
        return True
    if token.pos_ in ("NOUN", "PROPN") and token.head.lower_ in ("without",):
        return True
    verb = _verb_of(token)
    chain = _clause_chain(verb)
    if verb.i != token.i and _has_neg(chain[0]):
        return True
    if _negative_object(chain[0]):
        return True
    if any(_negative_subject(node) or _neither_nor(node) or _shares_denial(node) for node in chain):
        return True
    for below, above in itertools.pairwise(chain):
        if below.dep_ == "xcomp" and has_form(above, DENYING):
            return True
        if _has_neg(above) and below.dep_ in ("xcomp", "acomp"):
            return True
    head = chain[-1]
    if head.dep_ == "pcomp" and head.head.lower_ == "without":
        return True
    causer = _causer(token)
    return causer is not None and is_negated(causer)


def is_hypothetical(token: Token) -> bool:
    """Whether the event is only supposed, wished, planned or required.

    Under a modal ("could begin"), a condition ("if Iraq attacks"), an intention ("plans to attack"), an
    obligation ("need to strengthen cooperation"), a wait ("until Iraq pays"), or the effect or target of
    something itself only supposed ("would cause Iraq to back down", "will respond to an Iraqi attack").
    """
    verb = _verb_of(token)
    if token.pos_ in ("NOUN", "PROPN"):
        if _supposed_noun(token):
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
        if below.dep_ == "xcomp" and _infinitive(below) and _owes(above):
            return True
    top = chain[-1]
    if top.dep_ == "advcl" and any(c.lower_ in CONDITIONS for c in top.children if c.dep_ == "mark"):
        return True
    if _awaited(top):
        return True
    noun = _governing_noun(token)
    if noun is not None and has_form(noun, EXPECTING):
        return True
    causer = _causer(token)
    return causer is not None and (is_hypothetical(causer) or is_future(causer))


def _owes(verb: Token) -> bool:
    """Whether a verb puts its infinitive as an obligation not yet met: "need to strengthen", "has to pay", "has
    yet to sign". "had to shoot", "has had to request" tell what was done under the obligation."""
    if not has_form(verb, OBLIGED):
        return False
    done = verb.lemma_.lower() == "have" and verb.tag_ in ("VBD", "VBN")
    return not done or any(c.dep_ == "advmod" and c.lower_ == "yet" for c in verb.children)


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _supposed_noun(noun: Token) -> bool:
    """Whether an event noun names an act still to come or only supposed.

    "talks expected to be held in Beijing", "ahead of talks", "a possible attack", and what a response yet to
    come answers ("will respond to an Iraqi attack").
    """
    if any(c.dep_ == "acl" and has_form(c, SUPPOSING | {"schedule"}) for c in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "ahead":
        return True
    if any(c.dep_ == "amod" and c.lower_ in POSSIBLE for c in noun.children):
        return True
    return _answered(noun)


def _answered(noun: Token) -> bool:
    """Whether the noun is what a future or possible response answers, not an act already known.

    "will respond to an Iraqi attack", "would resist any invasion": the attack is only supposed. "the attack",
    "Saturday's attack" point at one that happened, and "retaliate for" names a cause.
    """
    verb = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in _ANSWERED:
        verb = noun.head.head
    elif noun.dep_ not in ("dobj", "obj"):
        return False
    if verb.i == noun.i or not has_form(verb, RESPONDING):
        return False
    if any((c.dep_ == "det" and c.lower_ in _DEFINITE) or c.dep_ == "poss" for c in noun.children):
        return False
    return is_future(verb) or is_hypothetical(verb)


def _awaited(clause: Token) -> bool:
    """Whether a clause is what its main clause waits for, not yet done: "keep sanctions until Iraq pays
    reparations". In the past ("until Iraq paid") it came about."""
    if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in AWAITING for c in clause.children):
        return False
    verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
    return not any(v.tag_ == "VBD" for v in verbs)


def is_question(clause: Token) -> bool:
    """Whether a complement clause is an indirect question: "asked how Russia could help", "asked whether
    Iran would halt enrichment". A question asks what is so; it is no appeal for the act it names."""
    if clause.dep_ not in ("ccomp", "xcomp"):
        return False  # an adverbial "when" clause tells a time, not a question
    if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in clause.children):
        return True
    return clause.left_edge.tag_ in _WH_TAGS  # "how Russia could help", "why NATO had bombed"


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
