"""In-article coreference: surnames, pronouns and "the minister" point back to a named person.

Deterministic and simple: a surname goes to the nearest full name that contains it (before, else
after); a person has one code in an article; a pronoun goes to the nearest person mention before it,
preferring the subject of its sentence or of the closest earlier sentence that mentions a person;
"the president" goes to the latest person described by that role ("the monarch" to a king, queen, emir or
sultan). "She" never goes to a person known to be a man, nor "he" to a woman (known from a first name, an
honorific or a title), and "him" or "her" as an object never to the subject of its own clause ("he would
welcome him"). "The militant group" goes to the armed group named shortly before it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyad.actors.draft import Draft
from dyad.actors.phrases import Sentences

PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_PRONOUNS = frozenset({"him", "her"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
SENTENCES_BACK = 3
# Words that name again a person introduced by a narrower title ("King Hussein ... the monarch").
COVERED_TITLES = {
    "monarch": ("king", "queen", "emir", "sultan"),
    "state": ("president", "king", "queen", "emir", "sultan"),  # "the head of state"
    "envoy": ("ambassador",),
    "diplomat": ("ambassador", "envoy"),
}
# Sectors of non-state armed groups, which "the militant group" and "the rebel movement" may name again.
ARMED = frozenset({("REB",), ("UAF",), ("RAD",)})


def _words(doc: Doc, draft: Draft) -> list[str]:
    return [t.text for t in doc[draft.start : draft.end]]


def link_surnames(doc: Doc, drafts: list[Draft]) -> None:
    """Give one-word person names the actor of the article's full name that contains them."""
    people = [d for d in drafts if d.is_person and d.kind in ("name", "surname")]
    full = [d for d in people if len(_words(doc, d)) > 1]
    for draft in people:
        words = _words(doc, draft)
        if len(words) != 1:
            continue
        matches = [f for f in full if words[0] in _words(doc, f) or words[0] in (f.name or "").split()]
        if not matches:
            continue
        before = [f for f in matches if f.end <= draft.start]
        chosen = before[-1] if before else matches[0]
        draft.adopt(chosen)
        draft.kind = "surname"
    _one_code_per_person(people)


def _one_code_per_person(people: list[Draft]) -> None:
    """Every mention of a person gets what the article says of them anywhere (first found wins)."""
    groups: dict[str, list[Draft]] = {}
    for draft in people:
        if draft.name:
            groups.setdefault(draft.name, []).append(draft)
    for group in groups.values():
        code = next((d.code for d in group if d.code), None)
        country = next((d.country for d in group if d.country), None)
        sectors = next((d.sectors for d in group if d.sectors), ())
        roles = set().union(*(d.roles for d in group))
        gender = next((d.gender for d in group if d.gender), None)
        for draft in group:
            if not draft.known:
                draft.code, draft.country, draft.sectors = code, country, sectors
            draft.roles, draft.gender = roles, gender


def _subject(doc: Doc, draft: Draft) -> bool:
    return any(t.dep_ in SUBJECT_DEPS for t in doc[draft.start : draft.end])


def _antecedent(doc: Doc, index: int, people: list[Draft], sentences: Sentences) -> Draft | None:
    before = [d for d in people if d.end <= index]
    if not before:
        return None
    start, _ = sentences.of(index)
    for _ in range(SENTENCES_BACK):
        inside = [d for d in before if d.start >= start]
        before = [d for d in before if d.start < start]
        if inside:
            subjects = [d for d in inside if _subject(doc, d)]
            named = [d for d in inside if d.kind in ("name", "surname")]
            return (subjects or named or inside)[-1]
        if start == 0:
            break
        start, _ = sentences.of(start - 1)
    return None


def _clause_subject(token: Token) -> Token | None:
    """The subject of the clause whose verb takes `token` as its object ("he" in "he will meet him")."""
    verb = token.head
    for _ in range(5):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if verb.dep_ != "xcomp" or verb.head is verb:
            return None  # only "wants to meet him" lends its subject to the verb below
        verb = verb.head
    return None


def _final(draft: Draft) -> Draft:
    seen = 0
    while draft.follows is not None and seen < 10:
        draft, seen = draft.follows, seen + 1
    return draft


def _subject_person(token: Token, by_token: dict[int, Draft]) -> Draft | None:
    """The person a plain object pronoun cannot stand for: its own clause's subject ("he welcomed him")."""
    if token.lower_ not in OBJECT_PRONOUNS or token.tag_ != "PRP" or token.dep_ not in OBJECT_DEPS:
        return None
    subject = _clause_subject(token)
    owner = by_token.get(subject.i) if subject is not None else None
    return _final(owner) if owner is not None else None


