"""Time for each network view to build and to settle in headless chromium, on the corpus.

Usage: python benchmarks/viz_settle.py [RELEASES_DIR]
Needs Debian's chromium at /usr/bin/chromium. Prints a Markdown table.
"""

from __future__ import annotations

import platform
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from kg.pipeline import ingest
from kg.store import Store
from kg.viz import network_for, render_html

VIEWS = ("countries", "people", "events", "agreements")


def main() -> None:
    releases = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("data/releases")
    folder = Path(tempfile.mkdtemp())
    store = Store(folder / "store")
    report = ingest([releases], store)
    print(f"# Network views: build and settle times ({len(report.ingested)} releases)\n")
    print(
        f"- machine: {platform.machine()}, Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}\n"
    )
    print(
        "| view | nodes | edges | build (s) | page load to settled (s) | console errors | requests |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        for view in VIEWS:
            t0 = time.perf_counter()
            graph = network_for(view, store)
            page_file = folder / f"{view}.html"
            page_file.write_text(render_html(graph, title=view), encoding="utf-8")
            build = time.perf_counter() - t0
            context = browser.new_context(bypass_csp=True)
            requests: list[str] = []
            context.route(
                "**/*",
                lambda r, seen=requests: (
                    r.continue_()
                    if r.request.url.startswith("file:")
                    else (seen.append(r.request.url), r.abort())
                ),
            )
            page = context.new_page()
            errors: list[str] = []
            page.on(
                "console", lambda m, seen=errors: seen.append(m.text) if m.type == "error" else None
            )
            t1 = time.perf_counter()
            page.goto(page_file.as_uri())
            page.wait_for_function("window.kgSettled === true", timeout=120_000)
            settle = time.perf_counter() - t1
            context.close()
            print(
                f"| {view} | {graph.number_of_nodes()} | {graph.number_of_edges()} | {build:.2f} | {settle:.2f} | {len(errors)} | {len(requests)} |"
            )
        browser.close()


if __name__ == "__main__":
    main()
