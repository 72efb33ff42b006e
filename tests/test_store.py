"""The embedded store keeps the union of the release graphs, without repeats, as its default graph."""

import shutil
from pathlib import Path

import pyoxigraph as ox

from kg.pipeline import ingest
from kg.store import Store
from kg.store.base import GraphWrite

RELEASES = Path("data/releases")
MY = RELEASES / "2024-03-06-my-admm-retreat-luang-prabang.ms.txt"
SG = RELEASES / "2024-03-06-sg-admm-retreat-luang-prabang.en.txt"

DEFAULT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
DISTINCT_NAMED = (
    "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
)
REPEATED = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _count(store: Store, sparql: str) -> int:
    return store.query(sparql).rows[0][0]


def test_two_releases_of_one_meeting_share_triples_once(tmp_path: Path) -> None:
    store = Store(tmp_path / "s")
    ingest([MY, SG], store, jobs=1)
    union = _count(store, DEFAULT)
    assert union == _count(store, DISTINCT_NAMED)
    assert union < _count(store, REPEATED) == len(store)  # the two releases repeat facts


def test_removing_a_release_keeps_what_another_still_says(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(MY, folder / "my.txt")
    shutil.copy(SG, folder / "sg.txt")
    store = Store(tmp_path / "s")
    first = {i.path.name: i.release for i in ingest([folder], store, jobs=1).ingested}
    shared = set(store.graph(first["my.txt"])) & set(store.graph(first["sg.txt"]))
    assert len(shared) > 20  # the meeting, its countries, the ministers
    (folder / "sg.txt").write_text(SG.read_text(encoding="utf-8") + "\nEND\n", encoding="utf-8")
    ingest([folder], store, jobs=1)  # the SG release is replaced: its old graph goes
    assert len([g for g in store.graphs() if "/release/" in g]) == 2
    assert _count(store, DEFAULT) == _count(store, DISTINCT_NAMED)
    old = first["sg.txt"]
    assert store.query(f"ASK {{ <{old}> ?p ?o }}").rows == [[False]]  # only the old SG said it
    union = set(store.graph())
    assert shared <= union  # MY still says these


def test_a_store_from_before_gets_its_union_when_opened(tmp_path: Path) -> None:
    raw = ox.Store(str(tmp_path / "old"))
    g1, g2 = ox.NamedNode("urn:g1"), ox.NamedNode("urn:g2")
    a, p, b = ox.NamedNode("urn:a"), ox.NamedNode("urn:p"), ox.NamedNode("urn:b")
    raw.extend([ox.Quad(a, p, b, g1), ox.Quad(a, p, b, g2), ox.Quad(b, p, a, g2)])
    raw.flush()
    del raw
    reader = Store(tmp_path / "old", read_only=True)
    assert reader.union_default_graph and _count(reader, DEFAULT) == 3  # Oxigraph's union
    del reader
    store = Store(tmp_path / "old")
    assert not store.union_default_graph
    assert _count(store, DEFAULT) == 2 and len(store) == 3


def test_a_graph_with_blank_nodes_can_be_replaced(tmp_path: Path) -> None:
    from rdflib import BNode, Graph, Literal, URIRef

    graph = Graph()
    node = BNode()
    graph.add((URIRef("urn:a"), URIRef("urn:p"), node))
    graph.add((node, URIRef("urn:q"), Literal("x")))
    store = Store(tmp_path / "s")
    store.replace_graph("urn:g", graph)
    graph.add((node, URIRef("urn:q"), Literal("y")))
    store.replace_graph("urn:g", graph)  # the second write takes the SPARQL Update path
    assert len(store) == 3 and _count(store, DEFAULT) == 3
    assert store.query("SELECT ?o WHERE { ?n <urn:q> ?o } ORDER BY ?o").rows == [["x"], ["y"]]


def test_two_graphs_sharing_a_triple_replaced_together_leave_nothing_stale(tmp_path: Path) -> None:
    store = Store(tmp_path / "s")
    store.write_batch(
        [
            GraphWrite("urn:g1", "<urn:a> <urn:p> <urn:stale> .\n<urn:a> <urn:p> <urn:one> .\n"),
            GraphWrite("urn:g2", "<urn:a> <urn:p> <urn:stale> .\n"),
        ]
    )
    store.write_batch(
        [
            GraphWrite("urn:g1", "<urn:a> <urn:p> <urn:one> .\n"),
            GraphWrite("urn:g2", "<urn:a> <urn:p> <urn:two> .\n"),
        ]
    )
    union = "SELECT ?o WHERE { <urn:a> <urn:p> ?o } ORDER BY ?o"
    assert store.query(union).rows == [["urn:one"], ["urn:two"]]
    store.write_batch([], drop=["urn:g1", "urn:g2"])
    assert store.query(union).rows == []


def test_parameters_are_bound_in_groups_not_in_strings_or_comments() -> None:
    import pytest

    from kg.errors import QueryError

    store = Store(None)
    store.write_batch(
        [GraphWrite("urn:g", '<urn:a> <urn:p> <urn:b> .\n<urn:c> <urn:p> "where {" .\n')]
    )
    text = "# where {\nSELECT ?s WHERE { ?s <urn:p> ?o FILTER(?o != 'x}') }"
    assert store.query(text, {"o": "urn:b"}).rows == [["urn:a"]]
    nested = "SELECT ?s ?o { ?s <urn:p> ?o { SELECT ?s WHERE { ?s <urn:p> ?any } } }"
    assert store.query(nested, {"o": "urn:b"}).rows == [["urn:a", "urn:b"]]
    with pytest.raises(QueryError, match="is not a variable name"):
        store.query("SELECT ?s WHERE { ?s ?p ?o }", {"o) { (1) } #": "x"})
