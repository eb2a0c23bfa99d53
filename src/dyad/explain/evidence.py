"""Evidence read off the parse and the lexicon: dependency paths, modality cues, the patterns behind a rule."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyad.events import modality
from dyad.events.lexicon import DEFAULT_TARGETS, Lexicon, Pattern, lexicon
from dyad.events.matcher import has_form

# What the finder appends to a rule name when a later step changes the event (dyad/events/finder.py).
STEPS = {
    "topic": "the frame word has no event as its content, so a topic keyword in the words it governs "
    "(topics.tsv) gave the content, and frames.tsv the resulting code",
    "future": "announced for the future (will, shall, going to): coded as an intent or a threat (frames.tsv)",
    "planned": "announced for the future, but frames.tsv has no intent or threat for this code: kept as is",
    "refusal": "announced as not going to happen (will not, would not): coded as a rejection",
    "sentence_target": "no target in the clause: the one foreign actor the sentence names is the target "
    "(lower confidence)",
    "own_forces": "an order to the actor's own forces: coded as the ordered act itself",
    "verbal": "a verb of force between politicians, none of them armed: an attack with words (111)",
    "state_bombing": "a bombing by a state, its forces or an international body: an air strike (195), not the "
    "non-military bombing (183) of militants",
    "unseen_attacker": "an assault whose doer the text leaves unsaid: coded as done by unidentified armed "
    "attackers (UAF) of the country where it happened",
    "venue": "a meeting coded by where it took place: 042 in the target's country (a visit), 043 in the "
    "source's (hosting), 044 in a third country",
}
FRAME_STEP = "a frame word with another event as its content: frames.tsv codes the pair"
# Walking up from the trigger: dependents that keep it within the words that can deny or suppose it.
_UP_DEPS = frozenset({"xcomp", "acomp", "conj", "dobj", "obj", "attr", "pcomp", "pobj", "prep", "nsubj", "nsubjpass"})
_CLAUSE_TOP = frozenset({"ccomp", "acl", "relcl", "advcl"})
_MAX_STEPS = 6


@dataclass(frozen=True)
class Entry:
    """One lexicon pattern behind an event's rule, in the columns of triggers.tsv."""

    rule: str
    code: str
    pos: str
    lemma: str
    requires: str
    targets: str
    flags: str

    def to_dict(self) -> dict[str, str]:
        return {
            "rule": self.rule,
            "code": self.code,
            "pos": self.pos,
            "lemma": self.lemma,
            "requires": self.requires,
            "targets": self.targets,
            "flags": self.flags,
        }

    def to_text(self) -> str:
        return (
            f"{self.rule}: {self.pos} {self.lemma!r} -> {self.code}; requires {self.requires}; "
            f"targets {self.targets}; flags {self.flags}"
        )


@dataclass(frozen=True)
class Step:
    """A part of a rule name that is no lexicon pattern, and what it means."""

    name: str
    meaning: str

    def to_dict(self) -> dict[str, str]:
        return {"step": self.name, "meaning": self.meaning}


def _entry(pattern: Pattern) -> Entry:
    flags = [
        *(["sym"] if pattern.symmetric else []),
        *([f"frame={pattern.frame}"] if pattern.frame else []),
        *(["content"] if pattern.needs_content else []),
        *(["reverse"] if pattern.reverse else []),
        *(["ignore"] if pattern.ignore else []),
    ]
    requires = ";".join(f"{r.slot}={'|'.join(sorted(r.lemmas))}" for r in pattern.requires)
    targets = "-" if pattern.targets == DEFAULT_TARGETS else ",".join(pattern.targets)
    return Entry(
        pattern.rule, pattern.code, pattern.pos, pattern.lemma, requires or "-", targets, ",".join(flags) or "-"
    )


def _by_rule(lex: Lexicon) -> dict[str, list[Pattern]]:
    found: dict[str, list[Pattern]] = {}
    for patterns in lex.patterns.values():
        for pattern in patterns:
            found.setdefault(pattern.rule, []).append(pattern)
    return found


