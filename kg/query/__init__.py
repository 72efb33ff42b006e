"""SPARQL over the store: inline queries, .rq files and saved queries with typed parameters."""

from kg.query.format import FORMATS, format_result
from kg.query.saved import SavedQuery, resolve_query, saved_queries

__all__ = ["FORMATS", "SavedQuery", "format_result", "resolve_query", "run", "saved_queries"]

from kg.query.run import run
