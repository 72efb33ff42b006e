"""Ingest: files → documents → records → release graphs → store, one release at a time.

A file that cannot be read, or holds no usable release, is reported and
skipped; the other files still go in, each release graph in its own
transaction.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal

from kg.errors import BadInputError
from kg.extract.reader import ReleaseReader
from kg.ingest import parse_document, read_source
from kg.ingest.reader import SUFFIXES
from kg.lexicon import Lexicon, load_lexicon
from kg.rdf import ADKG, GRAPH_ONTOLOGY, GRAPH_REFERENCE, release_graph
from kg.resources import ontology_dir, reference_dir
from kg.store import AnyStore

__all__ = ["IngestReport", "Ingested", "ingest", "load_reference", "release_files"]


@dataclass(frozen=True)
class Ingested:
    path: Path
    release: str
    triples: int


@dataclass
class IngestReport:
    ingested: list[Ingested] = field(default_factory=list)
    failed: list[BadInputError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def release_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders into their release files (sorted); named files are kept as given."""
    files: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files.extend(
                sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            )
        else:
            files.append(path)
    return list(dict.fromkeys(files))


def _reference_files() -> list[Path]:
    return [
        ontology_dir() / "topics.ttl",
        *sorted(reference_dir().glob("*.ttl")),
    ]


def load_reference(store: AnyStore) -> bool:
    """Load the ontology and reference data into their graphs, unless already current.

    Returns True when the graphs were (re)written.
    """
    ontology = ontology_dir() / "adkg.ttl"
    files = [ontology, *_reference_files()]
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in files)).hexdigest()
    if store.graph_value(str(GRAPH_REFERENCE), str(GRAPH_REFERENCE), str(ADKG.sha256)) == digest:
        return False
    store.replace_graph(str(GRAPH_ONTOLOGY), Graph().parse(ontology, format="turtle"))
    reference = Graph()
    for path in _reference_files():
        reference.parse(path, format="turtle")
    reference.add((GRAPH_REFERENCE, ADKG.sha256, Literal(digest)))
    store.replace_graph(str(GRAPH_REFERENCE), reference)
    return True


@cache
def _reader(lexicon: Lexicon) -> ReleaseReader:
    return ReleaseReader(lexicon)


def build_release(path: Path, lexicon: Lexicon) -> tuple[str, Graph]:
    """Read, extract and build one release's graph (raises BadInputError)."""
    document = parse_document(read_source(path), lexicon)
    extraction = _reader(lexicon).read(document)
    iri, graph = release_graph(document, extraction, lexicon)
    return str(iri), graph


def ingest(
    paths: Iterable[str | Path], store: AnyStore, lexicon: Lexicon | None = None
) -> IngestReport:
    """Ingest every release under ``paths``; bad files are reported, not fatal."""
    lexicon = lexicon or load_lexicon()
    load_reference(store)
    report = IngestReport()
    for path in release_files(paths):
        try:
            if not path.exists():
                raise BadInputError(path, "no such file or folder")
            iri, graph = build_release(path, lexicon)
        except BadInputError as exc:
            report.failed.append(exc)
            continue
        store.replace_graph(iri, graph)
        report.ingested.append(Ingested(path, iri, len(graph)))
    store.flush()
    return report
