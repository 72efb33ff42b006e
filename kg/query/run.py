"""Run a query (inline, file or saved) with bound parameters."""

from __future__ import annotations

from kg.errors import QueryError
from kg.query.saved import resolve_query
from kg.store import AnyStore, QueryResult

__all__ = ["run"]


def run(store: AnyStore, query: str, params: dict[str, str] | None = None) -> QueryResult:
    """Answer ``query`` over ``store``; ``params`` are bound as values, never pasted in.

    Inline queries take their parameters as plain values (IRIs, ISO dates, numbers, text);
    saved queries convert them by the types their header declares (a country code to its IRI).
    """
    sparql, saved = resolve_query(query)
    values = dict(params or {})
    if saved is not None:
        values = saved.bind(values)
    elif values:
        unknown = [k for k in values if f"?{k}" not in sparql and f"${k}" not in sparql]
        if unknown:
            raise QueryError(f"parameter {unknown[0]!r} names no variable of the query")
    return store.query(sparql, values)
