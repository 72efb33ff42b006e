"""A release as a document: normalised text, numbered paragraphs, sentences, metadata.

>>> from kg.lexicon import load_lexicon
>>> text = "MEDIA RELEASE\\n\\n1. Dr Ng met Gen. Lim. They talked.\\n2. Both agreed.\\n\\n6 March 2024"
>>> src = Source(Path("x.txt"), text, "utf-8", "txt")
>>> doc = parse_document(src, load_lexicon())
>>> doc.date.isoformat(), [p.number for p in doc.paragraphs]
('2024-03-06', [1, 2])
>>> [s.text for s in doc.paragraphs[0].sentences]
['Dr Ng met Gen. Lim.', 'They talked.']
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.errors import BadInputError
from kg.ingest.dates import find_dates
from kg.ingest.reader import Source
from kg.lexicon import Lexicon, Ministry, PhraseMatcher

__all__ = ["Document", "Paragraph", "Sentence", "normalise", "parse_document"]


@dataclass(frozen=True)
class Sentence:
    paragraph: int
    index: int
    text: str


@dataclass(frozen=True)
class Paragraph:
    number: int
    text: str
    sentences: tuple[Sentence, ...]


@dataclass(frozen=True)
class Document:
    """A release ready for extraction. ``sha256`` is over the normalised text."""

    path: Path
    text: str
    sha256: str
    language: str
    date: dt.date
    title: str | None
    identifier: str | None
    publisher: Ministry | None
    paragraphs: tuple[Paragraph, ...]

    @property
    def key(self) -> str:
        """The first 16 hex digits of the hash: the release IRI's last segment."""
        return self.sha256[:16]

    def sentences(self) -> list[Sentence]:
        return [s for p in self.paragraphs for s in p.sentences]


