"""The Python API notebooks use (and the CLI stands beside): ``kg.open()``.

>>> import kg, tempfile
>>> g = kg.open(tempfile.mkdtemp() + "/store")
>>> report = g.ingest(["data/releases/2024-03-06-my-admm-retreat-luang-prabang.ms.txt"])
>>> df = g.query("bilateral-meetings", a="MY", b="TH")
>>> list(df["label"])
['Bilateral meeting MY–TH']
>>> df["start"].dtype.kind
'M'
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.store import AnyStore, open_store, store_location

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd
    from rdflib import Dataset

    from kg.pipeline import IngestReport

__all__ = ["KnowledgeGraph", "open"]


class KnowledgeGraph:
    """A store with the questions analysts ask of it. Create it with :func:`kg.open`."""

    def __init__(self, store: AnyStore) -> None:
        self.store = store

    # -- writing --------------------------------------------------------------------------

    def ingest(self, paths: Iterable[str | Path]) -> IngestReport:
        """Ingest release files or folders; bad files are reported in the result, not raised."""
        from kg.pipeline import ingest

        return ingest(paths, self.store)

    def ingest_text(
        self, text: str, *, name: str = "pasted-release.txt", folder: str | Path = "out/pasted"
    ) -> IngestReport:
        """Ingest a release pasted as text (it is kept as a file, so its facts stay traceable)."""
        target = Path(folder)
        target.mkdir(parents=True, exist_ok=True)
        path = target / name
        path.write_text(text, encoding="utf-8")
        return self.ingest([path])

    # -- reading --------------------------------------------------------------------------

    def query(self, name_or_sparql: str, **params: str) -> pd.DataFrame:
        """A saved query's name, a .rq file or SPARQL, as a DataFrame with typed columns.

        Dates become ``datetime64`` columns and numbers numeric ones; IRIs stay strings.
        """
        import pandas as pd

        from kg.query import run

        result = run(self.store, name_or_sparql, {k: str(v) for k, v in params.items()})
        frame = pd.DataFrame(result.rows, columns=result.columns)
        for column in frame.columns:
            values = [v for v in frame[column] if v is not None]
            if values and all(isinstance(v, dt.date) for v in values):
                frame[column] = pd.to_datetime(frame[column])
            elif values and all(
                isinstance(v, (int, float)) and not isinstance(v, bool) for v in values
            ):
                frame[column] = pd.to_numeric(frame[column])
        return frame

    @property
    def graph(self) -> Dataset:
        """An rdflib Dataset over the store (the union of all graphs as default graph)."""
        from oxrdflib.store import OxigraphStore
        from rdflib import Dataset

        inner = getattr(self.store, "_store", None)
        if inner is None:
            raise TypeError("an rdflib view is available for the embedded store only")
        # The default graph holds the union of the release graphs, without repeats; a store
        # written before it existed is read through the union of its graphs instead.
        union = self.store.union_default_graph  # type: ignore[union-attr]
        return Dataset(store=OxigraphStore(store=inner), default_union=union)

    def network(self, view: str = "countries", **filters: Any) -> nx.Graph:
        """A view as a networkx graph; filters: since, until, country, kind, topic, focus, depth."""
        from kg.viz import Filters, network_for

        focus_on = filters.pop("focus", None)
        depth = int(filters.pop("depth", 1))
        for key in ("since", "until"):
            if isinstance(filters.get(key), str):
                filters[key] = dt.date.fromisoformat(filters[key])
        return network_for(view, self.store, Filters(**filters), focus_on=focus_on, depth=depth)

    def show(self, view: str = "countries", *, height: int = 600, **filters: Any) -> Any:
        """The view's interactive network inline in Jupyter (offline: the page is self-contained)."""
        from IPython.display import HTML

        from kg.viz import render_html

        graph = self.network(view, **filters)
        page = render_html(graph, title=graph.graph.get("title", view))
        frame = (
            f'<iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{height}px;'
            'border:1px solid #ddd" sandbox="allow-scripts"></iframe>'
        )
        return HTML(frame)

    def explain(self, iri: str) -> pd.DataFrame:
        """Every release, paragraph and quote a node's facts rest on."""
        return self.query("fact-sources", node=iri)

    def stats(self) -> dict[str, int]:
        from kg.stats import store_stats

        return store_stats(self.store)


def open(store: str | Path | None = None) -> KnowledgeGraph:
    """Open a store: a folder (embedded, created if missing) or an http(s) SPARQL endpoint.

    Without an argument: ``$KG_STORE``, else ``./kg-store``.
    """
    return KnowledgeGraph(open_store(store_location(str(store) if store else None)))
