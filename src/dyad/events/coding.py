"""Code the triggers of one sentence: frames with their content, proposals, protest aims, violent means.

The result is one `Coded` trigger per event the sentence reports; finding its actors is the finder's job.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Token

from dyad.events import modality
from dyad.events.arguments import PROPOSALS
from dyad.events.codebook import is_code
from dyad.events.lexicon import Lexicon
from dyad.events.matcher import Match, has_form, is_passive, objects, prep_objects
from dyad.events.topics import refine, topic_code

# Frames whose addressee, not the content's object, is the target ("urged Uganda to release ..."), with the
# code of an appeal or demand for anything.
ADDRESSED = {"appeal": "020", "demand": "100"}
_CONTENT_PREPS = frozenset({"for", "to", "on", "upon"})
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "obj", "acl", "pcomp"})
# Roots of verbal conflict, pressure and force: an infinitive they govern is their aim, not a second event
# ("summoned the ambassador to complain", "fought to topple"); protests are excepted, their aims refine them.
_PRESSING_ROOTS = ("10", "20")
_VIOLENT_ROOTS = ("18", "20")
_MEANS_PREPS = ("in", "during", "by", "with")
# What a protest can be for: an appeal, a demand, a disapproval ("blocked roads to press demands").
_PROTEST_AIMS = frozenset({"02", "10", "11"})
# Aims of unspecified political reform: CAMEO codes protests for "political reforms" as for policy change.
_REFORM_AIMS = {"024": "2", "104": "2"}
# Nouns for assertions: what they assert is not reported as fact.
_CLAIMED = frozenset({
    "charge", "accusation", "allegation", "claim", "report", "rumour", "rumor", "suspicion", "speculation",
    "estimate", "evidence", "proof", "assertion", "belief",
})  # fmt: skip
_DENYING = frozenset({"deny", "dispute", "refute"})
# Texts put to a vote: what they say ("a resolution condemning the annexation") happens only if they pass.
_MOTIONS = frozenset({"resolution", "draft", "motion", "bill", "text", "measure", "amendment"})
# Conjunctions of a clause told as what came before or around the main event.
_EARLIER = frozenset({"after", "when", "since", "before"})
# Conjunctions of what a vow, promise or threat holds until or on ("sworn to fight until they gain control",
# "threatened to secede unless ..."): its goal or condition, not an event.
_UNTIL = frozenset({"until", "till", "unless", "if"})
# Conjunctions of a condition put to another side: what the clause says is what is asked of it, no event of
# its own ("will withdraw unless the Kremlin withdrew its troops"). An "if" clause stays, as hypothetical.
_CONDITIONS = frozenset({"unless"})
# Nouns whose infinitive says what is only claimed, tried or wished ("its right to secede", "an attempt to
# kill"), besides proposals.
_UNREALIZED = PROPOSALS | {
    "right", "attempt", "readiness", "willingness", "intention", "desire", "ambition", "wish", "determination",
}  # fmt: skip
# The lexicon verb whose pattern a reported obligation is coded with.
_OBLIGED_BY = {"demand": "demand", "appeal": "urge"}


@dataclass(frozen=True)
class Coded:
    """A trigger with the code and rule it gets, and the event it frames, if any."""

    match: Match
    code: str
    rule: str
    content: Match | None = None
    frame: str | None = None


def _content_of(frame: Token, matches: dict[int, Match]) -> tuple[Match | None, Token | None]:
    """The event a frame word takes as its content ("refused to meet", "demanded the release of"),
    and the word in between when the content sits one level down ("refused to commit to assistance")."""
    near = [c for c in frame.children if c.dep_ in _CONTENT_DEPS]
    # "have sworn to fight" is sometimes parsed as a purpose clause
    near += [
        c for c in frame.children if c.dep_ == "advcl" and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
    ]
    # "called for a ceasefire", "committed to aid", "insisted on talks"; not "warned X against attacking"
    near += [
        g
        for c in frame.children
        if c.dep_ == "prep" and c.lower_ in _CONTENT_PREPS
        for g in c.children
        if g.dep_ in ("pobj", "pcomp")
    ]
    for candidate in near:
        if candidate.i in matches and _eventive(matches[candidate.i]):
            return matches[candidate.i], None
    for candidate in near:
        for grand in candidate.children:
            deeper = [grand] if grand.dep_ in ("dobj", "obj", "xcomp", "acl", "conj") else []
            if grand.dep_ == "prep":
                deeper = [g for g in grand.children if g.dep_ == "pobj"]
            for token in deeper:
                if token.i in matches and _eventive(matches[token.i]):
                    return matches[token.i], candidate
    # an agreement asked for: "urged Iran and the EU to reach an agreement"
    for candidate in near:
        found = matches.get(candidate.i)
        if found is not None and found.pattern.frame == "intent" and not found.pattern.needs_content:
            return found, None
        for grand in (c for c in candidate.children if c.dep_ in ("dobj", "obj")):
            found = matches.get(grand.i)
            if found is not None and found.pattern.frame == "intent" and not found.pattern.needs_content:
                return found, candidate
    return None, None


def _goals(*verbs: Token) -> list[Token]:
    """Clauses saying what a promise or vow holds until ("sworn to fight until they gain control"): aims, not
    events."""
    return [
        c
        for verb in verbs
        for c in verb.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _UNTIL for m in c.children)
    ]


def _narrower(content: Match, frame: Token, by_token: dict[int, Match]) -> Match | None:
    """A more exact event of the same root told by a generic content: "help finance" (finance, not help),
    "fight until they gain control of villages" (occupation, not fighting)."""
    if not content.pattern.code.endswith("0"):
        return None
    root = content.pattern.code[:2]
    words = [c for c in content.token.children if c.dep_ in ("xcomp", "ccomp")] + _goals(frame, content.token)
    for word in words:
        found = by_token.get(word.i)
        same_root = found is not None and found.pattern.code[:2] == root
        if same_root and not found.pattern.frame and found.pattern.code != content.pattern.code:
            return found
    return None


def _eventive(match: Match) -> bool:
    """Whether a match can be what a frame word is about: an event, or a concession coded by what it concedes
    ("prepared to meet the opposition's demands")."""
    return match.pattern.frame in (None, "accede") and not match.pattern.ignore


def _has_own_subject(verb: Token) -> bool:
    return verb.dep_ in ("ccomp", "xcomp") and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _code_frame(match: Match, by_token: dict[int, Match], lex: Lexicon) -> tuple[Coded | None, set[int]]:
    """Code a frame word ("refused", "urged", "agreed") by its content; also the words it consumes."""
    pattern = match.pattern
    frame = pattern.frame or ""
    if frame in ADDRESSED and any(modality.is_question(c) for c in match.token.children):
        return None, set()  # "asked how Russia could help Iraq": a question, no appeal for help
    content, between = _content_of(match.token, by_token)
    if frame == "intent" and content is not None and _has_own_subject(content.token):
        frame = "appeal"  # "wants Putin to attack": the content is asked of someone else
    if content is None:
        # what is refused is read only through verbs that carry it out: "rejected a request to interrogate
        # detainees" refuses no release
        inner = topic_code(match.token, "content", lex, carriers_only=frame == "reject")
        reframed = lex.reframe(frame, inner) if inner else None
        if reframed is not None:
            return Coded(match, reframed, f"{pattern.rule}+topic", None, frame), set()
        return (None if pattern.needs_content else Coded(match, pattern.code, pattern.rule)), set()
    inner = content.pattern.code
    narrower = _narrower(content, match.token, by_token)
    if narrower is not None:
        inner = narrower.pattern.code
    if inner.endswith("0"):
        # the root's own keywords first: "assistance to the war" is military aid
        about = topic_code(content.token, inner[:2], lex, depth=3) or topic_code(content.token, "content", lex)
        inner = about if about and about[:2] == inner[:2] else inner
    consumed = {content.token.i} | ({between.i} if between is not None else set())
    consumed |= {t.i for goal in _goals(match.token, content.token) for t in goal.subtree if t.i in by_token}
    # what is asked for, promised or refused is so as a whole: "ask banks to help finance a gas link" is one
    # appeal, and the financing it names has not happened
    consumed |= {t.i for t in content.token.subtree if t.i in by_token and t.i != match.token.i}
    reframed = lex.reframe(frame, inner)
    rule = f"{pattern.rule}+{content.pattern.rule}"
    if reframed is not None:
        return Coded(match, reframed, rule, content, frame), consumed
    if frame in ADDRESSED:
        # "wants Putin to attack": only asked for, so the appeal is the event, not the attack
        return Coded(match, ADDRESSED[frame], rule, content, frame), consumed
    # The content is coded on its own; the bare frame word adds nothing ("plan to attack").
    return None, set()


def _pobjs(token: Token) -> list[Token]:
    return [g for g in token.children if g.dep_ == "pobj"] if token.dep_ == "prep" else []


def infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _plain_noun(match: Match) -> bool:
    return match.pattern.pos == "N"


def _future_frame(code: str) -> str | None:
    """How an act announced for the future reads: cooperation as intent ("will release"), force as a threat."""
    if "05" <= code[:2] <= "08":
        return "intent"
    return "threaten" if code[:2] >= "15" else None


def _rejected(noun: Token, by_token: dict[int, Match]) -> bool:
    """Whether the verb that governs `noun` is a rejection of it ("vetoed a resolution")."""
    verb = noun.head if noun.dep_ in ("dobj", "obj", "nsubjpass") else None
    return verb is not None and verb.i in by_token and by_token[verb.i].pattern.code[:2] == "12"


def _proposed(matches: list[Match], by_token: dict[int, Match]) -> set[int]:
    """Triggers that only say what is proposed, required or talked about, not what happened.

    "rejected a US offer to host a summit": the hosting is what an offer proposes, so neither the hosting
    nor the summit happened; "rejected a request" codes the rejection, not the request as a second event.
    """
    consumed: set[int] = set()
    for match in matches:
        token = match.token
        if token.pos_ == "VERB" and has_form(token, _DENYING):
            # "denied that the rebels had attacked": what is denied is not reported as done
            consumed |= {t.i for c in token.children if c.dep_ == "ccomp" for t in c.subtree if t.i in by_token}
        if token.pos_ in ("NOUN", "PROPN") and has_form(token, _CLAIMED):
            # "charges that Monrovia is committing genocide", "an estimate that troops were losing 90 dead in
            # air strikes": what a charge or report asserts is its content, not an event the sentence reports
            clauses = [c for c in token.children if c.dep_ in ("acl", "ccomp", "relcl") and c.tag_ != "WDT"]
            consumed |= {t.i for c in clauses for t in c.subtree if t.i in by_token}
        if token.dep_ == "acl" and token.head.lemma_.lower() in _MOTIONS and _rejected(token.head, by_token):
            # "vetoed a resolution condemning the annexation": no one condemned anything
            consumed |= {t.i for t in token.subtree if t.i in by_token}
        aim = token.head if token.dep_ in ("acl", "xcomp") else None
        to_verb = infinitive(token)
        if token.dep_ == "advcl" and to_verb:
            # "gave permission to Russia to help Israel", parsed with the infinitive on the verb
            aim = next((o for o in objects(token.head) if o.lemma_ in PROPOSALS), aim)
        if aim is not None and aim.lemma_ in _UNREALIZED and aim.pos_ == "NOUN" and to_verb:
            consumed |= {t.i for t in token.subtree if t.i in by_token}
        # "expressed appreciation for China's assistance", "condemned the attack": an event named as what
        # another event is about is its topic, not a second event of the sentence
        words = [w for c in token.children for w in ([c] if c.dep_ in ("dobj", "obj") else _pobjs(c))]
        consumed |= {w.i for w in words if w.i in by_token and _plain_noun(by_token[w.i])}
        if _PRESSING_ROOTS[0] <= match.pattern.code[:2] <= _PRESSING_ROOTS[1] and match.pattern.code[:2] != "14":
            # "pressured Obama to help Iran", "fought to topple the government": what one is pushed or fights
            # to do has not happened yet, nor what that is meant to help do ("deployed police to help fight gangs")
            aims = [c for c in token.children if c.dep_ in ("xcomp", "advcl") and infinitive(c)]
            aims += [v for c in aims for v in c.children if v.dep_ == "xcomp"]
            consumed |= {c.i for c in aims if c.i in by_token}
        if _violent(match) and token.dep_ == "advcl" and token.head.i in by_token and _violent(by_token[token.head.i]):
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if all(c.pos_ == "PRON" for c in subjects):
                consumed.add(token.i)  # "killed 23 when they blew themselves up": one act told twice
        if any(r.slot == "subj" for r in match.pattern.requires):
            # "allowed inspectors to visit the site": the visit is what is allowed, part of the one event
            consumed |= {
                t.i for c in token.children if c.dep_ in ("ccomp", "xcomp") for t in c.subtree if t.i in by_token
            }
        if not match.pattern.frame and any(r.slot == "comp" for r in match.pattern.requires):
            # "prepared to resume shelling" is coded whole as a show of force; the shelling is its content. What
            # the sentence denies stays, marked negated ("failed to reach an agreement").
            inner = [t for c in token.children if c.dep_ == "xcomp" for t in c.subtree if t.i in by_token]
            consumed |= {t.i for t in inner if not modality.is_negated(t)}
        if any(r.slot == "obj" for r in match.pattern.requires):
            # the object a pattern asks for ("rejected a request", "accepted demands") is part of its event, and
            # so is what that object is about ("expressed appreciation for China's assistance")
            found = [o for o in objects(token) if o.i != token.i]
            consumed |= {o.i for o in found if o.i in by_token}
            about = [w for o in found for c in o.children for w in _pobjs(c)]
            consumed |= {w.i for w in about if w.i in by_token and _plain_noun(by_token[w.i])}
        # "will not end the strike unless their demands are met": the condition is no event of its own
        conditions = [
            c
            for c in token.children
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in c.children)
        ]
        consumed |= {t.i for c in conditions for t in c.subtree if t.i in by_token}
    return consumed


def _protest_aims(coded: list[Coded], by_token: dict[int, Match]) -> tuple[list[Coded], set[int]]:
    """A protest coded with its aim: "staged demonstrations to demand reforms" is 1412, not 141 and 104.

    The aim (an appeal, demand or disapproval in a purpose clause of the protest or of the verb that
    governs it) is part of the protest; its last digit (what is demanded) carries over.
    """
    codes = {item.match.token.i: item.code for item in coded}
    consumed: set[int] = set()
    kept = []
    for item in coded:
        token = item.match.token
        if item.code[:2] != "14" or item.code == "140":
            kept.append(item)
            continue
        hosts = [token, token.head] if token.dep_ in ("dobj", "obj", "nsubj") else [token]
        clauses = [c for h in hosts for c in h.children if c.dep_ in ("advcl", "xcomp", "acl")]
        # "to show their disapproval of", "to voice anger at": the aim is the purpose clause's object
        clauses += [o for c in clauses if c.i not in by_token for o in c.children if o.dep_ in ("dobj", "obj")]
        aims = [c for c in clauses if c.i in by_token and codes.get(c.i, "")[:2] in _PROTEST_AIMS]
        for aim in aims:
            consumed.add(aim.i)
            inner = codes[aim.i]
            digit = inner[3] if len(inner) == 4 and inner[3] in "1234" else _REFORM_AIMS.get(inner)
            if len(item.code) == 3 and digit is not None:
                refined = item.code + digit
                item = replace(item, code=refined, rule=f"{item.rule}+aim") if is_code(refined) else item
        if aims and item.content is None:
            item = replace(item, content=by_token[aims[0].i], frame="aim")
        kept.append(item)
    return kept, consumed


def _violent(match: Match) -> bool:
    return _VIOLENT_ROOTS[0] <= match.pattern.code[:2] <= _VIOLENT_ROOTS[1]


def _violent_means(matches: list[Match], by_token: dict[int, Match]) -> dict[int, Match]:
    """Violent verbs told with a nominal that names the same act more exactly, and that nominal.

    "killed in a car bomb explosion", "murdered in an attack", "suicide bombers killed 23": one act, coded
    by the nominal (car bombing, suicide bombing) with the verb's actors.
    """
    means: dict[int, Match] = {}
    for match in matches:
        token = match.token
        if match.pattern.pos != "V" or not _violent(match):
            continue
        words = [c for c in token.children if c.dep_ == "nsubj"]
        words += [w for prep in _MEANS_PREPS for w in prep_objects(token, prep)]
        words += [c for w in list(words) for c in w.children if c.dep_ == "compound"]
        for word in words:
            found = by_token.get(word.i)
            if found is not None and found.token.i != token.i and not found.pattern.frame and _violent(found):
                means[token.i] = found
                break
    return means


def _obliged(item: Coded, lex: Lexicon) -> Coded:
    """A reported obligation as the reporter's demand or appeal: "X said Libya must hand over the suspects"."""
    if (item.frame or item.match.pattern.frame or "intent") != "intent":
        return item  # a refusal or appeal said to be due stays what it is
    found = modality.obligation(item.match.token)
    if found is None:
        return item
    reporter, kind = found
    pattern = next(iter(lex.candidates("V", _OBLIGED_BY[kind])), None)
    if pattern is None:
        return item
    content = item.content or item.match
    code = lex.reframe(kind, content.pattern.code) or ADDRESSED[kind]
    return Coded(Match(reporter, pattern), code, f"obliged.{kind}+{item.rule}", content, kind)


