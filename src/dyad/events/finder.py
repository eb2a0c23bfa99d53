"""Find the events each sentence reports and assemble them into Events."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from dyad.events import modality
from dyad.events.anchors import dateline_place, event_date, event_place
from dyad.events.arguments import PROPOSALS, ActorIndex, Arguments, actors_of, find_arguments
from dyad.events.codebook import is_code, lookup
from dyad.events.context import EventContext
from dyad.events.lexicon import Lexicon, lexicon
from dyad.events.matcher import Match, has_form, match_sentence, objects
from dyad.events.topics import refine, topic_code
from dyad.model import Event, Location, Mention, Participant
from dyad.model import Span as TextSpan

# Frames whose addressee, not the content's object, is the target ("urged Uganda to release ...").
_ADDRESSED = {"appeal": "020", "demand": "100"}  # with the code of an appeal or demand for anything
_CONTENT_PREPS = frozenset({"for", "to", "on", "upon"})
_CONTENT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "obj", "acl", "pcomp"})
_SYMMETRIC_BOTH_WAYS = True  # "Bush and Putin met" gives USA->RUS and RUS->USA, as PETRARCH codes it
# Verbal conflict is aimed at someone even when the clause does not say whom.
# Words for orders that one's own forces carry out ("ordered the army to deploy").
_COMMANDING = frozenset({"order", "instruct", "direct", "command", "tell"})
_AIMED_ROOTS = frozenset({"10", "11", "12", "13"})
_EPISODE_ROOTS = frozenset({"03", "04", "05"})
# What a protest can be for: an appeal, a demand, a disapproval ("blocked roads to press demands").
_PROTEST_AIMS = frozenset({"02", "10", "11"})
_SPACES = re.compile(r"[\s\"'“”‘’]+")


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
        if candidate.i in matches and not matches[candidate.i].pattern.frame:
            return matches[candidate.i], None
    for candidate in near:
        for grand in candidate.children:
            deeper = [grand] if grand.dep_ in ("dobj", "obj", "xcomp", "acl") else []
            if grand.dep_ == "prep":
                deeper = [g for g in grand.children if g.dep_ == "pobj"]
            for token in deeper:
                if token.i in matches and not matches[token.i].pattern.frame:
                    return matches[token.i], candidate
    # an agreement asked for: "urged Iran and the EU to reach an agreement"
    for candidate in near:
        found = matches.get(candidate.i)
        if found is not None and found.pattern.frame == "intent" and not found.pattern.needs_content:
            return found, None
    return None, None


def _has_own_subject(verb: Token) -> bool:
    return verb.dep_ in ("ccomp", "xcomp") and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _code_frame(match: Match, by_token: dict[int, Match], lex: Lexicon) -> tuple[Coded | None, set[int]]:
    """Code a frame word ("refused", "urged", "agreed") by its content; also the words it consumes."""
    pattern = match.pattern
    content, between = _content_of(match.token, by_token)
    frame = pattern.frame or ""
    if frame == "intent" and content is not None and _has_own_subject(content.token):
        frame = "appeal"  # "wants Putin to attack": the content is asked of someone else
    if content is None:
        inner = topic_code(match.token, "content", lex)
        reframed = lex.reframe(frame, inner) if inner else None
        if reframed is not None:
            return Coded(match, reframed, f"{pattern.rule}+topic", None, frame), set()
        return (None if pattern.needs_content else Coded(match, pattern.code, pattern.rule)), set()
    inner = content.pattern.code
    if inner.endswith("0"):
        about = topic_code(content.token, "content", lex)
        inner = about if about and about[:2] == inner[:2] else inner
    consumed = {content.token.i} | ({between.i} if between is not None else set())
    reframed = lex.reframe(frame, inner)
    rule = f"{pattern.rule}+{content.pattern.rule}"
    if reframed is not None:
        return Coded(match, reframed, rule, content, frame), consumed
    if frame in _ADDRESSED:
        # "wants Putin to attack": only asked for, so the appeal is the event, not the attack
        return Coded(match, _ADDRESSED[frame], rule, content, frame), consumed
    # The content is coded on its own; the bare frame word adds nothing ("plan to attack").
    return None, set()


def _pobjs(token: Token) -> list[Token]:
    return [g for g in token.children if g.dep_ == "pobj"] if token.dep_ == "prep" else []


def _plain_noun(match: Match) -> bool:
    return match.pattern.pos == "N" and not match.pattern.frame


def _proposed(matches: list[Match], by_token: dict[int, Match]) -> set[int]:
    """Triggers that only say what is proposed, required or talked about, not what happened.

    "rejected a US offer to host a summit": the hosting is what an offer proposes, so neither the hosting
    nor the summit happened; "rejected a request" codes the rejection, not the request as a second event.
    """
    consumed: set[int] = set()
    for match in matches:
        token = match.token
        aim = token.head if token.dep_ in ("acl", "xcomp") else None
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if aim is not None and aim.lemma_ in PROPOSALS and aim.pos_ == "NOUN" and infinitive:
            consumed |= {t.i for t in token.subtree if t.i in by_token}
        # "expressed appreciation for China's assistance", "condemned the attack": an event named as what
        # another event is about is its topic, not a second event of the sentence
        words = [w for c in token.children for w in ([c] if c.dep_ in ("dobj", "obj") else _pobjs(c))]
        consumed |= {w.i for w in words if w.i in by_token and _plain_noun(by_token[w.i])}
        if not match.pattern.frame and any(r.slot == "obj" for r in match.pattern.requires):
            # the object a pattern asks for ("rejected a request", "accepted demands") is part of its event
            consumed |= {o.i for o in objects(token) if o.i in by_token and o.i != token.i}
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
        aims = [
            c for h in hosts for c in h.children
            if c.dep_ in ("advcl", "xcomp", "acl") and c.i in by_token and codes.get(c.i, "")[:2] in _PROTEST_AIMS
        ]  # fmt: skip
        for aim in aims:
            consumed.add(aim.i)
            inner = codes[aim.i]
            if len(item.code) == 3 and len(inner) == 4 and inner[3] in "1234":
                refined = item.code + inner[3]
                item = replace(item, code=refined, rule=f"{item.rule}+aim") if is_code(refined) else item
        if aims and item.content is None:
            item = replace(item, content=by_token[aims[0].i], frame="aim")
        kept.append(item)
    return kept, consumed


def _code_sentence(matches: list[Match], lex: Lexicon) -> list[Coded]:
    by_token = {m.token.i: m for m in matches}
    coded: list[Coded] = []
    consumed: set[int] = _proposed(matches, by_token)
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
        if modality.is_future(match.token):
            frame = "intent" if "05" <= code[:2] <= "08" else "threaten" if code[:2] >= "15" else None
            future = lex.reframe(frame, code) if frame else None
            code, rule = (future, f"{rule}+future") if future is not None else (code, f"{rule}+planned")
        coded.append(Coded(match, code, rule))
    coded = [c for c in coded if c.match.token.i not in consumed]
    coded, aims = _protest_aims(coded, by_token)
    return [c for c in coded if c.match.token.i not in aims]


def _arguments(item: Coded, index: ActorIndex, lex: Lexicon) -> tuple[Arguments, bool]:
    """The event's source and target actors, and whether it is one both sides do together."""
    own = find_arguments(item.match, index, lex.support_verbs)
    if item.content is None:
        if not own.targets and (item.frame or item.match.pattern.frame) in _ADDRESSED:
            # "demanded that Hamas renounce violence": the one told to act is the one addressed
            told = [s for c in item.match.token.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
            found = [m for m in actors_of(told, index) if m not in own.sources]
            own = Arguments(own.sources, tuple(found))
        return own, item.match.pattern.symmetric
    inner = find_arguments(item.content, index, lex.support_verbs)
    symmetric = item.match.pattern.symmetric or item.content.pattern.symmetric
    frame = item.frame or item.match.pattern.frame
    if frame == "aim":
        # a protest is aimed at whom its demands are put to, unless it names its own target
        sources, targets = own.sources or inner.sources, own.targets or inner.targets
        if not targets:
            # "to press their demands from President Bouteflika's government": whom the demand names
            named = (index.at(t) for t in item.content.token.subtree)
            targets = tuple(m for m in named if m is not None and m not in sources)[:1]
    elif frame in _ADDRESSED:
        # the addressee is the target; who is to act is the addressee when the frame names none
        sources, targets = own.sources, own.targets or inner.sources or inner.targets
    else:
        sources, targets = own.sources or inner.sources, inner.targets or own.targets
        if not targets and own.sources and item.content.pattern.pos == "N":
            # "rejected calls by Annan", "accepted Iran's offer": whoever made the proposal is the one answered
            targets = tuple(m for m in inner.sources if m not in own.sources)
    # Only a content without its own target is done together ("agreed to link X to Y"), and never
    # one that is only asked for ("asked X whether they had discussed").
    symmetric = symmetric and not inner.targets and frame not in _ADDRESSED
    return Arguments(sources, tuple(t for t in targets if t not in sources)), symmetric


def _own_forces_act(item: Coded, args: Arguments, index: ActorIndex, lex: Lexicon) -> Arguments | None:
    """For "Chile ordered its army to deploy troops": an order to one's own side is the act itself.

    Returns the content's own arguments (with the orderer as source) when every addressee belongs to
    the orderer's country, else None.
    """
    if item.content is None or not has_form(item.match.token, _COMMANDING) or not args.sources:
        return None
    own = find_arguments(item.match, index, lex.support_verbs)
    homes = {m.actor.country for m in args.sources}
    if not own.targets or any(t.actor.country not in homes or t.actor.country is None for t in own.targets):
        return None
    inner = find_arguments(item.content, index, lex.support_verbs)
    return Arguments(args.sources, inner.targets)


def _sentence_target(sources: tuple[Mention, ...], sentence: Span, mentions: list[Mention]) -> Mention | None:
    """The one foreign actor a sentence names, as the implicit target of a targetless verbal conflict.

    "Moscow was sticking to the treaty, the stumbling block to the US plan" rejects the one other
    country the sentence names; with two or more other countries the target stays unknown.
    """
    home = {m.actor.country for m in sources}
    others = [
        m
        for m in mentions
        if m.is_entity and sentence.start_char <= m.start < sentence.end_char and m.actor.country not in home
        and m.actor.country is not None
    ]  # fmt: skip
    if len({m.actor.country for m in others}) != 1:
        return None
    return max(others, key=lambda m: (len(m.actor.code), -m.start))


def _pairs(args: Arguments, symmetric: bool) -> list[tuple[Mention, Mention | None]]:
    if args.targets:
        pairs: list[tuple[Mention, Mention | None]] = [(s, t) for s in args.sources for t in args.targets]
        if symmetric and _SYMMETRIC_BOTH_WAYS:
            pairs += [(t, s) for s in args.sources for t in args.targets]
        return pairs
    if symmetric and len(args.sources) > 1:
        return [(a, b) for a in args.sources for b in args.sources if a != b]
    return [(s, None) for s in args.sources]


def _participant(mention: Mention | None) -> Participant | None:
    if mention is None:
        return None
    return Participant(actor=mention.actor, text=mention.text, start=mention.start, end=mention.end)


@dataclass(frozen=True)
class Reading:
    """What one coded trigger finally says: the actors, the code and rule, and its modality."""

    args: Arguments
    symmetric: bool
    code: str
    rule: str
    negated: bool
    hypothetical: bool


def _read(item: Coded, sentence: Span, context: EventContext, index: ActorIndex, lex: Lexicon) -> Reading:
    args, symmetric = _arguments(item, index, lex)
    token = item.match.token
    code, rule = item.code, item.rule
    commanded = _own_forces_act(item, args, index, lex)
    if commanded is not None and item.content is not None:
        args, code, rule = commanded, refine(item.content.token, item.content.pattern.code, lex), f"{rule}+own_forces"
    negated, hypothetical = modality.is_negated(token), modality.is_hypothetical(token)
    if "03" <= code[:2] <= "08" and modality.is_refusal(token):
        code, rule = lex.reframe("reject", code) or "120", f"{rule}+refusal"
        negated = hypothetical = False
    if args.sources and not args.targets and code[:2] in _AIMED_ROOTS:
        implicit = _sentence_target(args.sources, sentence, context.mentions)
        if implicit is not None:
            args, rule = Arguments(args.sources, (implicit,)), f"{rule}+sentence_target"
    # "Albania denounced the suppression of Albanian unrest": an actor is no target of itself
    homes = {m.actor for m in args.sources}
    args = Arguments(args.sources, tuple(t for t in args.targets if t.actor not in homes))
    return Reading(args, symmetric, code, rule, negated, hypothetical)


def _events_for(
    item: Coded, sentence: Span, doc: Doc, context: EventContext, index: ActorIndex, dateline: Location | None
) -> list[Event]:
    reading = _read(item, sentence, context, index, lexicon())
    pairs = [(s, t) for s, t in _pairs(reading.args, reading.symmetric) if t is None or s.actor != t.actor]
    if not pairs:
        return []
    token = item.match.token
    entry = lookup(reading.code)
    date = event_date(doc, token, context.times)
    place = event_place(doc, token, context.places)
    published = context.published.isoformat() if date is None and context.published is not None else None
    confidence = {"V": 0.7, "N": 0.6, "A": 0.6}[item.match.pattern.pos]
    if reading.rule.endswith("sentence_target"):
        confidence -= 0.2
    return [
        Event(
            source=_participant(source),
            target=_participant(target),
            cameo=entry.code,
            cameo_root=entry.root,
            plover=entry.plover_event,
            plover_mode=entry.plover_mode,
            quad_class=entry.quad_class,
            goldstein=entry.goldstein,
            trigger=TextSpan(token.text, token.idx, token.idx + len(token.text)),
            sentence=(sentence.start_char, sentence.end_char),
            rule=reading.rule,
            date=date or published,
            date_source="text" if date else ("published" if published else None),
            place=place or dateline,
            place_source="text" if place else ("dateline" if dateline else None),
            negated=reading.negated,
            hypothetical=reading.hypothetical,
            confidence=round(confidence + (0.15 if target is not None else 0.0), 2),
        )
        for source, target in pairs
    ]


def _dedupe(events: list[Event], doc: Doc) -> list[Event]:
    """Drop repeats: one event per source, target, code and sentence (or copy of that sentence), and an
    event without a target where the sentence gives the same source the same kind of event with one."""
    targeted = {(e.sentence, e.source.actor.code, e.cameo_root) for e in events if e.source and e.target}
    seen: set[tuple[str | None, str | None, str, str]] = set()
    whole = doc.text  # built anew on every access
    kept = []
    for event in events:
        if (
            event.target is None
            and event.source
            and (event.sentence, event.source.actor.code, event.cameo_root) in targeted
        ):
            continue
        source = event.source.actor.code if event.source else None
        target = event.target.actor.code if event.target else None
        text = _SPACES.sub(" ", whole[event.sentence[0] : event.sentence[1]]).strip().lower()
        key = (source, target, event.cameo, text)
        if key not in seen:
            seen.add(key)
            kept.append(event)
    return kept


def _dyad(event: Event) -> frozenset[str] | None:
    if event.source is None or event.target is None:
        return None
    return frozenset((event.source.actor.code, event.target.actor.code))


def _share_anchors(events: list[Event]) -> list[Event]:
    """Give a diplomatic event with no date or place of its own those of the same pair's episode.

    News tells one summit in several sentences ("his meeting with Bush" ... "the announcement by Putin
    and Bush in Genoa on Sunday"); contacts between the same two actors in one article are one episode.
    """
    anchored: dict[frozenset[str], Event] = {}
    for event in events:
        dyad = _dyad(event)
        if dyad and event.cameo_root in _EPISODE_ROOTS and event.date_source == "text" and event.place_source == "text":
            anchored.setdefault(dyad, event)
    shared = []
    for event in events:
        dyad = _dyad(event)
        other = anchored.get(dyad) if dyad and event.cameo_root in _EPISODE_ROOTS else None
        if other is not None and event.date_source != "text" and event.place_source != "text":
            event = replace(event, date=other.date, date_source="episode", place=other.place, place_source="episode")
        shared.append(event)
    return shared


def _by_venue(event: Event) -> Event:
    """A meeting coded by where it was: a visit (042), hosting (043), or a third place (044)."""
    if event.cameo != "040" or event.place is None or event.source is None or event.target is None:
        return event
    if event.hypothetical or "+planned" in event.rule:
        return event  # where a planned meeting will be is no visit yet
    venue = event.place.country
    source, target = event.source.actor.country, event.target.actor.country
    if venue is None or source is None or target is None or source == target:
        return event
    code = "042" if venue == target else "043" if venue == source else "044"
    entry = lookup(code)
    return replace(
        event,
        cameo=code,
        plover=entry.plover_event,
        plover_mode=entry.plover_mode,
        goldstein=entry.goldstein,
        rule=f"{event.rule}+venue",
    )


def find_events(doc: Doc, context: EventContext) -> list[Event]:
    """Every event in `doc`, in text order."""
    if not context.mentions:
        return []
    lex = lexicon()
    index = ActorIndex(doc, context.mentions)
    found: list[Event] = []
    dateline = dateline_place(doc.text, context.places)
    for sentence in doc.sents:
        matches = match_sentence(sentence, lex)
        for item in _code_sentence(matches, lex):
            found.extend(_events_for(item, sentence, doc, context, index, dateline))
    found.sort(
        key=lambda e: (
            e.sentence[0],
            e.trigger.start,
            e.source.start if e.source else -1,
            e.target.start if e.target else -1,
        )
    )
    return [_by_venue(event) for event in _share_anchors(_dedupe(found, doc))]
