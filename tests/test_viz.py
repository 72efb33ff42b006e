import re

from kg.store import Store
from kg.viz import country_network, render_html


def test_country_network_edges_and_tooltip_sources(seed_store: Store) -> None:
    graph = country_network(seed_store)
    assert sorted(graph.edges) == [("LA", "MY"), ("MY", "TH")]
    links = graph["MY"]["TH"]["links"]
    assert sorted((link["kind"], link["status"]) for link in links) == [
        ("bilateral meeting", None),
        ("memorandum of understanding", "proposed"),
    ]
    mou = next(link for link in links if link["status"])
    assert [s[2] for s in mou["sources"]] == [8]
    assert graph.nodes["MY"]["group"] == "asean"


def test_page_is_self_contained_and_escapes_text(seed_store: Store) -> None:
    graph = country_network(seed_store)
    graph.nodes["MY"]["name"] = "<img src=x onerror=alert(1)>"
    page = render_html(graph, title="<script>alert(1)</script>")
    assert "<script>alert(1)</script>" not in page
    assert "<img src=x" not in page.replace("\\u003c", "<").split("var data")[0]
    assert not re.search(r"""(?:src|href)\s*=\s*["']?https?:""", page)
    assert "textContent" in page
