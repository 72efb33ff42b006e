"""SHACL: the seed conforms; each invalid example fails on exactly the rule its first line names."""

from pathlib import Path

import pytest
from rdflib import Graph

from kg.resources import ontology_dir
from kg.store import Store
from kg.validate import validate_graph, validate_store

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