def normalise(text: str) -> str:
    """NFC, Unix line ends, no trailing blanks, at most one empty line in a row.

    >>> normalise("a\\u00a0b \\r\\n\\r\\n\\r\\n\\nc")
    'a b\\n\\nc'
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\ufeff", "")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n ")


_NUMBERED = re.compile(r"^\s*(\d{1,3})[.)]\s+(\S.*)$")


def _is_end_marker(line: str, lexicon: Lexicon) -> bool:
    core = re.sub(r"^[\s\-–—*#]+|[\s\-–—*#]+$", "", line)
    if not core:
        return bool(re.fullmatch(r"\s*#{3}\s*", line))
    return core.casefold() in {w.casefold() for w in lexicon.words("end_markers")}


def _split_body(
    lines: list[str], lexicon: Lexicon
) -> tuple[list[str], list[tuple[int, str]], list[str]]:
    """Header lines, numbered paragraphs and footer lines."""
    numbered = [(i, _NUMBERED.match(line)) for i, line in enumerate(lines)]
    starts = [(i, int(m.group(1))) for i, m in numbered if m]
    end = next((i for i, line in enumerate(lines) if _is_end_marker(line, lexicon)), len(lines))
    starts = [(i, n) for i, n in starts if i < end]
    if len(starts) >= 2 and starts[0][1] == 1:
        header = lines[: starts[0][0]]
        paragraphs: list[tuple[int, str]] = []
        for k, (i, number) in enumerate(starts):
            stop = starts[k + 1][0] if k + 1 < len(starts) else end
            chunk = lines[i:stop]
            if k + 1 == len(starts) and end == len(lines):
                # The last paragraph ends at its first empty line when no end marker closes it.
                cut = next((j for j, line in enumerate(chunk) if not line.strip()), len(chunk))
                chunk, stop = chunk[:cut], i + cut
            first = _NUMBERED.match(chunk[0])
            body = " ".join([first.group(2), *(c.strip() for c in chunk[1:] if c.strip())])
            paragraphs.append((number, body))
        return header, paragraphs, lines[stop:]
    # Unnumbered: the header runs to the first line that reads like prose.
    blocks: list[list[int]] = [[]]
    for i, line in enumerate(lines[:end]):
        if line.strip():
            blocks[-1].append(i)
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    prose = [b for b in blocks if any(_is_prose(lines[i]) for i in b)]
    if not prose:
        return lines, [], []
    first, last = prose[0][0], prose[-1][-1]
    paragraphs = []
    for block in blocks:
        if block[0] >= first and block[-1] <= last:
            paragraphs.append((len(paragraphs) + 1, " ".join(lines[i].strip() for i in block)))
    return lines[:first], paragraphs, lines[last + 1 :]


def _is_prose(line: str) -> bool:
    """A line of running text: ten words or more, mostly lower case, ending a sentence.

    Mastheads, titles in capitals and date lines are not prose.

    >>> _is_prose("DEPUTY PRIME MINISTER AND MINISTER OF DEFENCE JOINS ADMM RETREAT IN PENANG TODAY.")
    False
    >>> _is_prose("On June 8 in Ha Noi, the two ministers held talks on defence cooperation.")
    True
    """
    words = line.split()
    letters = [c for c in line if c.isalpha()]
    if len(words) < 10 or not letters:
        return False
    lower = sum(c.islower() for c in letters) / len(letters)
    return lower >= 0.55 and bool(re.search(r"[.!?:][\"”’)]?\s*$", line))


def _abbreviations(lexicon: Lexicon) -> set[str]:
    words = {
        w.split()[-1].strip("()")
        for w in lexicon.words("honorifics")
        if w.rstrip(")").endswith(".")
    }
    words |= set(lexicon.words("abbreviations"))
    return words


def split_sentences(text: str, abbreviations: set[str]) -> list[str]:
    """Split a paragraph into sentences, keeping titles such as "Gen." inside.

    >>> split_sentences("He met Gen. Lim. Both agreed.", {"Gen."})
    ['He met Gen. Lim.', 'Both agreed.']
    """
    pieces: list[str] = []
    start = 0
    for match in re.finditer(r"[.!?][\"”’)]?\s+(?=[\"“‘(*]?[A-Z0-9])", text):
        before = text[start : match.start() + 1].split()
        last = before[-1].strip("()") if before else ""
        # "ASEAN–U.S. Maritime Exercise": the abbreviation after a dash counts as well.
        tail = re.split(r"[-–—/]", last)[-1]
        if last in abbreviations or tail in abbreviations or re.fullmatch(r"(?:[A-Z]\.)+", tail):
            continue
        pieces.append(text[start : match.end()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        pieces.append(tail)
    return pieces


def detect_language(text: str, lexicon: Lexicon) -> str:
    """The lexicon language whose marker words occur most often in ``text``."""
    tokens = Counter(re.findall(r"[\w'-]+", text.casefold()))
    bigrams = Counter(
        " ".join(p) for p in zip(text.casefold().split(), text.casefold().split()[1:], strict=False)
    )
    scores = {}
    for language, markers in lexicon.markers.items():
        scores[language] = sum(tokens[m] if " " not in m else bigrams[m] for m in markers)
    return max(sorted(scores), key=lambda lang: scores[lang])


# A reference number: "MOD.100/2/1/2 JLD 6 (11) 02/03", "Nomor: 139/SP/VI/2021", "No. 31/2568".
# A label ending in a colon is not part of it; "No." without one is printed as part of it.
_REF = re.compile(
    r"^(?:(?:Ref(?:erence)?|No|Rujukan|Nomor|Ruj|Reference\s+No)\.?\s*(?:No\.?)?\s*:\s*)?"
    r"((?:No\.\s*)?[A-Z0-9][A-Za-z0-9 ./()\-]*)$"
)


def _identifier(lines: list[str], lexicon: Lexicon) -> str | None:
    labels = sorted(lexicon.words("document_labels"), key=len, reverse=True)
    label = re.compile(rf"^(?:{'|'.join(map(re.escape, labels))})\s+(?=No\.)", re.IGNORECASE)
    for line in lines:
        # "PRESS RELEASE No. 27/2567": the label printed before the number is not part of it.
        s = label.sub("", line.strip()) if labels else line.strip()
        m = _REF.match(s)
        if (
            m
            and "/" in s
            and re.search(r"\d", s)
            and len(s.split()) <= 8
            and not find_dates(s, lexicon)
        ):
            return m.group(1).strip()
    return None


def _release_date(
    header: list[str], footer: list[str], paragraphs: list[tuple[int, str]], lexicon: Lexicon
) -> dt.date | None:
    """The release's own date, by preference: a line that is (nearly) only a date, in the
    footer then the header; any dated line outside the body ("Posted on July 8, 2024 by …");
    a dateline opening the first paragraph ("Penang, February 26, 2025 – …"); else the
    first dated phrase of the first paragraph ("Beijing – … Senin (21/4/2025)")."""
    around = [line.strip() for line in [*reversed(footer), *header] if line.strip()]
    # A date line taken into the body (a title long enough to read as prose came before it)
    around += [text.strip() for _, text in paragraphs[:6] if len(text) <= 40]
    for line in around:
        spans = [d for d in find_dates(line, lexicon) if d.explicit_year]
        if (
            spans
            and len(line) - (spans[0].finish - spans[0].begin) <= 40
            and not line.endswith(".")
        ):
            return spans[0].start
    for line in around:
        spans = [d for d in find_dates(line, lexicon) if d.explicit_year]
        if spans and not _is_prose(line):
            return spans[0].start
    if paragraphs:
        lead = paragraphs[0][1]
        spans = [d for d in find_dates(lead, lexicon) if d.explicit_year]
        if spans:
            return spans[0].start
    return None


@cache
def _publisher_gazetteers(
    lexicon: Lexicon,
) -> tuple[
    dict[str, list[Ministry]], PhraseMatcher, dict[str, Ministry], PhraseMatcher, PhraseMatcher
]:
    """Ministry names, countries and places as matchers: built once per lexicon, not per release."""
    by_name: dict[str, list[Ministry]] = {}
    for m in lexicon.ministries:
        for name in m.names:
            by_name.setdefault(name.casefold(), []).append(m)
    matcher = PhraseMatcher({n: n for n in by_name}, ignore_case=True)
    by_country = {m.country: m for m in lexicon.ministries}
    countries = PhraseMatcher(
        {n: c.code for c in lexicon.countries.values() for n in c.names}, ignore_case=True
    )
    places = PhraseMatcher(
        {n: p.country for p in lexicon.places.values() for n in p.names}, ignore_case=True
    )
    return by_name, matcher, by_country, countries, places


def _publisher(lines: list[str], lexicon: Lexicon) -> Ministry | None:
    """The issuing ministry, from the masthead or sign-off lines.

    A name that fits one ministry ("Kementerian Pertahanan Malaysia") decides; a generic one
    ("MINISTRY OF DEFENCE") takes the country named nearby ("BRUNEI DARUSSALAM"); with no
    ministry named at all (a chairman's statement), the country of the dateline's place
    ("JAKARTA, 15 NOVEMBER 2023") names it.
    """
    by_name, matcher, by_country, countries, places = _publisher_gazetteers(lexicon)
    generic = False
    for line in lines:
        for _, name in matcher.finditer(line):
            found = by_name[name.casefold()]
            if len(found) == 1:
                return found[0]
            generic = True
    near: list[str] = []
    for line in lines:
        if not line.strip():
            continue
        near.extend(code for _, code in countries.finditer(line))
    if generic and near:
        return by_country.get(near[0])
    for line in lines:
        for _, code in places.finditer(line):
            if code in by_country:
                return by_country[code]
    return by_country.get(near[0]) if near else None


def _title(header: list[str], lexicon: Lexicon, identifier: str | None) -> str | None:
    labels = {w.casefold() for w in lexicon.words("document_labels")}
    ministry_names = {n.casefold() for m in lexicon.ministries for n in m.names}
    candidates: list[str] = []
    for line in header:
        s = line.strip().strip("*").strip()
        low = s.casefold()
        if (
            not s
            or low in labels
            or low in ministry_names
            or (identifier and identifier in s)
            or (find_dates(s, lexicon) and len(s) < 40)
            or len(s.split()) < 3
        ):
            if candidates:
                break
            continue
        candidates.append(s)
    return " ".join(candidates) if candidates else None


_NAME_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?!\d)")


def _name_date(path: Path) -> dt.date | None:
    """The date a file name starts with ("2024-03-20-vn-dialogue.en.txt"): archives name
    releases so when the page gave its date only in markup the text lost.

    >>> _name_date(Path("2024-03-20-vn-dialogue.en.txt")), _name_date(Path("2024-13-01-x.txt"))
    (datetime.date(2024, 3, 20), None)
    """
    found = _NAME_DATE.match(path.name)
    if not found:
        return None
    try:
        return dt.date(*(int(part) for part in found.groups()))
    except ValueError:
        return None


def parse_document(source: Source, lexicon: Lexicon) -> Document:
    """Segment a release and read its metadata; raise BadInputError when no date is found."""
    text = normalise(source.text)
    lines = text.split("\n")
    header, paragraphs, footer = _split_body(lines, lexicon)
    if not paragraphs:
        raise BadInputError(source.path, "no paragraphs of release text found")
    date = _release_date(header, footer, paragraphs, lexicon) or _name_date(source.path)
    if date is None:
        raise BadInputError(
            source.path,
            "no release date found (expected a dated line such as '6 Mac 2024', "
            "or a file name starting with the date, such as 2024-03-06-…)",
        )
    abbreviations = _abbreviations(lexicon)
    built = tuple(
        Paragraph(
            number=number,
            text=body,
            sentences=tuple(
                Sentence(number, k, s) for k, s in enumerate(split_sentences(body, abbreviations))
            ),
        )
        for number, body in paragraphs
    )
    identifier = _identifier(header, lexicon)
    return Document(
        path=source.path,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        language=detect_language(" ".join(p.text for p in built), lexicon),
        date=date,
        title=_title(header, lexicon, identifier),
        identifier=identifier,
        publisher=_publisher([*header, *footer], lexicon),
        paragraphs=built,
    )
