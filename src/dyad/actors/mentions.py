"""Find actor mentions in a parsed article and code them for the article's date."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from dyad.model import Mention


def find_mentions(doc: Doc, published: date | None) -> list[Mention]:
    """Every actor mention in `doc`, in text order, coded for the date `published`."""
    return []
