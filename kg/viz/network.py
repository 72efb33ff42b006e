"""The country network: countries linked by the meetings and agreements between them.

Each edge carries the list of what lies behind it (kind, label, date, and the
release and paragraph each fact rests on), so a tooltip can explain it.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import networkx as nx

from kg.errors import UsageError
from kg.store import AnyStore

__all__ = ["VIEWS", "country_network"]

VIEWS = ("countries",)

_LINKS = """
PREFIX adkg: <https://w3id.org/adkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?item ?label ?kind ?date ?status ?code ?release ?published ?paragraph WHERE {
  {
    ?item a ?class ; adkg:participatingCountry ?c .
    VALUES ?class { adkg:BilateralMeeting adkg:CourtesyCall adkg:Visit adkg:Exercise }
    ?class rdfs:label ?kind . FILTER(lang(?kind) = "en")
    OPTIONAL { ?item adkg:startDate ?own }
    OPTIONAL { ?item adkg:partOf/adkg:startDate ?parentDate }
    BIND(COALESCE(?own, ?parentDate) AS ?date)
  } UNION {
    ?item adkg:party ?c ; adkg:status ?s .
    ?s rdfs:label ?status . FILTER(lang(?status) = "en")
    ?item a ?class . ?class rdfs:subClassOf* adkg:Agreement ; rdfs:label ?kind .
    FILTER(lang(?kind) = "en")
    FILTER NOT EXISTS { ?item a ?n . ?n rdfs:subClassOf ?class . FILTER(?n != ?class) }
    OPTIONAL { ?item adkg:statusDate ?date }
  }
  ?c adkg:iso3166 ?code .
  ?item rdfs:label ?label ; adkg:evidence ?ev .
  ?ev adkg:release ?release ; adkg:paragraph ?paragraph .
  ?release dct:date ?published .
}
"""

_COUNTRIES = """
PREFIX adkg: <https://w3id.org/adkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX org: <http://www.w3.org/ns/org#>
SELECT ?code ?name ?asean ?plus WHERE {
  ?c a adkg:Country ; adkg:iso3166 ?code ; rdfs:label ?name . FILTER(lang(?name) = "en")
  BIND(EXISTS { ?m org:member ?c ; org:organization <https://w3id.org/adkg/id/forum/asean> } AS ?asean)
  BIND(EXISTS { ?m2 org:member ?c ; org:organization <https://w3id.org/adkg/id/forum/admm-plus> } AS ?plus)
}
"""


def country_network(store: AnyStore) -> nx.Graph:
    """Countries as nodes; an edge per pair of countries that met or share an agreement.

    Edge attribute ``links``: one dict per meeting or agreement behind the edge, with
    ``kind``, ``label``, ``date``, ``status`` and ``sources`` (release, paragraph).
    Node attributes: ``name``, ``group`` (asean, admm-plus, other), ``engagements``.
    """
    items: dict[str, dict[str, Any]] = {}
    for row in store.query(_LINKS).records():
        item = items.setdefault(
            row["item"],
            {
                "item": row["item"],
                "label": row["label"],
                "kind": row["kind"],
                "date": row["date"],
                "status": set(),
                "countries": set(),
                "sources": set(),
            },
        )
        item["countries"].add(row["code"])
        if row["status"]:
            item["status"].add((row["date"], row["status"]))
        item["sources"].add((row["published"], row["release"], row["paragraph"]))
    names = {r["code"]: r for r in store.query(_COUNTRIES).records()}
    graph = nx.Graph()
    engagements: dict[str, int] = defaultdict(int)
    for item in sorted(items.values(), key=lambda i: (str(i["date"]), i["item"])):
        countries = sorted(item["countries"])
        if len(countries) != 2:
            continue  # multilateral agreements would make a clique of every party
        a, b = countries
        latest = max(item["status"], key=lambda s: str(s[0]))[1] if item["status"] else None
        link = {
            "kind": item["kind"],
            "label": item["label"],
            "date": item["date"],
            "status": latest,
            "sources": sorted(item["sources"], key=lambda s: (str(s[0]), s[1], s[2])),
        }
        if graph.has_edge(a, b):
            graph[a][b]["links"].append(link)
        else:
            graph.add_edge(a, b, links=[link])
        engagements[a] += 1
        engagements[b] += 1
    for code in graph.nodes:
        info = names.get(code, {})
        group = "asean" if info.get("asean") else "admm-plus" if info.get("plus") else "other"
        graph.nodes[code].update(
            name=info.get("name", code), group=group, engagements=engagements[code]
        )
    for _a, _b, data in graph.edges(data=True):
        data["weight"] = len(data["links"])
    return graph


def network_for(view: str, store: AnyStore) -> nx.Graph:
    if view == "countries":
        return country_network(store)
    raise UsageError(f"unknown view {view!r}; available now: {', '.join(VIEWS)}")


__all__ += ["network_for"]
