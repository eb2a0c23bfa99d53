"""What an event is about: keywords in the words a trigger governs narrow its code to a CAMEO leaf."""

from __future__ import annotations

from collections import deque

from spacy.tokens import Token

from dyad.events.lexicon import Lexicon
from dyad.events.matcher import forms

# Dependents that carry what the event is about, not who takes part in it.
_ABOUT_DEPS = frozenset({"dobj", "obj", "xcomp", "ccomp", "prep", "pobj", "pcomp", "compound", "amod", "acl", "conj",
                         "nsubjpass", "attr", "advcl", "npadvmod", "nmod", "dative"})  # fmt: skip
_CLAUSE_SUBJECTS = frozenset({"nsubj", "csubj"})
# Codes whose leaves differ only by what the event is about.
_REFINABLE = frozenset({"070", "084", "090", "110", "112", "130", "131", "160", "162"})
# Verbs that carry out what their object names ("adopt reforms", "hold elections", "respect rights"): what is
# asked, promised or refused through them is about that object. Under any other verb ("a request to
# interrogate detainees") the object says nothing of what is asked.
CARRIERS = frozenset({
    "adopt", "implement", "enact", "introduce", "carry", "undertake", "make", "pursue", "hold", "organize",
    "organise", "respect", "honour", "honor", "restore", "grant", "give", "provide", "allow", "accept", "ensure",
    "guarantee", "protect", "bring", "take", "start", "begin", "resume", "launch", "set", "put", "move", "pass",
    "approve", "lift", "ease", "end", "stop", "halt", "hand", "return", "free", "release", "open", "establish",
    "expand", "improve", "increase", "boost", "promote", "support", "step", "seek", "reach", "conduct", "do",
    "have", "get", "let", "work", "continue", "abide", "comply", "observe", "embrace", "push", "speed", "press",
    "lease", "buy", "sell", "acquire", "use", "build", "develop", "create", "form", "join", "share", "exchange",
    "sign", "conclude", "reconsider", "review", "change", "amend", "scrap", "remove", "cancel", "drop", "abandon",
    "withdraw", "reduce", "cut", "deliver", "send", "supply", "offer", "extend", "renew", "strengthen", "deepen",
    "link", "tie", "connect", "combine", "merge", "coordinate",
})  # fmt: skip


def _about(token: Token, depth: int, carriers_only: bool = False) -> list[Token]:
    """Words under `token` in breadth-first order, not crossing into its subject (nor, with `carriers_only`,
    past a verb that is not one of CARRIERS)."""
    found = []
    queue: deque[tuple[Token, int]] = deque((c, 1) for c in token.children if c.dep_ in _ABOUT_DEPS)
    while queue:
        word, level = queue.popleft()
        found.append(word)
        if carriers_only and word.pos_ == "VERB" and word.lemma_.lower() not in CARRIERS:
            continue
        if level < depth:
            queue.extend((c, level + 1) for c in word.children if c.dep_ in _ABOUT_DEPS | _CLAUSE_SUBJECTS)
    return found


def topic_code(token: Token, scope: str, lexicon: Lexicon, depth: int = 4, carriers_only: bool = False) -> str | None:
    """The code the first topic keyword under `token` points to, for `scope` ("content" or a root)."""
    table = lexicon.topics.get(scope)
    if not table:
        return None
    for word in _about(token, depth, carriers_only):
        word_forms = forms(word)
        for keywords, code in table:
            if any(form in keywords for form in word_forms):
                return code
    return None


def refine(token: Token, code: str, lexicon: Lexicon) -> str:
    """A generic code made specific by what the event is about ("handed over medicine" 070 -> 073)."""
    if code[:2] == "14" and len(code) == 3 and code != "140":
        # protests share their last digit by aim: demonstrating (141) for policy change is 1412
        found = topic_code(token, "14", lexicon, depth=4)
        # "organized a strike ... in protest of the arrest of activists": the phrase names the aim
        phrases = [w for w in token.sent if w.lower_ == "protest" and w.dep_ == "pobj" and w.head.lower_ == "in"]
        for phrase in phrases:
            found = found or topic_code(phrase, "14", lexicon, depth=3)
        return code + found[3] if found else code
    if code not in _REFINABLE:
        return code
    found = topic_code(token, code[:2], lexicon, depth=3)
    return found if found and found.startswith(code[:2]) and found != code else code
