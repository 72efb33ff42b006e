"""A networkx graph as one self-contained HTML page, drawn by vis-network through pyvis.

pyvis builds the nodes, edges and options; the page itself is ours, because
pyvis's own template links Bootstrap from a CDN and writes the heading
unescaped. vis-network's script and stylesheet are inlined from the copy that
ships inside the pyvis package, so the page loads no URL at all. Tooltips are
built in the browser with ``textContent``: text from releases never becomes
markup.

>>> import networkx as nx
>>> g = nx.Graph(); g.add_edge("MY", "TH", links=[])
>>> page = render_html(g, title="<b>x</b>")
>>> "&lt;b&gt;x&lt;/b&gt;" in page and "<b>x</b>" not in page
True
>>> import re; re.search("(src|href)=.?https?:", page) is None
True
"""

from __future__ import annotations

import datetime as dt
import html
import json
from pathlib import Path
from typing import Any

import networkx as nx

__all__ = ["render_html"]

_GROUP_COLOURS = {"asean": "#1f77b4", "admm-plus": "#ff7f0e", "other": "#9e9e9e"}
_GROUP_NAMES = {"asean": "ASEAN member", "admm-plus": "ADMM-Plus partner", "other": "Other country"}
_KIND_STYLE = {
    "Bilateral meeting": {"color": "#2ca02c", "dashes": False},
    "Courtesy call": {"color": "#17becf", "dashes": [2, 4]},
    "Visit": {"color": "#8c564b", "dashes": [8, 4]},
    "Exercise": {"color": "#bcbd22", "dashes": [4, 2]},
}
_AGREEMENT_COLOUR = "#d62728"


def _vis_assets() -> tuple[str, str]:
    import pyvis

    folder = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
    script = (folder / "vis-network.min.js").read_text(encoding="utf-8")
    style = (folder / "vis-network.css").read_text(encoding="utf-8")
    return script, style


def _day(value: Any) -> str:
    return value.isoformat() if isinstance(value, dt.date) else (str(value) if value else "undated")


def _edge_tooltip(a: str, b: str, links: list[dict[str, Any]]) -> str:
    lines = [f"{a} – {b}: {len(links)} link(s)"]
    for link in links:
        status = f", {link['status']}" if link.get("status") else ""
        lines.append(f"• {link['kind']}: {link['label']}{status} ({_day(link.get('date'))})")
        for published, release, paragraph in link.get("sources", []):
            lines.append(
                f"    release {release.rsplit('/', 1)[-1]} of {_day(published)}, ¶{paragraph}"
            )
    return "\n".join(lines)


def _style(links: list[dict[str, Any]]) -> dict[str, Any]:
    if any(link.get("status") for link in links):
        return {"color": _AGREEMENT_COLOUR, "dashes": False}
    return _KIND_STYLE.get(links[0]["kind"], {"color": "#555555", "dashes": False}) if links else {}


def render_html(graph: nx.Graph, *, title: str) -> str:
    """The page: title, legend, the network; physics stops once the layout settles."""
    from pyvis.network import Network

    net = Network(height="85vh", width="100%", directed=False, cdn_resources="in_line")
    for node, data in sorted(graph.nodes(data=True)):
        group = data.get("group", "other")
        name = str(data.get("name", node))
        tip = f"{name} ({node})\n{_GROUP_NAMES.get(group, group)}\nengagements: {data.get('engagements', 0)}"
        net.add_node(
            str(node),
            label=str(node),
            title=tip,
            color=_GROUP_COLOURS.get(group, "#9e9e9e"),
            size=12 + 4 * int(data.get("engagements", 0)),
        )
    for a, b, data in sorted(graph.edges(data=True)):
        links = data.get("links", [])
        style = _style(links)
        net.add_edge(
            str(a),
            str(b),
            title=_edge_tooltip(str(a), str(b), links),
            value=max(1, len(links)),
            color=style.get("color"),
            dashes=style.get("dashes", False),
        )
    nodes, edges, _, _, _, _ = net.get_network_data()
    options = {
        "physics": {
            "stabilization": {"enabled": True, "iterations": 400},
            "solver": "forceAtlas2Based",
        },
        "interaction": {"hover": True, "tooltipDelay": 100},
        "edges": {"smooth": False},
    }
    script, style = _vis_assets()
    legend = (
        "".join(
            f'<li><span class="dot" style="background:{c}"></span>{html.escape(_GROUP_NAMES[g])}</li>'
            for g, c in _GROUP_COLOURS.items()
        )
        + "".join(
            f'<li><span class="bar" style="background:{s["color"]}"></span>{html.escape(k)}</li>'
            for k, s in _KIND_STYLE.items()
        )
        + f'<li><span class="bar" style="background:{_AGREEMENT_COLOUR}"></span>Agreement</li>'
    )
    data = json.dumps({"nodes": nodes, "edges": edges, "options": options}, ensure_ascii=False)
    # "</" inside a JSON string would end the script element early.
    data = data.replace("</", "<\\/")
    return _PAGE.format(
        title=html.escape(title),
        legend=legend,
        style=style,
        script=script.replace("</script", "<\\/script"),
        data=data,
        count=f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges",
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
.kg-tip {{ white-space: pre-line; font-size: 12px; max-width: 480px; }}
</style></head>
<body>
<header><h1>{title}</h1><ul id="legend">{legend}</ul><small id="status">{count}; settling…</small></header>
<div id="network"></div>
<script>{script}</script>
<script>
(function () {{
  var data = {data};
  function tip(text) {{ var d = document.createElement("div"); d.className = "kg-tip"; d.textContent = text; return d; }}
  data.nodes.forEach(function (n) {{ if (n.title) n.title = tip(n.title); }});
  data.edges.forEach(function (e) {{ if (e.title) e.title = tip(e.title); }});
  var network = new vis.Network(document.getElementById("network"),
    {{ nodes: new vis.DataSet(data.nodes), edges: new vis.DataSet(data.edges) }}, data.options);
  window.kgNetwork = network;
  network.once("stabilizationIterationsDone", function () {{
    network.setOptions({{ physics: false }});
    document.getElementById("status").textContent = "{count}";
    window.kgSettled = true;
  }});
}})();
</script>
</body></html>
"""
