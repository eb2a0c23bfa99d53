"""Reported speech from the parse: indirect quotes (`X said (that) CLAUSE`, `according to X`) and mixed ones.

The content is the clause the cue governs (its clausal complement, or for "according to" the clause
it is attached to). A clause holding quotation marks is a mixed quote; so is the rest of a sentence
whose cue governs a quoted phrase (`He called the plan "a dangerous mistake"`), and an object cast
`as` a quoted phrase (`pounding Trump as a "con artist"`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from dyad.model import QuoteType
from dyad.quotes import attribution as attr
from dyad.quotes.draft import Draft
from dyad.quotes.lexicon import SPEECH, STANCE
from dyad.quotes.marks import Quoted, is_title, that_before

_MIN_TOKENS = 3
_MAX_CLIMB = 6
_EDGE_SKIP = frozenset({"mark", "punct", "cc"})
_NOT_CONTENT = frozenset({"punct", "cc", "conj", "advcl", "nsubj", "nsubjpass", "aux", "auxpass", "neg", "mark"})
# What a cue's object may be made of ("urged Congress to act", "called for a ban", "cited the report").
_OBJECT_DEPS = frozenset({"dobj", "xcomp", "oprd", "dative", "attr", "acomp"})
_OBJECT_PREPS = frozenset({"for", "on", "about", "against", "to"})
_DIRECT_SHARE = 0.9
# Quotation marks stay at the edges of mixed content, as part of what was quoted.
_MARK_TOKENS = frozenset({'"', "“", "”", "''", "``", "„", "«", "»"})
_MARK_CHARS = frozenset("\"“”„«»'`")


def reported_quotes(
    doc: Doc, text: str, verbs: dict[str, str], quoted: list[Quoted], taken: list[Draft]
) -> list[Draft]:
    """Indirect and mixed quotations whose cue is not already the tag of a direct quotation.

    `text` is the Doc's text. Names and titles in marks ("told MSNBC's "Morning Joe"") do not make a
    quote of what a cue governs; they still count as marks when a quote is typed.
    """
    in_quotes = _mask(len(text), [seg for q in quoted for seg in q.segments])
    said = [q for q in quoted if not is_title(text, q)]
    in_said = _mask(len(text), [seg for q in said for seg in q.segments])
    in_drafts = _mask(len(text), [seg for d in taken for seg in d.segments])
    used = {d.cue for d in taken if d.cue is not None}
    found: list[Draft] = []
    for token in doc:
        if in_quotes[token.idx] or (token.idx, token.idx + len(token.text)) in used:
            continue
        if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            draft = _according(token, doc[token.i + 1])
        elif attr.is_cue_verb(token, verbs, (SPEECH, STANCE)):
            draft = (
                _complement(token) or _parenthetical(token) or _object(token, in_said, verbs) or _passive(token, verbs)
            )
        else:
            continue
        if draft is None or any(in_drafts[draft.start : draft.end]):
            continue
        _settle_type(draft, in_quotes, text)
        found.append(draft)
        for start, end in draft.segments:
            in_drafts[start:end] = b"\x01" * (end - start)
    for q in said:
        if any(in_drafts[q.start : q.end]):
            continue
        draft = _governed(doc, q, verbs) or _cast_as(doc, q)
        if draft is not None and not any(in_drafts[draft.start : draft.end]):
            _settle_type(draft, in_quotes, text)
            found.append(draft)
            for start, end in draft.segments:
                in_drafts[start:end] = b"\x01" * (end - start)
    return sorted(found, key=lambda d: (d.start, d.end))


def _governed(doc: Doc, q: Quoted, verbs: dict[str, str]) -> Draft | None:
    """A quoted phrase deep inside what a cue governs (`told them to "go and vote"`): the cue's branch."""
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    branch = span[0]
    for _ in range(_MAX_CLIMB):
        head = branch.head
        if head is branch:
            return None
        if head.i < span[0].i and attr.is_cue_verb(head, verbs) and branch.dep_ not in _NOT_CONTENT - {"advcl", "conj"}:
            return _draft(doc, branch.left_edge.i, branch.right_edge.i, head, attr.subject(head))
        branch = head
    return None


def _cast_as(doc: Doc, q: Quoted) -> Draft | None:
    """`She has been pounding Trump as a "con artist"`: someone cast as what the marks quote.

    The words in marks are the subject's, whatever the verb; the content runs from the object to the
    end of the `as` phrase.
    """
    span = doc.char_span(q.start, q.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    prep = span.root.head
    if prep.lower_ != "as" or prep.dep_ != "prep" or span.start <= prep.i < span.end:
        return None
    verb = prep.head
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i]
    if verb.pos_ != "VERB" or not objects:
        return None
    speaker = attr.subject(verb)
    if speaker is None or speaker.i > verb.i:
        return None
    return _draft(doc, objects[0].left_edge.i, prep.right_edge.i, verb, speaker)


