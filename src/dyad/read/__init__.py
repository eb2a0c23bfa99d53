"""Readers: input files -> Articles.

Each reader yields `Article`s, or `Unreadable` items for input records that cannot become an article
(a JSONL line that is not JSON, a record without text); those still give a record with `error` set.
"""

from dyad.read.files import FORMATS, Unreadable, detect_format, read_inputs

__all__ = ["FORMATS", "Unreadable", "detect_format", "read_inputs"]
