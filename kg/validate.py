"""SHACL validation of the store (or of any graph) against ontology/shapes.ttl."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph, URIRef
from rdflib.namespace import SH

from kg.resources import ontology_dir
from kg.store import AnyStore

__all__ = ["ValidationReport", "Violation", "validate_graph", "validate_store"]


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
