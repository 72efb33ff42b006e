"""Extraction rules on the seed and on sentences in other styles (no list of known people)."""

from pathlib import Path

from kg.extract import extract
from kg.extract.persons import PersonFinder
from kg.ingest import Source, parse_document, read_source
from kg.lexicon import load_lexicon


def _people(sentence: str) -> list[tuple[str | None, str | None, list[str]]]:
    finder = PersonFinder(load_lexicon())
    return [
        (m.name, m.country, [p for p, _ in m.posts]) for m in finder.mentions(sentence) if m.name
    ]


def test_seed_people_posts_and_events(seed_path: Path) -> None:
    lex = load_lexicon()
    ex = extract(parse_document(read_source(seed_path), lex), lex)
    people = {
        p.name: (p.country, sorted(q.post_type for q in p.posts)) for p in ex.persons.values()
    }
    assert people == {
        "Mohamed Khaled Nordin": ("MY", ["defence-minister"]),
        "Chansamone Chanyalath": ("LA", ["defence-minister", "deputy-prime-minister"]),
        "Sutin Klungsang": ("TH", ["defence-minister"]),
    }
    retreat, my_la, my_th = ex.events
    assert (retreat.kind, retreat.forum, retreat.retreat) == ("multilateral-meeting", "admm", True)
    assert (retreat.start.isoformat(), retreat.end.isoformat()) == ("2024-03-04", "2024-03-06")
    assert (retreat.place, retreat.host, retreat.chair) == (
        "Luang Prabang",
        "LA",
        "Chansamone Chanyalath",
    )
    assert retreat.countries == ["BN", "ID", "KH", "LA", "MM", "MY", "PH", "SG", "TH", "VN"]
    assert sorted(my_la.countries) == ["LA", "MY"] and my_la.parent == retreat.key
    assert sorted(my_th.participants) == ["Mohamed Khaled Nordin", "Sutin Klungsang"]
    mou, statement = ex.agreements
    assert (mou.kind, mou.status, mou.parties, mou.proposed_by) == (
        "mou",
        "proposed",
        ["MY", "TH"],
        "MY",
    )
    assert (statement.kind, statement.status, statement.concluded_at) == (
        "joint-statement",
        "adopted",
        retreat.key,
    )


def test_unknown_person_still_yields_name_and_post() -> None:
    # Nobody keeps a list of office holders: shape alone must find the person.
    assert _people("TYT Jeneral Bounmy Phetsavanh, Menteri Pertahanan Lao PDR, hadir.") == [
        ("Bounmy Phetsavanh", "LA", ["defence-minister"])
    ]


def test_english_post_before_name_and_possessive_country() -> None:
    assert _people("Singapore's Minister for Defence Dr Ng Eng Hen met reporters.") == [
        ("Ng Eng Hen", "SG", ["defence-minister"])
    ]
    assert _people("He met Philippine Secretary of National Defense Gilberto Teodoro.") == [
        ("Gilberto Teodoro", "PH", ["defence-minister"])
    ]


def test_acting_minister_holds_the_ministers_post() -> None:
    assert _people(
        "Pemangku Menteri Pertahanan Malaysia, Dato' Seri Ahmad Zahid bin Hamidi, tiba."
    ) == [("Ahmad Zahid Hamidi", "MY", ["defence-minister"])]


def test_future_meeting_is_not_an_event() -> None:
    text = (
        "KEMENTERIAN PERTAHANAN MALAYSIA\n\nSIARAN MEDIA\n\nTAJUK UJIAN RELEASE INI\n\n"
        "1. YB Dato' Seri Mohamed Khaled bin Nordin, Menteri Pertahanan Malaysia telah bercakap "
        "mengenai Mesyuarat Menteri-Menteri Pertahanan ASEAN yang akan diadakan di Kuala Lumpur "
        "pada 12 November 2025.\n2. Beliau berucap.\n\n-TAMAT-\n\n6 Mac 2025\n"
    )
    lex = load_lexicon()
    ex = extract(parse_document(Source(Path("f.txt"), text, "utf-8", "txt"), lex), lex)
    assert ex.events == []
    assert list(ex.persons) == ["Mohamed Khaled Nordin"]
