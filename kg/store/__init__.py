"""Storage: an embedded on-disk Oxigraph by default, any SPARQL 1.1 endpoint by URL.

Nothing else in the package touches storage. Both stores offer the same methods
(``replace_graph``, ``query``, ``construct``, ``graph``, ``graphs``, ``dump``,
``graph_value``, ``flush``, ``len``), so the pipeline, the queries and the CLI
never ask which one they hold.
"""

from __future__ import annotations

from pathlib import Path

from kg.store.base import DEFAULT_STORE, QueryResult, store_location
from kg.store.embedded import Store
from kg.store.remote import RemoteStore

__all__ = [
    "DEFAULT_STORE",
    "AnyStore",
    "QueryResult",
    "RemoteStore",
    "Store",
    "open_store",
    "store_location",
]

AnyStore = Store | RemoteStore


def open_store(location: str | Path | None, *, read_only: bool = False) -> AnyStore:
    """A folder path opens the embedded store; an http(s) URL a remote SPARQL endpoint."""
    if location is not None and str(location).startswith(("http://", "https://")):
        return RemoteStore(str(location))
    return Store(location, read_only=read_only)
