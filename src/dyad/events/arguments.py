"""Who did it and to whom: an event's source and target actors from the dependency parse."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyad.events.matcher import (
    Match,
    clause_subjects,
    has_form,
    is_passive,
    misread_main_verb,
    objects,
    participle_of_root,
    prep_objects,
    whole,
)
from dyad.model import Mention

# Words that report speech: a pronoun subject in what they report usually stands for the reporter.
REPORTING = frozenset({
    "say", "tell", "add", "note", "announce", "state", "declare", "claim", "report", "insist", "stress", "confirm",
    "reiterate", "repeat", "argue", "maintain", "emphasize", "emphasise", "assert", "write",
    "announcement", "statement", "declaration", "remark", "comment",
})  # fmt: skip
# Dependents an actor can hide behind when the argument's head word is not itself an actor
# ("the government of Liberia", "Syrian forces", "the US commander, General Petraeus").
_SEARCH_DEPS = frozenset({"compound", "amod", "nmod", "poss", "prep", "pobj", "appos", "npadvmod"})
_SEARCH_PREPS = frozenset({"of", "from", "in", "on", "against"})
_TARGET_PREPS = _SEARCH_PREPS | {"with", "to", "for"}
_AIMED_PREPS = frozenset({"on", "against"})
# What a vague group is part of: "a delegation from the African Union", "officials of the government".
_MEMBER_PREPS = frozenset({"of", "from"})
# Nouns for what one side puts to another: answering one answers whoever made it ("rejected calls by Annan").
PROPOSALS = frozenset({
    "call", "request", "offer", "proposal", "plan", "demand", "appeal", "initiative", "suggestion", "bid",
    "ultimatum", "invitation", "plea", "pressure", "permission", "authorization", "authorisation", "mandate",
})  # fmt: skip
# Praise, disapproval and rejection: what they judge is an act's doer, not the act's own target.
_JUDGING_ROOTS = frozenset({"05", "11", "12"})
_ASKING_ROOTS = frozenset({"02", "10"})
# Verbs whose subject undergoes the event their object names: "Karzai survived an assassination attempt".
UNDERGOING = frozenset({"survive", "escape", "suffer", "endure", "withstand", "repel", "repulse"})
# Passive verbs whose subject takes part in the act a prepositional phrase names.
ENGAGED = frozenset({"engage", "involve", "embroil", "lock", "mire"})
# Prepositions that name what a verb is aimed at rather than the act its subject does.
_AIMED_AT = frozenset({"to", "against", "about", "toward", "towards", "into"})
# Words before a noun that can name who did the act it names ("Israeli shelling", "rebel attack").
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Prepositions whose -ing clause is done by the subject of the verb they hang on.
_MEANS_OR_TIME = frozenset({"by", "after", "before", "while", "upon", "since"})
# Material conflict: assault, fight, mass violence.
FORCE_ROOTS = frozenset({"18", "19", "20"})
# Prepositions that set one act after another.
_SEQUENCE_PREPS = frozenset({"after", "since", "following", "before", "until"})
# Buildings and places of gathering, which the actor stage codes by their users (embassy GOV, clinic HLH):
# before an act they name where it fell.
SITES = frozenset({
    "embassy", "consulate", "clinic", "hospital", "school", "university", "church", "mosque", "synagogue",
    "temple", "market", "mall", "hotel", "office", "parliament", "court", "courthouse", "station",
})  # fmt: skip
# Verbs whose subject loses their life in the act a prepositional phrase names.
DYING = frozenset({"die", "perish"})
# "government-held", "rebel-controlled": the actor before these holds the place the phrase names.
_HOLDING = frozenset({"held", "controlled", "occupied", "run"})
_CLIMB_FOR_SUBJECT = frozenset({"xcomp", "conj", "advcl", "relcl", "acl", "ccomp", "pcomp", "acomp"})
# What ends a dateline the parser can hang on the clause ("GAZA CITY, Palestinian Territories: ...").
_DATELINE_ENDS = frozenset({":", "-", "--", "\u2014", "\u2013"})


class ActorIndex:
    """The mention covering each token of a document (the longest one where mentions overlap)."""

    def __init__(self, doc: Doc, mentions: list[Mention]) -> None:
        self._by_token: dict[int, Mention] = {}
        starts = {token.idx: token.i for token in doc}
        for mention in sorted(mentions, key=lambda m: m.end - m.start):
            for token in doc.char_span(mention.start, mention.end, alignment_mode="expand") or ():
                self._by_token[token.i] = mention
            if mention.start in starts:
                self._by_token.setdefault(starts[mention.start], mention)

    def at(self, token: Token) -> Mention | None:
        return self._by_token.get(token.i)


@dataclass(frozen=True)
class Arguments:
    """The source and target mentions found for one trigger."""

    sources: tuple[Mention, ...]
    targets: tuple[Mention, ...]


def _unique(mentions: list[Mention]) -> list[Mention]:
    seen: set[tuple[int, int]] = set()
    found = []
    for mention in mentions:
        key = (mention.start, mention.end)
        if key not in seen:
            seen.add(key)
            found.append(mention)
    return found


def _holder(token: Token) -> bool:
    """Whether the actor only says who holds a place ("a government-held part of Aleppo", "rebel-controlled")."""
    after = token.doc[token.i + 1 : token.i + 3]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ in _HOLDING


def in_dateline(token: Token) -> bool:
    """Whether a word lies in a dateline the parser read into the clause.

    "GAZA CITY, Palestinian Territories: Four children were killed" makes the dateline a second subject;
    a dateline opens the sentence with a capitalised place and ends at a colon or dash before any verb.
    """
    sent = token.sent
    first = sent[0]
    capitals = first.is_upper and first.is_alpha and len(first) > 1
    # "Nairobi, Kenya -- The rebels agreed": a place and its country before a dash
    placed = first.is_title and first.pos_ == "PROPN" and len(sent) > 1 and sent[1].text == ","
    if not (capitals or placed):
        return False
    for word in sent[:12]:
        # a dash inside a word ("UN-backed") is no dateline's end
        spaced = word.text == ":" or (word.i > 0 and bool(word.doc[word.i - 1].whitespace_))
        if word.text in _DATELINE_ENDS and spaced:
            return token.i < word.i
        if word.pos_ in ("VERB", "AUX"):
            return False
    return False


def _search(head: Token, index: ActorIndex, preps: frozenset[str], depth: int = 3) -> Mention | None:
    queue: deque[tuple[Token, int]] = deque([(head, 0)])
    while queue:
        token, level = queue.popleft()
        mention = index.at(token)
        if mention is not None and not _holder(token):
            return _fuller(token, mention, index) if _vague(mention) else mention
        if level >= depth:
            continue
        for child in token.children:
            if child.dep_ not in _SEARCH_DEPS:
                continue
            if child.dep_ == "prep" and child.lower_ not in preps:
                continue
            queue.append((child, level + 1))
    return None


def _vague(mention: Mention) -> bool:
    """Whether a mention names only a kind of actor, with no country or body ("a delegation" -> GOV)."""
    return mention.actor.country is None and mention.actor.code == (mention.actor.sector or "")


def _fuller(token: Token, mention: Mention, index: ActorIndex) -> Mention:
    """The body a vague actor is said to come from, if named ("a delegation from the African Union")."""
    words = [w for p in token.children if p.dep_ == "prep" and p.lower_ in _MEMBER_PREPS for w in p.children]
    for word in words:
        if word.dep_ == "pobj":
            found = _search(word, index, _SEARCH_PREPS, depth=2)
            if found is not None and not _vague(found) and found is not mention:
                return found
    return mention


def _bracketed(token: Token) -> bool:
    """Whether a phrase stands in brackets: "the EU trio (France, Germany and Britain)" names the trio's
    members, who are not further actors."""
    start = token.left_edge.i
    return start > 0 and token.doc[start - 1].text in ("(", "[")


def actors_of(
    tokens: list[Token], index: ActorIndex, target: bool = False, preps: frozenset[str] | None = None
) -> list[Mention]:
    """The actors the argument words name, one per conjunct ("Russia and China"), searched through `preps`
    (by default those that lead to the actor a word stands for, or to a target)."""
    preps = preps or (_TARGET_PREPS if target else _SEARCH_PREPS)
    found: list[Mention] = []
    # "part of a program for Bosnia", "some of the Kurds": a share of something stands for the thing itself
    tokens = [whole(token) for token in tokens]
    pending = [conj for token in tokens for conj in (token, *token.conjuncts)]
    # "The US, Russia, and Switzerland" is often parsed as an apposition that has the conjunction
    pending += [
        conj
        for token in tokens
        for appos in token.children
        if appos.dep_ == "appos" and any(c.dep_ == "conj" for c in appos.children) and not _bracketed(appos)
        for conj in (appos, *appos.conjuncts)
    ]
    seen: set[int] = set()
    while pending:
        head = pending.pop(0)
        if head.i in seen:
            continue
        seen.add(head.i)
        mention = _search(head, index, preps)
        if mention is None:
            continue
        found.append(mention)
        # A misparse can hang the conjunction on another word of the name ("Barack/nsubj Obama ... and Putin").
        for word in head.doc.char_span(mention.start, mention.end, alignment_mode="expand") or ():
            pending.extend(c for c in word.conjuncts if c.i not in seen)
    return _unique(found)


def _reporter(token: Token, index: ActorIndex) -> list[Mention]:
    """Who reports the clause `token` is in, for a pronoun that stands for them ("X said they would ...")."""
    node = token
    for _ in range(4):
        if node.dep_ not in _CLIMB_FOR_SUBJECT or node.head.i == node.i:
            return []
        node = node.head
        if has_form(node, REPORTING):
            return noun_sources(node, index) if node.pos_ in ("NOUN", "PROPN") else subject_actors(node, index)
    return []


def _doers(subject: Token, index: ActorIndex) -> list[Mention]:
    """The actors a subject names; for an act with its agent ("an attack on troops by militants killed 12"),
    the agent, not whom the act was aimed at."""
    if subject.pos_ == "NOUN" and index.at(subject) is None:
        agents = actors_of(
            [w for p in subject.children if p.lower_ == "by" for w in p.children if w.dep_ == "pobj"], index
        )
        if agents:
            return agents
        # "cyberattacks on Shell killed civilians": whom an act is aimed at did not do it
        found = actors_of([subject], index, preps=_SEARCH_PREPS - _AIMED_PREPS)
        # "the Nairobi bombing killed 200": a city or a building before an act is where it fell
        sites = {c.i for c in subject.children if c.dep_ in _MODIFIER_DEPS and not _doer_modifier(c, index)}
        return [m for m in found if _head_index(m, subject.doc) not in sites]
    return actors_of([subject], index)


def _head_index(mention: Mention, doc: Doc) -> int | None:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root.i if span is not None and len(span) else None


def subject_actors(verb: Token, index: ActorIndex) -> list[Mention]:
    """The actors doing what `verb` says: its subject, or the subject it shares or is controlled by."""
    node = verb
    for _ in range(4):
        # climbing from a controlled verb, a passive subject controls it too ("Obama is scheduled to attend")
        deps = ("nsubj", "csubj") if node.i == verb.i else ("nsubj", "csubj", "nsubjpass")
        subjects = [c for c in node.children if c.dep_ in deps]
        if subjects:
            if subjects[0].tag_ in ("WDT", "WP") and node.dep_ == "relcl":
                return actors_of([node.head], index)
            # a dateline can be misread as a second subject ("MOSCOW, July 22 - Russia condemned ...")
            for subject in subjects:
                if in_dateline(subject):
                    # the clause's own subject read as an apposition to the dateline
                    subjects += [c for c in subject.children if c.dep_ == "appos" and not in_dateline(c)]
                    continue
                # an act's own subject may be another act with its agent; a subject met while climbing is not
                found = _doers(subject, index) if node.i == verb.i else actors_of([subject], index)
                if found:
                    return found
            if subjects[0].pos_ != "PRON":
                return []
            if node.dep_ in ("advcl", "conj") and node.head.i != node.i:
                # "the bombers killed 23 when they blew themselves up": the pronoun is the main clause's subject
                found = subject_actors(node.head, index)
                if found:
                    return found
            return _reporter(node, index)
        if misread_main_verb(node):
            return actors_of([node.sent.root], index)  # "Doctors from aid groups donated and delivered ..."
        if node.dep_ == "relcl" or (node.dep_ in ("acl", "amod") and not is_passive(node)):
            found = actors_of([node.head], index)  # "troops attacking the town", "the visiting king"
            if found or node.dep_ != "acl" or node.head.dep_ not in ("dobj", "obj"):
                return found
            node = node.head.head  # "published a declaration demanding changes": whoever published it
            continue
        if node.dep_ == "pcomp" and node.head.dep_ == "prep" and node.head.head.dep_ in ("dobj", "obj"):
            node = node.head.head.head  # "began the process of returning X": whoever began it
            continue
        if node.dep_ == "pcomp" and node.head.lower_ in _MEANS_OR_TIME and node.head.head.pos_ in ("VERB", "AUX"):
            node = node.head.head  # "Israel responded by bombing targets", "after meeting Rice, Lavrov said"
            continue
        if node.dep_ not in ("xcomp", "conj", "advcl", "acomp", "pcomp") or node.head.i == node.i:
            return []
        node = node.head
    return []


def _possessors(noun: Token, index: ActorIndex) -> list[Mention]:
    owners = [c for c in noun.children if c.dep_ == "poss"]
    found = actors_of(owners, index)
    if not found and any(o.pos_ == "PRON" for o in owners):
        found = _reporter(noun.head if noun.dep_ in ("nsubj", "dobj") else noun, index)
    return found


def noun_sources(noun: Token, index: ActorIndex) -> list[Mention]:
    """The actors of a nominal event: its possessor, its by-agent or an actor modifier ("Israeli shelling")."""
    found = _possessors(noun, index)
    if not found:
        found = actors_of(prep_objects(noun, "by"), index)
    if not found:
        # "an attack on a police patrol by X": the by-phrase often hangs on the noun's own object
        inner = [g for c in noun.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        found = actors_of([a for word in inner for a in prep_objects(word, "by")], index)
    if not found:
        modifiers = [c for c in noun.children if c.dep_ in _MODIFIER_DEPS and _doer_modifier(c, index)]
        found = actors_of(modifiers, index)
    if not found:
        found = actors_of(prep_objects(noun, "between"), index) or actors_of(prep_objects(noun, "among"), index)
    return found


def _dying_verb(noun: Token) -> Token | None:
    """The verb of dying a nominal act is the cause of ("died in an air strike", "perished in the shelling"):
    its subject suffered the act and did not do it."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and has_form(head.head, DYING):
        return head.head
    return None


