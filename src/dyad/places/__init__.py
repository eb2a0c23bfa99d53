"""Toponyms resolved to GeoNames places.

spans (NER entities, actor mentions, the dateline, wording in the raw text) -> gazetteer candidates -> one
place each, chosen by population, feature type, the article's frame (the country its wording is written for)
and what else the article names
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyad.model import Mention, Place
from dyad.places.candidates import toponym_spans
from dyad.places.frame import home_country, phone_states, wording_states
from dyad.places.gazetteer import gazetteer
from dyad.places.resolve import resolve_all

__all__ = ["find_places"]


def find_places(doc: Doc, mentions: list[Mention]) -> list[Place]:
    """Every toponym in `doc` that resolves to a GeoNames place, in text order."""
    gaz = gazetteer()
    spans = toponym_spans(doc, mentions, gaz.features, gaz.demonym_place, gaz.city_named, gaz.big_city)
    text = doc.text
    places = []
    for span, location in zip(
        spans, resolve_all(spans, gaz, home_country(text), (*phone_states(text), *wording_states(text))), strict=True
    ):
        if location is not None:
            places.append(Place(text=span.text, start=span.start, end=span.end, location=location))
    return places
