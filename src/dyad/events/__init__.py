"""Events: CAMEO-coded events from the dependency parse."""

from dyad.events.context import EventContext
from dyad.events.finder import find_events

__all__ = ["EventContext", "find_events"]