def _answered(noun: Token, code: str) -> bool:
    """Whether an act of force is one the governing clause comes after ("retaliated after the bombings",
    "since the invasion"): the subject answers it; it did not do it (as it takes part in "talks" it met after)."""
    return code[:2] in FORCE_ROOTS and noun.dep_ == "pobj" and noun.head.lower_ in _SEQUENCE_PREPS


def _doer_modifier(word: Token, index: ActorIndex) -> bool:
    """Whether a word before an act names its doer ("Israeli shelling", "rebel attack"), not where it fell
    ("the embassy bombings", "the Nairobi bombing": a building or a city is hit, it does not bomb)."""
    mention = index.at(word)
    return mention is not None and mention.kind != "metonym" and word.lemma_.lower() not in SITES


def governor(noun: Token, support_verbs: frozenset[str]) -> Token | None:
    """The verb whose subject performs a nominal event: "held talks", "said after talks with ..."."""
    head = noun.head
    if noun.dep_ in ("dobj", "obj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        return head if has_form(head, support_verbs) else None
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        # "linked the arrests to the protests", "warned against an attack": what a verb is aimed at is not its
        # subject's own act
        return None if head.lower_ in _AIMED_AT else head.head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.dep_ == "acomp":
        return head.head.head  # "is responsible for mass killings"
    if noun.dep_ in ("pobj",) and head.dep_ == "prep" and head.head.dep_ in ("dobj", "obj"):
        grand = head.head.head
        if grand.pos_ == "VERB" and has_form(grand, support_verbs):
            return grand
    return None


def _words_in(token: Token, slot: str) -> list[Token]:
    if slot == "obj":
        return objects(token) if token.pos_ in ("VERB", "AUX") else prep_objects(token, "of")
    if slot == "dative":
        return [c for c in token.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"]
    if slot == "subj":
        return clause_subjects(token)
    words = prep_objects(token, slot)
    if not words and token.pos_ in ("VERB", "AUX"):
        # "suspended part of an aid program for Bosnia": the phrase often hangs on the object
        words = [w for o in objects(token) for w in prep_objects(whole(o), slot)]
    return words


def _targets(
    token: Token, slots: tuple[str, ...], index: ActorIndex, judged: bool = False, asked: bool = False
) -> list[Mention]:
    for slot in slots:
        words = _words_in(token, slot)
        found = []
        if judged and slot == "obj" and token.pos_ == "VERB" and not is_passive(token):
            # "condemned the killing of soldiers by militants": judging an act judges whoever did it; an active
            # verb has no agent of its own, so a by-phrase the parser hangs on it is its object's
            found = actors_of(prep_objects(token, "by"), index)
        found = found or actors_of(words, index, target=True)
        if not found and slot == "obj":
            # "rejected calls by Annan"; and what is asked is asked of its doer: "demanded reforms by the government"
            agents = [a for w in words if asked or w.lemma_ in PROPOSALS for a in prep_objects(w, "by")]
            found = actors_of(agents, index)
        if found:
            return found
    return []


def _shared_targets(verb: Token, slots: tuple[str, ...], index: ActorIndex) -> list[Mention]:
    """The target of the verb coordinated with `verb` when both share it ("donated and delivered goods to X")."""
    for other in verb.conjuncts:
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in other.children)
        if other.pos_ != "VERB" or (own_subject and other.i > verb.i):
            continue  # a later conjunct with its own subject is another clause
        found = _targets(other, slots, index)
        if found:
            return found
    return []


def _stray_agents(verb: Token) -> list[Token]:
    """The by-agent of a passive verb that the parser hung on a later clause it made the verb's head.

    "X has been accused of misusing funds, much of it believed embezzled, by officials": the parser reads
    "believed" as the main verb and gives it the by-phrase; a reporting verb's by-phrase stays its own.
    """
    head = verb.head
    if verb.dep_ != "ccomp" or head.i < verb.i or has_form(head, REPORTING):
        return []
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        return []  # a passive head has its own agent
    return [w for w in prep_objects(head, "by") if w.i > verb.i and w.head.head.i == head.i]


def _instrument_agents(verb: Token) -> list[Token]:
    """The agents of the instrument a passive verb names as its agent: "killed by a missile fired by Israeli
    jets", "destroyed by a bomb (believed to be) planted by militants"."""
    return [
        word
        for instrument in prep_objects(verb, "by")
        for clause in instrument.children
        if clause.dep_ == "acl"
        for inner in (clause, *(c for c in clause.children if c.dep_ == "xcomp"))
        for word in prep_objects(inner, "by")
    ]


def find_arguments(match: Match, index: ActorIndex, support_verbs: frozenset[str]) -> Arguments:
    """The source and target actors of one matched trigger."""
    token = match.token
    slots = match.pattern.targets
    if match.pattern.pos == "N":
        sources = noun_sources(token, index)
        between = actors_of(prep_objects(token, "between"), index)
        dying = _dying_verb(token) if not match.pattern.symmetric else None
        ruler = None if dying is not None or _answered(token, match.pattern.code) else governor(token, support_verbs)
        if not sources and ruler is not None:
            sources = subject_actors(ruler, index)
            if not sources and has_form(ruler, ENGAGED) and not prep_objects(ruler, "by"):
                # "Serb forces were engaged in ethnic cleansing": no agent, so the subject is the doer (but "the
                # government was greeted with protests" met them)
                sources = actors_of([c for c in ruler.children if c.dep_ == "nsubjpass"], index)
        targets = _targets(token, slots, index)
        if not targets and ruler is not None:
            targets = _targets(ruler, tuple(s for s in slots if s not in ("obj", "dative")), index)
        if not targets and token.dep_ in ("dobj", "obj") and has_form(token.head, UNDERGOING):
            targets = subject_actors(token.head, index)
        if not targets and dying is not None:
            targets = subject_actors(dying, index)  # "three soldiers died in an attack by Hamas"
        if not targets and between and sources != between:
            targets = [m for m in between if m not in sources]
    elif match.pattern.pos == "A":
        sources = subject_actors(token.head, index) if token.dep_ == "acomp" else subject_actors(token, index)
        targets = _targets(token, slots, index)
    else:
        sources = actors_of(prep_objects(token, "by"), index) if is_passive(token) else subject_actors(token, index)
        if not sources and "obj" not in slots and participle_of_root(token):
            sources = actors_of([token.sent.root], index)  # a verb with no object is no passive: "students protested"
        if not sources and is_passive(token):
            sources = actors_of(_stray_agents(token), index) or actors_of(_instrument_agents(token), index)
        if not sources and is_passive(token):
            # "was murdered in an attack by Kosovo Albanians", "were killed in Israeli shelling"
            means = [w for prep in ("in", "during") for w in prep_objects(token, prep)]
            sources = [m for w in means for m in noun_sources(w, index)]
        root = match.pattern.code[:2]
        targets = _targets(token, slots, index, root in _JUDGING_ROOTS, root in _ASKING_ROOTS)
        if not targets:
            targets = _shared_targets(token, slots, index)
    if match.pattern.reverse:
        sources, targets = targets, sources
    targets = [t for t in targets if t not in sources]
    return Arguments(tuple(sources), tuple(_unique(targets)))
