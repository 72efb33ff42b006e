"""Events and agreements read from the store into plain records, with filters.

Every view and every analysis starts here, so "what lies behind an edge"
(kind, label, date, status, and the release and paragraph each fact rests on)
is read once, the same way for all of them.
"""

from __future__ import annotations

import datetime as dt
import heapq
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from kg.errors import UsageError
from kg.rdf.namespaces import AGREEMENT_CLASSES, EVENT_CLASSES
from kg.store import AnyStore

__all__ = ["Filters", "Item", "Pair", "Person", "Snapshot", "read_pairs", "read_snapshot"]

log = logging.getLogger(__name__)
_T = TypeVar("_T")
_KIND_OF_CLASS = {str(v): k for k, v in {**EVENT_CLASSES, **AGREEMENT_CLASSES}.items()}
_P = """PREFIX adkg: <https://w3id.org/adkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dct: <http://purl.org/dc/terms/>
PREFIX org: <http://www.w3.org/ns/org#>
"""


@dataclass(frozen=True, order=True)
class Source:
    published: dt.date
    release: str
    paragraph: int
    title: str = ""


@dataclass
class Item:
    """An event or an agreement, with its countries, people, topics and sources."""

    iri: str
    kind: str
    label: str
    is_event: bool
    date: dt.date | None = None
    parent: str | None = None
    countries: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)
    topics: set[str] = field(default_factory=set)
    statuses: list[tuple[dt.date | None, str, str]] = field(default_factory=list)
    sources: set[Source] = field(default_factory=set)

    @property
    def latest_status(self) -> str | None:
        if not self.statuses:
            return None
        return max(self.statuses, key=lambda s: (s[0] or dt.date.min, s[2]))[1]


@dataclass
class Person:
    iri: str
    name: str
    country: str | None
    posts: set[str] = field(default_factory=set)


@dataclass
class Snapshot:
    items: dict[str, Item]
    people: dict[str, Person]
    countries: dict[str, tuple[str, str]]  # ISO → (name, group)
    store: AnyStore | None = None  # where sources not yet read come from
    _sourced: set[str] = field(default_factory=set)

    def load_sources(self, items: Iterable[Item]) -> None:
        """Read the sources (release, paragraph) of these items, if not read yet.

        A view shows the sources of the items its tooltips list, not of every item in the
        store: on a large archive, reading every evidence link would dominate its build.
        """
        wanted = [i for i in items if i.iri not in self._sourced]
        if self.store is None or not wanted:
            return
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            values = " ".join(f"<{i.iri}>" for i in chunk)
            for r in _rows(self.store, _SOURCES.replace("VALUES_HERE", values)):
                item = self.items.get(str(r["item"]))
                if item is not None:
                    item.sources.add(_source(r))
            self._sourced.update(i.iri for i in chunk)


@dataclass(frozen=True)
class Filters:
    """What a view keeps: a period, a country, a kind, a topic (all optional)."""

    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None
    kind: str | None = None
    topic: str | None = None

    def keep(self, item: Item) -> bool:
        if self.country and self.country.upper() not in item.countries:
            return False
        if self.kind and self.kind != item.kind:
            return False
        if self.topic and self.topic not in item.topics:
            return False
        if (self.since or self.until) and item.date is None:
            return False
        if self.since and item.date and item.date < self.since:
            return False
        return not (self.until and item.date and item.date > self.until)


KINDS = (*EVENT_CLASSES, *AGREEMENT_CLASSES)


def _check(filters: Filters) -> None:
    if filters.kind and filters.kind not in KINDS:
        raise UsageError(f"unknown kind {filters.kind!r}; use one of {', '.join(KINDS)}")
    if filters.country and not re.fullmatch(r"[A-Za-z]{2}", filters.country):
        raise UsageError(f"--country {filters.country!r}: expected an ISO code such as MY")
    if filters.topic:
        from kg.lexicon import load_lexicon

        topics = sorted(load_lexicon().topics)
        if filters.topic not in topics:
            raise UsageError(f"unknown topic {filters.topic!r}; use one of {', '.join(topics)}")


def _rows(store: AnyStore, body: str) -> list[dict[str, object]]:
    return store.query(_P + body).records()


_SOURCES = """SELECT ?item ?release ?published ?paragraph ?title WHERE {
  VALUES ?item { VALUES_HERE }
  ?item adkg:evidence ?ev . ?ev adkg:release ?release ; adkg:paragraph ?paragraph .
  ?release dct:date ?published . OPTIONAL { ?release dct:title ?title } }"""


def _source(r: dict[str, object]) -> Source:
    return Source(r["published"], str(r["release"]), int(r["paragraph"]), str(r["title"] or ""))  # type: ignore[arg-type,call-overload]


