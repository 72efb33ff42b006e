"""Query answers as a text table, CSV or JSON.

>>> from kg.store import QueryResult
>>> print(format_result(QueryResult(["a", "b"], [[1, "x"]]), "csv"), end="")
a,b
1,x
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from kg.errors import UsageError
from kg.store import QueryResult

__all__ = ["FORMATS", "format_result"]

FORMATS = ("table", "csv", "json")
_ID = "https://w3id.org/adkg/id/"


def _short(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    if text.startswith(_ID):
        return "id:" + text[len(_ID) :]
    if text.startswith("https://w3id.org/adkg/ontology#"):
        return "adkg:" + text.split("#", 1)[1]
    return text


def _table(result: QueryResult) -> str:
    cells = [[_short(v) for v in row] for row in result.rows]
    widths = [
        min(60, max([len(c), *(len(r[i]) for r in cells)])) for i, c in enumerate(result.columns)
    ]

    def line(values: list[str]) -> str:
        out = []
        for v, w in zip(values, widths, strict=True):
            v = v if len(v) <= w else v[: w - 1] + "…"
            out.append(v.ljust(w))
        return "  ".join(out).rstrip()

    rows = [line(result.columns), line(["-" * w for w in widths]), *(line(r) for r in cells)]
    rows.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(rows) + "\n"


def format_result(result: QueryResult, fmt: str) -> str:
    if fmt == "table":
        return _table(result)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(result.columns)
        for row in result.rows:
            writer.writerow([v.isoformat() if isinstance(v, dt.date) else v for v in row])
        return buffer.getvalue()
    if fmt == "json":
        records = [
            {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in r.items()}
            for r in result.records()
        ]
        return json.dumps(records, ensure_ascii=False, indent=2, default=str) + "\n"
    raise UsageError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
