"""Saved queries: ``kg/queries/*.rq``, each with a header that documents it.

Header lines: the first comment is the question; ``# @param NAME TYPE description``
declares a parameter bound to ``?NAME`` (types: country, person, date, status,
iri, string; "optional" in the description makes it optional);
``# @columns …`` names the answer's columns.

>>> q = saved_queries()["bilateral-meetings"]
>>> [(p.name, p.type) for p in q.params]
[('a', 'country'), ('b', 'country')]
>>> q.bind({"a": "MY", "b": "th"})["a"]
'https://w3id.org/adkg/id/country/MY'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kg.errors import QueryError
from kg.resolve import country_iri, person_iri

__all__ = ["Param", "SavedQuery", "resolve_query", "saved_queries"]

_STATUSES = ("proposed", "under-negotiation", "signed", "in-force", "renewed", "adopted")
_STATUS_TERMS = {
    "proposed": "Proposed",
    "under-negotiation": "UnderNegotiation",
    "signed": "Signed",
    "in-force": "InForce",
    "renewed": "Renewed",
    "adopted": "Adopted",
}
_TYPES = ("country", "person", "date", "status", "topic", "iri", "string")


@dataclass(frozen=True)
class Param:
    name: str
    type: str
    description: str

    @property
    def optional(self) -> bool:
        return self.description.lower().startswith("optional")

    def convert(self, value: str) -> str:
        """The value as the store expects it (an IRI for countries, people, statuses)."""
        if self.type == "country":
            if not re.fullmatch(r"[A-Za-z]{2}", value):
                raise QueryError(
                    f"parameter {self.name}: expected an ISO country code such as MY, got {value!r}"
                )
            return country_iri(value)
        if self.type == "person":
            return value if value.startswith("http") else person_iri(value)
        if self.type == "status":
            if value not in _STATUSES:
                raise QueryError(f"parameter {self.name}: expected one of {', '.join(_STATUSES)}")
            return f"https://w3id.org/adkg/ontology#{_STATUS_TERMS[value]}"
        if self.type == "topic":
            from kg.lexicon import load_lexicon

            slugs = sorted(load_lexicon().topics)
            if value not in slugs:
                raise QueryError(
                    f"parameter {self.name}: unknown topic {value!r}; topics: {', '.join(slugs)}"
                )
            return f"https://w3id.org/adkg/id/topic/{value}"
        if self.type == "date" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise QueryError(f"parameter {self.name}: expected a date as YYYY-MM-DD, got {value!r}")
        if self.type == "iri" and not value.startswith(("http://", "https://", "urn:")):
            raise QueryError(f"parameter {self.name}: expected an IRI, got {value!r}")
        return value


@dataclass(frozen=True)
class SavedQuery:
    name: str
    question: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    text: str
    path: Path

    def bind(self, values: dict[str, str]) -> dict[str, str]:
        """Check and convert ``--param`` values; unknown or missing ones are errors."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(values) - set(known))
        if unknown:
            raise QueryError(
                f"{self.name}: unknown parameter {unknown[0]!r}; it takes "
                + (", ".join(known) or "no parameters")
            )
        missing = [p.name for p in self.params if not p.optional and p.name not in values]
        if missing:
            raise QueryError(
                f"{self.name}: missing parameter {missing[0]} (--param {missing[0]}=…)"
            )
        return {k: known[k].convert(v) for k, v in values.items()}


def parse_header(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    comments = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
    question = next((c for c in comments if not c.startswith("@")), "")
    params, columns = [], ()
    for c in comments:
        if c.startswith("@param"):
            _, name, kind, *rest = c.split(maxsplit=3)
            if kind not in _TYPES:
                raise QueryError(f"{path.name}: parameter {name} has unknown type {kind}")
            params.append(Param(name, kind, rest[0] if rest else ""))
        elif c.startswith("@columns"):
            columns = tuple(c.split()[1:])
    return SavedQuery(path.stem, question, tuple(params), columns, text, path)


@cache
def saved_queries(folder: Path | None = None) -> dict[str, SavedQuery]:
    from kg.resources import queries_dir

    folder = folder or queries_dir()
    return {p.stem: parse_header(p) for p in sorted(folder.glob("*.rq"))}


def resolve_query(text_or_name: str) -> tuple[str, SavedQuery | None]:
    """Inline SPARQL, a path to a .rq file, or a saved query's name → (sparql, saved or None)."""
    saved = saved_queries()
    if text_or_name in saved:
        return saved[text_or_name].text, saved[text_or_name]
    if text_or_name.endswith(".rq"):
        path = Path(text_or_name)
        if not path.is_file():
            raise QueryError(f"{text_or_name}: no such query file")
        return path.read_text(encoding="utf-8"), parse_header(path)
    if re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", text_or_name, re.IGNORECASE):
        return text_or_name, None
    if re.search(r"\b(INSERT|DELETE|DROP|CLEAR|LOAD|CREATE)\b", text_or_name, re.IGNORECASE):
        raise QueryError("kg query answers queries only; updates go through kg ingest")
    if re.search(r"[{}?]", text_or_name):
        raise QueryError(
            f"{text_or_name[:40]!r}… looks like SPARQL but has no SELECT, ASK, CONSTRUCT or "
            "DESCRIBE: check its first keyword"
        )
    raise QueryError(
        f"{text_or_name!r} is neither SPARQL, a .rq file nor a saved query; "
        f"saved queries: {', '.join(saved)}"
    )