def read_snapshot(
    store: AnyStore,
    filters: Filters | None = None,
    *,
    sources: bool = True,
    people: bool = True,
    topics: bool = True,
) -> Snapshot:
    """Everything the views need, filtered; with ``sources=False`` the sources are read
    later, item by item, through ``Snapshot.load_sources``; with ``people=False`` or
    ``topics=False`` items carry no participants or topics (views that draw neither)."""
    filters = filters or Filters()
    _check(filters)
    items: dict[str, Item] = {}
    found: dict[str, list[dict[str, object]]] = defaultdict(list)
    for r in _rows(
        store,
        """
        SELECT ?item ?class ?label ?own ?parent ?parentStart WHERE {
          VALUES ?class { CLASSES }
          ?item a ?class ; rdfs:label ?label .
          OPTIONAL { ?item adkg:startDate ?own }
          OPTIONAL { ?item adkg:partOf ?parent . OPTIONAL { ?parent adkg:startDate ?parentStart } }
        }""".replace("CLASSES", " ".join(f"<{c}>" for c in _KIND_OF_CLASS)),
    ):
        if _KIND_OF_CLASS.get(str(r["class"])) is not None:
            found[str(r["item"])].append(r)
    for iri, rows in found.items():
        # An item several releases name may carry several labels, start dates or parents:
        # the least of each, so that every reader draws the same (read_pairs does too).
        kind = _KIND_OF_CLASS[str(rows[0]["class"])]
        owns = [r["own"] for r in rows if r["own"]]
        parents = sorted({str(r["parent"]) for r in rows if r["parent"]})
        parent = parents[0] if parents else None
        starts = [r["parentStart"] for r in rows if r["parentStart"] and str(r["parent"]) == parent]
        items[iri] = Item(
            iri=iri,
            kind=kind,
            label=min(str(r["label"]) for r in rows),
            is_event=kind in EVENT_CLASSES,
            date=min(owns) if owns else (min(starts) if starts else None),  # type: ignore[type-var]
            parent=parent,
        )
    for r in _rows(
        store,
        """SELECT ?item ?code WHERE {
          { ?item adkg:participatingCountry ?c } UNION { ?item adkg:party ?c }
          ?c adkg:iso3166 ?code }""",
    ):
        if (item := items.get(str(r["item"]))) is not None:
            item.countries.add(str(r["code"]))
    participants = "SELECT ?item ?p WHERE { ?item adkg:participant ?p }"
    for r in _rows(store, participants) if people else []:
        if (item := items.get(str(r["item"]))) is not None:
            item.people.add(str(r["p"]))
    for r in _rows(store, "SELECT ?item ?t WHERE { ?item adkg:topic ?t }") if topics else []:
        if (item := items.get(str(r["item"]))) is not None:
            item.topics.add(str(r["t"]).rsplit("/", 1)[-1])
    for r in _rows(
        store,
        """SELECT ?item ?status ?date ?release WHERE {
          GRAPH ?release { ?item adkg:status ?s . OPTIONAL { ?item adkg:statusDate ?date } }
          ?s rdfs:label ?status . FILTER(lang(?status) = "en") }""",
    ):
        if (item := items.get(str(r["item"]))) is not None:
            item.statuses.append((r["date"], str(r["status"]), str(r["release"])))  # type: ignore[arg-type]
    if sources:
        for r in _rows(store, _SOURCES.replace("VALUES ?item { VALUES_HERE }", "")):
            if (item := items.get(str(r["item"]))) is not None:
                item.sources.add(_source(r))
    for item in items.values():
        if not item.is_event and item.statuses:
            dates = [d for d, _, _ in item.statuses if d]
            item.date = max(dates) if dates else None
    kept = {k: v for k, v in items.items() if filters.keep(v)}

    people: dict[str, Person] = {}
    for r in _rows(
        store,
        """SELECT ?p ?name ?code WHERE {
          ?p a adkg:Person ; rdfs:label ?name .
          OPTIONAL { ?p adkg:country/adkg:iso3166 ?code } }""",
    ):
        people.setdefault(
            str(r["p"]), Person(str(r["p"]), str(r["name"]), r["code"] and str(r["code"]))
        )  # type: ignore[arg-type]
    for r in _rows(
        store,
        """SELECT ?p ?post WHERE {
          ?h adkg:holder ?p ; adkg:post ?post_ . ?post_ rdfs:label ?post }""",
    ):
        if (person := people.get(str(r["p"]))) is not None:
            person.posts.add(str(r["post"]))

    snapshot = Snapshot(items=kept, people=people, countries=country_groups(store), store=store)
    if sources:
        snapshot._sourced.update(kept)
    return snapshot


