"""Saved-query latency on one store, run in its own process by scale.py.

Usage:
  python benchmarks/_latency.py oxigraph STORE_DIR RUNS
  python benchmarks/_latency.py rdflib RELEASES_DIR RUNS   (ingests into rdflib's Memory store first)

Prints one JSON object: per saved query, the latencies in seconds (each run binds the
next of a few parameter values, so p95 covers more than one answer size), and for
rdflib the ingest figures.
"""

from __future__ import annotations

import json
import signal
import statistics
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from kg.query.run import run
from kg.query.saved import saved_queries
from kg.store.base import GraphWrite, QueryResult, term_to_python

# Parameter values that rotate across runs: several countries, pairs, topics and days.
COUNTRIES = ["MY", "ID", "SG", "TH", "PH", "VN"]
PAIRS = [("MY", "TH"), ("ID", "SG"), ("PH", "VN"), ("MY", "ID"), ("SG", "TH"), ("VN", "LA")]
TOPICS = ["maritime-security", "hadr", "counter-terrorism", "training", "cybersecurity"]
DAYS = ["2010-06-30", "2015-01-01", "2020-03-15", "2024-03-06", "2025-06-01"]
SLOW = 5.0  # a query slower than this runs once
CAP = 60  # seconds; a query still running then is stopped and reported as not finished


def params_for(name: str, run_index: int, store: Any) -> dict[str, str]:
    spec = {p.name: p.type for p in saved_queries()[name].params if not p.optional}
    out: dict[str, str] = {}
    if "a" in spec and "b" in spec:
        out["a"], out["b"] = PAIRS[run_index % len(PAIRS)]
    for key, kind in spec.items():
        if key in out:
            continue
        if kind == "country":
            out[key] = COUNTRIES[run_index % len(COUNTRIES)]
        elif kind == "topic":
            out[key] = TOPICS[run_index % len(TOPICS)]
        elif kind == "date":
            out[key] = DAYS[run_index % len(DAYS)]
        elif kind == "iri":
            out[key] = _some_event(store, run_index)
    return out


_EVENTS: list[str] = []


def _some_event(store: Any, index: int) -> str:
    if not _EVENTS:
        rows = store.query(
            "SELECT ?e WHERE { ?e a <https://w3id.org/adkg/ontology#BilateralMeeting> } LIMIT 50"
        ).rows
        _EVENTS.extend(str(r[0]) for r in rows)
    return _EVENTS[index % len(_EVENTS)]


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Timeout


def latencies(store: Any, runs: int) -> dict[str, dict[str, Any]]:
    signal.signal(signal.SIGALRM, _alarm)
    out: dict[str, dict[str, Any]] = {}
    for name in sorted(saved_queries()):
        times: list[float] = []
        rows = 0
        finished = True
        for index in range(runs):
            params = params_for(name, index, store)
            signal.alarm(CAP)
            started = time.perf_counter()
            try:
                rows = len(run(store, name, params).rows)
            except _Timeout:
                finished = False
                break
            finally:
                signal.alarm(0)
            times.append(time.perf_counter() - started)
            if times[-1] > SLOW:
                break
        out[name] = {"times": times, "rows": rows, "finished": finished}
    return out


def summary(times: Sequence[float]) -> tuple[float, float]:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


# -- rdflib's Memory store behind the pipeline's store interface (benchmark only) -------


class RdflibStore:
    """Enough of kg.store's interface for kg.pipeline.ingest and kg.query.run."""

    def __init__(self) -> None:
        from rdflib import Dataset

        self.ds = Dataset(store="Memory", default_union=True)

    def graph_value(self, graph: str, subject: str, predicate: str) -> str | None:
        from rdflib import URIRef

        value = self.ds.graph(URIRef(graph)).value(URIRef(subject), URIRef(predicate))
        return None if value is None else str(value)

    def subject_values(self, graph: str, predicate: str) -> dict[str, str]:
        from rdflib import URIRef

        pairs = self.ds.graph(URIRef(graph)).subject_objects(URIRef(predicate))
        return {str(s): str(o) for s, o in pairs}

    def statements(self, predicate: str, obj: str | None = None) -> list[tuple[str, str]]:
        from rdflib import URIRef

        target = URIRef(obj) if obj else None
        return [(str(s), str(o)) for s, _, o in self.ds.triples((None, URIRef(predicate), target))]

    def replace_graph(self, graph: str, triples: Iterable[Any]) -> None:
        from rdflib import URIRef

        target = self.ds.graph(URIRef(graph))
        target.remove((None, None, None))
        for triple in triples:
            target.add(triple)

    def write_batch(
        self,
        writes: list[GraphWrite],
        *,
        drop: Sequence[str] = (),
        forget: Sequence[tuple[str, str]] = (),
        bulk: bool = False,
    ) -> None:
        from rdflib import URIRef

        for name in drop:
            self.ds.remove_graph(URIRef(name))
        for write in writes:
            target = self.ds.graph(URIRef(write.graph))
            if write.replace:
                target.remove((None, None, None))
            target.parse(data=write.ntriples, format="nt")

    def flush(self) -> None:
        pass

    def optimize(self) -> None:
        pass

    def graphs(self) -> list[str]:
        return sorted(str(g.identifier) for g in self.ds.graphs())

    def query(self, sparql: str, bindings: Mapping[str, str] | None = None) -> QueryResult:
        from kg.store.base import bind_values, binding

        # Bound the same way as on Oxigraph, so both engines answer the same text.
        sparql = bind_values(sparql, {k: binding(v) for k, v in (bindings or {}).items()})
        answer = self.ds.query(sparql)
        if answer.type == "ASK":
            return QueryResult(["answer"], [[bool(answer.askAnswer)]])
        columns = [str(v) for v in answer.vars]
        rows = [[_python(cell) for cell in row] for row in answer]
        return QueryResult(columns, rows)


def _python(cell: Any) -> Any:
    from pyoxigraph import Literal, NamedNode
    from rdflib import Literal as RLiteral
    from rdflib import URIRef

    if cell is None:
        return None
    if isinstance(cell, URIRef):
        return term_to_python(NamedNode(str(cell)))
    if isinstance(cell, RLiteral):
        dtype = NamedNode(str(cell.datatype)) if cell.datatype else None
        if cell.language:
            return str(cell)
        return term_to_python(Literal(str(cell), datatype=dtype))
    return str(cell)


def main() -> None:
    engine, where, runs = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    result: dict[str, Any] = {}
    if engine == "oxigraph":
        from kg.store import Store

        store: Any = Store(where, read_only=True)
    else:
        import resource

        from kg.pipeline import ingest

        store = RdflibStore()
        started = time.perf_counter()
        report = ingest([where], store)  # type: ignore[arg-type]
        elapsed = time.perf_counter() - started
        result["ingest"] = {
            "releases": len(report.ingested),
            "failed": len(report.failed),
            "seconds": elapsed,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }
    result["queries"] = latencies(store, runs)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
