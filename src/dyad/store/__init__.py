"""The embedded DuckDB store: schema, idempotent writes and queries."""

from dyad.store.database import Store, open_store

__all__ = ["Store", "open_store"]
