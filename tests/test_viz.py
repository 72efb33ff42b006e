import datetime as dt
import io
import re
from pathlib import Path

import networkx as nx
import pytest

from kg.analysis import analyze, centrality_table, network_bytes
from kg.errors import UsageError
from kg.store import Store
from kg.viz import Filters, network_for, render_html


def test_country_edge_tooltip_explains_the_mou(seed_store: Store) -> None:
    graph = network_for("countries", seed_store)
    assert sorted(graph.edges) == [("LA", "MY"), ("MY", "TH")]
    tip = graph["MY"]["TH"]["tooltip"]
    assert "• MoU MY–TH (mou, proposed, 2024-03-06)" in tip
    assert "proposed 2024-03-06 per release 001687166918730f" in tip
    assert re.search(r"source: “SESI PERMUKIMAN[^”]*” 001687166918730f \(2024-03-06\), ¶8", tip)
    assert "¶7" in tip  # the bilateral meeting's sentence
    assert graph.nodes["MY"]["group"] == "asean"


@pytest.mark.parametrize(
    ("view", "nodes", "edges"),
    [("countries", 3, 2), ("people", 3, 3), ("events", 16, 23), ("agreements", 11, 11)],
)
def test_views_on_the_seed(seed_store: Store, view: str, nodes: int, edges: int) -> None:
    graph = network_for(view, seed_store)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (nodes, edges)
    assert all(data.get("tooltip") for _, data in graph.nodes(data=True))
    assert all(data.get("tooltip") for _, _, data in graph.edges(data=True))


def test_filters_and_focus(seed_store: Store) -> None:
    only_mou = network_for("countries", seed_store, Filters(kind="mou"))
    assert sorted(only_mou.edges) == [("MY", "TH")]
    assert (
        network_for("countries", seed_store, Filters(since=dt.date(2025, 1, 1))).number_of_nodes()
        == 0
    )
    assert sorted(network_for("countries", seed_store, Filters(country="LA")).nodes) == ["LA", "MY"]
    assert sorted(network_for("countries", seed_store, Filters(topic="training")).edges) == [
        ("MY", "TH")
    ]
    ego = network_for("people", seed_store, focus_on="sutin klungsang", depth=1)
    assert ego.number_of_nodes() == 3
    ego = network_for("countries", seed_store, focus_on="la", depth=1)
    assert sorted(ego.nodes) == ["LA", "MY"]
    with pytest.raises(UsageError, match="no such node"):
        network_for("countries", seed_store, focus_on="XX")


def test_large_graph_is_trimmed_with_a_message() -> None:
    graph = nx.star_graph(1600)
    page = render_html(graph, title="big")
    assert "Showing the 1,500 most connected of 1,601 nodes" in page


def test_centralities_equal_hand_computed_values() -> None:
    # A path A–B–C plus D on B: B is the hub; by hand, for n = 4:
    # degree(B) = 3/3, degree(leaf) = 1/3; betweenness(B) = 3 pairs / 3 = 1, leaves 0;
    # eigenvector of the star K1,3: hub 1/√2, leaves 1/√6.
    star = nx.Graph([("B", "A"), ("B", "C"), ("B", "D")])
    for a, b in star.edges:
        star[a][b]["weight"] = 1
    rows = {r[0]: r[2:] for r in centrality_table(star).rows}
    assert rows["B"] == [3, 1.0, 1.0, 0.7071]
    assert rows["A"] == rows["C"] == rows["D"] == [1, 0.3333, 0.0, 0.4082]
    # A path of five: betweenness of the middle is 4 of 6 pairs = 0.6667, ends 0.
    path = nx.path_graph(["a", "b", "c", "d", "e"])
    between = {r[0]: r[4] for r in centrality_table(path).rows}
    assert between == {"a": 0.0, "b": 0.5, "c": 0.6667, "d": 0.5, "e": 0.0}


def test_analyses_on_the_seed(seed_store: Store) -> None:
    graph = network_for("countries", seed_store)
    assert analyze("pairs", graph).rows == [
        ["MY", "TH", 2, "bilateral-meeting 1, mou 1", "2024-03-04", "2024-03-06"],
        ["LA", "MY", 1, "bilateral-meeting 1", "2024-03-04", "2024-03-04"],
    ]
    assert analyze("years", graph).rows == [["LA", "2024", 1], ["MY", "2024", 3], ["TH", "2024", 2]]
    assert analyze("communities", graph).rows == [[1, 3, "LA MY TH"]]
    two = nx.Graph(
        [("A", "B"), ("B", "C"), ("A", "C"), ("C", "D"), ("D", "E"), ("E", "F"), ("D", "F")]
    )
    bridges = analyze("bridges", two).rows
    assert [(r[0], r[3]) for r in bridges] == [("C", "2: D"), ("D", "1: C")]


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("view", ["countries", "people", "events", "agreements"])
def test_gephi_exports_round_trip(seed_store: Store, fmt: str, view: str) -> None:
    graph = network_for(view, seed_store)
    data = network_bytes(graph, fmt)
    back = nx.read_graphml(io.BytesIO(data)) if fmt == "graphml" else nx.read_gexf(io.BytesIO(data))
    assert (back.number_of_nodes(), back.number_of_edges()) == (
        graph.number_of_nodes(),
        graph.number_of_edges(),
    )


