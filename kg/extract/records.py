"""Plain records of what a release asserts. No RDF here: kg.rdf turns these into triples."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

__all__ = ["AgreementRecord", "EventRecord", "Evidence", "Extraction", "PersonRecord", "PostRecord"]


@dataclass(frozen=True, order=True)
class Evidence:
    """The sentence a fact rests on: paragraph number (as in the release) and the sentence."""

    paragraph: int
    quote: str


@dataclass(frozen=True)
class PostRecord:
    """A post a person is said to hold: its type, whose it is, acting or not, and where it is said."""

    post_type: str
    country: str | None
    acting: bool
    evidence: Evidence


@dataclass
class PersonRecord:
    """A person named in a release, under the canonical name (no honorifics or particles)."""

    name: str
    forms: set[str] = field(default_factory=set)
    country: str | None = None
    posts: list[PostRecord] = field(default_factory=list)


@dataclass
class EventRecord:
    """A meeting, call, visit or exercise. ``key`` is local to the release; kg.resolve gives IRIs."""

    key: str
    kind: str
    forum: str | None = None
    retreat: bool = False
    start: dt.date | None = None
    end: dt.date | None = None
    place: str | None = None
    place_country: str | None = None
    host: str | None = None
    chair: str | None = None
    countries: list[str] = field(default_factory=list)
    observers: list[str] = field(default_factory=list)
    participants: list[str] = field(default_factory=list)
    parent: str | None = None
    topics: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)
    # Who was called on, for a courtesy call: two calls of one visitor on one day differ by it.
    callee: str | None = None


@dataclass
class AgreementRecord:
    """An agreement and the status this release reports for it."""

    key: str
    kind: str
    status: str
    parties: list[str] = field(default_factory=list)
    status_date: dt.date | None = None
    proposed_by: str | None = None
    concluded_at: str | None = None
    topics: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything extracted from one release, in document order."""

    persons: dict[str, PersonRecord] = field(default_factory=dict)
    events: list[EventRecord] = field(default_factory=list)
    agreements: list[AgreementRecord] = field(default_factory=list)

    def event(self, key: str) -> EventRecord:
        return next(e for e in self.events if e.key == key)
