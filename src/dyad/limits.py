"""Limits that keep one hostile article from taking a run's time or memory.

Text past `max_chars` characters or about `max_tokens` tokens is cut at the last sentence end before
the limit (with a warning in the record); stretches without white space are broken for the tokenizer;
the parser never sees a sentence longer than MAX_SENTENCE_TOKENS (see nlp.py); an article whose stages
run past `seconds_per_article` gets an error record instead of its findings.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from dyad.errors import ArticleError

_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s|\n\s*\n")
# spaCy's tokenizer takes time quadratic in the length of a stretch without white space (it peels
# prefixes and suffixes one at a time): such stretches are broken with spaces, offsets unchanged.
LONGEST_WORD = 200
_LONG_RUN = re.compile(rf"\S{{{LONGEST_WORD + 1},}}")
# Roughly what the tokenizer will make a token of: a word, or one mark of punctuation.
_TOKENISH = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True)
class Limits:
    """The limits applied to each article."""

    max_chars: int = 100_000
    max_tokens: int = 25_000
    seconds_per_article: float | None = 60.0


DEFAULT_LIMITS = Limits()


@dataclass
class PreparedText:
    """The text handed to the parser and what was done to it."""

    text: str
    warnings: list[str] = field(default_factory=list)


def prepare_text(text: str, limits: Limits) -> PreparedText:
    """`text` cut at a sentence end when it is longer than `limits.max_chars`, long runs broken up."""
    prepared = PreparedText(text)
    limit = min(limits.max_chars, _token_limit(text, limits.max_tokens))
    if len(text) > limit:
        window = text[:limit]
        ends = [m.end() for m in _SENTENCE_END.finditer(window, max(0, limit - 20_000))]
        cut = ends[-1] if ends else limit
        prepared.text = text[:cut]
        prepared.warnings.append(
            f"the article is {len(text):,} characters long; only the first {cut:,} were coded (up to a sentence "
            f"end within the limits of {limits.max_chars:,} characters and about {limits.max_tokens:,} words)"
        )
    runs = [m.span() for m in _LONG_RUN.finditer(prepared.text)]
    if runs:
        prepared.text = _break_runs(prepared.text, runs)
        prepared.warnings.append(
            f"{len(runs)} stretch(es) of more than {LONGEST_WORD} characters without a space were read as "
            "separate words"
        )
    return prepared


def _token_limit(text: str, max_tokens: int) -> int:
    """The offset where the `max_tokens`-th token-like piece of `text` ends (its length when there are fewer)."""
    for count, match in enumerate(_TOKENISH.finditer(text), start=1):
        if count == max_tokens:
            return match.end()
    return len(text)


def _break_runs(text: str, runs: list[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in runs:
        for i in range(start + LONGEST_WORD, end, LONGEST_WORD):
            chars[i] = " "
    return "".join(chars)


class Budget:
    """A time budget for one article's stages; `check` raises ArticleError once it is spent."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.started = time.monotonic()

    def check(self, stage: str) -> None:
        if self.seconds is not None and time.monotonic() - self.started > self.seconds:
            raise ArticleError(f"coding stopped after the {stage} stage: over the time budget of {self.seconds:g} s")
