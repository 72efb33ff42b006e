"""Networks of the graph: networkx graphs from the store, self-contained pyvis HTML pages."""

from kg.viz.html import render_html
from kg.viz.network import VIEWS, country_network

__all__ = ["VIEWS", "country_network", "render_html"]
