import datetime as dt
from pathlib import Path

import pytest

from kg.errors import BadInputError
from kg.ingest import Source, parse_document, read_source
from kg.lexicon import load_lexicon


def test_seed_metadata(seed_path: Path) -> None:
    doc = parse_document(read_source(seed_path), load_lexicon())
    assert doc.language == "ms"
    assert doc.date.isoformat() == "2024-03-06"
    assert doc.identifier == "MOD.100/2/1/2 JLD 6 (11) 02/03"
    assert doc.publisher is not None and doc.publisher.country == "MY"
    assert doc.title == "SESI PERMUKIMAN MENTERI-MENTERI PERTAHANAN ASEAN DI LUANG PRABANG, LAO PDR"
    assert [len(p.sentences) for p in doc.paragraphs] == [1, 1, 2, 2, 1, 3, 2, 2, 2]
    assert (
        doc.paragraphs[6].sentences[0].text.startswith("Menteri Pertahanan Malaysia turut bertemu")
    )


def test_hash_ignores_line_endings_and_trailing_blanks(seed_path: Path, seed_text: str) -> None:
    lex = load_lexicon()
    a = parse_document(read_source(seed_path), lex)
    b = parse_document(Source(seed_path, seed_text.replace("\n", "  \r\n"), "utf-8", "txt"), lex)
    assert a.sha256 == b.sha256 and len(a.key) == 16


def test_release_without_a_date_is_refused(seed_text: str) -> None:
    undated = seed_text.replace("6 Mac 2024", "")
    with pytest.raises(BadInputError, match="no release date found"):
        parse_document(Source(Path("undated.txt"), undated, "utf-8", "txt"), load_lexicon())


def test_release_dated_only_by_its_file_name(seed_text: str) -> None:
    # Archives keep a page's date in its file name when the date was in markup only.
    undated = seed_text.replace("6 Mac 2024", "")
    doc = parse_document(
        Source(Path("2024-03-07-my-retreat.ms.txt"), undated, "utf-8", "txt"), load_lexicon()
    )
    assert doc.date == dt.date(2024, 3, 7)


def test_english_unnumbered_release() -> None:
    text = (
        "MINISTRY OF DEFENCE SINGAPORE\n\nNEWS RELEASE\n\n"
        "Minister for Defence Attends ADMM Retreat\n\n"
        "Minister for Defence Dr Ng Eng Hen attended the ADMM Retreat in Luang Prabang, "
        "Lao PDR, from 4 to 6 March 2024.\n\n"
        "Dr Ng also met the Thai Defence Minister on the sidelines of the meeting and both "
        "ministers discussed defence cooperation.\n\n6 March 2024\n"
    )
    doc = parse_document(Source(Path("sg.txt"), text, "utf-8", "txt"), load_lexicon())
    assert (doc.language, doc.date.isoformat()) == ("en", "2024-03-06")
    assert doc.publisher is not None and doc.publisher.country == "SG"
    assert [p.number for p in doc.paragraphs] == [1, 2]


def test_a_date_line_below_a_title_that_reads_as_prose() -> None:
    # The title is long and ends in "D.C.", so the body seems to start there and takes the
    # masthead and the date line with it; the date is still the release's.
    text = (
        "Department of Defense\n\n"
        "Defense Chief Joins Quadrilateral Maritime Talks Hosted in Washington, D.C.\n\n"
        "DEPARTMENT OF DEFENSE\n\nPRESS RELEASE\n\n14 May 2016\n\n"
        "WASHINGTON, D.C. — The defense chief joined talks with three partners on maritime "
        "security on May 12, 2016, and the delegations agreed to meet again next year.\n"
    )
    doc = parse_document(Source(Path("t.html"), text, "utf-8", "html"), load_lexicon())
    assert doc.date.isoformat() == "2016-05-14"
