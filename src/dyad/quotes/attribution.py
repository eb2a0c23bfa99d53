"""Attribution clauses next to quotation marks: the cue ("said", "according to") and its speaker."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyad.quotes.lexicon import SPEECH

_SENTENCE_END = frozenset({".", "!", "?"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOMINAL = frozenset({"PROPN", "PRON", "NOUN"})
# Dependents a cue may have and still be a bare tag ("he said", "said Mr X, an analyst").
_BARE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "advmod", "neg", "ccomp", "parataxis", "dep", "punct"})
# Words that start a new clause: an attribution never has them before its cue.
_CLAUSE_POS = frozenset({"VERB", "CCONJ", "SCONJ"})
_MAX_TAG_TOKENS = 14
_DASH_CHARS = frozenset("―—–-")
_MAX_CLIMB = 4
_CLIMB_DEPS = frozenset({"conj", "xcomp", "advcl", "pcomp", "prep"})
_RELATIVE = frozenset({"who", "which", "that"})


@dataclass(frozen=True)
class Attribution:
    """The cue of a quotation and the head word of its speaker, with the clause's extent."""

    cue: tuple[int, int]
    verb: Token | None
    speaker: Token | None
    start: int
    end: int
    bare: bool


def is_cue_verb(token: Token, verbs: dict[str, str], kinds: tuple[str, ...] = (SPEECH,)) -> bool:
    """Whether `token` is a verb of saying (or, with `kinds`, of another listed kind)."""
    return token.pos_ in ("VERB", "AUX") and verbs.get(token.lemma_.lower()) in kinds


def context(doc: Doc, start: int, end: int) -> list[Token]:
    """The non-space tokens lying wholly inside the characters [start, end)."""
    span = doc.char_span(start, end, alignment_mode="contract") if start < end else None
    return [t for t in span if not t.is_space] if span is not None else []


def after_quote(tokens: list[Token]) -> list[Token]:
    """The tokens up to and including the first full stop: the rest of the quote's sentence."""
    for index, token in enumerate(tokens):
        if token.text in _SENTENCE_END:
            return tokens[: index + 1]
    return tokens


def before_quote(tokens: list[Token]) -> list[Token]:
    """The tokens after the last full stop: the start of the quote's sentence."""
    for index in range(len(tokens) - 1, -1, -1):
        if tokens[index].text in _SENTENCE_END:
            return tokens[index + 1 :]
    return tokens


def has_words(tokens: list[Token]) -> bool:
    """Whether any token is more than punctuation."""
    return any(not t.is_punct for t in tokens)


def right_attribution(tokens: list[Token], verbs: dict[str, str]) -> Attribution | None:
    """A tag after a quotation (`, he said.`, `, said Mr X of Y.`, `, according to X.`), else None."""
    for index, token in enumerate(tokens[:_MAX_TAG_TOKENS]):
        if _is_according(tokens, index):
            return _according(tokens, index, tokens[-1])
        if is_cue_verb(token, verbs):
            return _verb_tag(token, tokens[:index], tokens[index + 1 :], tokens[-1])
        if token.pos_ in _CLAUSE_POS or token.text in (";", "("):
            return None
    return None


def left_attribution(tokens: list[Token], verbs: dict[str, str], opens_sentence: bool) -> Attribution | None:
    """A tag before a quotation (`X said: "`, `according to X, "`), else None.

    Without a comma or colon before the mark, the cue must come right before it and the quotation must
    open like a sentence (`He said "We ...`).
    """
    if not tokens:
        return None
    last = tokens[-1]
    introduces = opens_sentence and (last.lower_ == "that" or is_cue_verb(last, verbs))
    if last.text not in (",", ":") and not introduces:
        return None
    for index in range(len(tokens) - 1, max(-1, len(tokens) - 1 - _MAX_TAG_TOKENS), -1):
        token = tokens[index]
        if _is_according(tokens, index):
            return _according(tokens, index, last)
        if is_cue_verb(token, verbs):
            return _verb_tag(token, tokens[:index], tokens[index + 1 :], last)
        if token.pos_ in _CLAUSE_POS and token.lower_ != "that":
            return None
    return None


