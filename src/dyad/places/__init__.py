"""Toponyms resolved to GeoNames places.

spans (NER GPE/LOC/FAC, actor mentions, the dateline) -> gazetteer candidates -> one place each,
chosen by population, feature type and what else the article names
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyad.model import Mention, Place
from dyad.places.candidates import toponym_spans
from dyad.places.gazetteer import gazetteer
from dyad.places.resolve import resolve_all

__all__ = ["find_places"]


def find_places(doc: Doc, mentions: list[Mention]) -> list[Place]:
    """Every toponym in `doc` that resolves to a GeoNames place, in text order."""
    gaz = gazetteer()
    spans = toponym_spans(doc, mentions, gaz.features, gaz.demonym_place, gaz.city_named)
    places = []
    for span, location in zip(spans, resolve_all(spans, gaz), strict=True):
        if location is not None:
            places.append(Place(text=span.text, start=span.start, end=span.end, location=location))
    return places
