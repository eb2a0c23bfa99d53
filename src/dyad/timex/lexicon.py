"""The words of temporal expressions, read once from `data/time/lexicon.json`."""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources


@dataclass(frozen=True)
class Lexicon:
    """Word tables for the temporal tagger."""

    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, float]
    vague_numbers: frozenset[str]
    ordinals: dict[str, int]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    references: dict[str, str]
    set_adverbs: dict[str, str]
    holidays: dict[str, tuple[int, int]]


@functools.cache
def lexicon() -> Lexicon:
    """The packaged lexicon."""
    raw = json.loads(resources.files("dyad").joinpath("data/time/lexicon.json").read_text(encoding="utf-8"))
    return Lexicon(
        months=raw["months"],
        weekdays=raw["weekdays"],
        numbers=raw["numbers"],
        vague_numbers=frozenset(raw["vague_numbers"]),
        ordinals=raw["ordinals"],
        seasons=raw["seasons"],
        parts_of_day=raw["parts_of_day"],
        references=raw["references"],
        set_adverbs=raw["set_adverbs"],
        holidays={k: (v[0], v[1]) for k, v in raw["holidays"].items()},
    )


def alternation(words: object) -> str:
    """A regex alternation of `words`, longest first, spaces matching any run of spaces."""
    ordered = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def parse_number(text: str) -> float | None:
    """`"twenty four"` -> 24, `"3"` -> 3, `"2 1/2"` -> 2.5, `"several"` -> None (unknown)."""
    lex = lexicon()
    words = re.sub(r"[\s-]+", " ", text.lower()).strip()
    if not words or words in lex.vague_numbers:
        return None
    if words in lex.numbers:
        return lex.numbers[words]
    words = words.replace(",", "")
    fraction = re.fullmatch(r"(\d+) (\d)/(\d)", words)
    if fraction:
        return int(fraction[1]) + int(fraction[2]) / int(fraction[3])
    if re.fullmatch(r"\d+(\.\d+)?", words):
        return float(words)
    total = 0.0
    for word in words.split(" "):
        if word == "and":
            continue
        value = lex.numbers.get(word)
        if value is None:
            return None
        if value == 100:
            total = (total or 1) * 100
        else:
            total += value
    return total
