"""What every store shares: answers as Python values, parameters as RDF terms."""

from __future__ import annotations

import datetime as dt
import decimal
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import pyoxigraph as ox

__all__ = [
    "DEFAULT_STORE",
    "FORMATS",
    "GraphWrite",
    "QueryResult",
    "batch_update",
    "bind_values",
    "binding",
    "nquads",
    "rdflib_to_ox",
    "store_location",
    "term_to_python",
]

DEFAULT_STORE = "kg-store"

FORMATS = {
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
}


def store_location(option: str | None) -> str:
    """``--store`` if given, else ``KG_STORE``, else ``./kg-store``."""
    return option or os.environ.get("KG_STORE") or DEFAULT_STORE


@dataclass(frozen=True)
class GraphWrite:
    """One named graph's new content as N-Triples text, for a batched write.

    ``replace`` drops the graph's old content first; otherwise the triples are added to it.
    """

    graph: str
    ntriples: str
    replace: bool = True


def nquads(writes: list[GraphWrite], *, union: bool = False) -> bytes:
    """The writes as one N-Quads document (every N-Triples line gets its graph name).

    With ``union``, every triple is also given once more without a graph name, for the
    default graph.
    """
    out: list[str] = []
    for write in writes:
        name = f" <{write.graph}> .\n"
        for line in write.ntriples.splitlines():
            line = line.rstrip()
            if line and not line.startswith("#"):
                out.append(line[:-1].rstrip() + name)  # "s p o ." → "s p o <g> ."
                if union:
                    out.append(line + "\n")
    return "".join(out).encode("utf-8")


def batch_update(
    writes: list[GraphWrite],
    drop: list[str],
    forget: list[tuple[str, str]],
    *,
    union: bool = False,
) -> str:
    """The same batch as one SPARQL Update: drops, forgotten subjects, then INSERT DATA.

    ``forget`` holds (graph, subject) pairs whose triples in that graph are deleted. With
    ``union``, the triples also go into the default graph, inside the same INSERT DATA (a
    blank node label may not be shared between two operations of an update).
    """
    ops = [f"DROP SILENT GRAPH <{g}>" for g in drop]
    ops += [f"DROP SILENT GRAPH <{w.graph}>" for w in writes if w.replace and w.graph not in drop]
    ops += [f"DELETE WHERE {{ GRAPH <{g}> {{ <{s}> ?p ?o }} }}" for g, s in forget]
    body = "\n".join(f"GRAPH <{w.graph}> {{\n{w.ntriples}\n}}" for w in writes)
    if union:
        body += "\n" + "\n".join(w.ntriples for w in writes)
    if body.strip():
        ops.append(f"INSERT DATA {{\n{body}\n}}")
    return " ;\n".join(ops)


@dataclass(frozen=True)
class QueryResult:
    """A SELECT answer as column names and rows of Python values (dates as dates)."""

    columns: list[str]
    rows: list[list[Any]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


_XSD = "http://www.w3.org/2001/XMLSchema#"


def term_to_python(term: Any) -> Any:
    """A pyoxigraph term as a Python value: IRIs as str, typed literals converted."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        dtype = term.datatype.value
        value = term.value
        try:
            if dtype == _XSD + "date":
                return dt.date.fromisoformat(value)
            if dtype in (_XSD + "integer", _XSD + "int", _XSD + "long"):
                return int(value)
            if dtype == _XSD + "decimal":
                return decimal.Decimal(value)
            if dtype in (_XSD + "double", _XSD + "float"):
                return float(value)
            if dtype == _XSD + "boolean":
                return value == "true"
        except ValueError:
            return value
        return value
    return str(term)


def rdflib_to_ox(term: Any) -> Any:
    """An rdflib term as a pyoxigraph term."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {term!r}")