def _complement(verb: Token) -> Draft | None:
    """`X said (that) CLAUSE`: the clausal complement of the cue, on one side of it."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if not clauses:
        return None
    right = [c for c in clauses if c.i > verb.i]
    clauses = right or clauses[-1:]
    first = min(c.left_edge.i for c in clauses)
    last = max(c.right_edge.i for c in clauses)
    return _draft(verb.doc, first, last, verb, attr.subject(verb))


def _parenthetical(verb: Token) -> Draft | None:
    """`The plan, he said, is dead`: the clause around a tag the parser attached to that clause."""
    head = verb.head
    if verb.dep_ != "parataxis" or head is verb or head.pos_ not in ("VERB", "AUX"):
        return None
    skip = {t.i for t in verb.subtree}
    segments = _runs([t for t in head.subtree if t.i not in skip])
    if not segments:
        return None
    return Draft(segments, "indirect", attr.subject(verb), (verb.idx, verb.idx + len(verb.text)))


def _object(verb: Token, in_quotes: bytearray, verbs: dict[str, str]) -> Draft | None:
    """`He called the plan "a dangerous mistake"`, `Trump urged supporters to vote`: what follows the cue.

    Only verbs of saying take an object as content; verbs of thinking need a clause, unless the object
    holds a quotation.
    """
    doc = verb.doc
    wide = [c for c in verb.rights if c.dep_ not in _NOT_CONTENT]
    if wide:
        start = wide[0].left_edge.idx
        end = wide[-1].right_edge.idx + len(wide[-1].right_edge.text)
        if any(in_quotes[start:end]):
            return _draft(doc, wide[0].left_edge.i, wide[-1].right_edge.i, verb, attr.subject(verb))
    if verbs.get(verb.lemma_.lower()) != SPEECH:
        return None
    rights = [c for c in verb.rights if c.dep_ in _OBJECT_DEPS or (c.dep_ == "prep" and c.lower_ in _OBJECT_PREPS)]
    if not rights:
        return None
    return _draft(doc, rights[0].left_edge.i, rights[-1].right_edge.i, verb, attr.subject(verb))


def _passive(verb: Token, verbs: dict[str, str]) -> Draft | None:
    """`A curfew was announced by the mayor`: the passive subject of a verb of saying, its agent speaking."""
    if verbs.get(verb.lemma_.lower()) != SPEECH or not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    said = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if said is None:
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    speaker = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return _draft(verb.doc, said.left_edge.i, said.right_edge.i, verb, speaker)


def _according(according: Token, to: Token) -> Draft | None:
    """`CLAUSE, according to X`: the clause the phrase is attached to, without the phrase."""
    head = according.head
    if head is according or head.pos_ not in ("VERB", "AUX"):
        return None
    skip = {t.i for t in according.subtree}
    tokens = [t for t in head.subtree if t.i not in skip]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    segments = _runs(tokens)
    if not segments:
        return None
    return Draft(segments, "indirect", pobj, (according.idx, to.idx + len(to.text)))


def _draft(doc: Doc, first: int, last: int, verb: Token, speaker: Token | None) -> Draft | None:
    while first <= last and (_edge(doc[first]) or (doc[first].dep_ in _EDGE_SKIP and not _is_mark(doc[first]))):
        first += 1
    while last >= first and _edge(doc[last]):
        last -= 1
    marks = [t.i for t in doc[first : last + 1] if _is_mark(t)]
    if len(marks) % 2 and last + 1 < len(doc) and _is_mark(doc[last + 1]):
        last += 1  # keep the closing mark of a quotation the parse left outside
    if last - first + 1 < _MIN_TOKENS or first <= verb.i <= last:
        return None
    if speaker is not None and first <= speaker.i <= last:
        return None
    start, end = doc[first].idx, doc[last].idx + len(doc[last].text)
    return Draft([(start, end)], "indirect", speaker, (verb.idx, verb.idx + len(verb.text)))


def _runs(tokens: list[Token]) -> list[tuple[int, int]]:
    """Contiguous runs of tokens as character spans, trimmed of punctuation at their edges."""
    runs: list[list[Token]] = []
    for token in tokens:
        if runs and token.i == runs[-1][-1].i + 1:
            runs[-1].append(token)
        else:
            runs.append([token])
    spans = []
    for run in runs:
        words = [t for t in run if not t.is_space]
        while words and _edge(words[0]):
            words.pop(0)
        while words and _edge(words[-1]):
            words.pop()
        if len(words) >= _MIN_TOKENS:
            spans.append((words[0].idx, words[-1].idx + len(words[-1].text)))
    return spans


def _is_mark(token: Token) -> bool:
    return token.text in _MARK_TOKENS


def _edge(token: Token) -> bool:
    """Whether `token` is trimmed from the edge of a content span: space, or punctuation but a quote mark."""
    return token.is_space or (token.is_punct and not _is_mark(token))


def _settle_type(draft: Draft, in_quotes: bytearray, text: str) -> None:
    """Type the draft by its quotation marks; a direct quote's content leaves the marks out.

    Quoted words after `that` (`said that "..."`) are reported speech: mixed, with `that` in the content.
    """
    draft.type = _type(draft, in_quotes)
    that = that_before(text, draft.start) if len(draft.segments) == 1 else None
    if draft.type == "direct" and that is not None and text[draft.start] in _MARK_CHARS:
        end = draft.end
        while end < len(text) and text[end] in ".,!?…":
            end += 1
        closed = end < len(text) and text[end] in _MARK_CHARS
        draft.type = "mixed"
        draft.segments = [(that, end + 1 if closed else draft.end)]
    elif draft.type == "direct":
        draft.segments = [_unmarked(text, s, e) for s, e in draft.segments]


def _unmarked(text: str, start: int, end: int) -> tuple[int, int]:
    low, high = start, end
    while low < high and (text[low] in _MARK_CHARS or text[low].isspace()):
        low += 1
    while high > low and (text[high - 1] in _MARK_CHARS or text[high - 1].isspace()):
        high -= 1
    return (low, high) if low < high else (start, end)


def _type(draft: Draft, in_quotes: bytearray) -> QuoteType:
    covered = sum(sum(in_quotes[s:e]) for s, e in draft.segments)
    length = sum(e - s for s, e in draft.segments)
    if covered == 0:
        return "indirect"
    return "direct" if covered >= _DIRECT_SHARE * length else "mixed"


def _mask(size: int, spans: list[tuple[int, int]]) -> bytearray:
    """One byte per character, 1 inside any of `spans`."""
    mask = bytearray(size + 1)
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask
