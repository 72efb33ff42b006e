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
    bind_values,
    binding,
    nquads,
    rdflib_to_ox,
    serialise_triples,
    term_to_python,
)

__all__ = ["Store"]

_COUNT_DEFAULT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


class Store:
    """An Oxigraph store on disk (``location`` a folder) or in memory (``None``)."""

    bulk_loads = True  # write_batch(bulk=True) uses Oxigraph's (non-transactional) bulk loader

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
        # Queries read the materialised union in the default graph; a store from before it
        # gets one now (or, opened read-only, is queried through Oxigraph's union instead).
        self._union = False
        if self._default_graph_is_empty() and next(iter(self._store.named_graphs()), None):
            if read_only:
                self._union = True
            else:
                self._materialise_union()

    # -- the materialised union ---------------------------------------------------------
    #
    # Each release graph restates what it says of shared things (a country, a minister, a
    # meeting two ministries report), so the union of the named graphs repeats triples, and
    # a join over it multiplies rows by how often each fact is restated. The store keeps
    # the union, without repeats, in the default graph: every write adds its triples there
    # too, and every removal takes out the triples no other named graph still holds.
    # Queries read the default graph; GRAPH patterns still see each release on its own.

    @property
    def union_default_graph(self) -> bool:
        """True when queries need Oxigraph's union (a store without the materialised one)."""
        return self._union

    def _materialise_union(self) -> None:
        """Fill the default graph from the named graphs (a store written before it existed)."""
        self._store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
        self._union = False

    def _default_graph_is_empty(self) -> bool:
        quads = self._store.quads_for_pattern(None, None, None, ox.DefaultGraph())
        return next(iter(quads), None) is None

    @staticmethod
    def _unshare(graph: str, gone: list[str], subject: str | None = None) -> str:
        """An update removing from the default graph the triples of ``graph`` (of ``subject``
        only, if given) that no named graph holds once every graph in ``gone`` is gone."""
        s = f"<{subject}>" if subject else "?s"
        others = ", ".join(f"<{g}>" for g in dict.fromkeys([graph, *gone]))
        return (
            f"DELETE {{ {s} ?p ?o }} WHERE {{ GRAPH <{graph}> {{ {s} ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?other {{ {s} ?p ?o }} FILTER(?other NOT IN ({others})) }} }}"
        )

    # -- writing ------------------------------------------------------------------------

    def replace_graph(self, graph: str, triples: Graph | Iterable[Any]) -> None:
        """Replace the named graph ``graph`` with ``triples`` in one transaction."""
        body = "\n".join(
            f"{rdflib_to_ox(s)} {rdflib_to_ox(p)} {rdflib_to_ox(o)} ." for s, p, o in triples
        )
        self.write_batch([GraphWrite(str(graph), body)])

    def write_batch(
        self,
        writes: list[GraphWrite],
        *,
        drop: Sequence[str] = (),
        forget: Sequence[tuple[str, str]] = (),
        bulk: bool = False,
    ) -> None:
        """Write many graphs in one transaction: drop ``drop`` and each replaced graph,
        delete the (graph, subject) records in ``forget``, then add every write.

        Each write goes into its named graph and into the default graph (the union). With
        nothing to drop or delete (the common case: new releases), the batch goes in as one
        N-Quads load, which Oxigraph parses natively; otherwise as one SPARQL Update.

        With ``bulk``, new graphs go in through Oxigraph's bulk loader instead: it writes
        sorted files straight to disk, with about half the CPU of a transaction, but not
        atomically. A caller that asks for it records that the graphs are complete only
        afterwards, in a write of its own (as the ingest's catalogue does), so a crash in
        the middle leaves graphs that no record vouches for, which the next run replaces.
        """
        replaced = [
            w.graph
            for w in writes
            if w.replace and self._store.contains_named_graph(ox.NamedNode(w.graph))
        ]
        try:
            if drop or forget or replaced:
                gone = list(dict.fromkeys([*drop, *replaced]))
                # Judged against the graphs left after the batch: two dropped graphs that
                # share a triple must not each keep it alive for the other.
                ops = [self._unshare(g, gone) for g in gone]
                ops += [self._unshare(g, gone, subject) for g, subject in forget]
                ops.append(batch_update(writes, gone, list(forget), union=True))
                self._store.update(" ;\n".join(ops))
            elif writes and bulk:
                try:
                    self._store.bulk_load(nquads(writes, union=True), format=ox.RdfFormat.N_QUADS)
                except (OSError, SyntaxError, ValueError):
                    self._undo_bulk([w.graph for w in writes])
                    raise
            elif writes:
                self._store.load(nquads(writes, union=True), format=ox.RdfFormat.N_QUADS)
            self._union = False
        except (OSError, SyntaxError, ValueError) as exc:
            raise StoreError(f"{self.location}: cannot write a batch of graphs ({exc})") from exc

    def _undo_bulk(self, graphs: list[str]) -> None:
        """Take out what a failed bulk load of these (new) graphs may have written."""
        ops = [self._unshare(g, graphs) for g in graphs]
        ops += [f"DROP SILENT GRAPH <{g}>" for g in graphs]
        self._store.update(" ;\n".join(ops))

    def optimize(self) -> None:
        """Compact the store's files: after a large bulk load, queries run about twice as
        fast. It rewrites the whole store (15 s at 100k releases), so callers ask for it only
        after writing a large share of it."""
        try:
            self._store.optimize()
        except OSError as exc:
            raise StoreError(f"{self.location}: cannot compact the store ({exc})") from exc

    def flush(self) -> None:
        if self.location is not None:
            self._store.flush()

    # -- reading ------------------------------------------------------------------------

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def subject_values(self, graph: str, predicate: str) -> dict[str, str]:
        """Subject IRI → lexical value of ``predicate`` in one named graph: one index scan."""
        quads = self._store.quads_for_pattern(
            None, ox.NamedNode(predicate), None, ox.NamedNode(graph)
        )
        return {q.subject.value: q.object.value for q in quads}

    def statements(self, predicate: str, obj: str | None = None) -> list[tuple[str, str]]:
        """(subject, object) lexical values of ``predicate`` (with object IRI ``obj``, if
        given) in the union: one index scan, no query. Terms are decoded only once each
        statement is read, so this is the cheap way to read one property of every item."""
        graph = None if self._union else ox.DefaultGraph()
        target = ox.NamedNode(obj) if obj else None
        quads = self._store.quads_for_pattern(None, ox.NamedNode(predicate), target, graph)
        return [(q.subject.value, q.object.value) for q in quads]

    def graph_value(self, graph: str, subject: str, predicate: str) -> str | None:
        for quad in self._store.quads_for_pattern(
            ox.NamedNode(subject), ox.NamedNode(predicate), None, ox.NamedNode(graph)
        ):
            return str(term_to_python(quad.object))
        return None

    def query(self, sparql: str, bindings: Mapping[str, str] | None = None) -> QueryResult:
        """Run a SELECT or ASK over the union of all graphs, ``bindings`` as bound values."""
        # Bound as a VALUES block opening the query's WHERE group: Oxigraph plans the joins
        # from it (its `substitutions` argument ran our saved queries 2-5x slower).
        sparql = bind_values(sparql, {k: binding(v) for k, v in (bindings or {}).items()})
        try:
            answer = self._store.query(sparql, use_default_graph_as_union=self._union)
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
        return iter(self._store.query(sparql, use_default_graph_as_union=self._union))

    def graph(self, name: str | None = None) -> Graph:
        """One named graph (or the union of all, when ``name`` is None) as an rdflib Graph."""
        where = f"GRAPH <{name}> {{ ?s ?p ?o }}" if name else "?s ?p ?o"
        triples = self.construct(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}")
        data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        return Graph().parse(data=data.decode("utf-8"), format="nt")

    def __len__(self) -> int:
        """Quads in the named graphs (the materialised union is not counted again)."""
        default = 0 if self._union else self.query(_COUNT_DEFAULT).rows[0][0]
        return len(self._store) - default

    def quads(self) -> Iterator[Any]:
        """Every quad of the named graphs."""
        return (q for q in self._store if not isinstance(q.graph_name, ox.DefaultGraph))

    def dump(self, fmt: str) -> bytes:
        """Serialise the store: quads (nq, trig) keep graphs; triples (ttl, nt, jsonld) merge them."""
        if fmt in ("nq", "trig"):
            return ox.serialize(self.quads(), format=FORMATS[fmt])
        return serialise_triples(self.construct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), fmt)
