"""The floor under a saved query's latency: what merely reading its answer out of Oxigraph costs.

Usage: python benchmarks/decode_floor.py STORE_DIR [ROWS]

Measures the cost of one decoded term on this store: the same scan of ROWS statements
(default 100,000) counted inside the engine, then returned as terms to Python, then
serialised to TSV inside the engine (no Python objects at all). Then, for each saved query
with the benchmark's first parameters, its answer's size and time, and the floor that
size sets (terms x cost per term): an answer whose floor is over 100 ms cannot be
returned in 100 ms by any plan this engine can run. Prints Markdown.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import pyoxigraph as ox

from kg.query.saved import saved_queries
from kg.store import Store

sys.path.insert(0, str(Path(__file__).parent))
from _latency import params_for

_SCAN = "SELECT {vars} WHERE {{ ?s <http://www.w3.org/ns/prov#wasDerivedFrom> ?o }} LIMIT {rows}"


def _best(action, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return min(times)


def per_term_cost(store: Store, rows: int) -> tuple[float, float, int]:
    """Seconds per decoded term: into Python objects, and into TSV inside the engine."""
    raw = store._store  # the pyoxigraph store: no conversion to Python values on the way
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ {{ {_SCAN.format(vars='?s ?o', rows=rows)} }} }}"
    scanned = int(next(iter(raw.query(count)))["n"].value)
    pairs = _SCAN.format(vars="?s ?o", rows=rows)
    engine = _best(lambda: list(raw.query(count)))
    python = _best(lambda: [(r[0], r[1]) for r in raw.query(pairs)])
    tsv = _best(lambda: raw.query(pairs).serialize(format=ox.QueryResultsFormat.TSV))
    terms = 2 * scanned
    return (python - engine) / terms, (tsv - engine) / terms, scanned


def main() -> None:
    where = Path(sys.argv[1])
    rows = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    store = Store(where, read_only=True)
    python_cost, tsv_cost, scanned = per_term_cost(store, rows)
    print(f"# Decoding floor on `{where}`\n")
    print(
        f"- {scanned:,} statements scanned: {python_cost * 1e6:.2f} µs per term returned to "
        f"Python, {tsv_cost * 1e6:.2f} µs per term serialised to TSV inside the engine\n"
    )
    print("| query | rows | columns | terms | time (ms) | floor (ms) | floor > 100 ms |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for name, saved in saved_queries().items():
        params = saved.bind(params_for(name, 0, store))
        started = time.perf_counter()
        answer = store.query(saved.text, params)
        elapsed = time.perf_counter() - started
        terms = sum(cell is not None for row in answer.rows for cell in row)
        floor = terms * min(python_cost, tsv_cost)
        print(
            f"| {name} | {len(answer.rows):,} | {len(answer.columns)} | {terms:,} | "
            f"{elapsed * 1000:,.0f} | {floor * 1000:,.0f} | {'yes' if floor > 0.1 else 'no'} |"
        )


if __name__ == "__main__":
    main()
