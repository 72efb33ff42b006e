"""Scale: ingest, re-ingest, saved queries and the countries view at 1k, 10k and 100k releases.

Usage: python benchmarks/scale.py [--sizes 1000,10000,100000] [--work DIR] [--rdflib-at 10000]

Synthetic releases come from `kg synth N --seed 1`. Every step runs the way an analyst
would run it, in its own process: `kg ingest` end to end (wall time, and peak resident
memory of the whole process tree, sampled every 0.2 s), `kg ingest` again on the
unchanged files, each saved query's latency (benchmarks/_latency.py), and at the largest
size `kg viz countries` plus the page's load to settled in Debian's headless chromium.
At --rdflib-at, the same releases also go through rdflib's Memory store as the engine,
and its saved-query latencies are set beside Oxigraph's. Prints Markdown and writes it to
benchmarks/results.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).parent))
from _latency import CAP, summary
from _report import header

BIN = Path(sys.executable).parent
RESULTS = Path(__file__).parent / "results.md"
ANALYSIS = "<!-- analysis: written by hand, kept by scale.py -->"


def measure(command: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak memory (MB: proportional set size summed over the process tree)
    and stdout of one command."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    root = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            # PSS, not RSS: forked workers share their parent's pages, which RSS counts twice.
            peak = max(peak, sum(p.memory_full_info().pss for p in tree))
        except psutil.Error:
            pass
        time.sleep(0.2)
    out, err = process.communicate()
    if process.returncode not in (0, 2):
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}): {err[-500:]}")
    return time.perf_counter() - started, peak / 2**20, out


def synthesise(n: int, work: Path) -> Path:
    folder = work / f"synth-{n}"
    marker = folder / ".complete"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        subprocess.run(
            [str(BIN / "kg"), "synth", str(n), "--seed", "1", "-o", str(folder)], check=True
        )
        marker.touch()
    return folder


def latency_rows(result: dict[str, Any]) -> dict[str, tuple[float | None, float | None, int, bool]]:
    out = {}
    for name, data in result["queries"].items():
        if data["times"]:
            median, p95 = summary(data["times"])
        else:
            median = p95 = None
        out[name] = (median, p95, data["rows"], data["finished"])
    return out


def ms(value: float | None, finished: bool = True) -> str:
    if value is None or not finished:
        return f"> {CAP * 1000:,} (stopped)" if not finished else "-"
    return f"{value * 1000:,.0f}"


def settle(page: Path) -> float:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        context = browser.new_context()
        context.route(
            "**/*", lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort()
        )
        tab = context.new_page()
        started = time.perf_counter()
        tab.goto(page.as_uri())
        tab.wait_for_function("window.kgSettled === true", timeout=300_000)
        elapsed = time.perf_counter() - started
        browser.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--work", default="/tmp/adkg-scale")
    parser.add_argument("--rdflib-at", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    kg = str(BIN / "kg")
    lines = [
        header(
            "Scale benchmark: ingest, re-ingest, saved queries, countries view",
            ["pyoxigraph", "rdflib", "asean-defence-kg"],
            f"- command: `python benchmarks/scale.py --sizes {args.sizes}`",
            f"- releases: `kg synth N --seed 1` (ms, id, en; every kind); {os.cpu_count()} ingest workers",
        ),
        "",
        "## Ingest (end to end through `kg ingest`, a fresh store)",
        "",
        "| releases | wall (s) | releases/s | peak memory, all processes (PSS, MB) | re-ingest unchanged (s) | store on disk (MB) |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    latency: dict[int, dict[str, Any]] = {}
    rdflib_result: dict[str, Any] | None = None
    viz: list[str] = []
    for n in sizes:
        folder = synthesise(n, work)
        store = work / f"store-{n}"
        shutil.rmtree(store, ignore_errors=True)
        wall, peak, out = measure([kg, "ingest", "-q", "--store", str(store), str(folder)])
        again, _, out2 = measure([kg, "ingest", "-q", "--store", str(store), str(folder)])
        disk = sum(f.stat().st_size for f in store.rglob("*") if f.is_file()) / 2**20
        lines.append(
            f"| {n:,} | {wall:.1f} | {n / wall:.0f} | {peak:,.0f} | {again:.2f} | {disk:,.0f} |"
        )
        print(
            lines[-1],
            "|",
            out.strip().splitlines()[-1],
            "|",
            out2.strip().splitlines()[-1],
            flush=True,
        )
        if n >= 10000:
            _, _, raw = measure(
                [
                    sys.executable,
                    str(Path(__file__).parent / "_latency.py"),
                    "oxigraph",
                    str(store),
                    str(args.runs),
                ]
            )
            latency[n] = json.loads(raw)
        if n == args.rdflib_at:
            _, rss, raw = measure(
                [
                    sys.executable,
                    str(Path(__file__).parent / "_latency.py"),
                    "rdflib",
                    str(folder),
                    "3",
                ]
            )
            rdflib_result = json.loads(raw)
            rdflib_result["peak"] = rss
            rdflib_result["oxigraph_ingest"] = wall
        if n == max(sizes):
            page = work / f"countries-{n}.html"
            built, _, _ = measure([kg, "viz", "countries", "--store", str(store), "-o", str(page)])
            settled = settle(page) if Path("/usr/bin/chromium").exists() else None
            viz = [
                "",
                f"## `kg viz countries` at {n:,} releases",
                "",
                f"- build, `kg viz countries -o page.html` end to end: {built:.1f} s",
                "- page load to settled in headless chromium: "
                + (
                    f"{settled:.2f} s"
                    if settled is not None
                    else "not measured (no /usr/bin/chromium)"
                ),
                f"- page size: {page.stat().st_size / 2**20:.1f} MB",
            ]
    if rdflib_result is not None:
        ingest = rdflib_result["ingest"]
        ox_wall = rdflib_result["oxigraph_ingest"]
        lines += [
            "",
            f"## Engines side by side at {args.rdflib_at:,} releases: Oxigraph (embedded, on disk) and rdflib's Memory store",
            "",
            "| engine | ingest wall (s) | releases/s | peak memory (PSS, MB) |",
            "|---|---:|---:|---:|",
            f"| Oxigraph (`kg ingest`) | {ox_wall:.1f} | {args.rdflib_at / ox_wall:.0f} | see above |",
            f"| rdflib Memory (same pipeline, same workers) | {ingest['seconds']:.1f} | {ingest['releases'] / ingest['seconds']:.0f} | {rdflib_result['peak']:,.0f} |",
            f"| rdflib / Oxigraph | {ingest['seconds'] / ox_wall:.2f} | | |",
        ]
    for n, result in sorted(latency.items()):
        rows = latency_rows(result)
        other = latency_rows(rdflib_result) if (rdflib_result and n == args.rdflib_at) else None
        lines += [
            "",
            f"## Saved-query latency at {n:,} releases (ms; {args.runs} runs, parameters rotating)",
            "",
            "| query | rows (last run) | median | p95 |"
            + (" rdflib median | rdflib / Oxigraph |" if other else ""),
            "|---|---:|---:|---:|" + ("---:|---:|" if other else ""),
        ]
        ratios = []
        for name, (median, p95, count, finished) in rows.items():
            line = f"| {name} | {count:,} | {ms(median, finished)} | {ms(p95, finished)} |"
            if other:
                o_median, _, _, o_finished = other[name]
                if o_finished and o_median and median:
                    ratio = o_median / median
                    ratios.append(ratio)
                    line += f" {ms(o_median)} | {ratio:,.0f}x |"
                else:
                    ratios.append(CAP / median if median else float("inf"))
                    line += f" {ms(o_median, o_finished)} | > {CAP / median:,.0f}x |"
            lines.append(line)
        p95s = [p for _, p, _, _ in rows.values() if p is not None]
        medians = sorted(m for m, _, _, _ in rows.values() if m is not None)
        lines.append("")
        lines.append(
            f"Worst p95: {max(p95s) * 1000:,.0f} ms; queries with p95 <= 100 ms: "
            f"{sum(p <= 0.1 for p in p95s)} of {len(p95s)}; median of the medians: "
            f"{medians[len(medians) // 2] * 1000:,.0f} ms."
        )
        if other and ratios:
            ordered = sorted(ratios)
            lines.append(
                f"rdflib / Oxigraph, per query: median ratio {ordered[len(ordered) // 2]:,.0f}x "
                f"(a stopped rdflib query counts at its {CAP} s cap, so its ratio is a lower bound)."
            )
    lines += viz
    text = "\n".join(lines) + "\n"
    print(text)
    # The written analysis below the marker survives a re-run; the figures above it do not.
    old = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    kept = old[old.index(ANALYSIS) :] if ANALYSIS in old else ""
    RESULTS.write_text(text + ("\n" + kept if kept else ""), encoding="utf-8")


if __name__ == "__main__":
    main()