def resolve_pronouns(doc: Doc, drafts: list[Draft], sentences: Sentences) -> list[Draft]:
    """Drafts for he/she/his/her..., each following the person it most likely refers to.

    A plain object pronoun is never its own clause's subject: "him" in "he would welcome him" is someone
    else (it would be "himself" otherwise).
    """
    covered = {i for d in drafts for i in range(d.start, d.end)}
    people = [d for d in drafts if d.is_person and d.kind != "title"]
    by_token = {i: d for d in drafts if d.is_person for i in range(d.start, d.end)}
    found = []
    for token in doc:
        if token.lower_ not in PRONOUNS or token.i in covered:
            continue
        gender = PRONOUNS[token.lower_]
        fitting = [p for p in people if p.gender in (None, gender)]
        excluded = _subject_person(token, by_token)
        if excluded is not None:
            fitting = [p for p in fitting if _final(p) is not excluded and not (p.name and p.name == excluded.name)]
        target = _antecedent(doc, token.i, fitting, sentences)
        if target is not None:
            pronoun = Draft(token.i, token.i + 1, "PERSON", "pronoun", is_entity=False, is_person=True)
            pronoun.follows = target
            found.append(pronoun)
            by_token[token.i] = pronoun
    return found


def resolve_descriptions(doc: Doc, drafts: list[Draft]) -> None:
    """ "the president", "the Russian president": the latest person before it with that role (and country)."""
    people = [d for d in drafts if d.is_person and d.kind in ("name", "surname")]
    for draft in drafts:
        if draft.kind != "description" or not draft.is_person or draft.code:
            continue
        if draft.start == 0 or doc[draft.start - 1].lower_ != "the":
            continue
        heads = {term.split()[-1] for term in draft.roles}
        heads |= {title for head in heads for title in COVERED_TITLES.get(head, ())}
        earlier = [
            p
            for p in people
            if p.end <= draft.start
            and heads & {t.split()[-1] for t in p.roles}
            and (draft.country is None or p.country == draft.country)
        ]
        if earlier:
            draft.follows = earlier[-1]


def resolve_groups(doc: Doc, drafts: list[Draft], sentences: Sentences) -> None:
    """ "the militant group", "the rebel movement": the armed group named shortly before it.

    Only a definite, singular description of a non-state armed group with no country of its own, and
    only a named group of that kind in the same or the previous SENTENCES_BACK - 1 sentences.
    """
    named = [d for d in drafts if d.kind == "name" and d.label == "ORG" and _armed(d)]
    for draft in drafts:
        if draft.kind != "description" or draft.is_person or draft.country or draft.code or not _armed(draft):
            continue
        if draft.start == 0 or doc[draft.start - 1].lower_ != "the" or doc[draft.end - 1].tag_ != "NN":
            continue
        first, _ = sentences.of(draft.start)
        for _ in range(SENTENCES_BACK - 1):
            if first == 0:
                break
            first, _ = sentences.of(first - 1)
        earlier = [d for d in named if first <= d.start and d.end <= draft.start]
        if earlier:
            draft.follows = earlier[-1]


def _armed(draft: Draft) -> bool:
    return bool(draft.code and draft.code.startswith("IMG")) or draft.sectors[:1] in ARMED


def place_possessed(doc: Doc, drafts: list[Draft]) -> None:
    """ "his government", "her ministers": a body owned by a person belongs to that person's country.

    Run after `settle`, so that the pronoun carries the actor of the person it stands for.
    """
    owners = {d.start: d for d in drafts if d.kind == "pronoun"}
    for draft in drafts:
        if draft.kind != "description" or draft.is_person or draft.country or draft.code or draft.start == 0:
            continue
        owner = owners.get(draft.start - 1)
        if owner is None or doc[draft.start - 1].tag_ != "PRP$" or not owner.country:
            continue
        draft.country = owner.country
        draft.why.append(f"belongs to {doc[draft.start - 1].text!r} ({owner.name}): the country {owner.country}")


def place_its(doc: Doc, drafts: list[Draft]) -> None:
    """ "Serbia put its army on alert": a body a state or group owns with "its" or "their" is of the country of
    the subject of its clause (or of the clause it is said in)."""
    by_token = {i: d for d in drafts for i in range(d.start, d.end)}
    for draft in drafts:
        if draft.kind != "description" or draft.is_person or draft.country or draft.code or draft.start == 0:
            continue
        if doc[draft.start - 1].lower_ not in ("its", "their"):
            continue
        owner = _owning_subject(doc[draft.end - 1], by_token, draft)
        if owner is not None and owner.country and not owner.is_person:
            draft.country = owner.country
            draft.why.append(f"belongs to {doc[draft.start - 1].text!r} ({doc[owner.start : owner.end].text}): "
                             f"the country {owner.country}")  # fmt: skip


def _owning_subject(token: Token, by_token: dict[int, Draft], draft: Draft) -> Draft | None:
    """The draft that is the subject of the clause holding `token`, climbing to the clauses above it."""
    node, steps = token, 0
    while steps < 6:
        subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS and by_token.get(c.i) not in (None, draft)]
        if subjects:
            return by_token[subjects[0].i]
        if node.head is node:
            return None
        node, steps = node.head, steps + 1
    return None


def settle(drafts: list[Draft]) -> None:
    """Titles, pronouns and descriptions take the final actor of the person they follow."""
    for draft in drafts:
        target = draft.follows
        seen = 0
        while target is not None and target.follows is not None and seen < 10:
            target, seen = target.follows, seen + 1
        if target is not None:
            draft.adopt(target)