def country_groups(store: AnyStore) -> dict[str, tuple[str, str]]:
    """ISO code → (English name, group: asean, admm-plus or other)."""
    groups: dict[str, tuple[str, str]] = {}
    membership: dict[str, set[str]] = defaultdict(set)
    for r in _rows(
        store,
        """SELECT ?code ?forum WHERE {
          ?m org:member/adkg:iso3166 ?code ; org:organization ?forum }""",
    ):
        membership[str(r["code"])].add(str(r["forum"]).rsplit("/", 1)[-1])
    for r in _rows(
        store,
        """SELECT ?code ?name WHERE {
          ?c a adkg:Country ; adkg:iso3166 ?code ; rdfs:label ?name . FILTER(lang(?name) = "en") }""",
    ):
        code = str(r["code"])
        forums = membership[code]
        group = "asean" if "asean" in forums else "admm-plus" if "admm-plus" in forums else "other"
        groups[code] = (str(r["name"]), group)
    return groups


# -- country pairs, for the countries view on a large archive ---------------------------

_ADKG = "https://w3id.org/adkg/ontology#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_TOPIC = "https://w3id.org/adkg/id/topic/"


def day(value: dt.date | None) -> str:
    """A date as ISO text; "undated" (which sorts after every date) for none."""
    return value.isoformat() if value else "undated"


@dataclass
class Pair:
    """The items (events and agreements) two countries, and only they, take part in."""

    a: str
    b: str
    count: int = 0
    kinds: Counter[str] = field(default_factory=Counter)
    years: Counter[str] = field(default_factory=Counter)  # "2024" → n; "undated" → n
    first: dt.date | None = None
    last: dt.date | None = None
    latest: list[Item] = field(default_factory=list)  # the latest ones, oldest first

    def add(self, item: Item) -> None:
        self.count_one(item.kind, item.date)

    def count_one(self, kind: str, date: dt.date | None) -> None:
        self.count += 1
        self.kinds[kind] += 1
        self.years[str(date.year) if date else "undated"] += 1
        if date:
            self.first = min(self.first or date, date)
            self.last = max(self.last or date, date)


