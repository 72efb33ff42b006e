"""Every view in headless chromium: no network, no console errors, the expected network, no alert.

Needs Debian's chromium at /usr/bin/chromium (``make test`` installs it when run as root).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

from kg.pipeline import ingest
from kg.store import Store
from kg.viz import network_for, render_html

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(),
    reason="no /usr/bin/chromium: run 'apt-get install chromium' (make test does it as root)",
)
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_SCRIPT = "<script>alert(1)</script>"
ARTIFACTS = Path(__file__).resolve().parent.parent / "out" / "browser"


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield chromium
        chromium.close()


def open_page(browser: object, page_file: Path, *, enforce_csp: bool = False) -> dict[str, object]:
    """Open a page with every non-file request blocked; return what happened."""
    # The page forbids eval by CSP; playwright polls with eval, so the test lifts CSP and
    # relies on routing to prove that nothing is fetched.
    context = browser.new_context(bypass_csp=not enforce_csp)  # type: ignore[attr-defined]
    requests: list[str] = []
    errors: list[str] = []
    alerts: list[str] = []

    def route(r: object) -> None:
        url = r.request.url  # type: ignore[attr-defined]
        if url.startswith("file://"):
            r.continue_()  # type: ignore[attr-defined]
        else:
            requests.append(url)
            r.abort()  # type: ignore[attr-defined]

    context.route("**/*", route)
    context.add_init_script(
        "window.__alerts = []; window.alert = function (m) { window.__alerts.push(String(m)); };"
    )
    page = context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("dialog", lambda d: (alerts.append(d.message), d.dismiss()))
    page.goto(page_file.as_uri())
    page.wait_for_function("window.kgSettled === true", timeout=60_000)
    counts = page.evaluate(
        "({nodes: kgNetwork.body.data.nodes.length, edges: kgNetwork.body.data.edges.length})"
    )
    alerts.extend(page.evaluate("window.__alerts"))
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{page_file.stem}.png"))
    tips = page.evaluate(
        "kgNetwork.body.data.nodes.get().map(n => n.title ? n.title.textContent : '')"
        ".concat(kgNetwork.body.data.edges.get().map(e => e.title ? e.title.textContent : ''))"
    )
    heading = page.text_content("h1")
    context.close()
    return {
        "requests": requests,
        "errors": errors,
        "alerts": alerts,
        "counts": counts,
        "tips": tips,
        "heading": heading,
    }


@pytest.mark.parametrize("view", ["countries", "people", "events", "agreements"])
def test_view_renders_offline(
    browser: object, seed_store: Store, tmp_path: Path, view: str
) -> None:
    graph = network_for(view, seed_store)
    assert graph.number_of_nodes() > 0
    page_file = tmp_path / f"{view}.html"
    page_file.write_text(render_html(graph, title=graph.graph["title"]), encoding="utf-8")
    # With the page's own Content-Security-Policy in force: vis-network runs without eval.
    seen = open_page(browser, page_file, enforce_csp=True)
    assert seen["requests"] == [] and seen["errors"] == [] and seen["alerts"] == []
    assert seen["counts"] == {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
    assert (ARTIFACTS / f"{view}.png").stat().st_size > 1000


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(tmp_path_factory.mktemp("corpus") / "store")
    report = ingest([Path(__file__).resolve().parent.parent / "data" / "releases"], store)
    assert report.ok and len(report.ingested) >= 40
    return store


@pytest.mark.parametrize("view", ["countries", "people", "events", "agreements"])
def test_corpus_views_render_offline(
    browser: object, corpus_store: Store, tmp_path: Path, view: str
) -> None:
    graph = network_for(view, corpus_store)
    assert graph.number_of_nodes() >= 20
    page_file = tmp_path / f"corpus-{view}.html"
    page_file.write_text(render_html(graph, title=graph.graph["title"]), encoding="utf-8")
    seen = open_page(browser, page_file)
    assert seen["requests"] == [] and seen["errors"] == [] and seen["alerts"] == []
    assert seen["counts"] == {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}


def test_corpus_my_th_edge_explains_the_mou_history(corpus_store: Store) -> None:
    tip = network_for("countries", corpus_store)["MY"]["TH"]["tooltip"]
    assert "MoU MY–TH (mou," in tip
    assert "proposed 2024-03-06 per release 001687166918730f" in tip
    assert "under negotiation" in tip and "¶8" in tip


def test_markup_in_names_and_titles_shows_as_text(browser: object, tmp_path: Path) -> None:
    graph = nx.Graph()
    graph.add_node(
        "p1", label=f"Dato' {XSS_IMG}", tooltip=f"{XSS_SCRIPT} and {XSS_IMG}", kind="person"
    )
    graph.add_node("p2", label="href", tooltip="a href b", kind="person")
    graph.add_edge("p1", "p2", tooltip=f"met at {XSS_IMG}")
    page_file = tmp_path / "hostile.html"
    page_file.write_text(render_html(graph, title=f"{XSS_SCRIPT}{XSS_IMG}"), encoding="utf-8")
    seen = open_page(browser, page_file)
    assert seen["alerts"] == [] and seen["errors"] == [] and seen["requests"] == []
    assert seen["heading"] == f"{XSS_SCRIPT}{XSS_IMG}"
    assert f"{XSS_SCRIPT} and {XSS_IMG}" in seen["tips"]


def test_hostile_release_renders_literally(browser: object, tmp_path: Path, seed_text: str) -> None:
    hostile = seed_text.replace(
        "SESI PERMUKIMAN MENTERI-MENTERI PERTAHANAN ASEAN DI LUANG PRABANG, LAO PDR",
        f"SESI <!--<script> PERMUKIMAN {XSS_SCRIPT} ASEAN {XSS_IMG} DI LUANG PRABANG",
    )
    hostile = hostile.replace("TYT Sutin Klungsang", f"TYT Sutin {XSS_IMG}{XSS_SCRIPT} Klungsang")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "hostile.ms.txt").write_text(hostile, encoding="utf-8")
    store = Store(tmp_path / "store")
    assert ingest([folder], store).ok
    # Markup never becomes part of a name: name words are letters, marks and initials.
    names = [
        r[0]
        for r in store.query(
            "SELECT ?n WHERE { ?p a <https://w3id.org/adkg/ontology#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?n }"
        ).rows
    ]
    assert names and not any("<" in n or ">" in n for n in names)
    for view in ("countries", "people", "events", "agreements"):
        graph = network_for(view, store)
        page_file = tmp_path / f"hostile-{view}.html"
        page_file.write_text(render_html(graph, title=graph.graph["title"]), encoding="utf-8")
        seen = open_page(browser, page_file)
        assert seen["alerts"] == [] and seen["errors"] == [] and seen["requests"] == [], view
        if view in ("countries", "events", "agreements"):
            assert any(XSS_SCRIPT in tip and XSS_IMG in tip for tip in seen["tips"]), view
    shutil.rmtree(folder)
