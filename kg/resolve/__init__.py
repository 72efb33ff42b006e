"""Stable identities: canonical names, slugs and the deterministic IRIs of every node."""

from kg.resolve.identity import (
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
from kg.resolve.names import slug

__all__ = [
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
    "slug",
    "topic_iri",
]
