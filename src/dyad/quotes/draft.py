"""A quotation while it is being found, before it becomes a model.Quote."""

from __future__ import annotations

from dataclasses import dataclass, field

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
    continued: bool = field(default=False)

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]

    def overlaps(self, start: int, end: int) -> int:
        """How many characters of [start, end) the draft's segments cover."""
        return sum(max(0, min(end, e) - max(start, s)) for s, e in self.segments)
