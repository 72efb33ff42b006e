"""asean-defence-kg: ASEAN defence-ministry press releases as an RDF knowledge graph.

``kg.open()`` is the entry point for notebooks and scripts; the ``kg`` command
line stands on the same library. It is imported on first use, so that importing
a leaf module (``kg.resolve``, ``kg.ingest.dates``) does not load the store.
"""

from __future__ import annotations

from typing import Any

__all__ = ["KnowledgeGraph", "__version__", "open"]
__version__ = "0.3.0"


def __getattr__(name: str) -> Any:
    if name in ("open", "KnowledgeGraph"):
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
