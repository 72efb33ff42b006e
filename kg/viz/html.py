"""A view as one self-contained HTML page, drawn by vis-network through pyvis.

pyvis builds the nodes, edges and options; the page itself is ours, because
pyvis's own template links Bootstrap from a CDN and writes the heading
unescaped. vis-network's script and stylesheet are inlined from the copy that
ships inside the pyvis package, a Content-Security-Policy forbids any network
load, every text from the releases is HTML-escaped, and tooltips are built in
the browser with ``textContent``, so release text never becomes markup.

Physics lays the network out, then stops (``window.kgSettled`` turns true).
A graph over ``MAX_NODES`` nodes keeps its most connected nodes and says so.

>>> import networkx as nx
>>> g = nx.Graph(); g.add_edge("MY", "TH", tooltip="<b>x</b>")
>>> page = render_html(g, title="<b>x</b>")
>>> "&lt;b&gt;x&lt;/b&gt;" in page and "<b>x</b>" not in page
True
>>> import re; re.search("(src|href)=.?https?:", page) is None
True
"""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

import networkx as nx

__all__ = ["MAX_NODES", "render_html"]

MAX_NODES = 1500


def _vis_assets() -> tuple[str, str]:
    import pyvis

    folder = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    script = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    style = (folder / "vis-network.css").read_text(encoding="utf-8")
    return script, style


def _trim(graph: nx.Graph) -> tuple[nx.Graph, str]:
    if graph.number_of_nodes() <= MAX_NODES:
        return graph, ""
    keep = sorted(graph.nodes, key=lambda n: (-graph.degree(n), str(n)))[:MAX_NODES]
    note = (
        f"Showing the {MAX_NODES:,} most connected of {graph.number_of_nodes():,} nodes; "
        "narrow with --since/--until, --country, --kind, --topic or --focus."
    )
    return graph.subgraph(keep).copy(), note


def render_html(graph: nx.Graph, *, title: str) -> str:
    """The page: title, legend, the network; physics stops once the layout settles."""
    from pyvis.network import Network

    graph, note = _trim(graph)
    net = Network(height="85vh", width="100%", directed=False, cdn_resources="in_line")
    for node, data in sorted(graph.nodes(data=True), key=lambda t: str(t[0])):
        net.add_node(
            str(node),
            label=str(data.get("label", node)),
            title=str(data.get("tooltip", data.get("label", node))),
            color=data.get("color", "#9e9e9e"),
            size=float(data.get("size", 12)),
            shape=data.get("shape", "dot"),
        )
    for a, b, data in sorted(graph.edges(data=True), key=lambda t: (str(t[0]), str(t[1]))):
        net.add_edge(
            str(a),
            str(b),
            title=str(data.get("tooltip", "")),
            value=max(1, int(data.get("weight", 1))),
            color=data.get("color", "#555555"),
            dashes=bool(data.get("dashes", False)),
        )
    nodes, edges, _, _, _, _ = net.get_network_data()
    options = {
        "physics": {
            "solver": "forceAtlas2Based",
            "stabilization": {"enabled": True, "iterations": 300, "updateInterval": 50},
        },
        "interaction": {"hover": True, "tooltipDelay": 100},
        "edges": {"smooth": False},
    }
    script, style = _vis_assets()
    legend_items = graph.graph.get("legend", [])
    legend = "".join(
        f'<li><span class="{html.escape(shape)}" style="background:{html.escape(colour)}"></span>'
        f"{html.escape(text)}</li>"
        for text, colour, shape in legend_items
    )
    data: dict[str, Any] = {"nodes": nodes, "edges": edges, "options": options}
    payload = (
        json.dumps(data, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
    )
    count = f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges"
    return _PAGE.format(
        title=html.escape(title),
        legend=legend,
        note=html.escape(note),
        style=style,
        script=script.replace("</script", "<\\/script"),
        data=payload,
        count=count,
    )


_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>{title}</title>
<style>{style}</style>
<style>
body {{ font-family: system-ui, sans-serif; margin: 0; }}
header {{ padding: 8px 16px; border-bottom: 1px solid #ddd; }}
h1 {{ font-size: 1.2em; margin: 0; }}
#legend {{ list-style: none; padding: 0; margin: 4px 0 0; display: flex; flex-wrap: wrap; gap: 14px; font-size: 0.85em; }}
.dot {{ display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; }}
.bar {{ display: inline-block; width: 18px; height: 3px; margin-right: 4px; vertical-align: middle; }}
#network {{ width: 100%; height: 85vh; }}
.kg-tip {{ white-space: pre-line; font-size: 12px; max-width: 520px; }}
#note {{ color: #a33; }}
</style></head>
<body>
<header><h1>{title}</h1><ul id="legend">{legend}</ul>
<small id="status">{count}; settling…</small> <small id="note">{note}</small></header>
<div id="network"></div>
<script>{script}</script>
<script>
(function () {{
  var data = {data};
  function tip(text) {{ var d = document.createElement("div"); d.className = "kg-tip"; d.textContent = text; return d; }}
  data.nodes.forEach(function (n) {{ if (n.title) n.title = tip(n.title); }});
  data.edges.forEach(function (e) {{ if (e.title) e.title = tip(e.title); }});
  var nodes = new vis.DataSet(data.nodes), edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("network"), {{ nodes: nodes, edges: edges }}, data.options);
  window.kgNetwork = network;
  window.kgCounts = {{ nodes: nodes.length, edges: edges.length }};
  function settled() {{
    network.setOptions({{ physics: false }});
    document.getElementById("status").textContent = "{count}";
    window.kgSettled = true;
  }}
  if (data.nodes.length === 0) {{ settled(); }}
  network.once("stabilizationIterationsDone", settled);
}})();
</script>
</body></html>
"""