def test_page_is_self_contained_and_escapes_text(seed_store: Store) -> None:
    graph = network_for("countries", seed_store)
    graph.nodes["MY"]["tooltip"] = "<img src=x onerror=alert(1)>"
    page = render_html(graph, title="<script>alert(1)</script>")
    assert "<script>alert(1)</script>" not in page
    assert not re.search(r"""(?:src|href)\s*=\s*["']?https?:""", page)
    assert "textContent" in page


def _edges(graph: nx.Graph) -> dict[tuple[str, str], dict[str, object]]:
    return {tuple(sorted((str(a), str(b)))): data for a, b, data in graph.edges(data=True)}


@pytest.mark.parametrize(
    "filters",
    [
        Filters(),
        Filters(since=dt.date(2012, 1, 1), until=dt.date(2020, 12, 31)),
        Filters(country="my"),
        Filters(kind="mou"),
        Filters(topic="maritime-security"),
    ],
)
def test_countries_read_pair_by_pair_equals_the_full_snapshot(
    synth_store: Store, filters: Filters
) -> None:
    # The countries view reads one property at a time and details only for the items its
    # tooltips list; it must draw exactly what the full snapshot draws.
    from kg.viz import build_view, read_snapshot

    fast = network_for("countries", synth_store, filters)
    full = build_view("countries", read_snapshot(synth_store, filters, sources=False))
    assert dict(fast.nodes(data=True)) == dict(full.nodes(data=True))
    assert _edges(fast) == _edges(full)
    assert fast.number_of_edges() >= (3 if filters.kind or filters.topic else 20)


@pytest.fixture(scope="module")
def synth_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    from kg.pipeline import ingest
    from kg.synth import synthesise

    folder = tmp_path_factory.mktemp("synth")
    synthesise(400, 11, folder / "in", workers=1)
    store = Store(folder / "store")
    ingest([folder / "in"], store, jobs=1)
    return store


def test_countries_read_in_this_process_when_the_background_scan_fails(
    synth_store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import kg.scan

    expected = _edges(network_for("countries", synth_store))

    def broken(*args: object, **kwargs: object) -> object:
        def fail() -> object:
            raise OSError("scan failed (simulated)")

        return fail

    monkeypatch.setattr(kg.scan, "in_background", broken)
    assert _edges(network_for("countries", synth_store)) == expected
    assert "scan failed (simulated); reading in this process instead" in caplog.text


def test_a_background_scan_answers_as_the_store_does(synth_store: Store) -> None:
    from kg.scan import in_background
    from kg.viz.data import _COUNTRY_LINKS, country_sets_here

    here = {i: c for i, c in country_sets_here(synth_store).items() if len(c) == 2}
    assert in_background("countries2", str(synth_store.location), *_COUNTRY_LINKS)() == here
    rows = in_background(
        "select", str(synth_store.location), data="SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    )()
    assert rows == [
        (str(synth_store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]),)
    ]
    with pytest.raises(OSError, match="the scan failed"):
        in_background("select", str(synth_store.location), data="SELECT nonsense")()


def test_an_item_two_releases_date_differently_is_drawn_the_same_by_both_readers(
    tmp_path: Path,
) -> None:
    # Two releases give one sidelines meeting two start dates and two labels (each its own
    # publication day): both readers take the least of each.
    from kg.store.base import GraphWrite
    from kg.viz import build_view, read_snapshot

    a = "https://w3id.org/adkg/ontology#"
    x = "https://w3id.org/adkg/id/"
    meeting = f"<{x}event/test/bilateral-meeting/MY-TH>"

    def release(day: str, label: str) -> str:
        return (
            f"{meeting} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{a}BilateralMeeting> .\n"
            f'{meeting} <http://www.w3.org/2000/01/rdf-schema#label> "{label}" .\n'
            f'{meeting} <{a}startDate> "{day}"^^<http://www.w3.org/2001/XMLSchema#date> .\n'
            f"{meeting} <{a}participatingCountry> <{x}country/MY> .\n"
            f"{meeting} <{a}participatingCountry> <{x}country/TH> .\n"
        )

    from kg.pipeline import load_reference

    store = Store(tmp_path / "s")
    load_reference(store)  # the countries' codes, as an ingest loads them
    store.write_batch(
        [
            GraphWrite(f"{x}release/one", release("2024-11-21", "Meeting B")),
            GraphWrite(f"{x}release/two", release("2024-11-20", "Meeting A")),
        ]
    )
    for filters in (
        Filters(),
        Filters(since=dt.date(2024, 11, 21)),
        Filters(until=dt.date(2024, 11, 20)),
    ):
        fast = network_for("countries", store, filters)
        full = build_view("countries", read_snapshot(store, filters, sources=False))
        assert _edges(fast) == _edges(full)
    edge = _edges(network_for("countries", store))[("MY", "TH")]
    assert (edge["first"], edge["last"]) == ("2024-11-20", "2024-11-20")
    assert "Meeting A" in str(edge["tooltip"])
