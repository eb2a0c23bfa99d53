"""Match trigger patterns against the tokens of a parsed sentence."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from dyad.events.lexicon import Lexicon, Pattern, Requirement

_SUFFIXES = (("ied", "y"), ("ies", "y"), ("ed", ""), ("ed", "e"), ("es", ""), ("s", ""), ("ing", ""), ("ing", "e"))
_POS = {"VERB": "V", "NOUN": "N", "PROPN": "N", "ADJ": "A"}
OBJECT_DEPS = frozenset({"dobj", "obj", "attr", "oprd"})
# The lemma that lets a requirement take any word ("obj=*": the verb has some object).
ANY = "*"
PREP_DEPS = frozenset({"prep", "agent", "dative"})


@dataclass(frozen=True)
class Match:
    """A trigger token and the pattern it satisfies."""

    token: Token
    pattern: Pattern


def _stems(word: str) -> Iterator[str]:
    for suffix, replacement in _SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            yield word[: -len(suffix)] + replacement


def iter_forms(token: Token) -> Iterator[str]:
    """The lemma, then the word, then its plain stems: fallbacks for the lemmatizer's slips ("staged" -> "stag")."""
    lemma = token.lemma_.lower()
    yield lemma
    word = token.lower_
    if word != lemma:
        yield word
    yield from _stems(word)


def forms(token: Token) -> tuple[str, ...]:
    """All of `iter_forms`, without repeats."""
    return tuple(dict.fromkeys(iter_forms(token)))


def has_form(token: Token, lemmas: frozenset[str] | set[str]) -> bool:
    """Whether any of the token's forms is one of `lemmas`."""
    return any(form in lemmas for form in forms(token))


# Words for a share of something: what is done to a share is done to the whole ("part of a program").
SHARES = frozenset({"part", "portion", "some", "most", "much", "half", "bulk", "rest", "remainder", "section"})


def pos_class(token: Token) -> str | None:
    """The lexicon's part of speech for `token`: V, N, A or None."""
    if token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ not in ("aux", "auxpass")):
        return "V"
    return _POS.get(token.pos_)


def is_passive(token: Token) -> bool:
    """Whether a verb is in the passive voice ("was attacked", "attacked by")."""
    if any(child.dep_ in ("nsubjpass", "auxpass") for child in token.children):
        return True
    if misread_main_verb(token):
        return False
    if token.dep_ not in ("acl", "amod") or any(c.dep_ == "nsubj" for c in token.children):
        return False
    # "soldiers captured near the border": a participle the tagger read as a past tense, with no object of its own
    return token.tag_ == "VBN" or (token.tag_ == "VBD" and not any(c.dep_ in OBJECT_DEPS for c in token.children))


def misread_main_verb(token: Token) -> bool:
    """Whether a past verb read as a participle after a noun is the sentence's main verb.

    "Doctors from two aid groups donated and delivered goods": the parser makes the noun the root and
    "donated" its modifier, though the finite verb coordinated with it shows a clause.
    """
    return participle_of_root(token) and any(c.dep_ == "conj" and c.tag_ == "VBD" for c in token.children)


def participle_of_root(token: Token) -> bool:
    """Whether a verb is read as a participle in a sentence rooted in a noun, with no comma between them
    ("Hundreds of students protested in Baghdad", parsed as students who were protested). Whether it is the
    main verb after all depends on the verb: one that takes no object cannot be passive."""
    if token.tag_ != "VBN" or token.dep_ != "acl":
        return False
    root = token.sent.root
    # a comma between the noun and the participle marks a real modifier ("the goods, donated by ...")
    comma = any(c.dep_ == "punct" and root.i < c.i < token.i for c in root.children)
    return root.pos_ in ("NOUN", "PROPN") and not comma


def objects(token: Token) -> list[Token]:
    """The direct objects of a verb (the passive subject for a passive verb), with their conjuncts."""
    passive = is_passive(token)
    deps = OBJECT_DEPS | ({"nsubjpass"} if passive else set())
    found = [child for child in token.children if child.dep_ in deps]
    if not found and token.dep_ in ("acl", "amod") and passive:
        found = [token.head]
    if not found:
        # "kidnapped up to 16 advisers": the parser reads "up" as a particle and the object as its pobj
        found = [
            g
            for p in token.children
            if p.dep_ == "prt" and p.lower_ == "up"
            for to in p.children
            if to.lower_ == "to"
            for g in to.children
            if g.dep_ == "pobj" and any(n.dep_ == "nummod" for n in g.children)
        ]
    if not found and not passive:
        # "help Syria rebuild its army": the parser makes the object the subject of the bare infinitive
        found = [s for c in token.children if _bare_infinitive(c) for s in c.children if s.dep_ == "nsubj"]
    if not found and token.dep_ == "conj" and passive:
        # "... were arrested and later released": the passive conjunct shares its subject
        found = [c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    # "the rebels whom troops attacked", "the rebels that it had arrested": the pronoun stands for the noun
    if token.dep_ == "relcl":
        found = [token.head if _relative_pronoun(head) else head for head in found]
    return [conj for head in found for conj in (head, *head.conjuncts)]


def _bare_infinitive(clause: Token) -> bool:
    """Whether a complement clause is a bare infinitive with its own noun subject ("help Syria rebuild")."""
    if clause.dep_ != "ccomp" or clause.tag_ != "VB" or clause.i < clause.head.i:
        return False
    if any(c.dep_ in ("mark", "aux", "auxpass") for c in clause.children):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in clause.children)


