"""When and where an event happened: the date and the place attached nearest to its trigger."""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from dyad.model import Location, Place, TimeRef

_DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")
_DATELINE_REACH = 400  # a dateline opens the story; later capitals are headings or shouting
_LOCATIVE = frozenset({"in", "at", "near", "outside", "inside"})
# Dependents that start a new clause with its own time and place ("..., who met him in Rome last year").
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "csubj", "parataxis", "acl"})


def _path_up(token: Token) -> list[Token]:
    """`token` and its ancestors, nearest first, stopping where its clause ends."""
    path = [token]
    node = token
    while node.head.i != node.i:
        crossing = node.dep_ in _CLAUSE_DEPS and node.i != token.i
        if crossing:
            break
        node = node.head
        path.append(node)
    return path


def _attachment(trigger: Token, anchor_root: Token) -> int | None:
    """How far up from the trigger the anchor attaches (0 = on the trigger), or None if elsewhere."""
    chain = [trigger, *trigger.ancestors]
    rank = {node.i: position for position, node in enumerate(chain)}
    for node in _path_up(anchor_root):
        if node.i in rank and node.i != anchor_root.i:
            return rank[node.i]
    return None


def _root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def event_date(doc: Doc, trigger: Token, times: Sequence[TimeRef]) -> str | None:
    """The value of the DATE attached nearest to the trigger in its sentence, if one is."""
    sentence = trigger.sent
    best: tuple[int, int, str] | None = None
    for time in times:
        if time.type != "DATE" or not _DATE_VALUE.match(time.value):
            continue
        if not (sentence.start_char <= time.start < sentence.end_char):
            continue
        root = _root(doc, time.start, time.end)
        if root is None:
            continue
        level = _attachment(trigger, root)
        if level is None:
            continue
        key = (level, abs(time.start - trigger.idx), time.value)
        if best is None or key < best:
            best = key
    return best[2] if best else None


def event_place(doc: Doc, trigger: Token, places: Sequence[Place]) -> Location | None:
    """The place named in a locative phrase ("in Genoa") attached nearest to the trigger, if one is."""
    sentence = trigger.sent
    best: tuple[int, int, Location] | None = None
    for place in places:
        if not (sentence.start_char <= place.start < sentence.end_char):
            continue
        root = _root(doc, place.start, place.end)
        if root is None:
            continue
        head = root
        while head.dep_ in ("compound", "conj", "appos") and head.head.i != head.i:
            head = head.head
        if not (head.dep_ == "pobj" and head.head.lower_ in _LOCATIVE):
            continue
        level = _attachment(trigger, head.head)
        if level is None:
            continue
        key = (level, abs(place.start - trigger.idx))
        if best is None or key < best[:2]:
            best = (*key, place.location)
    return best[2] if best else None


def dateline_place(text: str, places: Sequence[Place]) -> Location | None:
    """The place of an all-capitals dateline opening the story ("GAZA CITY, Palestinian Territories: ...")."""
    for place in places:
        if place.start > _DATELINE_REACH:
            break
        line_start = text.rfind("\n", 0, place.start) + 1
        if place.text.isupper() and len(place.text) > 2 and not text[line_start : place.start].strip():
            return place.location
    return None
