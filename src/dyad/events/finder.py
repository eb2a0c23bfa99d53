"""Find the events each sentence reports."""

from __future__ import annotations

from spacy.tokens import Doc

from dyad.events.context import EventContext
from dyad.model import Event


def find_events(doc: Doc, context: EventContext) -> list[Event]:
    """Every event in `doc`, in text order."""
    return []
