"""Read a release file (.txt, .html, .pdf) into text, or say clearly why not.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "r.txt"
>>> _ = p.write_bytes("Kenyataan \u201cMADANI\u201d".encode("cp1252"))
>>> s = read_source(p)
>>> s.text, s.encoding
('Kenyataan “MADANI”', 'cp1252')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import BadInputError

__all__ = ["SUFFIXES", "Source", "read_source"]

SUFFIXES = (".txt", ".html", ".htm", ".pdf")

# Elements that hold site furniture rather than the article.
_FURNITURE = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript", "menu")
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "br", "section", "article")


@dataclass(frozen=True)
class Source:
    """A release's raw text and how it was read."""

    path: Path
    text: str
    encoding: str
    format: str


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return control > len(sample) * 0.02


def decode(data: bytes, path: Path) -> tuple[str, str]:
    """Decode bytes as UTF-8, else Windows-1252, else Latin-1 (which never fails)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if _looks_binary(data):
        raise BadInputError(path, "binary data, not a text release (is it a .pdf or an image?)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def _html_text(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    # The page title often carries the site's name ("… | MINDEF Singapore"): keep it as a
    # masthead line, since the site header itself is dropped with the menus.
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    site = title.rsplit("|", 1)[-1].rsplit("\u2013", 1)[-1].strip() if title else ""
    for tag in soup.find_all(_FURNITURE):
        tag.decompose()
    body = (
        soup.find("article")
        or soup.find(attrs={"role": "main"})
        or soup.find("main")
        or soup.find(class_=re.compile(r"\b(article|content|post|entry)\b"))
        or soup.body
        or soup
    )
    for tag in body.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    text = body.get_text()
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.splitlines()]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
    return f"{site}\n\n{body}" if site and site not in body[:200] else body


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise BadInputError(path, "the PDF is encrypted")
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError) as exc:
        raise BadInputError(path, f"not a readable PDF ({exc})") from exc
    # Justified PDF lines come out with runs of spaces; one is enough.
    return "\n\n".join(re.sub(r"[ \t]{2,}", " ", page) for page in pages)


def read_source(path: str | Path) -> Source:
    """Read one release file; raise :class:`BadInputError` naming the file and the problem."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise BadInputError(
            path, f"unsupported file type {suffix or '(none)'}; use .txt, .html or .pdf"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadInputError(path, f"cannot read the file ({exc.strerror})") from exc
    if not data.strip():
        raise BadInputError(path, "the file is empty")
    if suffix == ".pdf":
        if not data.startswith(b"%PDF"):
            raise BadInputError(path, "not a PDF file (no %PDF header)")
        text, encoding, fmt = _pdf_text(path), "pdf", "pdf"
    else:
        text, encoding = decode(data, path)
        fmt = "html" if suffix in (".html", ".htm") else "txt"
        if fmt == "html":
            text = _html_text(text)
    if not text.strip():
        raise BadInputError(path, "the file holds no text (a scanned PDF needs OCR first)")
    return Source(path=path, text=text, encoding=encoding, format=fmt)
