"""Limits that keep one hostile article from taking a run's time or memory.

Text past `max_chars` is cut at the last sentence end before the limit (with a warning in the record);
the parser never sees a sentence longer than `max_sentence_tokens` (see nlp.py); an article whose
stages run past `seconds_per_article` gets an error record instead of its findings.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from dyad.errors import ArticleError

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s|\n\s*\n")


@dataclass(frozen=True)
class Limits:
    """The limits applied to each article."""

    max_chars: int = 100_000
    seconds_per_article: float | None = 60.0


DEFAULT_LIMITS = Limits()


@dataclass
class PreparedText:
    """The text handed to the parser and what was done to it."""

    text: str
    warnings: list[str] = field(default_factory=list)


def prepare_text(text: str, limits: Limits) -> PreparedText:
    """`text`, cut at a sentence end when it is longer than `limits.max_chars`."""
    if len(text) <= limits.max_chars:
        return PreparedText(text)
    window = text[: limits.max_chars]
    ends = [m.end() for m in _SENTENCE_END.finditer(window, max(0, limits.max_chars - 20_000))]
    cut = ends[-1] if ends else limits.max_chars
    warning = (
        f"the article is {len(text):,} characters long; only the first {cut:,} (up to a sentence end "
        f"within the limit of {limits.max_chars:,}) were coded"
    )
    return PreparedText(text[:cut], [warning])


class Budget:
    """A time budget for one article's stages; `check` raises ArticleError once it is spent."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.started = time.monotonic()

    def check(self, stage: str) -> None:
        if self.seconds is not None and time.monotonic() - self.started > self.seconds:
            raise ArticleError(f"coding stopped after the {stage} stage: over the time budget of {self.seconds:g} s")
