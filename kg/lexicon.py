"""Gazetteers and cue words, loaded once into plain Python objects.

Everything the extractor knows about a language or the world comes from
``data/reference`` (countries, forums, places, ministries as Turtle; one YAML
lexicon per language) and ``ontology/topics.ttl`` (topic cue words). The code
holds patterns only; this module turns the files into tables.

>>> lex = load_lexicon()
>>> lex.countries["LA"].label
'Lao PDR'
>>> lex.months["mac"], lex.months["march"], lex.months["maret"]
(3, 3, 3)
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kg.resources import ontology_dir, reference_dir

__all__ = [
    "Country",
    "Cue",
    "Forum",
    "Lexicon",
    "Ministry",
    "PhraseMatcher",
    "Place",
    "load_lexicon",
]

ADKG = "https://w3id.org/adkg/ontology#"
ID = "https://w3id.org/adkg/id/"
LANGUAGES = ("ms", "id", "en")


@dataclass(frozen=True)
class Country:
    code: str
    label: str
    names: tuple[str, ...]
    members_of: Mapping[str, dt.date] = field(default_factory=dict)


@dataclass(frozen=True)
class Forum:
    slug: str
    label: str
    phrases: tuple[str, ...]
    standalone: bool
    members: Mapping[str, dt.date]

    def members_on(self, day: dt.date) -> list[str]:
        """ISO codes of the members on ``day``, in code order."""
        return sorted(code for code, since in self.members.items() if since <= day)


@dataclass(frozen=True)
class Place:
    slug: str
    label: str
    names: tuple[str, ...]
    country: str


@dataclass(frozen=True)
class Ministry:
    iri: str
    country: str
    names: tuple[str, ...]


@dataclass(frozen=True)
class Cue:
    """A phrase of a lexicon list with what it signals (a post type, an event kind …)."""

    phrase: str
    value: str
    flags: frozenset[str] = frozenset()
    case_sensitive: bool = False


def phrase_alternation(phrases: Iterable[str], *, fold: bool = False) -> str:
    r"""A regex matching any of ``phrases``, the longest that fits first, written as a trie.

    Equivalent to the plain alternation of the phrases sorted longest first, but Python's
    engine then tries each phrase at each position; the trie tries one branch per
    character, which makes the gazetteers' scans several times faster. A run of spaces in
    a phrase matches any run of white space; with ``fold``, the keys are lower-cased (for
    use inside ``(?i:…)``).

    >>> phrase_alternation(["Lao", "Lao PDR", "Laos"])
    'Lao(?:\\s+PDR|s)?'
    >>> import re
    >>> re.fullmatch(phrase_alternation(["Lao", "Lao PDR"]), "Lao  PDR") is not None
    True
    """
    trie: dict[str, Any] = {}
    for phrase in phrases:
        units = re.sub(r"\s+", " ", phrase)
        if not units:
            continue
        node = trie
        for unit in units.lower() if fold else units:
            node = node.setdefault(unit, {})
        node[""] = {}  # a phrase ends here
    return _trie_regex(trie) or r"(?!x)x"


def _trie_regex(node: dict[str, Any]) -> str:
    branches = [
        (r"\s+" if unit == " " else re.escape(unit)) + _trie_regex(child)
        for unit, child in node.items()
        if unit
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" not in node:
        return body
    # A phrase may end here: the longer ones are tried first (the group is greedy). At most
    # one branch can match the next character, so this is "longest phrase first".
    grouped = len(branches) > 1 or len(body) == 1
    return f"{body}?" if grouped else f"(?:{body})?"


class PhraseMatcher:
    """Finds the longest gazetteer phrases in a text, on word boundaries.

    >>> m = PhraseMatcher({"Lao PDR": "LA", "Lao": "LA", "Thailand": "TH"})
    >>> [(t.start(), v) for t, v in m.finditer("Lao PDR and Thailand")]
    [(0, 'LA'), (12, 'TH')]
    """

    def __init__(
        self,
        phrases: Mapping[str, str],
        *,
        ignore_case: bool = False,
        case_sensitive: Iterable[str] = (),
        blocked: Iterable[str] = (),
    ) -> None:
        # Blocked phrases are matched (so nothing inside them is) but never reported: "South
        # China Sea" is no mention of China.
        phrases = {**{b: "" for b in blocked}, **phrases}
        keep_case = set(case_sensitive)
        self._values: dict[str, str] = {}
        exact, folded = [], []
        for phrase in sorted(phrases, key=len, reverse=True):
            key = phrase if (phrase in keep_case or not ignore_case) else phrase.casefold()
            self._values.setdefault(key, phrases[phrase])
            (folded if ignore_case and phrase not in keep_case else exact).append(phrase)
        # A phrase ends at a word boundary; an apostrophe may follow only as a possessive ('s).
        self._patterns = [
            re.compile(rf"(?<![\w'’-])(?:{body})(?![\w-]|['’](?!s\b)\w)")
            for body in (
                *([phrase_alternation(exact)] if exact or not folded else []),
                *([f"(?i:{phrase_alternation(folded, fold=True)})"] if folded else []),
            )
        ]

    def value(self, text: str) -> str:
        text = re.sub(r"\s+", " ", text)
        if text in self._values:
            return self._values[text]
        return self._values[text.casefold()]

    def finditer(self, text: str, pos: int = 0) -> Iterable[tuple[re.Match[str], str]]:
        if len(self._patterns) == 1:
            for match in self._patterns[0].finditer(text, pos):
                if value := self.value(match.group(0)):
                    yield match, value
            return
        # Case-sensitive and case-blind phrases are two patterns: the earliest match wins,
        # and at one position the longer, as in a single alternation sorted longest first.
        while True:
            found = [m for p in self._patterns if (m := p.search(text, pos))]
            if not found:
                return
            match = min(found, key=lambda m: (m.start(), -m.end()))
            if value := self.value(match.group(0)):
                yield match, value
            pos = match.end()


@dataclass(frozen=True, eq=False)
class Lexicon:
    """All gazetteers and cue lists, merged across the three languages (hashed by identity)."""

    countries: Mapping[str, Country]
    forums: Mapping[str, Forum]
    places: Mapping[str, Place]
    ministries: tuple[Ministry, ...]
    topics: Mapping[str, tuple[str, ...]]
    markers: Mapping[str, frozenset[str]]
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    lists: Mapping[str, tuple[str, ...]]
    cues: Mapping[str, tuple[Cue, ...]]

    def words(self, key: str) -> tuple[str, ...]:
        """A plain word list of the lexicons (e.g. ``"honorifics"``), all languages."""
        return self.lists.get(key, ())


def _literal_values(graph: Any, subject: Any, *predicates: Any) -> list[str]:
    return [str(o) for p in predicates for o in graph.objects(subject, p)]


def _load_reference_graph(folder: Path) -> Any:
    from rdflib import Graph

    graph = Graph()
    for path in sorted(folder.glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def _label(graph: Any, subject: Any) -> str:
    from rdflib import RDFS

    labels = {o.language: str(o) for o in graph.objects(subject, RDFS.label)}
    return labels.get("en") or labels.get(None) or next(iter(labels.values()), "")


def _gazetteers(
    folder: Path,
) -> tuple[dict[str, Country], dict[str, Forum], dict[str, Place], tuple[Ministry, ...]]:
    from rdflib import RDF, RDFS, SKOS, Namespace, URIRef

    adkg = Namespace(ADKG)
    org = Namespace("http://www.w3.org/ns/org#")
    graph = _load_reference_graph(folder)

    memberships: dict[str, dict[str, dt.date]] = {}
    for m in graph.subjects(RDF.type, org.Membership):
        member = graph.value(m, org.member)
        forum = graph.value(m, org.organization)
        since = graph.value(m, adkg.memberSince)
        if member is None or forum is None or since is None:
            continue
        slug = str(forum).rsplit("/", 1)[-1]
        code = str(member).rsplit("/", 1)[-1]
        memberships.setdefault(slug, {})[code] = since.toPython()

    countries: dict[str, Country] = {}
    for c in graph.subjects(RDF.type, adkg.Country):
        code = str(graph.value(c, adkg.iso3166))
        names = _literal_values(graph, c, RDFS.label, SKOS.altLabel, adkg.demonym)
        labels = {o.language: str(o) for o in graph.objects(c, RDFS.label)}
        label = labels.get("en", code)
        countries[code] = Country(code=code, label=label, names=tuple(dict.fromkeys(names)))

    with (folder / "lexicon" / "forums.yaml").open(encoding="utf-8") as fh:
        forum_phrases: dict[str, Any] = yaml.safe_load(fh)
    forums: dict[str, Forum] = {}
    for f in graph.subjects(RDF.type, adkg.Forum):
        slug = str(f).rsplit("/", 1)[-1]
        extra = forum_phrases.get(slug, {})
        names = _literal_values(graph, f, RDFS.label, SKOS.altLabel, adkg.acronym)
        forums[slug] = Forum(
            slug=slug,
            label=_label(graph, f),
            phrases=tuple(dict.fromkeys([*extra.get("phrases", []), *names])),
            standalone=bool(extra.get("standalone", False)),
            members=memberships.get(slug, {}),
        )

    places: dict[str, Place] = {}
    for p in graph.subjects(RDF.type, adkg.Place):
        country = graph.value(p, adkg.country)
        if country is None:
            continue
        slug = str(p).rsplit("/", 1)[-1]
        names = _literal_values(graph, p, RDFS.label, SKOS.altLabel)
        places[slug] = Place(
            slug=slug,
            label=_label(graph, p),
            names=tuple(dict.fromkeys(names)),
            country=str(country).rsplit("/", 1)[-1],
        )

    ministries = []
    for o in sorted(graph.subjects(RDF.type, adkg.Organization)):
        country = graph.value(o, adkg.country)
        if country is None or isinstance(o, URIRef) is False:
            continue
        names = _literal_values(graph, o, RDFS.label, SKOS.altLabel)
        ministries.append(
            Ministry(iri=str(o), country=str(country).rsplit("/", 1)[-1], names=tuple(names))
        )
    return countries, forums, places, tuple(ministries)


def _topic_cues(path: Path) -> dict[str, tuple[str, ...]]:
    from rdflib import Graph, Namespace

    adkg = Namespace(ADKG)
    graph = Graph().parse(path, format="turtle")
    topics: dict[str, list[str]] = {}
    for topic, cue in graph.subject_objects(adkg.cueWord):
        topics.setdefault(str(topic).rsplit("/", 1)[-1], []).append(str(cue))
    return {slug: tuple(sorted(set(cues))) for slug, cues in sorted(topics.items())}


_CUE_LISTS = {
    "posts": "type",
    "meeting_cues": "kind",
    "bilateral_cues": "kind",
    "agreement_kinds": "type",
}


@cache
def load_lexicon(folder: Path | None = None) -> Lexicon:
    """Load and merge every gazetteer and lexicon (cached: once per process)."""
    folder = folder or reference_dir()
    countries, forums, places, ministries = _gazetteers(folder)
    markers: dict[str, frozenset[str]] = {}
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    lists: dict[str, list[str]] = {}
    cues: dict[str, list[Cue]] = {}
    for language in LANGUAGES:
        with (folder / "lexicon" / f"{language}.yaml").open(encoding="utf-8") as fh:
            data: dict[str, Any] = yaml.safe_load(fh)
        markers[language] = frozenset(w.casefold() for w in data.get("markers", []))
        months.update({k.casefold(): int(v) for k, v in data.get("months", {}).items()})
        weekdays.update({k.casefold(): int(v) for k, v in data.get("weekdays", {}).items()})
        for key, value in data.items():
            if key in _CUE_LISTS:
                for item in value:
                    flags = frozenset(k for k, v in item.items() if v is True and k != "case")
                    cue = Cue(
                        phrase=item["phrase"],
                        value=item[_CUE_LISTS[key]],
                        flags=flags,
                        case_sensitive=bool(item.get("case", False)),
                    )
                    cues.setdefault(key, []).append(cue)
            elif key == "agreement_status":
                for status, words in value.items():
                    cues.setdefault(key, []).extend(Cue(phrase=w, value=status) for w in words)
            elif isinstance(value, dict):  # relative_days, post_countries, …
                cues.setdefault(key, []).extend(
                    Cue(phrase=str(k), value=str(v)) for k, v in value.items()
                )
            elif isinstance(value, list):
                bucket = lists.setdefault(key, [])
                bucket.extend(str(v) for v in value if str(v) not in bucket)
    return Lexicon(
        countries=countries,
        forums=forums,
        places=places,
        ministries=ministries,
        topics=_topic_cues(ontology_dir() / "topics.ttl"),
        markers=markers,
        months=months,
        weekdays=weekdays,
        lists={k: tuple(v) for k, v in lists.items()},
        cues={k: tuple(v) for k, v in cues.items()},
    )
