"""Records to triples: one named graph per release, provenance on every fact.

>>> from rdflib import Graph
>>> isinstance(release_graph.__doc__, str)
True
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.extract.records import AgreementRecord, EventRecord, Evidence, Extraction
from kg.ingest.document import Document
from kg.lexicon import Lexicon
from kg.rdf.namespaces import ADKG, AGREEMENT_CLASSES, EVENT_CLASSES, POST_TYPES, STATUSES
from kg.resolve import (
    agreement_iri,
    country_iri,
    event_iri,
    evidence_iri,
    forum_iri,
    holding_iri,
    person_iri,
    place_iri,
    post_iri,
    release_iri,
    topic_iri,
)

__all__ = [
    "as_graph",
    "event_iris",
    "ntriples",
    "ntriples_term",
    "release_graph",
    "release_triples",
]

_POST_LABELS = {
    "defence-minister": "Defence Minister",
    "deputy-defence-minister": "Deputy Defence Minister",
    "prime-minister": "Prime Minister",
    "deputy-prime-minister": "Deputy Prime Minister",
    "head-of-state": "Head of State",
    "chief-of-defence-force": "Chief of Defence Force",
    "other": "Other post",
}
_EVENT_LABELS = {
    "multilateral-meeting": "Meeting",
    "bilateral-meeting": "Bilateral meeting",
    "courtesy-call": "Courtesy call",
    "visit": "Visit",
    "exercise": "Exercise",
}
_AGREEMENT_LABELS = {
    "mou": "MoU",
    "joint-statement": "Joint Statement",
    "joint-declaration": "Joint Declaration",
    "letter-of-intent": "Letter of Intent",
    "defence-cooperation-agreement": "Defence Cooperation Agreement",
    "agreement": "Agreement",
}


def _date(value: object) -> Literal:
    return Literal(value, datatype=XSD.date)


def event_iris(ex: Extraction) -> dict[str, str]:
    """Local event keys to IRIs; parents first, since a child's IRI builds on its parent's."""
    iris: dict[str, str] = {}
    pending = list(ex.events)
    while pending:
        for event in list(pending):
            if event.parent is not None and event.parent not in iris:
                continue
            iris[event.key] = event_iri(
                kind=event.kind,
                forum=event.forum,
                retreat=event.retreat,
                start=event.start,
                countries=event.countries,
                parent=iris.get(event.parent) if event.parent else None,
                qualifier=event.callee,
            )
            pending.remove(event)
        if pending and all(e.parent not in iris for e in pending):
            for event in pending:  # a parent that was dropped: keep the child standalone
                event.parent = None
    return iris


class _Builder:
    def __init__(self, doc: Document, ex: Extraction, lexicon: Lexicon) -> None:
        self.doc, self.ex, self.lexicon = doc, ex, lexicon
        self.g: set[tuple[URIRef, URIRef, URIRef | Literal]] = set()  # Graph.add's shape
        self.release = URIRef(release_iri(doc.key))
        self.dated: set[URIRef] = set()  # events whose dates are written
        self.language = doc.language

    def evidence(self, subject: URIRef, items: list[Evidence]) -> None:
        g = self.g
        g.add((subject, PROV.wasDerivedFrom, self.release))
        for item in sorted(set(items)):
            node = URIRef(evidence_iri(self.doc.key, item.paragraph, item.quote))
            g.add((subject, ADKG.evidence, node))
            g.add((node, RDF.type, ADKG.Evidence))
            g.add((node, ADKG.release, self.release))
            g.add((node, ADKG.paragraph, Literal(item.paragraph, datatype=XSD.integer)))
            g.add((node, ADKG.quote, Literal(item.quote)))

    def release_node(self) -> None:
        g, doc, r = self.g, self.doc, self.release
        g.add((r, RDF.type, ADKG.Release))
        g.add((r, DCTERMS.date, _date(doc.date)))
        g.add((r, DCTERMS.language, Literal(doc.language)))
        g.add((r, ADKG.sha256, Literal(doc.sha256)))
        if doc.identifier:
            g.add((r, DCTERMS.identifier, Literal(doc.identifier)))
        if doc.title:
            g.add((r, DCTERMS.title, Literal(doc.title, lang=doc.language)))
            g.add((r, RDFS.label, Literal(doc.title, lang=doc.language)))
        if doc.publisher:
            g.add((r, DCTERMS.publisher, URIRef(doc.publisher.iri)))

    def persons(self) -> None:
        g = self.g
        for person in self.ex.persons.values():
            p = URIRef(person_iri(person.name))
            g.add((p, RDF.type, ADKG.Person))
            g.add((p, RDFS.label, Literal(person.name)))
            for form in sorted(person.forms):
                if form != person.name:
                    g.add((p, SKOS.altLabel, Literal(form, lang=self.language)))
            if person.country:
                g.add((p, ADKG.country, URIRef(country_iri(person.country))))
            for post in person.posts:
                country = post.country or person.country
                post_node = URIRef(post_iri(country, post.post_type))
                g.add((post_node, RDF.type, ADKG.Post))
                g.add((post_node, ADKG.postType, POST_TYPES[post.post_type]))
                label = _POST_LABELS[post.post_type]
                if country:
                    g.add((post_node, ADKG.country, URIRef(country_iri(country))))
                    name = self.lexicon.countries.get(country)
                    label = f"{label}, {name.label if name else country}"
                g.add((post_node, RDFS.label, Literal(label, lang="en")))
                holding = URIRef(holding_iri(person.name, country, post.post_type))
                g.add((holding, RDF.type, ADKG.PostHolding))
                g.add((holding, ADKG.holder, p))
                g.add((holding, ADKG.post, post_node))
                g.add((holding, ADKG.attestedOn, _date(self.doc.date)))
                self.evidence(holding, [post.evidence])

    def event(self, event: EventRecord, iri: str, iris: dict[str, str]) -> None:
        g, e = self.g, URIRef(iri)
        g.add((e, RDF.type, EVENT_CLASSES[event.kind]))
        forum = self.lexicon.forums.get(event.forum) if event.forum else None
        label = _EVENT_LABELS[event.kind]
        if forum is not None:
            acronym = next((p for p in forum.phrases if p.isupper() or "-Plus" in p), forum.label)
            label = f"{acronym} {'Retreat' if event.retreat else 'meeting'}"
            g.add((e, ADKG.forum, URIRef(forum_iri(forum.slug))))
        else:
            label = f"{label} {'–'.join(sorted(event.countries))}"
        # Two records of one release can name the same event (a call reported, then recalled
        # as "the call"): it keeps the dates of the first, so it never has two start dates.
        dated = e in self.dated
        if event.start and not dated:
            label = f"{label}, {event.start.isoformat()}"
            g.add((e, ADKG.startDate, _date(event.start)))
        if event.end and not dated:
            g.add((e, ADKG.endDate, _date(event.end)))
        if event.start or event.end:
            self.dated.add(e)
        if event.parent:
            g.add((e, ADKG.partOf, URIRef(iris[event.parent])))
        g.add((e, RDFS.label, Literal(label, lang="en")))
        if event.place:
            known = next((p for p in self.lexicon.places.values() if event.place in p.names), None)
            place = URIRef(
                f"https://w3id.org/adkg/id/place/{known.slug}" if known else place_iri(event.place)
            )
            g.add((e, ADKG.location, place))
            if known is None:
                g.add((place, RDF.type, ADKG.Place))
                g.add((place, RDFS.label, Literal(event.place)))
                if event.place_country:
                    g.add((place, ADKG.country, URIRef(country_iri(event.place_country))))
        if event.host:
            g.add((e, ADKG.host, URIRef(country_iri(event.host))))
        if event.chair:
            g.add((e, ADKG.chair, URIRef(person_iri(event.chair))))
        for person in event.participants:
            g.add((e, ADKG.participant, URIRef(person_iri(person))))
        for code in event.countries:
            g.add((e, ADKG.participatingCountry, URIRef(country_iri(code))))
        for code in event.observers:
            g.add((e, ADKG.observerCountry, URIRef(country_iri(code))))
        for topic in sorted(event.topics):
            g.add((e, ADKG.topic, URIRef(topic_iri(topic))))
        self.evidence(e, event.evidence)

    def agreement(self, ag: AgreementRecord, iris: dict[str, str]) -> None:
        g = self.g
        concluded = iris.get(ag.concluded_at) if ag.concluded_at else None
        a = URIRef(agreement_iri(kind=ag.kind, parties=ag.parties, concluded_at=concluded))
        g.add((a, RDF.type, AGREEMENT_CLASSES[ag.kind]))
        label = f"{_AGREEMENT_LABELS[ag.kind]} {'–'.join(ag.parties)}"
        g.add((a, RDFS.label, Literal(label, lang="en")))
        for code in ag.parties:
            g.add((a, ADKG.party, URIRef(country_iri(code))))
        g.add((a, ADKG.status, STATUSES[ag.status]))
        if ag.status_date:
            g.add((a, ADKG.statusDate, _date(ag.status_date)))
        if ag.proposed_by:
            g.add((a, ADKG.proposedBy, URIRef(country_iri(ag.proposed_by))))
        if concluded:
            g.add((a, ADKG.concludedAt, URIRef(concluded)))
        for topic in sorted(ag.topics):
            g.add((a, ADKG.topic, URIRef(topic_iri(topic))))
        self.evidence(a, ag.evidence)


Triple = tuple[URIRef, URIRef, URIRef | Literal]


def release_triples(doc: Document, ex: Extraction, lexicon: Lexicon) -> tuple[URIRef, set[Triple]]:
    """The release IRI and the triples of its named graph, as a plain set (fast to build)."""
    b = _Builder(doc, ex, lexicon)
    b.release_node()
    b.persons()
    iris = event_iris(ex)
    for event in ex.events:
        b.event(event, iris[event.key], iris)
    for agreement in ex.agreements:
        b.agreement(agreement, iris)
    return b.release, b.g


def release_graph(doc: Document, ex: Extraction, lexicon: Lexicon) -> tuple[URIRef, Graph]:
    """The release IRI and the triples of its named graph, as an rdflib Graph."""
    iri, triples = release_triples(doc, ex, lexicon)
    return iri, as_graph(triples)


def as_graph(triples: Iterable[Triple]) -> Graph:
    """Triples as an rdflib Graph."""
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def ntriples_term(term: URIRef | Literal) -> str:
    """One term as N-Triples (strings escaped; no long-string quotes)."""
    if isinstance(term, Literal):
        body = '"' + str(term).translate(_ESCAPES) + '"'
        if term.language:
            return f"{body}@{term.language}"
        if term.datatype is not None and term.datatype != XSD.string:
            return f"{body}^^<{term.datatype}>"
        return body
    return f"<{term}>"


def ntriples(triples: Iterable[Triple]) -> str:
    """Triples as N-Triples text, sorted (the same graph always gives the same text).

    >>> ntriples({(URIRef("urn:a"), RDFS.label, Literal('say "hi"\\n', lang="en"))})
    '<urn:a> <http://www.w3.org/2000/01/rdf-schema#label> "say \\\\"hi\\\\"\\\\n"@en .\\n'
    """
    return "".join(
        sorted(
            f"{ntriples_term(s)} {ntriples_term(p)} {ntriples_term(o)} .\n" for s, p, o in triples
        )
    )
