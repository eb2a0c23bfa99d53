"""Scoring actor coding of short phrases: country accuracy and sector accuracy.

A case checks only what its gold states: the country ("" meaning "no country"), the first sector, or
that the phrase is no actor at all. A predicted country also counts when the gold names an
organisation's code that dyad writes inside the actor code instead ("UNO" in "IGOUNO"). The gold
sector "UNK" (unknown) accepts a prediction without a sector.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from dyad.evaluate.report import ErrorItem, Scored, ratio
from dyad.model import Mention


@dataclass(frozen=True)
class ActorCase:
    """A gold phrase and what its actor should be; None means "not checked"."""

    id: str
    phrase: str
    country: str | None = None
    sectors: tuple[str, ...] | None = None
    expect_none: bool = False


@dataclass(frozen=True)
class ActorGuess:
    """The actor the system gave the phrase."""

    code: str
    country: str | None
    sector: str | None


def phrase_actor(doc: Doc, mentions: Sequence[Mention]) -> Mention | None:
    """The mention that is the phrase's actor: the one nearest the phrase's syntactic head, then the longest.

    "the President of the United States" is the president, "Muslim leaders in France" the leaders.
    """
    best: tuple[int, int, int] | None = None
    chosen: Mention | None = None
    for mention in mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        depth = min((_depth(token) for token in span), default=99) if span is not None else 99
        key = (depth, -(mention.end - mention.start), mention.start)
        if best is None or key < best:
            best, chosen = key, mention
    return chosen


def _depth(token: Token) -> int:
    steps = 0
    while token.head.i != token.i and steps < 50:
        token, steps = token.head, steps + 1
    return steps


def country_correct(case: ActorCase, guess: ActorGuess | None) -> bool:
    """Whether the guessed country is the gold one ("" in the gold wants no country)."""
    expected = (case.country or "").upper()
    if guess is None:
        return expected == ""
    if (guess.country or "").upper() == expected:
        return True
    if guess.country is None and expected:
        return expected in _chunks(guess.code)
    return False


def sector_correct(case: ActorCase, guess: ActorGuess | None) -> bool:
    """Whether the guessed first sector is one the gold accepts."""
    accepted = {s.upper() for s in case.sectors or ()}
    got = (guess.sector or "").upper() if guess else ""
    if not got:
        return bool(accepted & {"", "UNK"})
    return got in accepted


def score_actors(cases: Sequence[ActorCase], guesses: Sequence[ActorGuess | None]) -> Scored:
    """Country, sector and no-actor accuracy over the cases that check each."""
    if len(cases) != len(guesses):
        raise ValueError("one guess is needed per case")
    totals = {"country": [0, 0], "sector": [0, 0], "none": [0, 0]}
    errors: list[ErrorItem] = []
    for case, guess in zip(cases, guesses, strict=True):
        checks: dict[str, bool] = {}
        if case.expect_none:
            checks["none"] = guess is None
        if case.country is not None:
            checks["country"] = country_correct(case, guess)
        if case.sectors is not None:
            checks["sector"] = sector_correct(case, guess)
        for name, ok in checks.items():
            totals[name][0] += ok
            totals[name][1] += 1
        failed = [name for name, ok in checks.items() if not ok]
        if failed:
            wanted = f"country={case.country!r} sector={case.sectors!r} none={case.expect_none}"
            got = guess.code if guess else "no actor"
            errors.append(
                ErrorItem(len(failed), case.id, case.phrase, f"wrong {'+'.join(failed)}: {wanted}, dyad {got}")
            )
    metrics: dict[str, float | int] = {"phrases": len(cases), "coded": sum(g is not None for g in guesses)}
    for name, (right, checked) in totals.items():
        metrics[f"{name}.accuracy"] = round(ratio(right, checked), 4)
        metrics[f"{name}.n"] = checked
    return Scored(metrics, errors)


def _chunks(code: str) -> set[str]:
    code = code.upper()
    return {code[i : i + 3] for i in range(0, len(code), 3)}
