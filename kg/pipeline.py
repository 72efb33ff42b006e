"""Ingest: files → documents → records → release graphs → store.

The work is split by cost. Extraction (read, parse, extract, build, check the shapes,
serialise) is pure CPU per release and runs in worker processes, one per core; each
worker loads the lexicon, the reader and the shapes once. The parent reads the ingest
catalogue once, skips files whose bytes it has already ingested (SHA-256 of the bytes),
and writes the releases in batches, each batch one transaction, so a release is never
half in the store.

A file that cannot be read, or holds no usable release, is reported and skipped; the
other files still go in.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rdflib import Graph, Literal

from kg.errors import BadInputError, StoreError
from kg.extract.reader import ReleaseReader
from kg.ingest import parse_document, read_source
from kg.ingest.reader import SUFFIXES
from kg.lexicon import Lexicon, load_lexicon
from kg.rdf import ADKG, GRAPH_CATALOGUE, GRAPH_ONTOLOGY, GRAPH_REFERENCE, ID
from kg.rdf.build import Triple, as_graph, ntriples, ntriples_term, release_triples
from kg.resources import ontology_dir, reference_dir
from kg.store import AnyStore
from kg.store.base import GraphWrite
from kg.validate import Violation, check_release

__all__ = [
    "IngestReport",
    "Ingested",
    "Unchanged",
    "build_release",
    "ingest",
    "load_reference",
    "release_files",
]

BATCH = 500  # releases per transaction: large enough to amortise, small enough to hold


@dataclass(frozen=True)
class Ingested:
    path: Path
    release: str
    triples: int
    violations: tuple[Violation, ...] = ()


@dataclass(frozen=True)
class Unchanged:
    """A file whose bytes were ingested before from the same path: not read again.

    It keeps the path as given, a string (an archive of 100k unchanged files would spend a
    second building Path objects nobody asked for); ``path`` makes one on demand.
    """

    where: str
    release: str

    @property
    def path(self) -> Path:
        return Path(self.where)


@dataclass
class IngestReport:
    ingested: list[Ingested] = field(default_factory=list)
    unchanged: list[Unchanged] = field(default_factory=list)
    failed: list[BadInputError] = field(default_factory=list)

    @property
    def releases(self) -> list[str]:
        """The release IRIs of every file that is in the store now, read or unchanged."""
        return [i.release for i in self.ingested] + [u.release for u in self.unchanged]

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def flagged(self) -> list[Ingested]:
        """Releases that went in but break a shape of ontology/shapes.ttl."""
        return [item for item in self.ingested if item.violations]


def release_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders into their release files (sorted); named files are kept as given."""
    return [Path(f) for f in _release_paths(paths)]


def _release_paths(paths: Iterable[str | Path]) -> list[str]:
    """As release_files, as strings (what ingest needs for 100k files, without Paths)."""
    files: list[str] = []
    for raw in paths:
        if os.path.isdir(raw):
            found: list[str] = []
            for folder, _, names in os.walk(raw, followlinks=True):  # scandir: no stat per file
                found.extend(os.path.join(folder, n) for n in names if n.lower().endswith(SUFFIXES))
            files.extend(sorted(found))
        else:
            files.append(str(Path(raw)))
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
    iri, triples = _release_triples(path, lexicon)
    return iri, as_graph(triples)


def _release_triples(path: Path, lexicon: Lexicon) -> tuple[str, set[Triple]]:
    """As build_release, as a plain set of triples: ingest's fast path."""
    document = parse_document(read_source(path), lexicon)
    extraction = _reader(lexicon).read(document)
    iri, triples = release_triples(document, extraction, lexicon)
    return str(iri), triples


# -- the catalogue of ingested files ----------------------------------------------------


@dataclass(frozen=True)
class _Known:
    digest: str
    release: str


def _source_iri(path: str) -> str:
    # os.fsencode: a file name that is not UTF-8 (undecodable bytes) still has an identity.
    return str(ID[f"source/{hashlib.sha256(os.fsencode(path)).hexdigest()[:16]}"])


def _catalogue(store: AnyStore) -> dict[str, _Known]:
    """Every file ingested so far, by its source IRI (from its absolute path): the hash of
    its bytes and its release. Two index scans of the catalogue graph (100k files: ~1 s)."""
    digests = store.subject_values(str(GRAPH_CATALOGUE), str(ADKG.fileSha256))
    releases = store.subject_values(str(GRAPH_CATALOGUE), str(ADKG.sourceOf))
    return {f: _Known(d, releases[f]) for f, d in digests.items() if f in releases}


LOADING = f"{ID}ingest/loading"  # the journal of a bulk load in progress


def recover(store: AnyStore) -> list[str]:
    """Drop the release graphs a bulk load left unfinished (a crash between the load and its
    catalogue records); returns them. Their files are read again, having no record."""
    unfinished = sorted(
        {str(g) for s, g in store.statements(str(ADKG.loading)) if str(s) == LOADING}
    )
    if unfinished:
        store.write_batch([], drop=unfinished, forget=[(str(GRAPH_CATALOGUE), LOADING)])
    return unfinished


