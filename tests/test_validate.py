"""SHACL: the seed conforms; each invalid example fails on exactly the rule its first line names."""

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD

from kg.rdf import ADKG
from kg.resources import ontology_dir
from kg.store import Store
from kg.validate import ShapeChecker, check_release, validate_graph, validate_store

EXAMPLES = ontology_dir() / "examples"
INVALID = sorted((EXAMPLES / "invalid").glob("*.ttl"))
VALID = sorted((EXAMPLES / "valid").glob("*.ttl"))
SHAPES = "https://w3id.org/adkg/shapes#"


def test_example_lists_are_not_empty() -> None:
    assert len(INVALID) >= 18 and len(VALID) >= 4


def test_seed_conforms(seed_store: Store) -> None:
    report = validate_store(seed_store)
    assert report.conforms, report.text()


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_examples(path: Path) -> None:
    assert validate_graph(Graph().parse(path)).conforms


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_examples_fail_on_their_rule(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# adkgsh:")
    rule = SHAPES + first[len("# adkgsh:") :].split(":")[0]
    report = validate_graph(Graph().parse(path))
    assert not report.conforms
    assert {v.shape for v in report.violations} == {rule}


@pytest.mark.parametrize("path", INVALID + VALID, ids=lambda p: p.name)
def test_the_per_release_checker_agrees_with_pyshacl(path: Path) -> None:
    graph = Graph().parse(path)
    assert check_release(graph) == validate_graph(graph).violations


def test_the_per_release_checker_agrees_on_corpus_releases() -> None:
    from kg.lexicon import load_lexicon
    from kg.pipeline import build_release

    lexicon = load_lexicon()
    for path in sorted(Path("data/releases").glob("*.txt"))[:6]:
        _, graph = build_release(path, lexicon)
        # a release graph alone: events' kinds and countries are typed there, so it conforms
        assert check_release(graph) == validate_graph(graph).violations == []


def test_the_checker_refuses_a_constraint_it_does_not_know() -> None:
    shapes = Graph().parse(ontology_dir() / "shapes.ttl")
    shapes.add((URIRef(SHAPES + "EventKind"), SH.pattern, Literal("^x")))
    with pytest.raises(
        ValueError, match=re.escape("shapes.ttl uses http://www.w3.org/ns/shacl#pattern")
    ):
        ShapeChecker(shapes)


def test_the_checker_flags_an_ill_typed_paragraph_number() -> None:
    graph = Graph().parse(VALID[0])
    evidence = next(graph.subjects(RDF.type, ADKG.Evidence))
    graph.set((evidence, ADKG.paragraph, Literal("abc", datatype=XSD.integer)))
    assert [v.shape for v in check_release(graph)] == [SHAPES + "EvidenceParagraph"]
    assert check_release(graph) == validate_graph(graph).violations
