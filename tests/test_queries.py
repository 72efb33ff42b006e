"""Every saved query, with an exact expected answer on the seed."""

import datetime as dt

import pytest

from kg.errors import QueryError
from kg.query import run, saved_queries
from kg.store import Store

ID = "https://w3id.org/adkg/id/"
RETREAT = ID + "event/admm-retreat/2024-03-04"


def _rows(store: Store, name: str, **params: str) -> list[list[object]]:
    return run(store, name, params).rows


def test_every_saved_query_is_tested() -> None:
    tested = {
        "meetings-attended",
        "bilateral-meetings",
        "agreements-by-status",
        "post-holders",
        "fact-sources",
        "agreement-history",
        "partners-ranked",
        "country-agreements",
        "meetings-chaired-or-hosted",
        "people-who-met-both",
        "events-on-topic",
        "single-source-facts",
        "releases-per-month",
    }
    assert set(saved_queries()) == tested


def test_meetings_attended(seed_store: Store) -> None:
    rows = _rows(seed_store, "meetings-attended", country="TH")
    assert [(r[1], r[4], r[6]) for r in rows] == [
        (RETREAT, dt.date(2024, 3, 4), "Sutin Klungsang"),
        (RETREAT + "/bilateral-meeting/MY-TH", dt.date(2024, 3, 4), "Sutin Klungsang"),
    ]


def test_bilateral_meetings(seed_store: Store) -> None:
    rows = _rows(seed_store, "bilateral-meetings", a="LA", b="MY")
    assert [(r[2], r[6]) for r in rows] == [
        (RETREAT + "/bilateral-meeting/LA-MY", "ADMM Retreat, 2024-03-04")
    ]
    assert _rows(seed_store, "bilateral-meetings", a="LA", b="TH") == []


def test_agreements_by_status(seed_store: Store) -> None:
    rows = _rows(seed_store, "agreements-by-status", status="proposed")
    assert [(r[1], sorted(r[4].split()), r[5], r[6]) for r in rows] == [
        (ID + "agreement/mou/MY-TH", ["MY", "TH"], "proposed", dt.date(2024, 3, 6))
    ]
    assert len(_rows(seed_store, "agreements-by-status")) == 2


def test_post_holders(seed_store: Store) -> None:
    rows = _rows(seed_store, "post-holders", date="2024-12-31", country="LA")
    assert [(r[2], r[3], r[4], r[5]) for r in rows] == [
        ("LA", "Defence Minister, Lao PDR", "Chansamone Chanyalath", dt.date(2024, 3, 6)),
        ("LA", "Deputy Prime Minister, Lao PDR", "Chansamone Chanyalath", dt.date(2024, 3, 6)),
    ]
    assert len(_rows(seed_store, "post-holders", date="2024-12-31")) == 4
    assert _rows(seed_store, "post-holders", date="2024-03-05") == []


def test_fact_sources(seed_store: Store) -> None:
    rows = _rows(seed_store, "fact-sources", node=ID + "agreement/mou/MY-TH")
    assert [(r[4], r[5][:40]) for r in rows] == [
        (8, "YB Dato' Seri Mohamed Khaled juga telah "),
        (8, "Melalui MoU tersebut, pelbagai usaha dit"),
    ]


def test_agreement_history(seed_store: Store) -> None:
    rows = _rows(seed_store, "agreement-history", a="MY", b="TH")
    assert [(r[2].rsplit("/", 2)[-2], r[4], r[5]) for r in rows] == [
        ("2024-03-04", "adopted", dt.date(2024, 3, 6)),
        ("mou", "proposed", dt.date(2024, 3, 6)),
    ]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"country": "Malaysia"}, "expected an ISO country code"),
        ({}, "missing parameter country"),
        ({"country": "MY", "year": "2024"}, "unknown parameter 'year'"),
    ],
)
def test_bad_parameters(seed_store: Store, params: dict[str, str], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        run(seed_store, "meetings-attended", params)


def test_parameter_is_a_value_not_query_text(seed_store: Store) -> None:
    # An injection attempt is just a literal that matches nothing.
    sparql = "SELECT ?name ?p WHERE { ?p <http://www.w3.org/2000/01/rdf-schema#label> ?name }"
    assert run(seed_store, sparql, {"name": '" } ; DROP ALL ; #'}).rows == []
    assert run(seed_store, sparql, {"name": "Sutin Klungsang"}).rows == [
        ["Sutin Klungsang", ID + "person/sutin-klungsang"]
    ]


def test_partners_ranked(seed_store: Store) -> None:
    # By hand: TH = bilateral meeting + MoU + joint statement; LA = bilateral + statement;
    # every other ASEAN member only the joint statement.
    rows = _rows(seed_store, "partners-ranked", country="MY")
    assert [(r[3], r[5]) for r in rows] == [
        ("TH", 3),
        ("LA", 2),
        ("BN", 1),
        ("ID", 1),
        ("KH", 1),
        ("MM", 1),
        ("PH", 1),
        ("SG", 1),
        ("VN", 1),
    ]
    assert _rows(seed_store, "partners-ranked", country="MY", since="2025-01-01") == []


def test_country_agreements(seed_store: Store) -> None:
    rows = _rows(seed_store, "country-agreements", country="TH")
    assert [(r[2], r[3], r[4]) for r in rows] == [
        ("Joint Statement BN–ID–KH–LA–MM–MY–PH–SG–TH–VN", "adopted", dt.date(2024, 3, 6)),
        ("MoU MY–TH", "proposed", dt.date(2024, 3, 6)),
    ]


def test_meetings_chaired_or_hosted(seed_store: Store) -> None:
    rows = _rows(seed_store, "meetings-chaired-or-hosted", country="LA")
    assert [(r[1].rsplit("/", 2)[-1], r[4]) for r in rows] == [
        ("LA-MY", "host"),
        ("MY-TH", "host"),
        ("2024-03-04", "chair"),
        ("2024-03-04", "host"),
    ]


def test_people_who_met_both(seed_store: Store) -> None:
    rows = _rows(seed_store, "people-who-met-both", a="LA", b="TH")
    assert [(r[3], r[4]) for r in rows] == [("Mohamed Khaled Nordin", "MY")]


def test_events_on_topic(seed_store: Store) -> None:
    rows = _rows(seed_store, "events-on-topic", topic="border-security")
    assert [r[1].rsplit("/", 1)[-1] for r in rows] == ["LA-MY", "MY-TH"]


def test_single_source_facts(seed_store: Store) -> None:
    rows = _rows(seed_store, "single-source-facts")
    assert len(rows) == 9  # 2 agreements, 3 events, 4 post holdings: one release each
    assert {r[2] for r in rows} == {ID + "release/001687166918730f"}


def test_releases_per_month(seed_store: Store) -> None:
    assert _rows(seed_store, "releases-per-month") == [
        ["Ministry of Defence Malaysia", "MY", "2024-03", 1]
    ]


def test_every_saved_query_is_documented() -> None:
    from kg.resources import queries_dir

    readme = (queries_dir() / "README.md").read_text(encoding="utf-8")
    missing = [name for name in saved_queries() if f"## `{name}`" not in readme]
    assert missing == []
    assert all(q.question and q.columns for q in saved_queries().values())


def test_columns_header_matches_the_answer(seed_store: Store) -> None:
    from tests.test_remote import PARAMS

    for name, query in saved_queries().items():
        result = run(seed_store, name, PARAMS[name])
        assert tuple(result.columns) == query.columns, name
