"""The bundled corpus: one node per real-world thing, histories across releases, order-free ingest."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.compare import isomorphic, to_isomorphic

from kg.pipeline import ingest, release_files
from kg.query import run
from kg.store import Store

RELEASES = Path(__file__).resolve().parent.parent / "data" / "releases"
ID = "https://w3id.org/adkg/id/"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store(tmp_path_factory.mktemp("corpus") / "store")
    assert ingest([RELEASES], store).ok
    return store


def test_corpus_size_and_languages() -> None:
    files = release_files([RELEASES])
    assert len(files) >= 40
    languages = {f.name.split(".")[-2] for f in files}
    assert languages == {"ms", "id", "en"}
    assert len(list(RELEASES.glob("heldout/*.gold.yaml"))) == 10


def test_every_language_event_kind_and_agreement_kind_in_three_development_releases() -> None:
    import collections

    import yaml

    seen: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for gold in RELEASES.glob("*.gold.yaml"):  # development releases only, not heldout/
        data = yaml.safe_load(gold.read_text(encoding="utf-8"))
        seen["language"][data["release"]["language"]] += 1
        for kind in {e["type"] for e in data.get("events") or []}:
            seen["event"][kind] += 1
        for kind in {a["type"] for a in data.get("agreements") or []}:
            seen["agreement"][kind] += 1
    assert sorted(seen["language"]) == ["en", "id", "ms"]
    assert sorted(seen["event"]) == [
        "bilateral-meeting",
        "courtesy-call",
        "exercise",
        "multilateral-meeting",
        "visit",
    ]
    assert sorted(seen["agreement"]) == [
        "agreement",
        "defence-cooperation-agreement",
        "joint-declaration",
        "joint-statement",
        "letter-of-intent",
        "mou",
    ]
    assert min(n for counts in seen.values() for n in counts.values()) >= 3


def test_one_meeting_reported_twice_is_one_node(corpus: Store) -> None:
    rows = run(
        corpus,
        """SELECT DISTINCT ?release ?lang WHERE {
             <https://w3id.org/adkg/id/event/admm-retreat/2024-03-04> <https://w3id.org/adkg/ontology#evidence> ?e .
             ?e <https://w3id.org/adkg/ontology#release> ?release .
             ?release <http://purl.org/dc/terms/language> ?lang } ORDER BY ?lang""",
    ).rows
    # The Malaysian release in Malay, the Singaporean and the Lao ones in English.
    assert [r[1] for r in rows] == ["en", "en", "ms"]


def test_agreement_history_follows_the_my_th_mou(corpus: Store) -> None:
    rows = run(corpus, "agreement-history", {"a": "MY", "b": "TH"}).rows
    mou = [(r[4], r[5].isoformat()) for r in rows if r[2] == ID + "agreement/mou/MY-TH"]
    # Proposed in 2022 (reported by both ministries), proposed again in 2024, then negotiated.
    assert mou == [
        ("proposed", "2022-08-29"),
        ("proposed", "2022-08-30"),
        ("proposed", "2024-03-06"),
        ("under negotiation", "2025-02-04"),
        ("under negotiation", "2025-02-26"),
    ]


def test_ingest_order_does_not_matter(tmp_path: Path) -> None:
    files = release_files([RELEASES])
    forward, backward = Store(tmp_path / "f"), Store(tmp_path / "b")
    ingest(files, forward)
    ingest(list(reversed(files)), backward)
    assert forward.graphs() == backward.graphs()
    assert len(forward) == len(backward)
    for name in forward.graphs():
        assert isomorphic(
            to_isomorphic(forward.graph(name)), to_isomorphic(backward.graph(name))
        ), name


def test_corpus_conforms_to_the_shapes(corpus: Store) -> None:
    from kg.validate import validate_store

    report = validate_store(corpus)
    assert report.conforms, report.text()


def test_single_source_facts_leave_out_what_two_releases_say(corpus: Store) -> None:
    single = {r[0] for r in run(corpus, "single-source-facts").rows}
    assert ID + "event/admm-retreat/2024-03-04" not in single  # Malaysia's and Singapore's
    assert ID + "agreement/mou/MY-TH" not in single
    # Malaysia's and Laos' releases both report their meeting at the Retreat; Malaysia's
    # alone its proposal of the MoU with Thailand there.
    assert ID + "event/admm-retreat/2024-03-04/bilateral-meeting/LA-MY" not in single
    assert ID + "event/admm-retreat/2024-03-04/bilateral-meeting/MY-TH" in single