def _relative_pronoun(token: Token) -> bool:
    return token.tag_ in ("WDT", "WP") and token.lower_ in ("who", "whom", "which", "that")


def whole(token: Token) -> Token:
    """The thing a share of it stands for ("part of a program" -> "program"), else the token itself."""
    if token.lemma_.lower() not in SHARES:
        return token
    ofs = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
    wholes = [g for c in ofs for g in c.children if g.dep_ == "pobj"]
    return wholes[0] if wholes else token


_PARTICLES = frozenset({"out", "off", "up", "down", "away", "back", "over"})


def clause_subjects(token: Token) -> list[Token]:
    """The subjects of the clauses a verb governs ("inspectors" in "allowed inspectors to visit the site")."""
    return [g for c in token.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"]


def _bare_preposition(word: Token) -> bool:
    """A preposition with no object of its own, only another preposition ("out" in "pulled out of")."""
    children = list(word.children)
    particle = word.lower_ in _PARTICLES  # not "according" in "according to"
    return particle and word.dep_ == "prep" and bool(children) and all(c.dep_ == "prep" for c in children)


def prep_objects(token: Token, preposition: str) -> list[Token]:
    """Objects of `preposition` on `token` or on its direct object ("imposed sanctions on X"), also through a
    particle read as a preposition ("of" in "pulled out of the talks")."""
    hosts = [token, *(child for child in token.children if child.dep_ in OBJECT_DEPS or child.dep_ == "nsubjpass")]
    hosts += [whole(h) for h in hosts[1:] if whole(h) is not h]  # "suspended part of a program for Bosnia"
    found = []
    for host in hosts:
        children = [*host.children, *(g for c in host.children if _bare_preposition(c) for g in c.children)]
        for child in children:
            if child.dep_ in PREP_DEPS and child.lower_ == preposition:
                objects_of = [grand for grand in child.children if grand.dep_ in ("pobj", "pcomp")]
                following = child.nbor() if child.i + 1 < len(child.doc) else None
                if not objects_of and following is not None and following.pos_ == "PROPN":
                    objects_of = [following]  # a misparse left the preposition without its object
                found.extend(objects_of)
    return [conj for head in found for conj in (head, *head.conjuncts)]


def _object_words(token: Token) -> list[Token]:
    """Objects and the words that say what they are made of or what kind they are ("5 million dollars of aid",
    "a military aid program", "joint exercises")."""
    found = []
    for word in objects(token):
        found.append(word)
        inner = [
            g for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
        ]
        for noun in [word, *inner]:
            found.extend(c for c in noun.children if c.dep_ in ("compound", "amod"))  # "joint exercises"
        found.extend(inner)
    return found


def _satisfies(token: Token, requirement: Requirement) -> bool:
    lemmas = requirement.lemmas
    slot = requirement.slot
    if slot == "prt":
        # "pulled out of the talks": the parser often reads the particle as a preposition holding another
        return any(c.lower_ in lemmas and (c.dep_ == "prt" or _bare_preposition(c)) for c in token.children)
    if slot == "prep":
        return any(prep_objects(token, word) for word in lemmas)
    if slot == "obj":
        if ANY in lemmas:
            return bool(objects(token))
        return any(has_form(o, lemmas) for o in _object_words(token))
    if slot == "comp":
        return any(c.dep_ in ("xcomp", "ccomp", "acl", "pcomp") and has_form(c, lemmas) for c in token.children)
    if slot == "mod":
        return any(c.dep_ in ("compound", "amod", "nmod", "npadvmod") and has_form(c, lemmas) for c in token.children)
    if slot == "subj":
        return any(has_form(w, lemmas) for w in clause_subjects(token))
    if slot == "agent":
        # "thousands of protesters clashed": a counted subject is the people counted; "teachers decided to
        # strike": a controlled verb's subject is its controller's
        doer = token.head if token.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in token.children) else token
        subjects = [c for c in doer.children if c.dep_ == "nsubj"]
        counted = [p for c in subjects for p in c.children if p.lower_ == "of"]
        subjects += [g for p in counted for g in p.children if g.dep_ == "pobj"]
        return any(has_form(c, lemmas) for c in subjects)
    if slot == "clause":
        return any(c.dep_ == "advcl" and has_form(c, lemmas) for c in token.children)
    if slot == "head":
        return token.head.i != token.i and has_form(token.head, lemmas)
    if slot == "pobj":
        preps = [c for c in token.children if c.dep_ in PREP_DEPS]
        preps += [g for c in preps if _bare_preposition(c) for g in c.children]
        return any(g.dep_ == "pobj" and has_form(g, lemmas) for c in preps for g in c.children)
    return False


def match_token(token: Token, lexicon: Lexicon) -> Match | None:
    """The most specific pattern `token` satisfies, if any."""
    pos = pos_class(token)
    if pos is None:
        return None
    for form in iter_forms(token):
        candidates = lexicon.candidates(pos, form)
        if not candidates:
            continue
        for pattern in candidates:
            if all(_satisfies(token, requirement) for requirement in pattern.requires):
                return Match(token, pattern)
        return None
    return None


def match_sentence(sentence: Span, lexicon: Lexicon) -> list[Match]:
    """Every trigger in `sentence`, in text order."""
    found = []
    for token in sentence:
        match = match_token(token, lexicon)
        if match is not None:
            found.append(match)
    return found
