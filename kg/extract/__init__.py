"""Text to plain records: persons, posts, events, agreements, topics. No RDF here."""

from __future__ import annotations

from kg.extract.reader import ReleaseReader
from kg.extract.records import (
    AgreementRecord,
    EventRecord,
    Evidence,
    Extraction,
    PersonRecord,
    PostRecord,
)
from kg.ingest.document import Document
from kg.lexicon import Lexicon, load_lexicon

__all__ = [
    "AgreementRecord",
    "EventRecord",
    "Evidence",
    "Extraction",
    "PersonRecord",
    "PostRecord",
    "extract",
]


def extract(document: Document, lexicon: Lexicon | None = None) -> Extraction:
    """Everything a release asserts, as plain records."""
    return ReleaseReader(lexicon or load_lexicon()).read(document)