def _catalogue_record(path: str, digest: str, release: str) -> str:
    source = _source_iri(path)
    shown = os.fsencode(path).decode("utf-8", "backslashreplace")
    return (
        f"<{source}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{ADKG.SourceFile}> .\n"
        f"<{source}> <{ADKG.sourcePath}> {ntriples_term(Literal(shown))} .\n"
        f'<{source}> <{ADKG.fileSha256}> "{digest}" .\n'
        f"<{source}> <{ADKG.sourceOf}> <{release}> .\n"
    )


def file_sha256(path: str | Path) -> str:
    """SHA-256 of a file's bytes (BadInputError when it cannot be read)."""
    try:
        with open(path, "rb") as handle:
            return hashlib.sha256(handle.read()).hexdigest()
    except FileNotFoundError:
        raise BadInputError(path, "no such file or folder") from None
    except IsADirectoryError:
        raise BadInputError(path, "is a folder with no release files") from None
    except OSError as exc:
        raise BadInputError(path, f"cannot be read ({exc.strerror or exc})") from None


# -- extraction, in workers -------------------------------------------------------------


@dataclass(frozen=True)
class _Extracted:
    path: Path
    release: str
    ntriples: str
    triples: int
    violations: tuple[Violation, ...]


_WORKER_LEXICON: Lexicon | None = None


def _init_worker() -> None:
    global _WORKER_LEXICON
    _WORKER_LEXICON = load_lexicon()


def _extract(path: Path, lexicon: Lexicon | None = None) -> _Extracted | BadInputError:
    """One release, end to end short of the store; errors come back as values."""
    lexicon = lexicon or _WORKER_LEXICON or load_lexicon()
    try:
        iri, triples = _release_triples(path, lexicon)
        violations = tuple(check_release(triples))
        return _Extracted(path, iri, ntriples(triples), len(triples), violations)
    except BadInputError as exc:
        return exc
    except Exception as exc:  # a bug in a rule must not sink the other releases
        return BadInputError(path, f"extraction failed ({type(exc).__name__}: {exc})")


def _extract_all(
    paths: list[Path], lexicon: Lexicon, jobs: int
) -> Iterator[_Extracted | BadInputError]:
    """Results in the order of ``paths``; in worker processes when it pays."""
    if jobs <= 1 or len(paths) < 4 * jobs:
        for path in paths:
            yield _extract(path, lexicon)
        return
    # fork: workers inherit the loaded modules, and a caller's script needs no __main__
    # guard (spawn and forkserver re-run it). The workers never touch the store, whose
    # threads are the one hazard of forking. Elsewhere, spawn.
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    with multiprocessing.get_context(method).Pool(jobs, initializer=_init_worker) as pool:
        yield from pool.imap(_extract, paths, chunksize=8)


# -- the run ---------------------------------------------------------------------------


