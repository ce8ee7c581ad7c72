"""The SQLite corpus store: documents and pages, passages, theme tags and tone."""

from carelead.store.db import Store, open_store

__all__ = ["Store", "open_store"]
