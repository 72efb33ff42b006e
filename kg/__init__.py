"""asean-defence-kg: ASEAN defence-ministry press releases as an RDF knowledge graph.

``kg.open()`` is the entry point for notebooks and scripts; the ``kg`` command
line stands on the same library.
"""

from kg.api import KnowledgeGraph, open

__all__ = ["KnowledgeGraph", "__version__", "open"]
__version__ = "0.1.0"
