"""Ingest: bad input is reported per file and loses nothing; re-ingest changes nothing."""

import dataclasses
import shutil
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.pipeline import ingest
from kg.store import Store


def _graphs(store: Store) -> dict[str, Graph]:
    return {name: store.graph(name) for name in store.graphs()}


def test_ingest_twice_is_isomorphic_to_once(tmp_path: Path, seed_path: Path) -> None:
    once, twice = Store(tmp_path / "a"), Store(tmp_path / "b")
    ingest([seed_path], once)
    ingest([seed_path], twice)
    again = ingest([seed_path], twice)
    assert again.ingested == [] and [u.path for u in again.unchanged] == [seed_path]
    assert again.releases == [u.release for u in again.unchanged] and len(again.releases) == 1
    a, b = _graphs(once), _graphs(twice)
    assert sorted(a) == sorted(b) and len(a) == 4  # ontology, reference, catalogue, release
    assert len(once) == len(twice) > 3000
    for name in a:
        ga, gb = to_isomorphic(a[name]), to_isomorphic(b[name])
        if not isomorphic(ga, gb):
            _, only_a, only_b = graph_diff(ga, gb)
            raise AssertionError(f"{name}: once {list(only_a)[:5]} twice {list(only_b)[:5]}")


def test_folder_with_good_and_broken_releases(
    tmp_path: Path, seed_path: Path, seed_text: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(seed_path, folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "undated.txt").write_text(seed_text.replace("6 Mac 2024", ""), encoding="utf-8")
    (folder / "cp1252.txt").write_bytes(
        seed_text.replace("YB Dato", "YB Dat\u00f3").encode("cp1252")
    )
    store = Store(tmp_path / "s")
    report = ingest([folder], store)
    assert sorted(i.path.name for i in report.ingested) == ["cp1252.txt", "good.txt"]
    assert sorted((Path(e.path).name, e.problem.split(" (")[0]) for e in report.failed) == [
        ("binary.txt", "binary data, not a text release"),
        ("empty.txt", "the file is empty"),
        ("undated.txt", "no release date found"),
    ]
    releases = [g for g in store.graphs() if "/release/" in g]
    assert len(releases) == 2


def test_reference_is_loaded_once(tmp_path: Path, seed_path: Path) -> None:
    from kg.pipeline import load_reference

    store = Store(tmp_path / "s")
    assert load_reference(store) is True
    assert load_reference(store) is False


def _release_graphs(store: Store) -> list[str]:
    return sorted(g for g in store.graphs() if "/release/" in g)


def test_an_edited_file_replaces_its_old_release(tmp_path: Path, seed_text: str) -> None:
    path = tmp_path / "in" / "release.ms.txt"
    path.parent.mkdir()
    path.write_text(seed_text, encoding="utf-8")
    store = Store(tmp_path / "s")
    first = ingest([path], store).ingested[0].release
    path.write_text(seed_text.replace("Luang Prabang", "Vientiane"), encoding="utf-8")
    report = ingest([path], store)
    second = report.ingested[0].release
    assert first != second and _release_graphs(store) == [second]
    places = store.query(
        "SELECT DISTINCT ?label WHERE { ?e a <https://w3id.org/adkg/ontology#MultilateralMeeting> ;"
        " <https://w3id.org/adkg/ontology#location> ?p . ?p <http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    ).rows
    assert places == [["Vientiane"]]
    catalogue = store.query(
        "SELECT ?path WHERE { ?f <https://w3id.org/adkg/ontology#sourcePath> ?path }"
    ).rows
    assert catalogue == [[str(path.resolve())]]


def test_a_copy_keeps_the_release_its_original_still_yields(tmp_path: Path, seed_text: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(seed_text, encoding="utf-8")
    (folder / "b.txt").write_text(seed_text, encoding="utf-8")
    store = Store(tmp_path / "s")
    assert len(ingest([folder], store).ingested) == 2
    (folder / "b.txt").write_text(seed_text.replace("Luang Prabang", "Vientiane"), encoding="utf-8")
    report = ingest([folder], store)
    assert [u.path.name for u in report.unchanged] == ["a.txt"] and len(report.ingested) == 1
    assert len(_release_graphs(store)) == 2  # a.txt still yields the first release


def test_workers_and_batches_give_the_same_store_as_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = sorted(Path("data/releases").glob("*.txt"))[:10]
    serial, parallel = Store(None), Store(None)
    report = ingest(files, serial, jobs=1)
    monkeypatch.setattr("kg.pipeline.BATCH", 3)
    assert [i.release for i in ingest(files, parallel, jobs=2).ingested] == [
        i.release for i in report.ingested
    ]
    assert len(report.ingested) == 10 and len(serial) == len(parallel)
    for name in _release_graphs(serial):
        assert isomorphic(to_isomorphic(serial.graph(name)), to_isomorphic(parallel.graph(name)))


def test_a_crash_in_a_rule_loses_only_that_release(
    tmp_path: Path, seed_text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg import pipeline

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(seed_text, encoding="utf-8")
    (folder / "b.txt").write_text(seed_text.replace("Luang Prabang", "Vientiane"), encoding="utf-8")
    real = pipeline._release_triples

    def flaky(path: Path, lexicon: object) -> object:
        if path.name == "b.txt":
            raise KeyError("boom")
        return real(path, lexicon)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "_release_triples", flaky)
    report = ingest([folder], Store(None), jobs=1)
    assert [i.path.name for i in report.ingested] == ["a.txt"]
    assert [str(e) for e in report.failed] == [
        f"{folder / 'b.txt'}: extraction failed (KeyError: 'boom')"
    ]


def test_shape_violations_warn_or_with_strict_refuse(
    tmp_path: Path, seed_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg import pipeline
    from kg.validate import Violation

    broken = Violation("https://w3id.org/adkg/shapes#EventDates", "urn:x", "dates")
    monkeypatch.setattr(pipeline, "check_release", lambda graph: [broken])
    loose = ingest([seed_path], Store(None), jobs=1)
    assert [i.violations for i in loose.flagged] == [(broken,)] and loose.ok
    store = Store(None)
    strict = ingest([seed_path], store, jobs=1, strict=True)
    assert strict.ingested == [] and _release_graphs(store) == []
    assert [e.problem for e in strict.failed] == ["breaks the shapes EventDates; not ingested"]


def test_a_batch_is_one_transaction(tmp_path: Path) -> None:
    from kg.errors import StoreError
    from kg.store.base import GraphWrite

    store = Store(tmp_path / "s")
    good = GraphWrite("urn:g1", "<urn:a> <urn:p> <urn:b> .\n")
    bad = GraphWrite("urn:g2", "<urn:a> <urn:p> this is not N-Triples .\n")
    with pytest.raises(StoreError, match="cannot write a batch"):
        store.write_batch([good, bad])
    assert len(store) == 0
    store.write_batch([good])
    with pytest.raises(StoreError):
        store.write_batch([GraphWrite("urn:g1", "<urn:c> <urn:p> <urn:d> .\n"), bad])
    assert [q.subject.value for q in store.quads()] == ["urn:a"]


def test_a_release_the_store_refuses_is_reported_and_the_batch_still_goes_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg import pipeline

    files = sorted(Path("data/releases").glob("*.txt"))[:3]
    real = pipeline._extract

    def corrupt(path: Path, lexicon: object = None) -> object:
        result = real(path, lexicon)  # type: ignore[arg-type]
        if path == files[1]:  # a triple Oxigraph cannot parse
            return dataclasses.replace(result, ntriples=result.ntriples + "<urn:a> <bad iri> .\n")
        return result

    monkeypatch.setattr(pipeline, "_extract", corrupt)
    store = Store(tmp_path / "s")
    report = ingest(files, store, jobs=1)
    assert [i.path for i in report.ingested] == [files[0], files[2]]
    assert [e.path for e in report.failed] == [str(files[1])]
    assert report.failed[0].problem.startswith("the store refused it (")
    assert len(_release_graphs(store)) == 2


def test_an_event_reported_twice_in_a_release_keeps_one_date(tmp_path: Path) -> None:
    from kg.lexicon import load_lexicon
    from kg.pipeline import build_release
    from kg.validate import check_release

    text = (
        "KEMENTERIAN PERTAHANAN MALAYSIA\n\nSIARAN AKHBAR\n\n"
        "KUNJUNGAN HORMAT PANGLIMA ANGKATAN TENTERA FILIPINA\n\n"
        "1. Panglima Angkatan Tentera Filipina, Jeneral Ramon Dizon telah mengadakan kunjungan "
        "hormat ke atas YB Datuk Seri Razif bin Halim, Menteri Pertahanan Malaysia di Kuala "
        "Lumpur pada Selasa (28/4/2009). Jeneral Dizon berada di Malaysia bagi lawatan "
        "pengenalan dari 27 hingga 29 April 2009. Ini merupakan kunjungan hormat pertama "
        "beliau sejak memegang jawatan tersebut.\n\n-TAMAT-\n\n29 April 2009\n"
    )
    path = tmp_path / "call.ms.txt"
    path.write_text(text, encoding="utf-8")
    _, graph = build_release(path, load_lexicon())
    start = "https://w3id.org/adkg/ontology#startDate"
    calls = [s for s, p, _ in graph if str(p) == start and "/courtesy-call/" in str(s)]
    assert len(calls) == 1 and check_release(graph) == []


def test_a_file_name_that_is_not_utf8_goes_in_like_any_other(
    tmp_path: Path, seed_text: str
) -> None:
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    odd = os.fsdecode(os.fsencode(str(folder)) + b"/caf\xe9\nline.txt")
    Path(odd).write_text(seed_text, encoding="utf-8")
    store = Store(tmp_path / "s")
    assert len(ingest([folder], store, jobs=1).ingested) == 1
    again = ingest([folder], store, jobs=1)
    assert again.ingested == [] and len(again.unchanged) == 1
    paths = store.query("SELECT ?p WHERE { ?f <https://w3id.org/adkg/ontology#sourcePath> ?p }")
    assert paths.rows == [[str(folder) + "/caf\\xe9\nline.txt"]]


def test_a_bulk_load_that_fails_half_way_leaves_nothing_behind(tmp_path: Path) -> None:
    import pyoxigraph as ox

    from kg.errors import StoreError
    from kg.store.base import GraphWrite

    class HalfWay:
        """Oxigraph's store, whose bulk loader writes half its input, then fails."""

        def __init__(self, inner: ox.Store) -> None:
            self.inner = inner

        def __getattr__(self, name: str) -> object:
            return getattr(self.inner, name)

        def bulk_load(self, data: bytes, format: ox.RdfFormat) -> None:
            lines = data.splitlines(keepends=True)
            self.inner.bulk_load(b"".join(lines[: len(lines) // 2]), format=format)
            raise SyntaxError("broken input")

    store = Store(tmp_path / "s")
    store.write_batch([GraphWrite("urn:old", "<urn:a> <urn:p> <urn:b> .\n")])
    store._store = HalfWay(store._store)  # type: ignore[assignment]
    new = [
        GraphWrite(f"urn:g{i}", f"<urn:a> <urn:p> <urn:b> .\n<urn:x{i}> <urn:p> <urn:y> .\n")
        for i in range(4)
    ]
    with pytest.raises(StoreError, match="cannot write a batch"):
        store.write_batch(new, bulk=True)
    assert store.graphs() == ["urn:old"]
    default = store.query("SELECT ?s WHERE { ?s ?p ?o }").rows
    assert default == [["urn:a"]]  # the shared triple stays, the new ones are gone


def test_a_release_graph_no_catalogue_record_vouches_for_is_read_again(
    tmp_path: Path, seed_path: Path
) -> None:
    # A crash between the bulk load of a batch and its catalogue records leaves graphs
    # that no record vouches for: the next ingest reads their files again and replaces them.
    from kg.pipeline import _extract
    from kg.store.base import GraphWrite

    clean, crashed = Store(tmp_path / "a"), Store(tmp_path / "b")
    ingest([seed_path], clean)
    result = _extract(seed_path)
    half = "".join(result.ntriples.splitlines(keepends=True)[:40])  # a partial graph
    crashed.write_batch([GraphWrite(result.release, half)], bulk=True)
    report = ingest([seed_path], crashed)
    assert [i.path for i in report.ingested] == [seed_path] and report.unchanged == []
    assert len(crashed) == len(clean)
    assert isomorphic(crashed.graph(result.release), clean.graph(result.release))
    assert len(crashed.graph()) == len(clean.graph())  # the union holds no stale triple


def test_the_store_is_compacted_after_a_large_share_is_written_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg import pipeline

    calls: list[int] = []
    monkeypatch.setattr(pipeline, "BATCH", 2)
    monkeypatch.setattr(Store, "optimize", lambda self: calls.append(len(self.graphs())))
    files = sorted((Path(__file__).parent.parent / "data/releases").glob("*.txt"))[:4]
    store = Store(tmp_path / "s")
    ingest(files[:3], store, jobs=1)  # 3 releases into an empty store: compacted
    ingest(files[3:], store, jobs=1)  # 1 more: left to the store's own compaction
    assert calls == [3 + 3]  # ontology, reference and catalogue graphs, and 3 releases


def test_graphs_a_crashed_bulk_load_left_go_even_when_their_file_changed(
    tmp_path: Path, seed_path: Path, seed_text: str
) -> None:
    # The crash leaves the journal entry and the graph, with no catalogue record; the file is
    # then edited, so it yields another release: the half-loaded one must not stay behind.
    from kg.pipeline import GRAPH_CATALOGUE, LOADING, _extract
    from kg.rdf import ADKG
    from kg.store.base import GraphWrite

    release = tmp_path / "r.txt"
    release.write_text(seed_text, encoding="utf-8")
    store = Store(tmp_path / "s")
    result = _extract(release)
    journal = f"<{LOADING}> <{ADKG.loading}> <{result.release}> .\n"
    store.write_batch([GraphWrite(str(GRAPH_CATALOGUE), journal, replace=False)])
    store.write_batch([GraphWrite(result.release, result.ntriples)], bulk=True)
    release.write_text(seed_text.replace("Luang Prabang", "Vientiane"), encoding="utf-8")
    report = ingest([release], store, jobs=1)
    assert [i.release for i in report.ingested] != [result.release]
    assert result.release not in store.graphs()
    assert store.statements(str(ADKG.loading)) == []
    assert len(_release_graphs(store)) == 1
