from pathlib import Path

import pytest

from kg.errors import BadInputError
from kg.ingest import parse_document, read_source
from kg.lexicon import load_lexicon


def test_windows_1252_is_decoded(tmp_path: Path, seed_text: str) -> None:
    path = tmp_path / "r.txt"
    path.write_bytes(seed_text.encode("cp1252"))
    source = read_source(path)
    assert source.encoding == "cp1252"
    assert "“centrality”" in source.text


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("blank.txt", b"  \n\n ", "the file is empty"),
        ("binary.txt", bytes(range(256)) * 4, "binary data, not a text release"),
        ("fake.pdf", b"hello", "not a PDF file"),
        ("r.docx", b"x", "unsupported file type .docx"),
    ],
)
def test_unreadable_files_name_the_problem(
    tmp_path: Path, name: str, data: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(BadInputError) as err:
        read_source(path)
    assert str(err.value).startswith(f"{path}: {problem}")
    assert "\n" not in str(err.value)


def test_html_article_body_without_site_menus(tmp_path: Path, seed_text: str) -> None:
    body = "".join(f"<p>{line}</p>" for line in seed_text.splitlines() if line.strip())
    page = (
        "<html><head><title>MINDEF</title><script>var x = 1;</script></head><body>"
        "<nav><ul><li>Utama</li><li>Menteri Pertahanan Malaysia bertemu</li></ul></nav>"
        f"<article>{body}</article><footer>Hak Cipta 2024</footer></body></html>"
    )
    path = tmp_path / "r.html"
    path.write_text(page, encoding="utf-8")
    source = read_source(path)
    assert "Utama" not in source.text and "Hak Cipta" not in source.text
    doc = parse_document(source, load_lexicon())
    assert [p.number for p in doc.paragraphs] == list(range(1, 10))


def test_pdf_text_layer(tmp_path: Path, seed_text: str) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    text = seed_text.replace("“", '"').replace("”", '"').replace("’", "'")
    for line in text.splitlines():
        pdf.multi_cell(0, 5, line.strip() or " ", new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "r.pdf"
    pdf.output(str(path))
    doc = parse_document(read_source(path), load_lexicon())
    assert doc.date.isoformat() == "2024-03-06"
    assert [p.number for p in doc.paragraphs] == list(range(1, 10))
    assert doc.identifier == "MOD.100/2/1/2 JLD 6 (11) 02/03"
