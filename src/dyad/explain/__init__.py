"""`dyad explain`: why each event of an article was coded, and how its times and places were read."""

from dyad.explain.build import ActorReading, Anchor, EventExplanation, Explanation, explain_article, read_article
from dyad.explain.render import to_text

__all__ = ["ActorReading", "Anchor", "EventExplanation", "Explanation", "explain_article", "read_article", "to_text"]
