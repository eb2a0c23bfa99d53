"""Find the events each sentence reports and assemble them into Events."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from dyad.events import modality
from dyad.events.anchors import dateline_place, event_date, event_place
from dyad.events.arguments import ActorIndex, Arguments, actors_of, find_arguments, in_dateline
from dyad.events.codebook import lookup
from dyad.events.coding import ADDRESSED, Coded, code_sentence, infinitive
from dyad.events.context import EventContext
from dyad.events.domestic import place_domestic_sources, place_protesters, protest_at_home
from dyad.events.force import reread_force
from dyad.events.happened import CLAIMING, doer_unsaid, unseen_attacker
from dyad.events.lexicon import Lexicon, lexicon
from dyad.events.matcher import has_form, match_sentence, objects, prep_objects
from dyad.events.topics import refine
from dyad.events.victims import place_victims
from dyad.model import Event, Location, Mention, Participant
from dyad.model import Span as TextSpan

_SYMMETRIC_BOTH_WAYS = True  # "Bush and Putin met" gives USA->RUS and RUS->USA, as PETRARCH codes it
# Words for orders that one's own forces carry out ("ordered the army to deploy").
_COMMANDING = frozenset({"order", "instruct", "direct", "command", "tell"})
# Verbal conflict is aimed at someone even when the clause does not say whom.
_AIMED_ROOTS = frozenset({"10", "11", "12", "13"})
# Statements, appeals and promises are made somewhere without concerning the place ("reached an agreement in
# Vienna"); other acts done in or sent to a foreign place concern it.
_SAID_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})
_VENUE_PREPS = ("in", "to", "into", "inside")
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# Prepositions that name where a meeting is held ("a summit in Switzerland", "talks at Camp David").
_VENUE_WORDS = frozenset({"in", "at"})
_EPISODE_ROOTS = frozenset({"03", "04", "05"})
_POSTURE_ROOT = "15"
# Verbs of excluding an option: denied, they keep it open.
_EXCLUDING = frozenset({"rule", "exclude"})
_SPACES = re.compile(r"[\s\"'“”‘’]+")


def _arguments(item: Coded, index: ActorIndex, lex: Lexicon) -> tuple[Arguments, bool]:
    """The event's source and target actors, and whether it is one both sides do together."""
    own = find_arguments(item.match, index, lex.support_verbs)
    if item.content is None:
        if not own.targets and (item.frame or item.match.pattern.frame) in ADDRESSED:
            # "demanded that Hamas renounce violence": the one told to act is the one addressed
            told = [s for c in item.match.token.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
            found = [m for m in actors_of(told, index) if m not in own.sources]
            own = Arguments(own.sources, tuple(found))
        if not own.targets and any(r.slot == "comp" for r in item.match.pattern.requires):
            # "prepared to resume shelling rebel territory": the target is the object of the verb it governs
            verbs = [
                t
                for c in item.match.token.children
                if c.dep_ in ("xcomp", "acl")
                for t in c.subtree
                if t.pos_ == "VERB"
            ]
            found = [m for m in actors_of([o for v in verbs for o in objects(v)], index, True) if m not in own.sources]
            own = Arguments(own.sources, tuple(found[:1]))
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
    elif frame in CLAIMING:
        # "the US claimed that ISIL attacked Iraq": the one said to have done it is accused
        # whoever is said to have done it is never the one who says so
        sources, targets = own.sources, own.targets or inner.sources
        if {m.actor for m in targets} <= {m.actor for m in sources}:
            targets = inner.targets  # "claimed that they had attacked Iraq": the claimants' own deed
    elif frame in ADDRESSED:
        # the addressee is the target; who is to act is the addressee when the frame names none
        sources, targets = own.sources, own.targets or inner.sources or inner.targets
    else:
        sources, targets = own.sources or inner.sources, inner.targets or own.targets
        if not targets and own.sources and item.content.pattern.pos == "N":
            # "rejected calls by Annan", "accepted Iran's offer": whoever made the proposal is the one answered
            targets = tuple(m for m in inner.sources if m not in own.sources)
    # Only a content without its own target is done together ("agreed to link X to Y"), and never
    # one that is only asked for ("asked X whether they had discussed").
    symmetric = symmetric and not inner.targets and frame not in ADDRESSED
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
        and m.actor.country is not None and not _in_dateline(m, sentence)
    ]  # fmt: skip
    if len({m.actor.country for m in others}) != 1:
        return None
    return max(others, key=lambda m: (len(m.actor.code), -m.start))


