"""SHACL validation of the store (or of any graph) against ontology/shapes.ttl."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from rdflib import BNode, Graph, Literal, Node, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD

from kg.resources import ontology_dir
from kg.store import AnyStore

__all__ = [
    "ShapeChecker",
    "ValidationReport",
    "Violation",
    "check_release",
    "validate_graph",
    "validate_store",
]


@dataclass(frozen=True, order=True)
class Violation:
    shape: str
    focus: str
    message: str


@dataclass(frozen=True)
class ValidationReport:
    conforms: bool
    violations: list[Violation]

    def text(self) -> str:
        if self.conforms:
            return "conforms: every shape in ontology/shapes.ttl holds\n"
        lines = [f"{len(self.violations)} violation(s):"]
        for v in self.violations:
            lines.append(f"  {_short(v.shape)}  {_short(v.focus)}  {v.message}")
        return "\n".join(lines) + "\n"


def _short(iri: str) -> str:
    for prefix, name in (
        ("https://w3id.org/adkg/shapes#", "adkgsh:"),
        ("https://w3id.org/adkg/id/", "id:"),
    ):
        if iri.startswith(prefix):
            return name + iri[len(prefix) :]
    return iri


def validate_graph(data: Graph) -> ValidationReport:
    """Validate ``data`` with the ontology mixed in (so subclasses are targeted too)."""
    from pyshacl import validate

    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    ontology = Graph().parse(ontology_dir() / "adkg.ttl", format="turtle")
    conforms, report, _ = validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        abort_on_first=False,
        allow_warnings=False,
    )
    violations = []
    for result in report.subjects(SH.resultSeverity, None):
        shape = report.value(result, SH.sourceShape)
        focus = report.value(result, SH.focusNode)
        message = report.value(result, SH.resultMessage)
        violations.append(
            Violation(
                str(shape) if isinstance(shape, URIRef) else "(anonymous shape)",
                str(focus),
                str(message or ""),
            )
        )
    return ValidationReport(bool(conforms), sorted(set(violations)))


def validate_store(store: AnyStore) -> ValidationReport:
    """Validate the union of every graph in the store."""
    return validate_graph(store.graph())


# -- per-release checks, without pyshacl ------------------------------------------------


_UNDERSTOOD = frozenset(
    {
        SH.targetClass, SH.message, SH["and"], SH["or"], SH["class"], SH.path, SH.minCount,
        SH.maxCount, SH.datatype, SH["in"], SH.minInclusive, SH.minLength,
        SH.lessThanOrEquals, SH.NodeShape, SH.PropertyShape,
    }
)  # fmt: skip


class ShapeChecker:
    """The shapes of ontology/shapes.ttl, compiled for checking one release graph quickly.

    It understands the SHACL Core constraints the shapes use (targetClass with subclasses,
    and/or, class, path with min/maxCount, datatype, in, minInclusive, minLength,
    lessThanOrEquals) and refuses a shapes file that uses anything else, so a new rule is
    never skipped silently. ``tests/test_validate.py`` checks that it agrees with pyshacl.
    pyshacl takes about 40 ms per release; this takes well under 1 ms.
    """

    def __init__(self, shapes: Graph | None = None, ontology: Graph | None = None) -> None:
        shapes = shapes or Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
        ontology = ontology or Graph().parse(ontology_dir() / "adkg.ttl", format="turtle")
        self._supers: dict[Node, set[Node]] = {}
        for sub in set(ontology.subjects(RDFS.subClassOf, None)):
            self._supers[sub] = set(ontology.transitive_objects(sub, RDFS.subClassOf))
        self._shapes: list[tuple[str, Node, str, _Shape]] = []
        for term in {t for triple in shapes for t in triple}:
            if isinstance(term, URIRef) and term.startswith(SH) and term not in _UNDERSTOOD:
                raise ValueError(f"shapes.ttl uses {term}, which ShapeChecker does not know")
        for shape in sorted(set(shapes.subjects(SH.targetClass, None))):
            target = shapes.value(shape, SH.targetClass)
            message = str(shapes.value(shape, SH.message) or "")
            self._shapes.append((str(shape), target, message, _compile(shapes, shape)))

    def check(self, data: Iterable[tuple[Node, Node, Node]]) -> list[Violation]:
        """Every violation in ``data``, as pyshacl would report it (shape, focus, message)."""
        index: dict[Node, dict[Node, list[Node]]] = {}
        for s, p, o in data:
            index.setdefault(s, {}).setdefault(p, []).append(o)
        closed: dict[Node, set[Node]] = {}
        for node, props in index.items():
            types = set(props.get(RDF.type, ()))
            for t in list(types):
                types |= self._supers.get(t, set())
            if types:
                closed[node] = types
        out: list[Violation] = []
        for name, target, message, shape in self._shapes:
            for focus in sorted(n for n, cs in closed.items() if target in cs):
                if not _holds(shape, focus, index, closed):
                    out.append(Violation(name, str(focus), message))
        return sorted(set(out))


# A compiled shape: its path (None for a node shape) and its constraints as (kind, argument).
_Shape = tuple[Node | None, list[tuple[Node, Any]]]


def _compile(sg: Graph, shape: Node) -> _Shape:
    constraints: list[tuple[Node, Any]] = []
    for p, value in sorted(sg.predicate_objects(shape)):
        if p in (SH["and"], SH["or"]):
            constraints.append((p, [_compile(sg, m) for m in Collection(sg, value)]))
        elif p == SH["in"]:
            constraints.append((p, frozenset(Collection(sg, value))))
        elif p in (SH.minCount, SH.maxCount, SH.minLength):
            constraints.append((p, int(value)))
        elif p == SH.minInclusive:
            constraints.append((p, value.toPython()))
        elif p in (SH["class"], SH.datatype, SH.lessThanOrEquals):
            constraints.append((p, value))
    return sg.value(shape, SH.path), constraints


def _holds(
    shape: _Shape,
    focus: Node,
    index: dict[Node, dict[Node, list[Node]]],
    closed: dict[Node, set[Node]],
) -> bool:
    path, constraints = shape
    props = index.get(focus, {})
    nodes = [focus] if path is None else props.get(path, [])
    for kind, arg in constraints:
        if kind == SH["and"]:
            ok = all(_holds(m, focus, index, closed) for m in arg)
        elif kind == SH["or"]:
            ok = any(_holds(m, focus, index, closed) for m in arg)
        elif kind == SH["class"]:
            ok = all(arg in closed.get(n, ()) for n in nodes)
        elif kind == SH.minCount:
            ok = len(nodes) >= arg
        elif kind == SH.maxCount:
            ok = len(nodes) <= arg
        elif kind == SH.datatype:
            ok = all(
                isinstance(n, Literal) and _datatype(n) == arg and not n.ill_typed for n in nodes
            )
        elif kind == SH["in"]:
            ok = all(n in arg for n in nodes)
        elif kind == SH.minInclusive:
            ok = all(isinstance(n, Literal) and _compare(arg, n.toPython()) for n in nodes)
        elif kind == SH.minLength:
            ok = all(not isinstance(n, BNode) and len(str(n)) >= arg for n in nodes)
        else:  # sh:lessThanOrEquals
            others = props.get(arg, [])
            ok = all(
                isinstance(a, Literal)
                and isinstance(b, Literal)
                and _compare(a.toPython(), b.toPython())
                for a in nodes
                for b in others
            )
        if not ok:
            return False
    return True


def _compare(low: Any, high: Any) -> bool:
    """``low <= high``; values that cannot be compared (a date and a string) violate."""
    try:
        return bool(low <= high)
    except TypeError:
        return False


def _datatype(literal: Literal) -> Node:
    if literal.datatype is not None:
        return literal.datatype
    return RDF.langString if literal.language else XSD.string


@cache
def shape_checker() -> ShapeChecker:
    """The shapes of ontology/shapes.ttl, compiled once per process."""
    return ShapeChecker()


def check_release(graph: Iterable[tuple[Node, Node, Node]]) -> list[Violation]:
    """Check one release graph against the shapes, in well under a millisecond."""
    return shape_checker().check(graph)