def _in_background(token: Token) -> bool:
    """Whether a word is in a clause that only sets the scene: a relative clause ("guerrillas who overran it
    last month"), a clause of earlier time ("after officials alleged", "when Amin expelled them"), or a
    participle describing a noun without saying who did it ("the civilians imprisoned for protesting")."""
    if token.dep_ == "acl" and token.tag_ == "VBN" and not any(c.dep_ == "agent" for c in token.children):
        return True
    node = token
    for _ in range(8):
        # a "relative" clause with "that" as its conjunction is the content of its noun ("the announcement
        # that they had agreed"), misparsed
        if node.dep_ == "relcl" and not any(c.dep_ == "mark" for c in node.children):
            return True
        marks = (c.lower_ for c in node.children if c.dep_ in ("mark", "advmod"))
        if node.dep_ == "advcl" and any(m in _EARLIER for m in marks):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _background(matches: list[Match], support: frozenset[str]) -> set[int]:
    """Triggers in scene-setting clauses, when the sentence reports a main event of its own.

    "Forces retook a village after fighting with guerrillas who overran it last month" reports the retaking;
    "Eight people were injured when gunmen attacked a bus" has no other event than the attack, which stays.
    """
    scene = {m.token.i for m in matches if _in_background(m.token)}
    main = [m for m in matches if m.token.i not in scene and not m.pattern.ignore and _told(m, support)]
    return scene if main else set()