def parse_tag(doc: Doc, start: int, end: int, verbs: dict[str, str]) -> Attribution | None:
    """The cue verb the parser made the head of the quoted words, when the text around is no plain tag.

    This catches tags stretched by long appositions (`"...," Trump, the front-runner in ..., said`).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        head = token.head
        if (head.i < span.start or head.i >= span.end) and is_cue_verb(head, verbs):
            speaker = subject(head)
            if speaker is None or span.start <= speaker.i < span.end:
                return None
            return Attribution(
                cue=(head.idx, head.idx + len(head.text)),
                verb=head,
                speaker=speaker,
                start=min(head.idx, speaker.idx),
                end=max(head.idx + len(head.text), speaker.idx + len(speaker.text)),
                bare=False,
            )
    return None


def subject(verb: Token) -> Token | None:
    """The subject of `verb`, or of the clause a gerund or coordinated verb belongs to ("and added").

    A relative pronoun gives way to the noun it stands for; a participle modifying a noun ("a statement
    saying") has that noun as its speaker.
    """
    for _ in range(_MAX_CLIMB):
        for child in verb.children:
            if child.dep_ in _SUBJECTS:
                if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                    return verb.head
                return child
        if verb.dep_ == "acl" and verb.head.pos_ in _NOMINAL:
            return verb.head
        if verb.dep_ not in _CLIMB_DEPS or verb.head is verb:
            return None
        verb = verb.head
    return None


def dash_tag(doc: Doc, text: str, start: int, end: int) -> Attribution | None:
    """`― Jane Doe` after a quotation: a dash and a name, as under a list of quotations."""
    pos = start
    while pos < end and text[pos].isspace():
        pos += 1
    if pos >= end or text[pos] not in _DASH_CHARS:
        return None
    words = context(doc, pos + 1, end)
    if not words or words[0].pos_ != "PROPN":
        return None
    return Attribution(
        cue=(pos, pos + 1),
        verb=None,
        speaker=_noun_head(words[0]),
        start=pos,
        end=words[-1].idx + len(words[-1].text),
        bare=True,
    )


def _verb_tag(verb: Token, before: list[Token], after: list[Token], last: Token) -> Attribution:
    speaker = subject(verb)
    if speaker is None or not _near(speaker, before, after):
        speaker = _nearest_nominal(_outside_brackets(before)[::-1]) or _nearest_nominal(_outside_brackets(after))
    start = min([verb.idx, *(t.idx for t in before if not t.is_punct)])
    # Only the tag's own words count: dependents inside the quotation are the quoted clause itself.
    low = before[0].i if before else verb.i
    bare = all(c.dep_ in _BARE_DEPS for c in verb.children if low <= c.i <= last.i)
    return Attribution(
        cue=(verb.idx, verb.idx + len(verb.text)),
        verb=verb,
        speaker=speaker,
        start=start,
        end=last.idx + len(last.text),
        bare=bare,
    )


def _near(token: Token, before: list[Token], after: list[Token]) -> bool:
    """Whether the subject the parser found lies in the attribution itself (not inside the quote)."""
    window = [t.i for t in before] + [t.i for t in after]
    return bool(window) and min(window) <= token.i <= max(window)


def _outside_brackets(tokens: list[Token]) -> list[Token]:
    """`tokens` without bracketed asides ("Rep. Jim Jordan (R-Ohio)" -> "Rep. Jim Jordan")."""
    kept = []
    depth = 0
    for token in tokens:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            kept.append(token)
    return kept


def _nearest_nominal(tokens: list[Token]) -> Token | None:
    for token in tokens:
        if token.pos_ in _NOMINAL:
            return _noun_head(token)
        if token.pos_ == "VERB":
            return None
    return None


def _noun_head(token: Token) -> Token:
    """Climb from a word in a name ("Mr", "Vladimir") to the name's head word ("Putin")."""
    while token.dep_ in ("compound", "amod", "det", "poss", "nmod", "flat") and token.head.i > token.i:
        token = token.head
    return token


def _is_according(tokens: list[Token], index: int) -> bool:
    return tokens[index].lower_ == "according" and index + 1 < len(tokens) and tokens[index + 1].lower_ in ("to",)


def _according(tokens: list[Token], index: int, last: Token) -> Attribution:
    to = tokens[index + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    speaker = pobj if pobj is not None else _nearest_nominal(tokens[index + 2 :])
    return Attribution(
        cue=(tokens[index].idx, to.idx + len(to.text)),
        verb=None,
        speaker=speaker,
        start=tokens[index].idx,
        end=last.idx + len(last.text),
        bare=True,
    )
