"""Benchmark: rdflib's in-memory store against pyoxigraph (memory and disk).

Generates a synthetic event graph shaped like the adkg ontology, writes it
once as N-Triples to a temporary file, then, for each engine in a fresh
subprocess (so the resident memory figures start clean), measures

* the time to load/parse the file,
* the peak RSS increase over the process's RSS just before loading,
* the median time (of 3 runs) of three SPARQL queries.

A single query run longer than ``--timeout`` seconds (default 180) is stopped
and reported as "> 180 s". Queries whose first run already takes longer than
``--repeat-cutoff`` seconds are not repeated (marked "1 run") to keep the
script's total run time bounded.

Usage::

    .venv/bin/python benchmarks/store_compare.py [--triples 1000000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import random
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _report import header  # benchmarks/_report.py, beside this script

ADKG = "https://w3id.org/adkg/ontology#"
ID = "https://w3id.org/adkg/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"

COUNTRIES = [
    # ASEAN members, Timor-Leste and the ADMM-Plus partners (plus GB).
    "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN",
    "TL", "AU", "CN", "IN", "JP", "KR", "NZ", "RU", "US", "GB",
]  # fmt: skip
TOPICS = [
    "regional-security", "asean-centrality", "border-security", "maritime-security",
    "counter-terrorism", "cybersecurity", "hadr", "peacekeeping", "capacity-building",
    "personnel-exchange", "training", "military-exercise", "defence-industry",
    "science-technology", "defence-cooperation", "military-medicine",
]  # fmt: skip
N_PERSONS = 2000
FIRST_DAY = dt.date(2005, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)

PREFIXES = f"PREFIX adkg: <{ADKG}>\nPREFIX country: <{ID}country/>\n"
QUERIES = {
    "a": (
        "two-country join (MY & TH bilateral)",
        PREFIXES
        + """SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
  ?e a adkg:BilateralMeeting ;
     adkg:participatingCountry country:MY , country:TH .
}""",
    ),
    "b": (
        "events per year (GROUP BY)",
        PREFIXES
        + """SELECT ?year (COUNT(?e) AS ?n) WHERE {
  ?e adkg:startDate ?d .
  BIND(YEAR(?d) AS ?year)
} GROUP BY ?year ORDER BY ?year""",
    ),
    "c": (
        "top 10 country pairs (self-join)",
        PREFIXES
        + """SELECT ?a ?b (COUNT(?e) AS ?n) WHERE {
  ?e adkg:participatingCountry ?a , ?b .
  FILTER(STR(?a) < STR(?b))
} GROUP BY ?a ?b ORDER BY DESC(?n) ?a ?b LIMIT 10""",
    ),
}

ENGINES = {
    "rdflib-memory": ("rdflib Graph() (memory)", "Graph.parse(format='nt')", "abc"),
    "oxigraph-memory-load": ("pyoxigraph Store() (memory)", "Store.load", "abc"),
    "oxigraph-memory-bulk": ("pyoxigraph Store() (memory)", "Store.bulk_load", "abc"),
    "oxigraph-disk-load": ("pyoxigraph Store(path) (disk)", "Store.load", "abc"),
    "oxigraph-disk-bulk": ("pyoxigraph Store(path) (disk)", "Store.bulk_load", "abc"),
    "oxrdflib": ("rdflib Graph(store='Oxigraph')", "Graph.parse(format='ox-nt')", "a"),
}


# --------------------------------------------------------------------------- data


def generate(path: Path, target_triples: int) -> tuple[int, int]:
    """Write events until ``target_triples`` is reached; return (events, triples)."""
    rng = random.Random(7)
    span = (LAST_DAY - FIRST_DAY).days
    triples = 0
    i = 0
    with path.open("w", encoding="utf-8") as out:
        while triples < target_triples:
            e = f"<{ID}event/e{i}>"
            multilateral = rng.random() < 0.2
            kind = "MultilateralMeeting" if multilateral else "BilateralMeeting"
            k = rng.randint(3, 10) if multilateral else 2
            countries = rng.sample(COUNTRIES, k)
            day = FIRST_DAY + dt.timedelta(days=rng.randint(0, span))
            topics = rng.sample(TOPICS, rng.randint(1, 3))
            persons = rng.sample(range(N_PERSONS), 2)
            lines = [f"{e} <{RDF_TYPE}> <{ADKG}{kind}> ."]
            lines += [f"{e} <{ADKG}participatingCountry> <{ID}country/{c}> ." for c in countries]
            lines.append(f'{e} <{ADKG}startDate> "{day.isoformat()}"^^<{XSD_DATE}> .')
            lines += [f"{e} <{ADKG}topic> <{ID}topic/{t}> ." for t in topics]
            lines += [f"{e} <{ADKG}participant> <{ID}person/p{p}> ." for p in persons]
            lines.append(f'{e} <{RDFS_LABEL}> "{kind} e{i}"@en .')
            out.write("\n".join(lines) + "\n")
            triples += len(lines)
            i += 1
    return i, triples


# ------------------------------------------------------------------------- worker


def _rss() -> int:
    try:
        import psutil

        return psutil.Process().memory_info().rss
    except ImportError:  # pragma: no cover - fallback without psutil
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB


class _Timeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise _Timeout


def _lex(term) -> str:
    """Lexical form of an rdflib or pyoxigraph term."""
    return term.value if type(term).__module__.startswith("pyoxigraph") else str(term)


def _summary(key: str, rows: list[tuple]) -> str:
    """A short, engine-independent digest of a query answer for cross-checking."""
    if key == "a":
        return str(int(_lex(rows[0][0])))
    if key == "b":
        counts = [int(_lex(r[1])) for r in rows]
        return f"{len(rows)} years, {sum(counts):,} events"
    top = rows[0]
    a, b = (_lex(x).rsplit("/", 1)[-1] for x in top[:2])
    return f"{a}-{b}: {int(_lex(top[2])):,}"


def worker(engine: str, nt_file: str, timeout: int, repeat_cutoff: float) -> dict:
    gc.collect()
    store_dir = None
    if engine.startswith("oxigraph"):
        import pyoxigraph as ox

        if "disk" in engine:
            store_dir = tempfile.mkdtemp(prefix="oxstore-")
        before = _rss()
        t0 = time.perf_counter()
        store = ox.Store(path=store_dir) if store_dir else ox.Store()
        if engine.endswith("bulk"):
            store.bulk_load(path=nt_file, format=ox.RdfFormat.N_TRIPLES)
        else:
            store.load(path=nt_file, format=ox.RdfFormat.N_TRIPLES)
        if store_dir:
            store.flush()
        load_s = time.perf_counter() - t0
        size = len(store)

        def run(q: str) -> list[tuple]:
            return [tuple(sol) for sol in store.query(q)]

    else:
        import rdflib

        before = _rss()
        t0 = time.perf_counter()
        if engine == "oxrdflib":
            graph = rdflib.Graph(store="Oxigraph")
            graph.parse(nt_file, format="ox-nt")
        else:
            graph = rdflib.Graph()
            graph.parse(nt_file, format="nt")
        load_s = time.perf_counter() - t0
        size = len(graph)

        def run(q: str) -> list[tuple]:
            return [tuple(row) for row in graph.query(q)]

    peak_load = _peak_rss() - before
    result: dict = {"engine": engine, "load_s": load_s, "triples": size, "rss_load": peak_load}
    disk = None
    if store_dir:
        disk = sum(f.stat().st_size for f in Path(store_dir).rglob("*") if f.is_file())
    result["disk_bytes"] = disk

    signal.signal(signal.SIGALRM, _on_alarm)
    for key in ENGINES[engine][2]:
        times: list[float] = []
        rows: list[tuple] = []
        status = "ok"
        for _ in range(3):
            signal.alarm(timeout)
            t0 = time.perf_counter()
            try:
                rows = run(QUERIES[key][1])
            except _Timeout:
                status = "timeout"
                break
            finally:
                signal.alarm(0)
            times.append(time.perf_counter() - t0)
            if times[0] > repeat_cutoff:
                break
        result[f"q{key}"] = {
            "status": status,
            "times": times,
            "summary": _summary(key, rows) if status == "ok" else None,
        }
    result["rss_all"] = _peak_rss() - before
    if store_dir:
        del store
        gc.collect()
        shutil.rmtree(store_dir, ignore_errors=True)
    return result


# -------------------------------------------------------------------------- report


def _mb(n: int | None) -> str:
    return "—" if n is None else f"{n / 2**20:,.0f} MB"


def _fmt_query(q: dict | None, timeout: int) -> str:
    if q is None:
        return "—"
    if q["status"] == "timeout":
        return f"> {timeout} s"
    times = q["times"]
    med = statistics.median(times)
    text = f"{med * 1000:,.0f} ms" if med < 1 else f"{med:,.2f} s"
    return text + ("" if len(times) == 3 else f" ({len(times)} run)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="approximate graph size")
    parser.add_argument("--timeout", type=int, default=180, help="seconds per query run")
    parser.add_argument("--repeat-cutoff", type=float, default=20.0,
                        help="do not repeat a query whose first run took longer (s)")  # fmt: skip
    parser.add_argument("--engines", default=",".join(ENGINES), help="comma-separated subset")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--file", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.worker:
        res = worker(args.worker, args.file, args.timeout, args.repeat_cutoff)
        print(json.dumps(res))
        return

    started = time.perf_counter()
    print(
        header("RDF store comparison: rdflib vs pyoxigraph", ["rdflib", "pyoxigraph", "oxrdflib"])
    )
    with tempfile.TemporaryDirectory(prefix="adkg-bench-") as tmp:
        nt = Path(tmp) / "events.nt"
        t0 = time.perf_counter()
        events, triples = generate(nt, args.triples)
        gen_s = time.perf_counter() - t0
        print(
            f"- data: {events:,} events, {triples:,} triples, "
            f"{nt.stat().st_size / 2**20:,.1f} MB N-Triples (random.Random(7), "
            f"generated in {gen_s:.1f} s)"
        )
        print(f"- each engine runs in its own subprocess; query time = median of 3 runs, "
              f"timeout {args.timeout} s per run\n")  # fmt: skip

        results = []
        for engine in args.engines.split(","):
            cmd = [sys.executable, __file__, "--worker", engine, "--file", str(nt),
                   "--timeout", str(args.timeout), "--repeat-cutoff", str(args.repeat_cutoff)]  # fmt: skip
            budget = 3 * 3 * args.timeout + 600
            try:
                proc = subprocess.run(cmd, capture_output=True, text=True, timeout=budget)
            except subprocess.TimeoutExpired:
                results.append({"engine": engine, "error": f"killed after {budget} s"})
                continue
            if proc.returncode != 0:
                last = (proc.stderr.strip().splitlines() or ["?"])[-1]
                results.append({"engine": engine, "error": last})
                continue
            results.append(json.loads(proc.stdout.strip().splitlines()[-1]))

    print("| engine | load method | load time | triples loaded | peak RSS Δ (load) "
          "| peak RSS Δ (load+queries) | on-disk size | (a) MY∧TH join | (b) per year "
          "| (c) top pairs |")  # fmt: skip
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        name, method, _ = ENGINES[r["engine"]]
        if "error" in r:
            print(f"| {name} | {method} | failed: {r['error']} | | | | | | | |")
            continue
        print(
            f"| {name} | {method} | {r['load_s']:,.2f} s | {r['triples']:,} | "
            f"{_mb(r['rss_load'])} | {_mb(r['rss_all'])} | {_mb(r['disk_bytes'])} | "
            + " | ".join(_fmt_query(r.get(f"q{k}"), args.timeout) for k in "abc")
            + " |"
        )

    print("\nQuery answers (cross-check between engines):\n")
    print("| engine | load method | (a) count | (b) | (c) top pair |")
    print("|---|---|---:|---|---|")
    for r in results:
        if "error" in r:
            continue
        name, method, _ = ENGINES[r["engine"]]
        cells = []
        for k in "abc":
            q = r.get(f"q{k}")
            cells.append("—" if q is None else (q["summary"] or "timed out"))
        print(f"| {name} | {method} | " + " | ".join(cells) + " |")
    print(f"\nTotal benchmark wall time: {time.perf_counter() - started:,.0f} s")


if __name__ == "__main__":
    main()