def rule_parts(rule: str, words: list[Token]) -> tuple[list[Entry], list[Step]]:
    """The lexicon patterns a rule name is made of, and the finder's steps after them.

    A rule name reads `pattern[+content pattern][+step...]`; of several patterns sharing a name, the one
    whose lemma is a form of a word in `words` (the trigger first, then its sentence) is shown.
    """
    known = _by_rule(lexicon())
    entries: list[Entry] = []
    steps: list[Step] = []
    for part in rule.split("+"):
        if part in known:
            candidates = known[part]
            chosen = next((p for word in words for p in candidates if has_form(word, {p.lemma})), candidates[0])
            entries.append(_entry(chosen))
        else:
            steps.append(Step(part, STEPS.get(part, "a step of the events stage")))
    if len(entries) > 1:
        steps.insert(0, Step("frame", FRAME_STEP))
    return entries, steps


def token_at(doc: Doc, start: int, end: int) -> Token | None:
    """The head token of the text between two offsets, if the parse covers them."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def dependency_path(origin: Token, goal: Token) -> str | None:
    """The dependency path from `origin` to `goal` through their lowest common head, or None across sentences.

    Arrows point from a head to its dependent and carry the dependent's relation: "meeting -prep-> with
    -pobj-> Bush"; going up reads "his <-poss- meeting".
    """
    if origin.sent.start != goal.sent.start:
        return None
    if origin.i == goal.i:
        return f"{origin.text} (the trigger itself)"
    up = [origin, *origin.ancestors]
    rank = {token.i: position for position, token in enumerate(up)}
    down = [goal]
    while down[-1].i not in rank and down[-1].head.i != down[-1].i:
        down.append(down[-1].head)
    if down[-1].i not in rank:
        return None
    common = rank[down[-1].i]
    text = origin.text
    for token in up[:common]:
        text += f" <-{token.dep_}- {token.head.text}"
    for token in reversed(down[:-1]):
        text += f" -{token.dep_}-> {token.text}"
    return text


def _around(trigger: Token) -> list[Token]:
    """The trigger and the words above it up to its clause's head (and a noun the clause describes)."""
    nodes = [trigger]
    node = trigger
    while len(nodes) <= _MAX_STEPS and node.head.i != node.i:
        if node.dep_ in _CLAUSE_TOP:
            if node.head.pos_ in ("NOUN", "PROPN"):
                nodes.append(node.head)
            break
        if node.dep_ not in _UP_DEPS:
            break
        node = node.head
        nodes.append(node)
    return nodes


def _quote(token: Token) -> str:
    return f"'{token.text}'"


def negation_cues(trigger: Token) -> list[str]:
    """The words near the trigger that deny it: a negation, "no", "without", or a verb like "failed to"."""
    cues = []
    nodes = _around(trigger)
    for node in nodes:
        for child in node.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                cues.append(f"{_quote(child)} ({child.dep_} of {_quote(node)})")
        if node.i != trigger.i and node.lower_ == "without":
            cues.append(f"{_quote(node)} (the trigger is under it)")
        if node.i != trigger.i and node.pos_ in ("VERB", "AUX") and has_form(node, modality.DENYING):
            cues.append(f"{_quote(node)} (a verb that denies what it governs)")
    return cues


def hypothetical_cues(trigger: Token) -> list[str]:
    """The words near the trigger that only suppose it: a modal, a condition, or a word like "want to"."""
    cues = []
    for node in _around(trigger):
        for child in node.children:
            if child.dep_ == "aux" and child.lower_ in modality.MODALS:
                cues.append(f"{_quote(child)} (modal auxiliary of {_quote(node)})")
            if child.dep_ == "mark" and child.lower_ in modality.CONDITIONS:
                cues.append(f"{_quote(child)} (condition on {_quote(node)})")
        if node.i != trigger.i and has_form(node, modality.EXPECTING):
            cues.append(f"{_quote(node)} (a word that wishes, plans or expects what it governs)")
    return cues
