"""The embedded store: Oxigraph on disk (the default) or in memory.

One named graph per release; reference data and the ontology each in their own
graph; queries see the union. Replacing a release's graph is one SPARQL
update, which Oxigraph applies in one transaction: a release is never half in
the store.

>>> from rdflib import Graph, URIRef, Literal
>>> s = Store(None)  # in memory
>>> g = Graph(); _ = g.add((URIRef("urn:a"), URIRef("urn:p"), Literal("x")))
>>> s.replace_graph("urn:g1", g); s.replace_graph("urn:g1", g)
>>> s.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
[[1]]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import QueryError, StoreError
from kg.store.base import (
    FORMATS,
    GraphWrite,
    QueryResult,
    batch_update,
    binding,
    nquads,
    rdflib_to_ox,
    serialise_triples,
    term_to_python,
)

__all__ = ["Store"]


class Store:
    """An Oxigraph store on disk (``location`` a folder) or in memory (``None``)."""

    def __init__(self, location: str | Path | None, *, read_only: bool = False) -> None:
        self.location = None if location is None else Path(location)
        try:
            if self.location is None:
                self._store = ox.Store()
            elif read_only:
                if not self.location.exists():
                    raise StoreError(f"{self.location}: no store here; run 'kg ingest' first")
                self._store = ox.Store.read_only(str(self.location))
            else:
                self._store = ox.Store(str(self.location))
        except OSError as exc:
            raise StoreError(f"{self.location}: cannot open the store ({exc})") from exc

    # -- writing ------------------------------------------------------------------------

    def replace_graph(self, graph: str, triples: Graph | Iterable[Any]) -> None:
        """Replace the named graph ``graph`` with ``triples`` in one transaction."""
        name = ox.NamedNode(str(graph))
        body = "\n".join(
            f"{rdflib_to_ox(s)} {rdflib_to_ox(p)} {rdflib_to_ox(o)} ." for s, p, o in triples
        )
        update = f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}"
        try:
            self._store.update(update)
        except (OSError, SyntaxError) as exc:
            raise StoreError(f"{self.location}: cannot write graph {graph} ({exc})") from exc

    def write_batch(
        self,
        writes: list[GraphWrite],
        *,
        drop: Sequence[str] = (),
        forget: Sequence[tuple[str, str]] = (),
    ) -> None:
        """Write many graphs in one transaction: drop ``drop`` and each replaced graph,
        delete the (graph, subject) records in ``forget``, then add every write.

        With nothing to drop or delete (the common case: new releases), the batch goes in as
        one N-Quads load, which Oxigraph parses natively; otherwise as one SPARQL Update.
        """
        existing = {w.graph for w in writes if w.replace} & set(self._graph_names(writes))
        try:
            if drop or forget or existing:
                self._store.update(batch_update(writes, list(drop), list(forget)))
            elif writes:
                self._store.load(nquads(writes), format=ox.RdfFormat.N_QUADS)
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.location}: cannot write a batch of graphs ({exc})") from exc

    def _graph_names(self, writes: list[GraphWrite]) -> list[str]:
        return [w.graph for w in writes if self._store.contains_named_graph(ox.NamedNode(w.graph))]

    def flush(self) -> None:
        if self.location is not None:
            self._store.flush()

    # -- reading ------------------------------------------------------------------------

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def graph_value(self, graph: str, subject: str, predicate: str) -> str | None:
        for quad in self._store.quads_for_pattern(
            ox.NamedNode(subject), ox.NamedNode(predicate), None, ox.NamedNode(graph)
        ):
            return str(term_to_python(quad.object))
        return None

    def query(self, sparql: str, bindings: Mapping[str, str] | None = None) -> QueryResult:
        """Run a SELECT or ASK over the union of all graphs, ``bindings`` as bound values."""
        subs = {ox.Variable(k): binding(v) for k, v in (bindings or {}).items()}
        try:
            answer = self._store.query(sparql, use_default_graph_as_union=True, substitutions=subs)
        except SyntaxError as exc:
            raise QueryError(f"the query does not parse: {exc}") from exc
        except RuntimeError as exc:
            raise QueryError(f"the query cannot take these parameters: {exc}") from exc
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult(["answer"], [[bool(answer)]])
        if isinstance(answer, ox.QuerySolutions):
            columns = [v.value for v in answer.variables]
            rows = [[term_to_python(solution[c]) for c in columns] for solution in answer]
            return QueryResult(columns, rows)
        raise QueryError(
            "only SELECT and ASK queries are answered here; use 'kg export' for graphs"
        )

    def construct(self, sparql: str) -> Iterator[Any]:
        return iter(self._store.query(sparql, use_default_graph_as_union=True))

    def graph(self, name: str | None = None) -> Graph:
        """One named graph (or the union of all, when ``name`` is None) as an rdflib Graph."""
        where = f"GRAPH <{name}> {{ ?s ?p ?o }}" if name else "?s ?p ?o"
        triples = self.construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}")
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        return Graph().parse(data=data.decode("utf-8"), format="nt")

    def quads(self) -> Iterator[Any]:
        return iter(self._store)

    def __len__(self) -> int:
        return len(self._store)

    def dump(self, fmt: str) -> bytes:
        """Serialise the store: quads (nq, trig) keep graphs; triples (ttl, nt, jsonld) merge them."""
        if fmt in ("nq", "trig"):
            return self._store.dump(format=FORMATS[fmt])
        return serialise_triples(self.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), fmt)
