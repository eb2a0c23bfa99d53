"""Toponyms found by their wording in the raw text, where the model tagged nothing or something else: the
dateline, counties, legislators' party tags and cities after a locative word."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from dyad.places.span import ToponymSpan, common_words

# Features a lone capitalised name needs to be read as a place without the model's tag: a state or a country.
_WIDE_FEATURES = frozenset({"country", "admin1"})

# "MOSCOW (Reuters) -", "GENOA, Italy, July 22 (AP) --": the place a wire story was filed from.
_DATELINE = re.compile(
    # at the start of a line or sentence, or after a byline's date
    r"(?:\A|(?<=\n)|(?<=[.!?]\s)|(?<=\d\d\d\d ))\s*(?P<place>[A-Z][A-Za-z.'\- ]{1,40}?)"
    r"(?:,\s*[A-Z][A-Za-z.\- ]{1,30}?)?\s*"  # ", Italy"
    r"(?:,\s*\w+\.?\s*\d{1,2}\s*)?"  # ", July 22"
    r"(?:\([^)]{1,40}\)\s*(?:--|-|—|–|:)?|--|-|—|–|:)\s"  # "(Reuters) -", "(AP)", "--"
)

# A dateline opens the story, after the headline at most.
_DATELINE_REACH = 300


def dateline(text: str) -> ToponymSpan | None:
    """The first capitalised place that opens a story line ("TORRINGTON —" after a headline), if any."""
    head = text[:_DATELINE_REACH]
    starts = [0, *(m.start() + 2 for m in re.finditer(r"[.!?]\s", head)), *(m.end() for m in re.finditer("\n", head))]
    starts += [m.end() for m in re.finditer(r"\b(?:19|20)\d\d ", head)]  # after a byline's date
    for pos in sorted(starts):
        m = _DATELINE.match(head, pos)
        if not m or not m["place"].strip().isupper():
            continue
        place = m["place"].strip()
        start = m.start("place") + (len(m["place"]) - len(m["place"].lstrip()))
        return ToponymSpan(place, start, start + len(place), place, "GPE", dateline=True)
    return None


_COUNTY = re.compile(r"\b(?:[A-Z][\w.'-]*\s){1,3}(?:County|Parish)\b")


def counties(text: str, taken: set[int], kinds: Callable[[str], frozenset[str]]) -> list[ToponymSpan]:
    """Known county names wherever they stand, outside `taken`: "the Laurel County Sheriff's Office" names the county.

    The model tags a county inside an organisation's or an event's name as part of that name; "X County"
    hardly ever means anything but the county. The longest known name ending at "County" wins.
    """
    found = []
    for match in _COUNTY.finditer(text):
        words = match[0].split(" ")
        for size in range(len(words), 1, -1):
            name = " ".join(words[-size:])
            if words[-size] in ("The", "THE"):
                continue
            start = match.end() - len(name)
            if "county" in kinds(name) and taken.isdisjoint(range(start, match.end())):
                found.append(ToponymSpan(name, start, match.end(), name, "GPE"))
                taken.update(range(start, match.end()))
                break
    return found


# "Kalena Horhn of Grand Prairie", "a shooting in Euclid": a capitalised name after a locative word.
_AFTER_LOCATIVE = re.compile(r"\b(?:of|in|near|from|outside) ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?)\b(?! [A-Z])")


def entity_chars(ents: tuple[Span, ...]) -> set[int]:
    return {i for ent in ents for i in range(ent.start_char, ent.end_char)}


def untagged(
    text: str, taken: set[int], kinds: Callable[[str], frozenset[str]], city_named: Callable[[str], bool]
) -> list[ToponymSpan]:
    """Cities the model tagged as nothing, after "of", "in", "near", "from" or "outside", outside `taken`.

    Only a city's own name (5,000 people or more) counts, and no everyday word: "in March" is no town.
    """
    found = []
    for match in _AFTER_LOCATIVE.finditer(text):
        name, start, end = match[1], match.start(1), match.end(1)
        if not taken.isdisjoint(range(start, end)) or name.lower() in common_words() or name in _NOT_PLACES:
            continue
        if city_named(name) or kinds(name) & _WIDE_FEATURES:
            found.append(ToponymSpan(name, start, end, name, "GPE"))
            taken.update(range(start, end))
    return found


# Capitalised words after "in" or "of" that name no place: months, days, God.
_NOT_PLACES = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "God",
    ]
)

_NAME = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"

# "Jackson and Barrow counties", "Becker, Clay, Otter Tail and Wilkin counties": each name is a county's.
_COUNTY_LIST = re.compile(rf"\b((?:{_NAME}, )*{_NAME},? (?:and|or|to) {_NAME}) (counties|parishes)\b")


def county_lists(text: str, taken: set[int], kinds: Callable[[str], frozenset[str]]) -> list[ToponymSpan]:
    """The known counties named in a list before "counties" ("Walton and Oconee counties"), outside `taken`."""
    found = []
    for match in _COUNTY_LIST.finditer(text):
        suffix = "County" if match[2] == "counties" else "Parish"
        for name in re.finditer(_NAME, match[1]):
            start, end = match.start(1) + name.start(), match.start(1) + name.end()
            county = f"{name[0]} {suffix}"
            if "county" in kinds(county) and taken.isdisjoint(range(start, end)):
                found.append(ToponymSpan(name[0], start, end, county, "GPE"))
                taken.update(range(start, end))
    return found


# "Rep. Wendell Gilliard, D-Charleston", "D-W. Va.", "DFL-Cook": a legislator's party and home town, county or state.
_PARTY = re.compile(r"\b(?:R|D|I|DFL)-([A-Z][A-Za-z.]*(?: ?[A-Z][A-Za-z.]*)?)")


def party_places(text: str, kinds: Callable[[str], frozenset[str]]) -> list[ToponymSpan]:
    """The home places in American legislators' party tags ("R-Charleston", "D-Ohio", "D-Braxton" for the county)."""
    found = []
    for m in _PARTY.finditer(text):
        name = m[1].rstrip(".") if not kinds(m[1]) and kinds(m[1].rstrip(".")) else m[1]
        if not kinds(name) and "county" in kinds(f"{name} County"):
            found.append(ToponymSpan(name, m.start(1), m.start(1) + len(name), f"{name} County", "GPE"))
        else:
            found.append(ToponymSpan(name, m.start(1), m.start(1) + len(name), name, "GPE"))
    return found
