"""Places the model tagged that the gazetteer does not hold: neighbourhoods, rivers, parks and small towns."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from spacy.tokens import Span

from dyad.places.span import PLACE_HEADS, ToponymSpan, common_words, split_entity

# Labels of entities that name a place even when the gazetteer lacks it: a neighbourhood, a river, a park.
_UNKNOWN_LABELS = frozenset({"GPE", "LOC", "FAC"})

# First words that do the same: "Lake Lanier", "Mount Hood", "Fort Benning", "Town of Groton".
_PLACE_FIRSTS = frozenset(["lake", "mount", "mt.", "fort", "port", "town", "village", "isle"])

# Place heads that end organisations' names as often: "the Dallas Independent School District".
_INSTITUTIONAL_HEADS = frozenset(
    ["district", "county", "city", "borough", "parish", "township", "station", "park", "bank", "harbor", "harbour"]
)
# Words before a name the model called a person that show it is a place: "Allison Grodin of Squirrel Hill".
_BEFORE_MISREAD = frozenset({"of", "in", "near", "at", "from", "outside", "into"})
# Words before a lone unknown name that show it is a place: "a home in Harwinton".
_BEFORE_PLACE = frozenset({"in", "near", "outside", "at", "from", "across", "around", "through"})


def unknown_places(
    text: str,
    ents: tuple[Span, ...],
    taken: set[int],
    kinds: Callable[[str], frozenset[str]],
    demonym: Callable[[str], str | None],
    person_words: set[str],
) -> list[ToponymSpan]:
    """Places the model tagged that the gazetteer does not hold, outside `taken`: resolve.py puts them where
    the article's own town is, when it has one.

    The model tags many a person or building as a place too, so a name counts only when its last word is a
    place's ("Squirrel Hill", "the Neches River") or, for a town or region, when "in", "near" or the like comes
    before it ("a home in Harwinton"); no word of it may be part of a person's name in the article.
    """
    found = []
    for ent in ents:
        # a short name the model called a person or organisation may still be a place by its words and the
        # preposition before it ("Allison Grodin of Squirrel Hill", "cleaning the banks of the Kanawha River")
        misread = ent.label_ in ("PERSON", "ORG") and len(ent) <= 3
        if ent.label_ not in _UNKNOWN_LABELS and not misread:
            continue
        before = ent.doc[ent.start - 1].lower_ if ent.start > 0 else ""
        for part in split_entity(text, ent.start_char, ent.end_char, ent.label_):
            name = part.name
            if not taken.isdisjoint(range(part.start, part.end)) or kinds(name) or demonym(name):
                continue
            if not name[:1].isupper() or (name.isupper() and len(name) <= 5) or name.lower() in common_words():
                continue
            if name.split()[-1].lower() in ("of", "the", "and", "for", "in", "at", "on", "to"):
                continue  # "the City of" is a name cut short
            words = name.lower().split()
            if person_words.intersection(words):
                continue
            placed = len(words) > 1 and (words[-1] in PLACE_HEADS or words[0] in _PLACE_FIRSTS)
            if misread and not (placed and words[-1] not in _INSTITUTIONAL_HEADS and before in _BEFORE_MISREAD):
                continue
            if placed or (ent.label_ in ("GPE", "LOC") and before in _BEFORE_PLACE and part.start == ent.start_char):
                found.append(dataclasses.replace(part, known=False))
                taken.update(range(part.start, part.end))
    return found
