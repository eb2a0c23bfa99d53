"""Group dictionary hits and unknown PERSON names into phrases: the words that describe one actor.

Dictionary hits and the model's PERSON entities that stand next to each other (joined only by a
possessive or a modifier such as "senior") form a phrase: "Russian President Vladimir Putin",
"the Iraqi foreign minister", "Russia's ambassador", "Moscow police".
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyad.actors.matcher import Hit

NAME_KINDS = frozenset({"country", "capital", "demonym", "people", "org", "city"})
STANCE = frozenset({"pro", "anti"})
GLUE = frozenset({"'s", "’s", "'", "’", "-"})
MODIFIERS = frozenset(
    {"top", "senior", "acting", "deputy", "then", "interim", "new", "local", "state", "federal", "current",
     "outgoing", "incoming", "veteran", "leading", "prominent", "vice", "visiting", "exiled", "late"}
)  # fmt: skip


# Bodies a person can own: "Suharto's government" is the state's government, not Suharto himself.
OWNED_BODIES = frozenset(
    {"government", "administration", "regime", "cabinet", "junta", "army", "forces", "troops", "party", "police"}
)


@dataclass(frozen=True)
class Item:
    """One piece of a phrase: a dictionary hit, or a PERSON name the dictionary does not know."""

    start: int
    end: int
    kind: str  # a Hit kind, or "name"
    key: str


def _strip_title(start: int, end: int, hits: list[Hit]) -> tuple[int, int]:
    """Leave out the title the model sometimes includes in a name ("Russian President", "US Senator", "Mr")."""
    inside = [h for h in hits if start <= h.start < end]
    for number, hit in enumerate(inside):
        if hit.start != start:
            break
        title_word = hit.kind in ("role", "demonym", "people")
        before_title = (
            hit.kind in ("country", "capital") and number + 1 < len(inside) and inside[number + 1].kind == "role"
        )
        if not (title_word or before_title) or hit.end >= end:
            break
        start = hit.end
    return start, end


def _stance(doc: Doc, hit: Hit) -> bool:
    """Whether a country word is a stance, not a nationality: "pro-Russian separatists", "anti-American"."""
    return hit.start >= 2 and doc[hit.start - 1].text == "-" and doc[hit.start - 2].lower_ in STANCE


def _negated(doc: Doc, hit: Hit) -> bool:
    """Whether a word is negated into everyone else: "non-Muslims", "non-Afghan staff"."""
    return hit.start >= 2 and doc[hit.start - 1].text == "-" and doc[hit.start - 2].lower_ == "non"


def items_of(doc: Doc, hits: list[Hit]) -> list[Item]:
    """Dictionary hits plus unknown PERSON entities, without overlaps, in text order."""
    kept = {
        (h.start, h.end): h for h in hits if not (h.kind in NAME_KINDS and _stance(doc, h)) and not _negated(doc, h)
    }
    names: list[Item] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        start, end = _strip_title(ent.start, ent.end, hits)
        while end > start and doc[end - 1].lower_ in GLUE:
            end -= 1
        inside = [h for h in kept.values() if h.start < end and start < h.end]
        if start >= end or any(h.start == start and h.end == end for h in inside):
            continue  # the dictionary knows this name (or the model calls a country a person)
        if any(h.kind == "org" or h.start < start or h.end > end for h in inside):
            continue
        if sum(h.kind == "person" for h in inside) > 1:
            continue  # "Putin Bush": two known people the model ran together
        # a longer name around a known one is someone else: "Jordan" in "Michael Jordan",
        # "Kerry" in "Kerry Packer", "Bush" in "Jeb Bush"
        for hit in inside:
            del kept[(hit.start, hit.end)]
        names.append(Item(start, end, "name", doc[start:end].text))
    items = [Item(h.start, h.end, h.kind, h.key) for h in kept.values()] + names
    return sorted(items, key=lambda i: i.start)


class Sentences:
    """Where each sentence of a doc starts, to find the sentence holding a token quickly."""

    def __init__(self, doc: Doc) -> None:
        self.starts = [s.start for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
        self.length = len(doc)

    def of(self, index: int) -> tuple[int, int]:
        """(start, end) tokens of the sentence holding token `index`; the whole doc when it has no sentences."""
        number = bisect_right(self.starts, index) - 1
        end = self.starts[number + 1] if number + 1 < len(self.starts) else self.length
        return self.starts[number], end


def _led(token: Token) -> bool:
    """Whether `token` is the "led" of "US-led troops" (troops a country leads are its own)."""
    return token.lower_ == "led" and token.i > 0 and token.nbor(-1).text == "-"


def _modifies(token: Token, item: Item) -> bool:
    """Whether `token` is a word modifying the item after it ("Kurdish" in "Iraqi Kurdish officials"), also
    through the other modifiers ("foreign policy" in "EU foreign policy chief")."""
    for _ in range(3):
        if not token.is_alpha or token.pos_ not in ("ADJ", "PROPN", "NOUN") or token.tag_.startswith("VB"):
            return False  # not "backed" in "US-backed rebels": the backer is another actor
        if token.dep_ not in ("amod", "compound", "nmod") or token.head.i <= token.i:
            return False
        if item.start <= token.head.i < item.end:
            return True
        token = token.head
    return False


def phrases(doc: Doc, items: list[Item], sentences: Sentences) -> list[list[Item]]:
    """Group items that form one phrase: adjacent, or joined only by a possessive or by modifiers of the next item."""
    groups: list[list[Item]] = []
    for item in items:
        if groups:
            last = groups[-1][-1]
            between = doc[last.end : item.start]
            same_sentence = sentences.of(last.end - 1) == sentences.of(item.start)
            joined = all(t.lower_ in GLUE or t.lower_ in MODIFIERS or _led(t) or _modifies(t, item) for t in between)
            if same_sentence and joined and not _owned_body(doc, last, item):
                groups[-1].append(item)
                continue
        groups.append([item])
    return groups


def _owned_body(doc: Doc, owner: Item, item: Item) -> bool:
    """Whether `item` is a body a person owns ("Suharto's government"): a phrase of its own, whose country the
    possessor gives."""
    possessive = doc[owner.end : item.start].text in ("'s", "’s")
    return possessive and owner.kind in ("person", "name") and item.kind == "role" and item.key in OWNED_BODIES
