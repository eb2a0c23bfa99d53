"""A piece of text that may name a place, and the word lists the span finders share."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources


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
    known: bool = True  # False: a place the model tagged that the gazetteer does not hold ("Squirrel Hill")
    local: bool = False  # worded as a town's: "Lebanon police", "a Palestine man", "400 Locust St., Lebanon"


@functools.cache
def institution_heads() -> frozenset[str]:
    """Words that follow a place in a local institution's name (data/places/institution_words.txt)."""
    text = resources.files("dyad").joinpath("data/places/institution_words.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


@functools.cache
def common_words() -> frozenset[str]:
    """Capitalised words that are no place in news (data/places/common_words.txt)."""
    text = resources.files("dyad").joinpath("data/places/common_words.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def split_entity(text: str, start: int, end: int, label: str) -> list[ToponymSpan]:
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


# Last words that make a name a place's: "the Neches River", "Squirrel Hill", "Readington Township", "Greer Station".
PLACE_HEADS = frozenset({
    "river", "creek", "lake", "lakes", "hill", "hills", "park", "valley", "township", "heights", "island",
    "islands", "mountain", "mountains", "bay", "sound", "canyon", "springs", "falls", "beach", "point", "harbor",
    "harbour", "square", "village", "side", "bank", "ridge", "forest", "gap", "station", "estates", "prairie",
    "grove", "cove", "woods", "plains", "peak", "glen", "meadow", "meadows", "reservoir", "borough", "parish",
    "district", "city", "colony", "twp.", "county"
})  # fmt: skip


# What a local paper writes right after its own town's name: its police, council, schools and people.
_TOWN_AFTER = re.compile(
    r"[’']?s? (?:[Pp]olice|City (?:Council|Hall|Manager|Commission|Schools?)|[Cc]ity [Cc]ouncil"
    r"|Fire (?:Department|Chief)|[Mm]ayor|(?:High|Middle|Elementary) School|Independent School District"
    r"|[Tt]ownship|man|woman|boy|girl|teen|residents?)\b"
)
# A street address or "City of" just before it: "508 Cumberland St., Lebanon", "the City of Oxford".
_TOWN_BEFORE = re.compile(
    r"(?:\b(?:St|Ave|Rd|Dr|Blvd|Road|Street|Avenue|Drive|Lane|Ln)\.?,|\b[Cc]ity of|\b[Tt]own of) $"
)


def worded_as_town(text: str, start: int, end: int) -> bool:
    """Whether the words around text[start:end] are those a paper uses of a town: "Lebanon police",
    "a Palestine man", "Memphis St., Alexandria", "the City of Oxford"."""
    return bool(_TOWN_AFTER.match(text, end)) or bool(_TOWN_BEFORE.search(text, max(0, start - 12), start))
