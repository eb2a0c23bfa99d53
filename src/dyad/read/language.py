"""Which language an article is written in, with py3langid's model (shipped in its package)."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Below these, a guess is too unreliable to turn an article away: short texts and names confuse the model.
MIN_WORDS = 8
MIN_PROBABILITY = 0.9


@dataclass(frozen=True)
class LanguageGuess:
    """An ISO 639-1 language code and the model's probability for it."""

    code: str
    probability: float

    @property
    def name(self) -> str:
        import pycountry

        language = pycountry.languages.get(alpha_2=self.code)
        return language.name if language else self.code


@functools.cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess_language(text: str) -> LanguageGuess:
    """The most likely language of `text` (only its first 5,000 characters are read)."""
    code, probability = _identifier().classify(text[:5000])
    return LanguageGuess(code, float(probability))


def foreign_language(text: str, expected: str = "en") -> LanguageGuess | None:
    """The language of `text` when it is confidently not `expected`, else None."""
    if len(text.split()) < MIN_WORDS:
        return None
    guess = guess_language(text)
    if guess.code == expected or guess.probability < MIN_PROBABILITY:
        return None
    return guess