def _in_dateline(mention: Mention, sentence: Span) -> bool:
    span = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and in_dateline(span[0])


def _venue_target(item: Coded, sources: tuple[Mention, ...], index: ActorIndex) -> Mention | None:
    """The foreign country where a targetless act is done or sent, as its target.

    "opened an embassy in Tehran", "sent personnel to Bosnia", "will meet in Zurich": what is done in or to
    another country concerns it, as PETRARCH and PLOVER code it. Only a place named in the trigger's own
    phrase counts, and only one outside every source's country.
    """
    homes = {m.actor.country for m in sources}
    token = item.match.token
    verbs = [token, *(c for c in token.conjuncts if not any(d.dep_.startswith("nsubj") for d in c.children))]
    if item.content is not None:
        verbs.append(item.content.token)  # "agreed to set up a centre in Tokyo"
    if token.dep_ in ("advcl", "xcomp") and infinitive(token):
        verbs.append(token.head)  # "sent personnel to Bosnia to investigate"
    hosts = [h for v in verbs for h in ([v, *objects(v)] if v.pos_ in ("VERB", "AUX") else [v])]
    # "advised against travel to Tunisia": the place of the act the verb's own phrase names
    hosts += [w for v in verbs for c in v.children if c.dep_ == "prep" and c.lower_ != "by" for w in c.children
              if w.dep_ == "pobj" and w.pos_ == "NOUN"]  # fmt: skip
    for host in hosts:
        for word in (w for prep in _VENUE_PREPS for w in prep_objects(host, prep)):
            # "at a mall in Kenya's capital": the country that owns the place
            place = index.at(word) or next((index.at(c) for c in word.children if c.dep_ == "poss"), None)
            if place is None or place.label not in _PLACE_LABELS or place.actor.sector is not None:
                continue
            if place.actor.country is not None and place.actor.country not in homes:
                return place
    return None


def _named_as_venue(mention: Mention, trigger: Token, sentence: Span) -> bool:
    """Whether a mention is where the trigger's event happens ("attend a summit in Switzerland", "attend the
    Beijing Olympics"), not a partner in it nor a place it is about ("a summit on the unrest in Iran")."""
    span = sentence.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or mention.label not in _PLACE_LABELS:
        return False
    hosts = {trigger.i, *(o.i for o in objects(trigger))}
    if span.root.dep_ == "compound":
        return span.root.head.i in hosts and span.root.head.i != trigger.i  # "attend the Beijing Olympics"
    preposition = span.root.head
    return span.root.dep_ == "pobj" and preposition.lower_ in _VENUE_WORDS and preposition.head.i in hosts


def _pairs(args: Arguments, symmetric: bool) -> list[tuple[Mention, Mention | None]]:
    if args.targets:
        pairs: list[tuple[Mention, Mention | None]] = [(s, t) for s in args.sources for t in args.targets]
        if symmetric and _SYMMETRIC_BOTH_WAYS:
            pairs += [(t, s) for s in args.sources for t in args.targets]
        return pairs
    if symmetric and len(args.sources) > 1:
        return [(a, b) for a in args.sources for b in args.sources if a != b]
    return [(s, None) for s in args.sources]


def _foretold(item: Coded, args: Arguments, index: ActorIndex, lex: Lexicon) -> Arguments | None:
    """The arguments of what a warning addressed to no one says another country's actor may do, or None
    when the warning is a threat (the warner's own side acts, or the one warned is named)."""
    if (item.frame or item.match.pattern.frame) != "threaten" or item.content is None:
        return None
    if find_arguments(item.match, index, lex.support_verbs).targets:
        return None  # "warned Iran that it would face sanctions" threatens the one warned
    inner = find_arguments(item.content, index, lex.support_verbs)
    homes = {m.actor.country for m in args.sources}
    if not inner.sources or None in homes or any(m.actor.country in homes for m in inner.sources):
        return None
    return inner


