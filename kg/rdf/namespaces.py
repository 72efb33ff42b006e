"""Closed namespaces: a misspelt term is an AttributeError, not a silent new IRI.

>>> ADKG.BilateralMeeting
rdflib.term.URIRef('https://w3id.org/adkg/ontology#BilateralMeeting')
>>> ADKG.BilateralMeting
Traceback (most recent call last):
...
AttributeError: term 'BilateralMeting' not in namespace 'https://w3id.org/adkg/ontology#'
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "ADKG",
    "AGREEMENT_CLASSES",
    "EVENT_CLASSES",
    "GRAPH_CATALOGUE",
    "GRAPH_ONTOLOGY",
    "GRAPH_REFERENCE",
    "ID",
    "POST_TYPES",
    "SCHEMA",
    "STATUSES",
]


class ADKG(DefinedNamespace):
    """The project's ontology (ontology/adkg.ttl)."""

    _fail = True
    _NS = Namespace("https://w3id.org/adkg/ontology#")

    # Classes
    Release: URIRef
    SourceFile: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Forum: URIRef
    Post: URIRef
    PostHolding: URIRef
    Place: URIRef
    Event: URIRef
    MultilateralMeeting: URIRef
    BilateralMeeting: URIRef
    CourtesyCall: URIRef
    Visit: URIRef
    Exercise: URIRef
    Agreement: URIRef
    MoU: URIRef
    JointStatement: URIRef
    JointDeclaration: URIRef
    LetterOfIntent: URIRef
    DefenceCooperationAgreement: URIRef
    Topic: URIRef
    Evidence: URIRef
    PostType: URIRef
    AgreementStatus: URIRef
    # Post types
    DefenceMinister: URIRef
    DeputyDefenceMinister: URIRef
    PrimeMinister: URIRef
    DeputyPrimeMinister: URIRef
    HeadOfState: URIRef
    ChiefOfDefenceForce: URIRef
    OtherPost: URIRef
    # Statuses
    Proposed: URIRef
    UnderNegotiation: URIRef
    Signed: URIRef
    InForce: URIRef
    Renewed: URIRef
    Adopted: URIRef
    # Properties
    iso3166: URIRef
    country: URIRef
    holder: URIRef
    post: URIRef
    postType: URIRef
    attestedOn: URIRef
    participant: URIRef
    participatingCountry: URIRef
    observerCountry: URIRef
    chair: URIRef
    host: URIRef
    location: URIRef
    startDate: URIRef
    endDate: URIRef
    partOf: URIRef
    forum: URIRef
    topic: URIRef
    party: URIRef
    status: URIRef
    statusDate: URIRef
    proposedBy: URIRef
    concludedAt: URIRef
    evidence: URIRef
    release: URIRef
    paragraph: URIRef
    quote: URIRef
    sha256: URIRef
    sourcePath: URIRef
    fileSha256: URIRef
    sourceOf: URIRef
    loading: URIRef
    # Extensions documented in ontology/adkg.ttl
    cueWord: URIRef
    demonym: URIRef
    memberSince: URIRef
    acronym: URIRef
    ministry: URIRef


ID = Namespace("https://w3id.org/adkg/id/")
SCHEMA = Namespace("https://schema.org/")
GRAPH_REFERENCE = URIRef("https://w3id.org/adkg/id/graph/reference")
GRAPH_ONTOLOGY = URIRef("https://w3id.org/adkg/id/graph/ontology")
# The ingest catalogue: one adkg:SourceFile per ingested file (path, hash of its bytes, release).
GRAPH_CATALOGUE = URIRef("https://w3id.org/adkg/id/graph/catalogue")

EVENT_CLASSES = {
    "multilateral-meeting": ADKG.MultilateralMeeting,
    "bilateral-meeting": ADKG.BilateralMeeting,
    "courtesy-call": ADKG.CourtesyCall,
    "visit": ADKG.Visit,
    "exercise": ADKG.Exercise,
}
AGREEMENT_CLASSES = {
    "mou": ADKG.MoU,
    "joint-statement": ADKG.JointStatement,
    "joint-declaration": ADKG.JointDeclaration,
    "letter-of-intent": ADKG.LetterOfIntent,
    "defence-cooperation-agreement": ADKG.DefenceCooperationAgreement,
    "agreement": ADKG.Agreement,
}
POST_TYPES = {
    "defence-minister": ADKG.DefenceMinister,
    "deputy-defence-minister": ADKG.DeputyDefenceMinister,
    "prime-minister": ADKG.PrimeMinister,
    "deputy-prime-minister": ADKG.DeputyPrimeMinister,
    "head-of-state": ADKG.HeadOfState,
    "chief-of-defence-force": ADKG.ChiefOfDefenceForce,
    "other": ADKG.OtherPost,
}
STATUSES = {
    "proposed": ADKG.Proposed,
    "under-negotiation": ADKG.UnderNegotiation,
    "signed": ADKG.Signed,
    "in-force": ADKG.InForce,
    "renewed": ADKG.Renewed,
    "adopted": ADKG.Adopted,
}
