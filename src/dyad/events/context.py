"""What the events stage receives from the stages before it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dyad.model import Mention, Place, Quote, TimeRef


@dataclass(frozen=True)
class EventContext:
    """The article's actors, quotes, times and places, and its publication date."""

    mentions: list[Mention]
    quotes: list[Quote]
    times: list[TimeRef]
    places: list[Place]
    published: date | None
