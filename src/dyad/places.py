"""Toponyms resolved to GeoNames places."""

from __future__ import annotations

from spacy.tokens import Doc

from dyad.model import Mention, Place


def find_places(doc: Doc, mentions: list[Mention]) -> list[Place]:
    """Every toponym in `doc` that resolves to a GeoNames place, in text order."""
    return []
