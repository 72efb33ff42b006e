"""Records to RDF under the project ontology (ontology/adkg.ttl)."""

from kg.rdf.build import event_iris, release_graph
from kg.rdf.namespaces import ADKG, GRAPH_CATALOGUE, GRAPH_ONTOLOGY, GRAPH_REFERENCE, ID

__all__ = [
    "ADKG",
    "GRAPH_CATALOGUE",
    "GRAPH_ONTOLOGY",
    "GRAPH_REFERENCE",
    "ID",
    "event_iris",
    "release_graph",
]