def _claimed_targets(trigger: Token, sources: tuple[Mention, ...], index: ActorIndex) -> tuple[Mention, ...]:
    """Who the act one claims responsibility for was aimed at: "claimed responsibility for an attack on a mall
    in Kenya's capital" concerns Kenya."""
    found: list[Mention] = []
    for word in prep_objects(trigger, "for"):
        for token in word.subtree:
            mention = index.at(token)
            if mention is not None and mention not in sources and mention not in found:
                found.append(mention)
    return tuple(found)


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
    if item.frame in CLAIMING and item.content is not None and item.content.token.i != token.i:
        inner = find_arguments(item.content, index, lex.support_verbs)
        if inner.sources and {m.actor for m in inner.sources} <= {m.actor for m in args.sources}:
            code, rule = "015", f"{rule}+own_deed"  # claiming one's own attack is claiming responsibility
    if code == "015" and args.sources and not args.targets:
        claimed = _claimed_targets(token, args.sources, index)
        if claimed:
            args, rule = Arguments(args.sources, claimed[:1]), f"{rule}+claimed_act"
    if item.frame in ADDRESSED and rule.startswith("obliged.") and item.content is not None:
        homes = {m.actor.country for m in args.sources}
        if args.targets and all(t.actor.country in homes for t in args.targets):
            # "Putin said Russia needs to give aid": what one's own side must do is what it plans
            inner = find_arguments(item.content, index, lex.support_verbs)
            code = lex.reframe("intent", item.content.pattern.code) or item.content.pattern.code
            args, rule = Arguments(args.sources, inner.targets), f"{rule}+own_side"
    negated, hypothetical = modality.is_negated(token), modality.is_hypothetical(token)
    foretold = _foretold(item, args, index, lex)
    if foretold is not None:
        # "South Korea warned that North Korea may conduct a test": the warning foretells another's act
        args, code, rule = foretold, item.content.pattern.code, f"{item.content.pattern.rule}+foretold"
        token = item.content.token
        negated, hypothetical = modality.is_negated(token), modality.is_hypothetical(token)
    if negated and code[:2] == "12" and token.lemma_.lower() in _EXCLUDING:
        # "did not rule out changes": an option kept open is one considered (CAMEO 014), not a denied rejection
        code, rule, negated = "014", f"{rule}+kept_open", False
    if "03" <= code[:2] <= "08" and modality.is_refusal(token):
        code, rule = lex.reframe("reject", code) or "120", f"{rule}+refusal"
        negated = hypothetical = False
    if args.sources and not args.targets and code[:2] in _AIMED_ROOTS:
        implicit = _sentence_target(args.sources, sentence, context.mentions)
        if implicit is not None:
            args, rule = Arguments(args.sources, (implicit,)), f"{rule}+sentence_target"
    joint = symmetric and len({m.actor for m in args.sources}) > 1  # "X and Y signed a deal in Havana"
    if args.sources and not args.targets and code[:2] not in _SAID_ROOTS and not joint:
        venue = _venue_target(item, args.sources, index)
        if venue is not None:
            # a place is no partner: the act is not done both ways
            args, rule, symmetric = Arguments(args.sources, (venue,)), f"{rule}+venue_target", False
    if code == "044" and args.targets and all(_named_as_venue(t, token, sentence) for t in args.targets):
        code, rule = "042", f"{rule}+visit"  # "attend a summit in Switzerland": the place is the host, visited
    if code == "0873" and args.targets and not args.sources and token.lemma_.lower().startswith("demobili"):
        # "guerrillas have been demobilized": forces stood down by no one named stand themselves down (but
        # "unless Hamas is disarmed" asks others to disarm it)
        args, rule = Arguments(args.targets, ()), f"{rule}+own_forces"
    args = place_domestic_sources(token, place_victims(token, code, args, index), index)
    args = protest_at_home(code, place_protesters(token, code, args, index))
    code, rule = reread_force(code, rule, token, args)  # "Clinton attacked Trump", "Israel bombed Gaza"
    # "Albania denounced the suppression of Albanian unrest": an actor is no target of itself
    homes = {m.actor for m in args.sources}
    args = Arguments(args.sources, tuple(t for t in args.targets if t.actor not in homes))
    if code[:2] == _POSTURE_ROOT:
        # "Serbia put its army on alert": a show of force is aimed at others, not at one's own forces
        countries = {m.actor.country for m in args.sources}
        args = Arguments(args.sources, tuple(t for t in args.targets if t.actor.country not in countries))
    return Reading(args, symmetric, code, rule, negated, hypothetical)


