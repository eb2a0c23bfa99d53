"""A quotation while it is being found, before it becomes a model.Quote."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dyad.model import QuoteType


@dataclass
class Draft:
    """Content segments, type, cue and speaker head word of one quotation in the making."""

    segments: list[tuple[int, int]]
    type: QuoteType
    speaker: Token | None = None
    cue: tuple[int, int] | None = None
    paragraphs: tuple[int, int] = (0, 0)

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]