def read_pairs(
    store: AnyStore, filters: Filters | None = None, *, shown: int = 20
) -> tuple[dict[tuple[str, str], Pair], Snapshot]:
    """Country pairs of the countries view, and a snapshot of the items its tooltips list.

    Items are the events other than multilateral meetings, and the agreements, whose
    countries are exactly two. On a large archive ``read_snapshot`` reads every item's
    label, participants and sources, most of which the view never shows: this reads one
    property at a time by index scans (`statements`), and details only for the latest
    ``shown`` items of each pair. Same items, dates and filters as ``read_snapshot``.
    """
    filters = filters or Filters()
    _check(filters)
    # The countries of every item are the largest read: on an embedded store on disk, a
    # second process reads them while this one reads kinds and dates.
    started: list[Any] = []  # background scans, stopped if this read fails
    try:
        pending = _elsewhere(store, "countries2", *_COUNTRY_LINKS)
        started.append(pending)
        kind_of: dict[str, str] = {}
        for cls, kind in _KIND_OF_CLASS.items():
            if kind != "multilateral-meeting" and filters.kind in (None, kind):
                for item, _ in store.statements(_RDF_TYPE, cls):
                    kind_of.setdefault(item, kind)
        facts = _date_facts(store)
        found = _answer(pending) if pending is not None else None
        if found is None:
            found = country_sets_here(store)
        two = {i: c for i, c in found.items() if len(c) == 2 and i in kind_of}
        if filters.country:
            two = {i: c for i, c in two.items() if filters.country.upper() in c}
        if filters.topic:
            on_topic = {i for i, _ in store.statements(_ADKG + "topic", _TOPIC + filters.topic)}
            two = {i: c for i, c in two.items() if i in on_topic}
        dates = _item_dates(two, kind_of, facts)
        pairs: dict[tuple[str, str], Pair] = {}
        listed: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        dated = filters.since is not None or filters.until is not None
        for iri, (a, b) in two.items():
            when = dates.get(iri)
            # Kind, country and topic are filtered above; here only the period (Filters.keep).
            if dated and (
                when is None
                or (filters.since and when < filters.since)
                or (filters.until and when > filters.until)
            ):
                continue
            pair = pairs.get((a, b))
            if pair is None:
                pair = pairs[(a, b)] = Pair(a, b)
            pair.count_one(kind_of[iri], when)
            listed[(a, b)].append((day(when), iri))
        keep = {iri for key in listed for _, iri in heapq.nlargest(shown, listed[key])}
        # The sources of the listed items, read by two other processes (half each) while this
        # one reads details.
        ordered = sorted(keep)
        halves = [ordered[: len(ordered) // 2], ordered[len(ordered) // 2 :]]
        sources = [
            _elsewhere(
                store,
                "select",
                data=_P + _SOURCES.replace("VALUES_HERE", " ".join(f"<{i}>" for i in half)),
            )
            for half in halves
            if half
        ]
        started.extend(sources)
        items = _item_details(store, keep, two, kind_of, dates)
        snapshot = Snapshot(items=items, people={}, countries=country_groups(store), store=store)
        answers = [_answer(pending) if pending is not None else None for pending in sources]
        if sources and all(answer is not None for answer in answers):
            rows = [row for answer in answers for row in answer]  # type: ignore[union-attr]
            for item, release, published, paragraph, title in rows:
                items[item].sources.add(
                    Source(dt.date.fromisoformat(published), release, int(paragraph), title or "")
                )
            snapshot._sourced.update(items)
        for key, found in listed.items():
            pairs[key].latest = [items[iri] for _, iri in sorted(heapq.nlargest(shown, found))]
    except BaseException:
        for scan in started:
            if hasattr(scan, "cancel"):
                scan.cancel()
        raise
    return pairs, snapshot


_COUNTRY_LINKS = [_ADKG + "participatingCountry", _ADKG + "party"]


def _elsewhere(store: AnyStore, job: str, *args: str, data: str = "") -> Callable[[], Any] | None:
    """A ``kg.scan`` job run by another process (an embedded store on disk only): two cores
    read twice as much, since Oxigraph holds the GIL while it decodes."""
    from kg.store import Store

    if not isinstance(store, Store) or store.location is None:
        return None
    from kg.scan import in_background

    location = str(store.location)
    return in_background(job, location, *args, union=store.union_default_graph, data=data)


def _answer(pending: Callable[[], _T]) -> _T | None:
    """A background scan's answer; None if it failed (the caller then reads it itself)."""
    try:
        return pending()
    except OSError as exc:
        log.warning("%s; reading in this process instead", exc)
        return None


def country_sets_here(store: AnyStore) -> dict[str, tuple[str, ...]]:
    """The same as ``kg.scan.country_sets``, through the store's own interface."""
    from kg.scan import by_item

    return by_item(link for p in _COUNTRY_LINKS for link in store.statements(p))


@dataclass
class _DateFacts:
    starts: dict[str, str]  # every event's start date (the parents' included)
    parent: dict[str, str]
    with_status: set[str]
    status_dates: dict[str, str]  # an agreement's latest status date


def _date_facts(store: AnyStore) -> _DateFacts:
    facts = _DateFacts({}, {}, set(), {})
    for item, value in store.statements(_ADKG + "startDate"):
        facts.starts[item] = min(facts.starts.get(item, value), value)
    for item, parent in store.statements(_ADKG + "partOf"):
        facts.parent[item] = min(facts.parent.get(item, parent), parent)
    facts.with_status = {i for i, _ in store.statements(_ADKG + "status")}
    for item, value in store.statements(_ADKG + "statusDate"):
        facts.status_dates[item] = max(facts.status_dates.get(item, value), value)
    return facts


def _item_dates(
    wanted: Iterable[str], kind_of: Mapping[str, str], facts: _DateFacts
) -> dict[str, dt.date | None]:
    """An event's start (or its parent's); an agreement's latest status date."""
    out: dict[str, dt.date | None] = {}
    for item in wanted:
        if kind_of[item] not in EVENT_CLASSES and item in facts.with_status:
            text = facts.status_dates.get(item)
        else:
            text = facts.starts.get(item) or facts.starts.get(facts.parent.get(item, ""))
        out[item] = dt.date.fromisoformat(text[:10]) if text else None
    return out


def _item_details(
    store: AnyStore,
    wanted: set[str],
    countries: Mapping[str, tuple[str, str]],
    kind_of: Mapping[str, str],
    dates: Mapping[str, dt.date | None],
) -> dict[str, Item]:
    """Labels and status histories of the items a view lists."""
    items = {
        iri: Item(
            iri,
            kind_of[iri],
            "",
            kind_of[iri] in EVENT_CLASSES,
            dates[iri],
            None,
            set(countries[iri]),
        )
        for iri in wanted
    }
    ordered = sorted(wanted)
    for start in range(0, len(ordered), 500):
        values = " ".join(f"<{i}>" for i in ordered[start : start + 500])
        for r in _rows(store, _DETAILS.replace("VALUES_HERE", values)):
            item = items[str(r["item"])]
            item.label = min(item.label or str(r["label"]), str(r["label"]))
            if r["status"] is not None:
                item.statuses.append((r["date"], str(r["status"]), str(r["release"])))  # type: ignore[arg-type]
    return items


_DETAILS = """SELECT ?item ?label ?status ?date ?release WHERE {
  VALUES ?item { VALUES_HERE }
  ?item rdfs:label ?label .
  OPTIONAL {
    GRAPH ?release { ?item adkg:status ?s . OPTIONAL { ?item adkg:statusDate ?date } }
    ?s rdfs:label ?status . FILTER(lang(?status) = "en") } }"""
