"""Deterministic instance IRIs (CONTRACT.md §1; event and agreement patterns in ontology/README.md).

The same real-world thing gets the same IRI from every release that reports it:

>>> import datetime as dt
>>> event_iri(kind="multilateral-meeting", forum="admm", retreat=True, start=dt.date(2024, 3, 4))
'https://w3id.org/adkg/id/event/admm-retreat/2024-03-04'
>>> event_iri(kind="bilateral-meeting", countries=["MY", "LA"],
...           parent="https://w3id.org/adkg/id/event/admm-retreat/2024-03-04")
'https://w3id.org/adkg/id/event/admm-retreat/2024-03-04/bilateral-meeting/LA-MY'
>>> agreement_iri(kind="mou", parties=["TH", "MY"])
'https://w3id.org/adkg/id/agreement/mou/MY-TH'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from kg.resolve.names import slug

__all__ = [
    "ID",
    "agreement_iri",
    "country_iri",
    "event_iri",
    "evidence_iri",
    "forum_iri",
    "holding_iri",
    "person_iri",
    "place_iri",
    "post_iri",
    "release_iri",
    "topic_iri",
]

ID = "https://w3id.org/adkg/id/"


def _codes(codes: Iterable[str]) -> str:
    return "-".join(sorted(set(codes))) or "unknown"


def country_iri(code: str) -> str:
    return f"{ID}country/{code.upper()}"


def person_iri(name: str) -> str:
    return f"{ID}person/{slug(name)}"


def topic_iri(name: str) -> str:
    return f"{ID}topic/{name}"


def forum_iri(name: str) -> str:
    return f"{ID}forum/{name}"


def release_iri(key: str) -> str:
    """``key`` is the first 16 hex digits of the sha256 of the normalised text."""
    return f"{ID}release/{key}"


def place_iri(label: str) -> str:
    return f"{ID}place/{slug(label)}"


def post_iri(country: str | None, post_type: str) -> str:
    """A post is a country's office: ``id:post/MY/defence-minister``."""
    return f"{ID}post/{country or 'unknown'}/{post_type}"


def holding_iri(person: str, country: str | None, post_type: str) -> str:
    return f"{ID}holding/{slug(person)}/{country or 'unknown'}/{post_type}"


def evidence_iri(release_key: str, paragraph: int, quote: str) -> str:
    import hashlib

    digest = hashlib.sha256(quote.encode("utf-8")).hexdigest()[:8]
    return f"{ID}evidence/{release_key}/{paragraph}-{digest}"


def event_iri(
    *,
    kind: str,
    forum: str | None = None,
    retreat: bool = False,
    start: dt.date | None = None,
    countries: Iterable[str] = (),
    parent: str | None = None,
    qualifier: str | None = None,
) -> str:
    """An event's identity: its forum (or countries) and start date, or its parent event.

    A multilateral meeting of a forum is ``event/{forum}[-retreat]/{start}``; one of no
    known forum is ``event/{kind}/{countries}/{start}``. A meeting inside a larger one
    (on its sidelines) is ``{parent}/{kind}/{countries}``. A courtesy call ends with the
    slug of the person called on (``qualifier``), so two calls on one day stay two.
    """
    tail = f"/{slug(qualifier)}" if qualifier else ""
    if parent is not None:
        return f"{parent}/{kind}/{_codes(countries)}{tail}"
    day = start.isoformat() if start else "undated"
    if forum is not None and kind == "multilateral-meeting":
        return f"{ID}event/{forum}{'-retreat' if retreat else ''}/{day}"
    return f"{ID}event/{kind}/{_codes(countries)}/{day}{tail}"


def agreement_iri(
    *, kind: str, parties: Iterable[str] = (), concluded_at: str | None = None
) -> str:
    """An agreement's identity: kind and parties, so its status history stays on one node.

    Joint statements and declarations are products of a meeting: their identity is the
    meeting (``{event}/joint-statement``), as one meeting may issue statements with
    several overlapping party lists.
    """
    if concluded_at is not None and kind in ("joint-statement", "joint-declaration"):
        return f"{concluded_at.replace('/event/', '/agreement/', 1)}/{kind}"
    return f"{ID}agreement/{kind}/{_codes(parties)}"
