"""Ingest: bad input is reported per file and loses nothing; re-ingest changes nothing."""

import shutil
from pathlib import Path

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
    ingest([seed_path], twice)
    a, b = _graphs(once), _graphs(twice)
    assert sorted(a) == sorted(b) and len(a) == 3
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
