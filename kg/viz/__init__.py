"""Networks of the graph: networkx views from the store, self-contained pyvis HTML pages."""

from kg.viz.data import Filters, read_snapshot
from kg.viz.html import render_html
from kg.viz.network import VIEWS, build_view, focus, network_for

__all__ = [
    "VIEWS",
    "Filters",
    "build_view",
    "focus",
    "network_for",
    "read_snapshot",
    "render_html",
]
