"""dyad: political event data from news.

>>> import dyad
>>> record = dyad.code("Russia condemned the strike.", published="2024-03-01")
"""

from dyad.model import Actor, Article, Entity, Event, Location, Participant, Place, Quote, Record, Speaker, TimeRef
from dyad.pipeline import Pipeline, code

__version__ = "0.1.0"

__all__ = [
    "Actor",
    "Article",
    "Entity",
    "Event",
    "Location",
    "Participant",
    "Pipeline",
    "Place",
    "Quote",
    "Record",
    "Speaker",
    "TimeRef",
    "__version__",
    "code",
]