def _events_for(
    item: Coded, sentence: Span, doc: Doc, context: EventContext, index: ActorIndex, dateline: Location | None
) -> list[Event]:
    reading = _read(item, sentence, context, index, lexicon())
    pairs: list[tuple[Mention | None, Mention | None]] = [
        (s, t) for s, t in _pairs(reading.args, reading.symmetric) if t is None or s.actor != t.actor
    ]
    if not pairs and doer_unsaid(item, reading.args, reading.code, hypothetical=reading.hypothetical):
        doer = unseen_attacker(item.match.token, reading.code, index)
        pairs = [(doer, t) for t in reading.args.targets]
        if doer is not None:
            reading = replace(reading, rule=f"{reading.rule}+unseen_attacker")
    if not pairs:
        return []
    token = item.match.token
    entries = {(s, t): lookup(reading.code) for s, t in pairs}
    mirror = item.match.pattern.mirror
    if mirror and not reading.negated and item.content is None:
        # "protesters clashed with police": the police, coded the other way, did something else (175)
        entries |= {(t, s): lookup(mirror) for s, t in pairs if s is not None and t is not None}
        pairs = list(entries)
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
            cameo=(entry := entries[source, target]).code,
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


def _covers(full: Participant | None, vague: Participant | None) -> bool:
    """Whether `full` names the same actor as `vague`, or the same role with a country `vague` lacks."""
    if full is None or vague is None:
        return full is vague
    code, other = full.actor.code, vague.actor.code
    return code == other or (vague.actor.country is None and len(code) > len(other) and code.endswith(other))


def _drop_vaguer(events: list[Event]) -> list[Event]:
    """Drop an event that repeats another of the same trigger with an actor missing its country.

    "the Prime Minister and members of his government" gives FJIGOV and, for the possessive the actor
    stage could not place, GOV; the second adds nothing.
    """
    kept = []
    for event in events:
        twins = (
            o for o in events
            if o is not event and o.trigger == event.trigger and o.cameo == event.cameo
            and _covers(o.source, event.source) and _covers(o.target, event.target)
        )  # fmt: skip
        if not any(_participant_key(o) != _participant_key(event) for o in twins):
            kept.append(event)
    return kept


def _participant_key(event: Event) -> tuple[str | None, str | None]:
    return (event.source.actor.code if event.source else None, event.target.actor.code if event.target else None)


def _dedupe(events: list[Event], doc: Doc) -> list[Event]:
    """Drop repeats: one event per source, target, code and sentence (or copy of that sentence), and an
    event without a target where the sentence gives the same source the same kind of event with one, or the
    article does for a diplomatic episode ("Putin told reporters after the meeting" once he met Bush); a
    diplomatic event without a target is told once per article."""
    targeted = {(e.sentence, e.source.actor.code, e.cameo_root) for e in events if e.source and e.target}
    episodes = {(e.source.actor.code, e.cameo_root) for e in events if e.source and e.target}
    seen: set[tuple[str | None, str | None, str, str]] = set()
    whole = doc.text  # built anew on every access
    kept = []
    for event in events:
        if event.target is None and event.source:
            if (event.sentence, event.source.actor.code, event.cameo_root) in targeted:
                continue
            if event.cameo_root in _EPISODE_ROOTS and (event.source.actor.code, event.cameo_root) in episodes:
                continue
        source = event.source.actor.code if event.source else None
        target = event.target.actor.code if event.target else None
        text = _SPACES.sub(" ", whole[event.sentence[0] : event.sentence[1]]).strip().lower()
        if target is None and event.cameo_root in _EPISODE_ROOTS:
            text = ""  # "Iran reached a deal" in the headline and the lead is one episode told twice
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


def _in_a_name(item: Coded, index: ActorIndex) -> bool:
    """Whether the trigger is a word of an actor's name ("Asia-Pacific Economic Cooperation", "Liberation
    Tigers"), which names the actor, not an event."""
    mention = index.at(item.match.token)
    return mention is not None and mention.kind == "name" and item.match.token.pos_ in ("NOUN", "PROPN")


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
        for item in code_sentence(matches, lex):
            if not _in_a_name(item, index):
                found.extend(_events_for(item, sentence, doc, context, index, dateline))
    found.sort(
        key=lambda e: (
            e.sentence[0],
            e.trigger.start,
            e.source.start if e.source else -1,
            e.target.start if e.target else -1,
        )
    )
    return [_by_venue(event) for event in _share_anchors(_dedupe(_drop_vaguer(found), doc))]
