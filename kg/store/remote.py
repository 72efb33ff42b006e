"""A remote store: any SPARQL 1.1 endpoint (Oxigraph, Fuseki, GraphDB, Virtuoso, Neptune).

``--store URL`` names the dataset's base: queries go to ``URL/query``, updates to
``URL/update``, and a release's graph is replaced by one Graph Store Protocol
``PUT`` to ``URL/store`` (Oxigraph) or ``URL/data`` (Fuseki); where neither takes
a PUT, by one SPARQL Update (``DROP SILENT GRAPH …; INSERT DATA …``). Each
endpoint can be set on its own with ``KG_QUERY_URL``, ``KG_UPDATE_URL`` and
``KG_GSP_URL``.

Credentials come from the environment only: ``KG_STORE_TOKEN`` (a bearer token)
or ``KG_STORE_USER`` and ``KG_STORE_PASSWORD`` (basic). They never appear in a
message: errors name the endpoint without them.

Queries see the union of the named graphs: the request asks for it with
Oxigraph's ``union-default-graph`` parameter, which other servers ignore; GraphDB,
Virtuoso and Neptune query the union by default, and Fuseki does with
``tdb2:unionDefaultGraph true``.
"""

from __future__ import annotations

import base64
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

import pyoxigraph as ox
from rdflib import Graph

from kg.errors import QueryError, StoreError, UsageError
from kg.store.base import (
    FORMATS,
    GraphWrite,
    QueryResult,
    batch_update,
    bind_values,
    binding,
    rdflib_to_ox,
    serialise_triples,
    term_to_python,
)

__all__ = ["RemoteStore", "bind_values"]

_TIMEOUT = 300


def _python(cell: dict[str, str] | None) -> Any:
    if cell is None:
        return None
    kind, value = cell["type"], cell["value"]
    if kind == "uri":
        return value
    if kind == "bnode":
        return f"_:{value}"
    if "xml:lang" in cell:
        return value
    if "datatype" in cell:
        return term_to_python(ox.Literal(value, datatype=ox.NamedNode(cell["datatype"])))
    return value


