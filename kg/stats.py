"""Counts of what the store holds."""

from __future__ import annotations

from kg.store import AnyStore

__all__ = ["store_stats"]

_COUNTS = """
PREFIX adkg: <https://w3id.org/adkg/ontology#>
SELECT
  (COUNT(DISTINCT ?release) AS ?releases)
  (COUNT(DISTINCT ?person) AS ?persons)
  (COUNT(DISTINCT ?event) AS ?events)
  (COUNT(DISTINCT ?agreement) AS ?agreements)
  (COUNT(DISTINCT ?evidence) AS ?evidence)
WHERE {
  { ?release a adkg:Release }
  UNION { ?person a adkg:Person }
  UNION { ?event adkg:participatingCountry ?c }
  UNION { ?agreement adkg:status ?s }
  UNION { ?evidence a adkg:Evidence }
}
"""


def store_stats(store: AnyStore) -> dict[str, int]:
    """Releases, persons, events, agreements, evidence sentences, graphs and triples."""
    row = store.query(_COUNTS).records()[0]
    out = {k: int(v or 0) for k, v in row.items()}
    out["named graphs"] = len(store.graphs())
    out["triples"] = len(store)
    return out
