"""The tense of the clause a temporal expression sits in, read from the dependency parse.

The tense decides which way a bare weekday or month points: back in a past clause, ahead in a future
one, to the nearest in a present one. A few words move that direction whatever the verb's form: a
deadline ("until Friday", "payable Dec. 15", "effective Feb. 1") may lie ahead of a past-tense report,
and what was planned, scheduled or postponed lies ahead of the planning.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from dyad.timex.anchor import Tense

# "would" is the future of reported speech: "said it would pay in January".
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would"})
# Verbs whose complement points ahead: "plans to meet Friday", "is expected to vote Monday".
_FUTURE_VERBS = frozenset({"plan", "expect", "schedule", "set", "due", "intend", "hope", "aim", "prepare", "vow"})
# Verbs whose own object carries a time still to come: "planned a rally on Saturday".
_PLANNING_VERBS = frozenset({"plan", "schedule", "reschedule"})
# Verbs that move a time later: "postponed until Tuesday", "extended the deadline to Nov. 16".
_DEFERRING_VERBS = frozenset({"postpone", "delay", "defer", "adjourn", "extend", "push"})
_DEADLINE_PREPOSITIONS = frozenset({"until", "till", "to", "through"})
# Words right before a date that make it an end point or a due date, which a past report may look ahead to.
_DEADLINE_CUES = frozenset({"until", "till", "through", "by", "payable", "effective", "record", "due"})


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
    """Past, present or future for the direction of `span`; past when unsure, as news mostly reports."""
    verb = governing_verb(span)
    tense = "present" if verb is None else _verb_tense(verb)
    if verb is not None and tense != "future" and not _past_perfect(verb) and _points_ahead(span, verb):
        return "future"
    if tense == "past" and _after_deadline_cue(span):
        return "present"
    return tense


def _verb_tense(verb: Token) -> Tense:
    if _is_future(verb):
        return "future"
    # "is expected to meet", "plans to visit": the infinitive's governor decides, unless it is itself long past.
    if (
        verb.tag_ == "VB"
        and verb.dep_ == "xcomp"
        and verb.head.lemma_ in _FUTURE_VERBS
        and not _past_perfect(verb.head)
    ):
        return "future"
    if verb.tag_ == "VBN":
        return _participle_tense(verb)
    if verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBN") for c in verb.children):
        return "past"
    if verb.tag_ == "VBG" and any(c.lower_ in ("is", "are", "am") for c in verb.children) and verb.lemma_ in ("go",):
        return "future"
    if verb.tag_ in ("VBZ", "VBP", "VBG", "VB"):
        return "present"
    return "past"


def _participle_tense(verb: Token) -> Tense:
    """A past participle takes its tense from its auxiliaries: "was held" past, "is held" present."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "VBD" or a.lower_ in ("has", "have", "'ve") for a in auxiliaries):
        return "past"
    if any(a.tag_ in ("VBZ", "VBP", "VBG") for a in auxiliaries):
        return "future" if verb.lemma_ in _FUTURE_VERBS and verb.lemma_ != "set" else "present"
    if any(a.lower_ == "be" for a in auxiliaries):
        # "to be completed by Dec. 15": the governor of the infinitive decides ("expects ... to be").
        if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_ in _FUTURE_VERBS:
            return "future"
        return "present"
    return "past"  # a bare participle: "the quarter ended Sept. 30", "a plan approved in April"


def _is_future(verb: Token) -> bool:
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
        return True
    head = verb.head
    if verb.dep_ == "xcomp" and head is not verb:
        # "is going to meet", "will try to meet"
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in head.children):
            return True
        if head.lemma_ == "go" and head.tag_ == "VBG":
            return True
        # "is to resume trading Tuesday": be + infinitive is an arrangement still to come.
        if head.lemma_ == "be" and head.tag_ in ("VBZ", "VBP") and any(c.dep_ == "aux" for c in verb.children):
            return True
    return False


def _past_perfect(verb: Token) -> bool:
    """ "had been scheduled to expire Friday": a plan already overtaken by events."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") and c.tag_ == "VBD" for c in verb.children)


def _points_ahead(span: Span, verb: Token) -> bool:
    """True for a time that was planned ("planned a rally on Saturday") or deferred to ("postponed until")."""
    # A fronted time ("On Friday, the government planned ...") dates the planning itself, and a plan that
    # is only a noun's modifier ("a service planned for Saturday was canceled") follows the main clause.
    if verb.lemma_ in _PLANNING_VERBS and span.start > verb.i and verb.dep_ != "acl":
        return True
    if verb.lemma_ not in _DEFERRING_VERBS or span.start == 0:
        return False
    return span.doc[span.start - 1].lower_ in _DEADLINE_PREPOSITIONS or span.root.head.lower_ in _DEADLINE_PREPOSITIONS


def _after_deadline_cue(span: Span) -> bool:
    """ "payable Dec. 15", "until mid-November", "of record Nov. 22": an end point, not a report."""
    if span.start == 0:
        return False
    return span.doc[span.start - 1].lower_ in _DEADLINE_CUES
