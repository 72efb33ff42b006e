"""Gold files and release graphs as the same plain structure, ready to compare.

Both sides become dicts shaped like a gold file (CONTRACT.md §5): release
metadata, persons with posts, events and agreements with their local keys.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import DCTERMS

from kg.errors import BadInputError
from kg.rdf.namespaces import ADKG, AGREEMENT_CLASSES, EVENT_CLASSES, POST_TYPES, STATUSES

__all__ = ["load_gold", "release_facts"]

_EVENT_KIND = {v: k for k, v in EVENT_CLASSES.items()}
_AGREEMENT_KIND = {v: k for k, v in AGREEMENT_CLASSES.items()}
_POST = {v: k for k, v in POST_TYPES.items()}
_STATUS = {v: k for k, v in STATUSES.items()}


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def load_gold(path: Path) -> dict[str, Any]:
    """A gold file with dates as ISO strings and absent lists as empty."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        raise BadInputError(path, f"not valid YAML ({exc})") from exc
    release = data.get("release") or {}
    for key in ("date",):
        release[key] = _iso(release.get(key))
    for event in data.get("events") or []:
        for key in ("start", "end"):
            if key in event:
                event[key] = _iso(event[key])
    data["release"] = release
    data.setdefault("persons", [])
    data["events"] = data.get("events") or []
    data["agreements"] = data.get("agreements") or []
    return data


def _code(graph: Graph, node: Any) -> str | None:
    if node is None:
        return None
    iso = _one(graph, node, ADKG.iso3166)
    return str(iso) if iso is not None else str(node).rsplit("/", 1)[-1]


def _one(graph: Graph, subject: Any, predicate: Any) -> Any:
    """The least of ``predicate``'s values for ``subject`` (None without any): the same
    answer in every process, where ``Graph.value`` returns whichever comes first and a node
    two releases (or two mentions) describe may have two."""
    if subject is None:
        return None
    return min(graph.objects(subject, predicate), default=None)


def _label(graph: Graph, node: Any) -> str | None:
    if node is None:
        return None
    label = _one(graph, node, RDFS.label)
    return str(label) if label is not None else str(node).rsplit("/", 1)[-1]


def release_facts(graph: Graph, release: URIRef) -> dict[str, Any]:
    """One release's named graph (plus reference data for labels) in the gold shape."""
    publisher = _one(graph, release, DCTERMS.publisher)
    out: dict[str, Any] = {
        "release": {
            "language": _label_or_none(_one(graph, release, DCTERMS.language)),
            "date": _iso(_py(_one(graph, release, DCTERMS.date))),
            "publisher_country": _code(graph, _one(graph, publisher, ADKG.country))
            if publisher is not None
            else None,
            "identifier": _label_or_none(_one(graph, release, DCTERMS.identifier)),
        },
        "persons": [],
        "events": [],
        "agreements": [],
    }
    holdings: dict[Any, list[str]] = {}
    for h in graph.subjects(RDF.type, ADKG.PostHolding):
        post_type = _one(graph, _one(graph, h, ADKG.post), ADKG.postType)
        holdings.setdefault(_one(graph, h, ADKG.holder), []).append(_POST.get(post_type, "other"))
    for p in sorted(graph.subjects(RDF.type, ADKG.Person)):
        out["persons"].append(
            {
                "name": _label(graph, p),
                "country": _code(graph, _one(graph, p, ADKG.country)),
                "posts": sorted(holdings.get(p, [])),
            }
        )
    for e in sorted(set(graph.subjects(ADKG.evidence, None)) & _typed(graph, _EVENT_KIND)):
        kind = next(_EVENT_KIND[t] for t in graph.objects(e, RDF.type) if t in _EVENT_KIND)
        place = _one(graph, e, ADKG.location)
        out["events"].append(
            {
                "key": str(e),
                "type": kind,
                "forum": _tail(_one(graph, e, ADKG.forum)),
                "start": _iso(_py(_one(graph, e, ADKG.startDate))),
                "end": _iso(_py(_one(graph, e, ADKG.endDate))),
                "place": _label(graph, place),
                "country": _code(graph, _one(graph, place, ADKG.country))
                if place
                else _code(graph, _one(graph, e, ADKG.host)),
                "host": _code(graph, _one(graph, e, ADKG.host)),
                "chair": _label(graph, _one(graph, e, ADKG.chair)),
                "countries": sorted(
                    _code(graph, c) for c in graph.objects(e, ADKG.participatingCountry)
                ),
                "observers": sorted(
                    _code(graph, c) for c in graph.objects(e, ADKG.observerCountry)
                ),
                "participants": sorted(
                    _label(graph, p) for p in graph.objects(e, ADKG.participant)
                ),
                "part_of": _str(_one(graph, e, ADKG.partOf)),
                "topics": sorted(_tail(t) for t in graph.objects(e, ADKG.topic)),
            }
        )
    for a in sorted(set(graph.subjects(ADKG.status, None))):
        kind = next(
            (_AGREEMENT_KIND[t] for t in graph.objects(a, RDF.type) if t in _AGREEMENT_KIND),
            "agreement",
        )
        for status in graph.objects(a, ADKG.status):
            out["agreements"].append(
                {
                    "key": str(a),
                    "type": kind,
                    "parties": sorted(_code(graph, c) for c in graph.objects(a, ADKG.party)),
                    "status": _STATUS.get(status),
                    "proposed_by": _code(graph, _one(graph, a, ADKG.proposedBy)),
                    "concluded_at": _str(_one(graph, a, ADKG.concludedAt)),
                    "topics": sorted(_tail(t) for t in graph.objects(a, ADKG.topic)),
                }
            )
    return out


def _typed(graph: Graph, classes: dict[Any, str]) -> set[Any]:
    return {s for c in classes for s in graph.subjects(RDF.type, c)}


def _py(value: Any) -> Any:
    return value.toPython() if value is not None else None


def _tail(value: Any) -> str | None:
    return str(value).rsplit("/", 1)[-1] if value is not None else None


def _str(value: Any) -> str | None:
    return str(value) if value is not None else None


def _label_or_none(value: Any) -> str | None:
    return str(value) if value is not None else None
