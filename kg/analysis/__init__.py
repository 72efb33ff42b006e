"""Network analytics on the views: centralities, communities, engagement counts, bridges.

>>> import networkx as nx
>>> star = nx.Graph([("B", "A"), ("B", "C"), ("B", "D")])
>>> rows = {r[0]: r for r in centrality_table(star).rows}
>>> rows["B"][3:], rows["A"][3:]
([1.0, 1.0, 0.7071], [0.3333, 0.0, 0.4082])
"""

from __future__ import annotations

import io
from collections import Counter, defaultdict
from typing import Any

import networkx as nx

from kg.errors import UsageError
from kg.store import QueryResult

__all__ = [
    "ANALYSES",
    "analyze",
    "bridges_table",
    "centrality_table",
    "communities",
    "communities_table",
    "network_bytes",
    "pairs_table",
    "years_table",
]

ANALYSES = ("countries", "people", "pairs", "years", "communities", "bridges")


def _nodes(graph: nx.Graph) -> nx.Graph:
    """Countries and people only: agreement hubs are not actors."""
    keep = [
        n for n, d in graph.nodes(data=True) if d.get("kind", "country") in ("country", "person")
    ]
    return graph.subgraph(keep)


def _eigenvector(graph: nx.Graph) -> dict[Any, float]:
    if graph.number_of_edges() == 0:
        return dict.fromkeys(graph.nodes, 0.0)
    try:
        return nx.eigenvector_centrality(graph, max_iter=2000, tol=1e-9)
    except nx.PowerIterationFailedConvergence:
        return nx.eigenvector_centrality_numpy(graph)


def centrality_table(graph: nx.Graph) -> QueryResult:
    """Per node: neighbours, engagements (edge weights), degree, betweenness, eigenvector."""
    g = _nodes(graph)
    degree = nx.degree_centrality(g) if g.number_of_nodes() > 1 else dict.fromkeys(g.nodes, 0.0)
    between = nx.betweenness_centrality(g)
    eigen = _eigenvector(g)
    rows = []
    for node in g.nodes:
        rows.append(
            [
                node,
                g.nodes[node].get("name", g.nodes[node].get("label", node)),
                int(g.degree(node, weight="weight")),
                round(degree[node], 4),
                round(between[node], 4),
                round(eigen[node], 4),
            ]
        )
    rows.sort(key=lambda r: (-r[4], -r[2], str(r[0])))
    return QueryResult(
        ["node", "name", "engagements", "degree", "betweenness", "eigenvector"], rows
    )


def pairs_table(graph: nx.Graph) -> QueryResult:
    """Engagements per country pair, with the kinds behind them and the period."""
    rows = []
    for a, b, data in _nodes(graph).edges(data=True):
        kinds = data.get("kinds", {})
        rows.append(
            [
                *sorted((a, b)),
                int(data.get("weight", 1)),
                ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())),
                _dated(data.get("first")),
                _dated(data.get("last")),
            ]
        )
    rows.sort(key=lambda r: (-r[2], r[0], r[1]))
    return QueryResult(["a", "b", "engagements", "kinds", "first", "last"], rows)


def years_table(graph: nx.Graph) -> QueryResult:
    """Engagements per country per year."""
    counts: Counter[tuple[str, str]] = Counter()
    for a, b, data in _nodes(graph).edges(data=True):
        for year, n in data.get("years", {}).items():
            counts[(a, year)] += n
            counts[(b, year)] += n
    rows = [[code, year, n] for (code, year), n in sorted(counts.items())]
    return QueryResult(["country", "year", "engagements"], rows)


def communities(graph: nx.Graph) -> list[set[Any]]:
    g = _nodes(graph)
    if g.number_of_edges() == 0:
        return [{n} for n in sorted(g.nodes, key=str)]
    found = nx.community.greedy_modularity_communities(g, weight="weight")
    return sorted((set(c) for c in found), key=lambda c: (-len(c), sorted(map(str, c))))


def communities_table(graph: nx.Graph) -> QueryResult:
    rows = [
        [i + 1, len(c), " ".join(sorted(map(str, c)))] for i, c in enumerate(communities(graph))
    ]
    return QueryResult(["community", "size", "members"], rows)


def bridges_table(graph: nx.Graph) -> QueryResult:
    """Nodes whose neighbours lie in other communities: who bridges whom."""
    g = _nodes(graph)
    member = {n: i + 1 for i, c in enumerate(communities(g)) for n in c}
    between = nx.betweenness_centrality(g)
    rows = []
    for node in g.nodes:
        reached: dict[int, set[str]] = defaultdict(set)
        for other in g.neighbors(node):
            if member[other] != member[node]:
                reached[member[other]].add(str(other))
        if reached:
            links = "; ".join(f"{k}: {' '.join(sorted(v))}" for k, v in sorted(reached.items()))
            rows.append([node, member[node], round(between[node], 4), links])
    rows.sort(key=lambda r: (-r[2], str(r[0])))
    return QueryResult(["node", "community", "betweenness", "links to communities"], rows)


def analyze(view: str, graph: nx.Graph) -> QueryResult:
    """One analysis of a view's graph, as a table."""
    if view in ("countries", "people"):
        return centrality_table(graph)
    if view == "pairs":
        return pairs_table(graph)
    if view == "years":
        return years_table(graph)
    if view == "communities":
        return communities_table(graph)
    if view == "bridges":
        return bridges_table(graph)
    raise UsageError(f"unknown analysis {view!r}; use one of {', '.join(ANALYSES)}")


def _dated(value: str | None) -> str | None:
    return None if value in (None, "undated") else value


def _flat(value: Any) -> Any:
    if isinstance(value, dict):
        return "; ".join(f"{k} {v}" for k, v in value.items())
    if isinstance(value, (list, tuple, set)):
        return "; ".join(map(str, value))
    return value


def network_bytes(graph: nx.Graph, fmt: str) -> bytes:
    """A view as GraphML or GEXF (lists flattened to text, empty values dropped)."""
    g = nx.Graph()
    g.graph["title"] = str(graph.graph.get("title", ""))
    for node, data in graph.nodes(data=True):
        g.add_node(str(node), **{k: _flat(v) for k, v in data.items() if v is not None})
    for a, b, data in graph.edges(data=True):
        g.add_edge(str(a), str(b), **{k: _flat(v) for k, v in data.items() if v is not None})
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(g, buffer)
    elif fmt == "gexf":
        nx.write_gexf(g, buffer)
    else:
        raise UsageError(f"unknown network format {fmt!r}; use graphml or gexf")
    return buffer.getvalue()
