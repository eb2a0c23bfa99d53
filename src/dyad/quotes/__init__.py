"""Quotations and their speakers: direct quotes from quotation marks, mixed and indirect from the parse."""

from __future__ import annotations

from spacy.tokens import Doc

from dyad.model import Mention, Quote


def find_quotes(doc: Doc, mentions: list[Mention]) -> list[Quote]:
    """Every quotation in `doc`, in text order, with its speaker resolved through `mentions`."""
    return []