def binding(value: str) -> Any:
    """A ``--param`` value as an RDF term: IRIs stay IRIs, ISO dates become xsd:date.

    >>> binding("2024-03-06").datatype.value
    'http://www.w3.org/2001/XMLSchema#date'
    >>> binding("https://w3id.org/adkg/id/country/MY")
    <NamedNode value=https://w3id.org/adkg/id/country/MY>
    """
    if value.startswith(("http://", "https://", "urn:")):
        return ox.NamedNode(value)
    try:
        dt.date.fromisoformat(value)
        return ox.Literal(value, datatype=ox.NamedNode(_XSD + "date"))
    except ValueError:
        pass
    if value.lstrip("-").isdigit():
        return ox.Literal(value, datatype=ox.NamedNode(_XSD + "integer"))
    return ox.Literal(value)


def bind_values(sparql: str, values: Mapping[str, Any]) -> str:
    """Bind parameters as a VALUES block opening the top-level group, and opening each
    sub-select's WHERE group that names the parameter.

    Values are RDF terms serialised by pyoxigraph, so they cannot change the query's
    shape; placed first in a group, they constrain it the way a bound variable does
    (filters inside the group see them). A sub-select sees nothing from outside it, so a
    parameter it uses is bound there too: a saved query can filter before it aggregates.
    Strings, IRIs and comments are skipped when the groups are found.

    >>> bind_values("SELECT ?x WHERE { ?x ?p ?o }", {"o": ox.Literal('a" } DROP ALL #')})
    'SELECT ?x WHERE { VALUES (?o) { ("a\\\\" } DROP ALL #") } ?x ?p ?o }'
    >>> bind_values("SELECT * WHERE { { SELECT ?x WHERE { ?x ?p ?d } } ?x ?q ?y }",
    ...             {"d": ox.Literal("1"), "y": ox.Literal("2")})
    'SELECT * WHERE { VALUES (?d ?y) { ("1" "2") } { SELECT ?x WHERE { VALUES (?d) { ("1") } ?x ?p ?d } } ?x ?q ?y }'
    >>> bind_values('SELECT ?s { ?s ?p "where {" }', {"p": ox.NamedNode("urn:p")})
    'SELECT ?s { VALUES (?p) { (<urn:p>) } ?s ?p "where {" }'
    """
    if not values:
        return sparql
    from kg.errors import QueryError

    for name in values:
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"{name!r} is not a variable name")
    top: int | None = None
    groups: list[tuple[int, int]] = []  # sub-selects' WHERE groups: (start, end) of the body
    opened: list[int] = []  # where each open group's body starts
    for token in _TOKENS.finditer(sparql):
        text = token.group(0)
        if text == "}":
            if opened:
                begin = opened.pop()
                for k, (start, end) in enumerate(groups):
                    if start == begin and end < 0:
                        groups[k] = (start, token.start())
            continue
        if text[0] in "#\"'<":
            continue  # a comment, a string or an IRI
        if top is None:
            top = token.end()
        elif text[0] in "Ww" and opened:
            groups.append((token.end(), -1))
        opened.append(token.end())
    if top is None:
        raise QueryError("the query has no WHERE group to bind parameters in")
    inserts = [(top, list(values))]
    for start, end in groups:
        body = sparql[start : end if end >= 0 else len(sparql)]
        names = [k for k in values if re.search(rf"[?$]{k}\b", body)]
        if names:
            inserts.append((start, names))
    out = sparql
    for at, names in sorted(inserts, reverse=True):
        terms = " ".join(str(values[k]) for k in names)
        block = f" VALUES ({' '.join(f'?{k}' for k in names)}) {{ ({terms}) }}"
        out = out[:at] + block + out[at:]
    return out


_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*"
    r"|\bWHERE\s*\{|\{|\}",
    re.IGNORECASE,
)


def serialise_triples(triples: Any, fmt: str) -> bytes:
    """Triples (the union of the graphs) as Turtle, N-Triples or JSON-LD."""
    from rdflib import Graph

    from kg.errors import QueryError

    if fmt in ("ttl", "nt"):
        return ox.serialize(triples, format=FORMATS[fmt])
    if fmt == "jsonld":
        graph = Graph()
        graph.parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
        return graph.serialize(format="json-ld", auto_compact=True).encode("utf-8")
    raise QueryError(f"unknown export format {fmt!r}")