def ingest(
    paths: Iterable[str | Path],
    store: AnyStore,
    lexicon: Lexicon | None = None,
    *,
    jobs: int | None = None,
    strict: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> IngestReport:
    """Ingest every release under ``paths``; bad files are reported, not fatal.

    ``jobs`` worker processes extract (default: one per core). A file whose bytes were
    ingested before from the same path is not read again (``report.unchanged``); an
    edited file replaces the release it yielded before. With ``strict``, a release that
    breaks a shape is refused (reported as failed) instead of going in with a warning.
    ``progress(done, total)`` is called as files are done (``done`` since the last call).
    """
    jobs = jobs or os.cpu_count() or 1
    recover(store)
    load_reference(store)
    report = IngestReport()
    catalogue = _catalogue(store)
    todo: list[tuple[Path, str, str]] = []  # (path, absolute path, digest)
    for name in _release_paths(paths):
        try:
            digest = file_sha256(name)
        except BadInputError as exc:
            report.failed.append(exc)
            continue
        where = os.path.abspath(name)
        known = catalogue.get(_source_iri(where))
        if known is not None and known.digest == digest:  # written with its release graph
            report.unchanged.append(Unchanged(name, known.release))
        else:
            todo.append((Path(name), where, digest))
    total = len(todo) + len(report.unchanged) + len(report.failed)
    if progress:
        progress(len(report.unchanged) + len(report.failed), total)
    users = Counter(known.release for known in catalogue.values())
    batch = _Batch(store)
    if todo and lexicon is None:  # nothing to read (an unchanged archive): no lexicon needed
        lexicon = load_lexicon()
    results = _extract_all([path for path, _, _ in todo], lexicon, jobs)  # type: ignore[arg-type]
    for (path, where, digest), result in zip(todo, results, strict=True):
        if progress:
            progress(1, total)
        if isinstance(result, BadInputError):
            report.failed.append(result)
            continue
        if strict and result.violations:
            names = ", ".join(sorted({v.shape.rsplit("#", 1)[-1] for v in result.violations}))
            report.failed.append(BadInputError(path, f"breaks the shapes {names}; not ingested"))
            continue
        entry = _Entry(path, GraphWrite(result.release, result.ntriples))
        old = catalogue.get(_source_iri(where))
        if old is not None:
            users[old.release] -= 1
            entry.forget.append((str(GRAPH_CATALOGUE), _source_iri(where)))
            if old.release != result.release and users[old.release] <= 0:
                entry.drop.append(old.release)  # the edited file's old release goes
        entry.catalogue = _catalogue_record(where, digest, result.release)
        catalogue[_source_iri(where)] = _Known(digest, result.release)
        users[result.release] += 1
        report.ingested.append(Ingested(path, result.release, result.triples, result.violations))
        if batch.add(entry, report) >= BATCH:
            batch.write(report)
    batch.close(report)
    store.flush()
    if len(report.ingested) >= max(BATCH, len(catalogue) // 10):
        # Bulk-loaded files slow queries down about twofold until they are compacted, and
        # compacting rewrites the whole store: worth it only after writing a large share.
        store.optimize()
    return report


@dataclass
class _Entry:
    """One release on its way to the store, with what must go or change along with it."""

    path: Path
    write: GraphWrite
    drop: list[str] = field(default_factory=list)
    forget: list[tuple[str, str]] = field(default_factory=list)
    catalogue: str = ""


class _Batch:
    """Releases written together, one transaction per batch, by a writer thread.

    Oxigraph releases the GIL while it loads, so the writer loads batch k while the main
    thread takes in the results of batch k+1; at most one batch is in flight. Should a
    batch be refused (a release whose triples the store cannot take), each of its releases
    is written on its own, so that only the bad one is lost and reported.
    """

    def __init__(self, store: AnyStore) -> None:
        self.store = store
        self.entries: list[_Entry] = []
        self.graphs: set[str] = set()
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-writer")
        self._pending: Future[list[BadInputError]] | None = None

    def add(self, entry: _Entry, report: IngestReport) -> int:
        if entry.write.graph in self.graphs:
            self.write(report)  # the same release twice in one batch: keep the write order
        self.entries.append(entry)
        self.graphs.add(entry.write.graph)
        return len(self.entries)

    def write(self, report: IngestReport) -> None:
        """Hand what waits to the writer, once the batch before it is in the store."""
        entries, self.entries, self.graphs = self.entries, [], set()
        self._collect(report)
        if entries:
            self._pending = self._writer.submit(self._write_and_flush, entries)

    def close(self, report: IngestReport) -> None:
        """Write the rest and wait for it; errors of the store are raised here."""
        try:
            self.write(report)
            self._collect(report)
        finally:
            self._writer.shutdown(wait=True)

    def _collect(self, report: IngestReport) -> None:
        """Wait for the batch in flight; move any release it refused from ingested to failed."""
        if self._pending is None:
            return
        failures, self._pending = self._pending.result(), None
        if failures:
            lost = {Path(e.path) for e in failures}
            report.ingested = [i for i in report.ingested if i.path not in lost]
            report.failed.extend(failures)

    def _write_and_flush(self, entries: list[_Entry]) -> list[BadInputError]:
        failures = self._write(entries)
        # Oxigraph keeps a write buffer per index until it is flushed: flushing after each
        # batch holds the resident memory of a 100k-release ingest near 200 MB, not gigabytes.
        self.store.flush()
        return failures

    def _write(self, entries: list[_Entry]) -> list[BadInputError]:
        if not entries:
            return []
        try:
            self._write_together(entries)
            return []
        except StoreError as exc:
            if len(entries) == 1:
                return [BadInputError(entries[0].path, f"the store refused it ({exc})")]
        return [failure for entry in entries for failure in self._write([entry])]

    def _write_together(self, entries: list[_Entry]) -> None:
        writes = [e.write for e in entries]
        records = [
            GraphWrite(str(GRAPH_CATALOGUE), "".join(e.catalogue for e in entries), replace=False)
        ]
        drop = [g for e in entries for g in e.drop]
        forget = [f for e in entries for f in e.forget]
        if drop or forget or not getattr(self.store, "bulk_loads", False):
            # Edited files (their old releases go in the same transaction), or a store with
            # no bulk loader: one transaction.
            self.store.write_batch(writes + records, drop=drop, forget=forget)
            return
        # New files: a journal entry naming the graphs about to be loaded, the release graphs
        # through the bulk loader, then, in one transaction, the catalogue records that vouch
        # for them with the journal entry taken out. A crash in between leaves the journal
        # entry: the next ingest drops those graphs (`recover`) and reads their files again.
        journal = "".join(f"<{LOADING}> <{ADKG.loading}> <{w.graph}> .\n" for w in writes)
        self.store.write_batch([GraphWrite(str(GRAPH_CATALOGUE), journal, replace=False)])
        self.store.write_batch(writes, bulk=True)
        self.store.write_batch(records, forget=[(str(GRAPH_CATALOGUE), LOADING)])
