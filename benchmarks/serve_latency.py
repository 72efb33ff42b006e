"""Time from launching `kg serve` to its first answer, and query latency through it.

Usage: python benchmarks/serve_latency.py STORE_DIR
Prints a Markdown table; run on a store made with `kg ingest`.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from kg.serve import free_port


def main() -> None:
    store = sys.argv[1] if len(sys.argv) > 1 else "kg-store"
    port = free_port()
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", store, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode({"query": query})
    try:
        while True:
            try:
                with urllib.request.urlopen(url, timeout=1) as r:
                    r.read()
                break
            except (urllib.error.URLError, OSError):
                time.sleep(0.01)
        first = time.monotonic() - started
        times = []
        for _ in range(50):
            t = time.monotonic()
            with urllib.request.urlopen(url, timeout=10) as r:
                r.read()
            times.append(time.monotonic() - t)
    finally:
        process.terminate()
        process.wait()
    print("| measure | value |\n|---|---:|")
    print(f"| launch to first answer | {first:.2f} s |")
    print(
        f"| COUNT(*) through the gateway, median of 50 | {statistics.median(times) * 1000:.1f} ms |"
    )


if __name__ == "__main__":
    main()
