"""Read release files and turn them into normalised, segmented documents."""

from kg.ingest.document import Document, Paragraph, Sentence, parse_document
from kg.ingest.reader import Source, read_source

__all__ = ["Document", "Paragraph", "Sentence", "Source", "parse_document", "read_source"]