class RemoteStore:
    """A SPARQL 1.1 endpoint used as the store."""

    def __init__(self, url: str) -> None:
        self.url = url.rstrip("/")
        parts = urllib.parse.urlsplit(self.url)
        if parts.username or parts.password:
            # Keep secrets out of URLs: they end up in shell history and logs.
            raise UsageError(
                "credentials in the store URL are refused; set KG_STORE_USER and "
                "KG_STORE_PASSWORD (or KG_STORE_TOKEN) instead"
            )
        base = re.sub(r"/(query|sparql)$", "", self.url)
        self.location = base
        self.query_url = os.environ.get("KG_QUERY_URL") or f"{base}/query"
        self.update_url = os.environ.get("KG_UPDATE_URL") or f"{base}/update"
        gsp = os.environ.get("KG_GSP_URL")
        self._gsp_candidates = [gsp] if gsp else [f"{base}/store", f"{base}/data"]
        self._gsp: str | None = None

    # -- HTTP ---------------------------------------------------------------------------

    def _headers(self) -> dict[str, str]:
        token = os.environ.get("KG_STORE_TOKEN")
        if token:
            return {"Authorization": f"Bearer {token}"}
        user = os.environ.get("KG_STORE_USER")
        if user:
            secret = f"{user}:{os.environ.get('KG_STORE_PASSWORD', '')}".encode()
            return {"Authorization": "Basic " + base64.b64encode(secret).decode("ascii")}
        return {}

    def _request(
        self,
        url: str,
        *,
        data: bytes | None = None,
        method: str = "POST",
        content_type: str | None = None,
        accept: str | None = None,
    ) -> tuple[int, bytes]:
        headers = self._headers()
        if content_type:
            headers["Content-Type"] = content_type
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=_TIMEOUT) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read()
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{url}: the endpoint cannot be reached ({reason})") from exc

    def _post_query(self, sparql: str, accept: str) -> bytes:
        form = urllib.parse.urlencode({"query": sparql, "union-default-graph": ""}).encode()
        status, body = self._request(
            self.query_url,
            data=form,
            content_type="application/x-www-form-urlencoded",
            accept=accept,
        )
        if status >= 400:
            message = body.decode("utf-8", "replace").strip().splitlines()
            first = message[0] if message else ""
            if status == 400:
                raise QueryError(f"{self.query_url}: the query was refused ({first})")
            raise StoreError(f"{self.query_url}: HTTP {status} ({first})")
        return body

    def _update(self, sparql: str) -> None:
        form = urllib.parse.urlencode({"update": sparql}).encode()
        status, body = self._request(
            self.update_url, data=form, content_type="application/x-www-form-urlencoded"
        )
        if status >= 400:
            first = body.decode("utf-8", "replace").strip()[:200]
            raise StoreError(f"{self.update_url}: the update was refused (HTTP {status}: {first})")

    # -- writing ------------------------------------------------------------------------

    def replace_graph(self, graph: str, triples: Graph | Iterable[Any]) -> None:
        """Replace one named graph in one request (GSP PUT, else one SPARQL Update)."""
        lines = [f"{rdflib_to_ox(s)} {rdflib_to_ox(p)} {rdflib_to_ox(o)} ." for s, p, o in triples]
        body = ("\n".join(lines) + "\n").encode("utf-8")
        for candidate in [self._gsp] if self._gsp else self._gsp_candidates:
            url = f"{candidate}?{urllib.parse.urlencode({'graph': graph})}"
            status, _ = self._request(
                url, data=body, method="PUT", content_type="application/n-triples"
            )
            if status < 300:
                self._gsp = candidate
                return
            if status in (401, 403):
                raise StoreError(
                    f"{candidate}: not allowed to write (HTTP {status}); check KG_STORE_USER/KG_STORE_TOKEN"
                )
        name = ox.NamedNode(graph)
        self._update(
            f"DROP SILENT GRAPH {name} ;\nINSERT DATA {{ GRAPH {name} {{\n{body.decode()}\n}} }}"
        )

    def write_batch(
        self,
        writes: list[GraphWrite],
        *,
        drop: Sequence[str] = (),
        forget: Sequence[tuple[str, str]] = (),
        bulk: bool = False,
    ) -> None:
        """Write many graphs with one SPARQL Update request (one transaction on the server;
        ``bulk`` changes nothing here)."""
        if writes or drop or forget:
            self._update(batch_update(writes, list(drop), list(forget)))

    def flush(self) -> None:
        """Nothing to do: every request is committed by the server."""

    def optimize(self) -> None:
        """Nothing to do: the server keeps its own files."""

    # -- reading ------------------------------------------------------------------------

    def statements(self, predicate: str, obj: str | None = None) -> list[tuple[str, str]]:
        """(subject, object) lexical values of ``predicate`` (with object ``obj``, if given)."""
        where = f"?s <{predicate}> <{obj}> BIND(<{obj}> AS ?o)" if obj else f"?s <{predicate}> ?o"
        rows = self.query(f"SELECT DISTINCT ?s ?o WHERE {{ {where} }}").rows
        return [(str(s), o.isoformat() if hasattr(o, "isoformat") else str(o)) for s, o in rows]

    def query(self, sparql: str, bindings: Mapping[str, str] | None = None) -> QueryResult:
        values = {k: binding(v) for k, v in (bindings or {}).items()}
        body = self._post_query(bind_values(sparql, values), "application/sparql-results+json")
        data = json.loads(body)
        if "boolean" in data:
            return QueryResult(["answer"], [[bool(data["boolean"])]])
        columns = data["head"]["vars"]
        rows = [[_python(b.get(c)) for c in columns] for b in data["results"]["bindings"]]
        return QueryResult(columns, rows)

    def construct(self, sparql: str) -> Iterator[Any]:
        body = self._post_query(sparql, "application/n-triples")
        return iter(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))

    def graph(self, name: str | None = None) -> Graph:
        where = f"GRAPH <{name}> {{ ?s ?p ?o }}" if name else "GRAPH ?g { ?s ?p ?o }"
        body = self._post_query(
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}", "application/n-triples"
        )
        return Graph().parse(data=body.decode("utf-8"), format="nt")

    def graphs(self) -> list[str]:
        rows = self.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return sorted(str(r[0]) for r in rows)

    def subject_values(self, graph: str, predicate: str) -> dict[str, str]:
        """Subject IRI → lexical value of ``predicate`` in one named graph."""
        answer = self.query(f"SELECT ?s ?o WHERE {{ GRAPH <{graph}> {{ ?s <{predicate}> ?o }} }}")
        return {str(s): str(o) for s, o in answer.rows}

    def graph_value(self, graph: str, subject: str, predicate: str) -> str | None:
        sparql = (
            f"SELECT ?o WHERE {{ GRAPH {ox.NamedNode(graph)} "
            f"{{ {ox.NamedNode(subject)} {ox.NamedNode(predicate)} ?o }} }} LIMIT 1"
        )
        rows = self.query(sparql).rows
        return str(rows[0][0]) if rows else None

    def __len__(self) -> int:
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows
        return int(rows[0][0])

    def quads(self) -> Iterator[Any]:
        raw = self._post_query(
            "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "application/sparql-results+json"
        )
        for b in json.loads(raw)["results"]["bindings"]:
            yield ox.Quad(*(_ox(b[k]) for k in ("s", "p", "o", "g")))

    def dump(self, fmt: str) -> bytes:
        if fmt in ("nq", "trig"):
            return ox.serialize(self.quads(), format=FORMATS[fmt])
        return serialise_triples(
            self.construct("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"), fmt
        )


def _ox(cell: dict[str, str]) -> Any:
    kind, value = cell["type"], cell["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if "xml:lang" in cell:
        return ox.Literal(value, language=cell["xml:lang"])
    if "datatype" in cell:
        return ox.Literal(value, datatype=ox.NamedNode(cell["datatype"]))
    return ox.Literal(value)
