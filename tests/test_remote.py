"""Remote stores and kg serve, against a real Oxigraph server on a free loopback port."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.errors import StoreError, UsageError
from kg.pipeline import ingest
from kg.query import run, saved_queries
from kg.serve import free_port, oxigraph_binary
from kg.store import RemoteStore, Store

ID = "https://w3id.org/adkg/id/"
PARAMS = {
    "meetings-attended": {"country": "MY"},
    "bilateral-meetings": {"a": "MY", "b": "TH"},
    "agreements-by-status": {"status": "proposed"},
    "post-holders": {"date": "2024-12-31"},
    "fact-sources": {"node": ID + "agreement/mou/MY-TH"},
    "agreement-history": {"a": "MY", "b": "TH"},
    "partners-ranked": {"country": "MY"},
    "country-agreements": {"country": "TH"},
    "meetings-chaired-or-hosted": {"country": "LA"},
    "people-who-met-both": {"a": "LA", "b": "TH"},
    "events-on-topic": {"topic": "border-security"},
    "single-source-facts": {},
    "releases-per-month": {},
}


def _wait(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except (urllib.error.URLError, OSError):
            assert process.poll() is None, "the server exited"
            time.sleep(0.05)
    raise AssertionError(f"{url} did not answer")


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A writable Oxigraph server; stopped by its process id when the module is done."""
    port = free_port()
    folder = tmp_path_factory.mktemp("oxigraph")
    process = subprocess.Popen(
        [oxigraph_binary(), "serve", "--location", str(folder), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait(f"{url}/query?query=ASK%7B%7D", process)
        yield url
    finally:
        os.kill(process.pid, signal.SIGTERM)
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def remote(endpoint: str, seed_path: Path) -> RemoteStore:
    store = RemoteStore(endpoint)
    report = ingest([seed_path], store)
    assert report.ok
    return store


def test_saved_queries_agree_with_the_embedded_store(
    remote: RemoteStore, seed_store: Store
) -> None:
    assert set(PARAMS) == set(saved_queries())
    for name, params in PARAMS.items():
        embedded = run(seed_store, name, params)
        answered = run(remote, name, params)
        assert answered.columns == embedded.columns, name
        assert sorted(map(repr, answered.rows)) == sorted(map(repr, embedded.rows)), name
        assert embedded.rows, f"{name} answers nothing on the seed: the comparison would be empty"


def test_reingest_replaces_the_release_graph(
    remote: RemoteStore, seed_path: Path, seed_store: Store
) -> None:
    before = len(remote)
    assert ingest([seed_path], remote).ok
    assert len(remote) == before == len(seed_store)


def test_rdflib_sparqlstore_and_sparqlwrapper_read_it(remote: RemoteStore, endpoint: str) -> None:
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore
    from SPARQLWrapper import JSON, SPARQLWrapper

    count = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?e <https://w3id.org/adkg/ontology#participatingCountry> ?c } }"
    graph = Graph(store=SPARQLStore(query_endpoint=f"{endpoint}/query"))
    assert [int(row[0]) for row in graph.query(count)] == [3]
    wrapper = SPARQLWrapper(f"{endpoint}/query")
    wrapper.setQuery(count)
    wrapper.setReturnFormat(JSON)
    assert wrapper.query().convert()["results"]["bindings"][0]["n"]["value"] == "3"


def test_credentials_come_from_the_environment_only(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(UsageError) as err:
        RemoteStore("http://alice:s3cret@127.0.0.1:1/ds")
    assert "s3cret" not in str(err.value)
    monkeypatch.setenv("KG_STORE_USER", "alice")
    monkeypatch.setenv("KG_STORE_PASSWORD", "s3cret")
    store = RemoteStore("http://127.0.0.1:1/ds")
    assert store._headers() == {"Authorization": "Basic YWxpY2U6czNjcmV0"}
    with pytest.raises(StoreError) as err:
        store.query("ASK {}")
    assert "s3cret" not in str(err.value) and "alice" not in str(err.value)
    assert str(err.value).startswith("http://127.0.0.1:1/ds/query: the endpoint cannot be reached")


@pytest.fixture(scope="module")
def served(seed_store: Store) -> Iterator[str]:
    """``kg serve`` over the seed store, timeout 1 s and result limit 5."""
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kg.cli",
            "serve",
            "--store",
            str(seed_store.location),
            "--port",
            str(port),
            "--timeout",
            "1",
            "--limit",
            "5",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait(f"{url}/saved", process)
        engines_before = _engines()
        yield url
    finally:
        os.kill(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    # The engine the gateway started stops with it.
    time.sleep(0.5)
    assert _engines() <= engines_before - 1


def _engines() -> int:
    """How many Oxigraph read-only servers run on this machine."""
    out = subprocess.run(["ps", "-eo", "args"], capture_output=True, text=True, check=True).stdout
    return sum(1 for line in out.splitlines() if "serve-read-only" in line)


def _post(url: str, data: dict[str, str], accept: str = "text/csv") -> tuple[int, str]:
    body = urllib.parse.urlencode(data).encode()
    request = urllib.request.Request(url, data=body, headers={"Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()


def test_serve_answers_plain_http_and_sparqlwrapper(served: str) -> None:
    from SPARQLWrapper import JSON, SPARQLWrapper

    query = "SELECT ?name WHERE { ?p a <https://w3id.org/adkg/ontology#Person> ; <http://www.w3.org/2000/01/rdf-schema#label> ?name } ORDER BY ?name"
    status, text = _post(f"{served}/query", {"query": query})
    assert status == 200
    assert text.splitlines() == [
        "name",
        "Chansamone Chanyalath",
        "Mohamed Khaled Nordin",
        "Sutin Klungsang",
    ]
    wrapper = SPARQLWrapper(f"{served}/query")
    wrapper.setQuery(query)
    wrapper.setReturnFormat(JSON)
    names = [b["name"]["value"] for b in wrapper.query().convert()["results"]["bindings"]]
    assert names == ["Chansamone Chanyalath", "Mohamed Khaled Nordin", "Sutin Klungsang"]


def test_serve_refuses_updates(served: str, seed_store: Store) -> None:
    assert _post(f"{served}/query", {"update": "DROP ALL"})[0] == 403
    assert _post(f"{served}/update", {"update": "DROP ALL"})[0] == 403
    assert _post(f"{served}/query", {"query": "DELETE WHERE { ?s ?p ?o }"})[0] == 403
    status, text = _post(f"{served}/query", {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
    assert (status, text.splitlines()[1]) == (200, str(len(seed_store)))


@pytest.mark.parametrize(
    "heavy",
    [
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",  # streams rows all the while
    ],
)
def test_serve_stops_a_query_past_the_timeout(served: str, heavy: str) -> None:
    started = time.monotonic()
    status, text = _post(f"{served}/query", {"query": heavy})
    assert status == 503
    assert text.startswith("query stopped: it ran past the 1 s timeout")
    assert time.monotonic() - started < 10


def test_serve_limits_results_and_binds_saved_query_parameters(served: str) -> None:
    status, text = _post(f"{served}/query", {"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert status == 200 and len(text.strip().splitlines()) == 1 + 5
    with urllib.request.urlopen(f"{served}/saved/bilateral-meetings?a=MY&b=TH", timeout=30) as r:
        import json

        rows = json.load(r)["results"]["bindings"]
    assert [row["label"]["value"] for row in rows] == ["Bilateral meeting MY–TH"]
    with urllib.request.urlopen(f"{served}/", timeout=30) as r:
        page = r.read().decode()
    assert "agreement-history" in page
    assert not re.search(r"(?:src|href)\s*=\s*[\"']?https?:", page)


def test_sparql_update_replaces_a_graph_where_no_graph_store_answers(
    endpoint: str, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.lexicon import load_lexicon
    from kg.pipeline import build_release

    monkeypatch.setenv("KG_GSP_URL", f"{endpoint}/no-such-graph-store")
    store = RemoteStore(endpoint)
    iri, graph = build_release(seed_path, load_lexicon())
    store.replace_graph(iri, graph)
    store.replace_graph(iri, graph)
    assert len(store.graph(iri)) == len(graph)