def _told(match: Match, support: frozenset[str]) -> bool:
    """Whether a match is told as done: a verb, or a noun a support verb carries ("launched an air strike").
    "The protest came a day after police raided the camp" names the protest without saying whose it is."""
    token = match.token
    if match.pattern.pos == "V":
        return True
    return token.dep_ in ("dobj", "obj") and has_form(token.head, support)


def code_sentence(matches: list[Match], lex: Lexicon) -> list[Coded]:
    by_token = {m.token.i: m for m in matches}
    coded: list[Coded] = []
    consumed: set[int] = _proposed(matches, by_token)
    means = _violent_means(matches, by_token)
    consumed |= {m.token.i for m in means.values()}
    consumed |= _background(matches, lex.support_verbs)
    for match in matches:
        pattern = match.pattern
        if pattern.ignore:
            continue
        if pattern.frame:
            framed, used = _code_frame(match, by_token, lex)
            consumed |= used
            if framed is not None:
                coded.append(framed)
            continue
        code, rule = refine(match.token, pattern.code, lex), pattern.rule
        if match.token.i in means:
            code, rule = means[match.token.i].pattern.code, f"{rule}+{means[match.token.i].pattern.rule}"
        # "will not end the strike unless" is a refusal, read later
        condition = None if modality.is_negated(match.token) else modality.condition(match.token)
        if (condition and code[:2] >= "16") or (condition == "unless" and code[:2] == "08"):
            # "may halt talks if", "will withdraw its troops unless": a condition put to the other side
            code, rule = lex.reframe("threaten", code) or "130", f"{rule}+condition"
        elif modality.is_future(match.token) and not modality.is_refusal(match.token):
            # "will be sentenced on July 13": a scheduled act no one is said to promise or threaten
            scheduled = is_passive(match.token) and not prep_objects(match.token, "by")
            frame = None if scheduled else _future_frame(code)
            future = lex.reframe(frame, code) if frame else None
            code, rule = (future, f"{rule}+future") if future is not None else (code, f"{rule}+planned")
        coded.append(Coded(match, code, rule))
    coded = [_obliged(c, lex) for c in coded if c.match.token.i not in consumed]
    coded, aims = _protest_aims(coded, by_token)
    return [c for c in coded if c.match.token.i not in aims]
