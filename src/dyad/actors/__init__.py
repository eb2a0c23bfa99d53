"""Actors: mentions of people, governments, groups and places-as-actors, coded CAMEO-style."""

from dyad.actors.mentions import find_mentions

__all__ = ["find_mentions"]
