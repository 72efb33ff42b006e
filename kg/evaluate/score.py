"""Precision, recall and F1 per kind of fact, with every miss and extra listed.

Events and agreements are matched to gold ones first (type, countries, dates,
participants), then compared fact by fact. An attribute a gold event leaves out
(a sidelines meeting's dates, say) is not scored for that event; one given as
null or [] is, so an extracted value there counts as an extra.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph, URIRef

from kg.errors import BadInputError
from kg.evaluate.facts import load_gold, release_facts
from kg.ingest import parse_document, read_source
from kg.lexicon import Lexicon, load_lexicon
from kg.rdf import GRAPH_REFERENCE
from kg.resolve import release_iri
from kg.store import AnyStore

__all__ = ["KINDS", "EvalReport", "KindScore", "evaluate", "score_release"]

KINDS = (
    "release",
    "person-country",
    "person-post",
    "event-type",
    "event-dates",
    "event-forum",
    "event-place",
    "event-chair",
    "event-participants",
    "event-countries",
    "event-part-of",
    "agreement-type",
    "agreement-parties",
    "agreement-status",
)
Fact = tuple[str, ...]


@dataclass
class KindScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: KindScore) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn


@dataclass
class EvalReport:
    kinds: dict[str, KindScore] = field(default_factory=lambda: {k: KindScore() for k in KINDS})
    topics: KindScore = field(default_factory=KindScore)
    misses: list[tuple[str, str, Fact]] = field(default_factory=list)
    extras: list[tuple[str, str, Fact]] = field(default_factory=list)
    releases: int = 0
    not_ingested: list[str] = field(default_factory=list)

    @property
    def total(self) -> KindScore:
        total = KindScore()
        for score in self.kinds.values():
            total.add(score)
        return total


def _set(values: Iterable[Any] | None) -> set[str]:
    return {str(v) for v in (values or []) if v is not None}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def _match(gold: list[dict[str, Any]], found: list[dict[str, Any]], score: Any) -> dict[str, str]:
    """Greedy best-first matching of found items to gold items: found key → gold key."""
    pairs = sorted(
        ((score(g, f), i, j) for i, g in enumerate(gold) for j, f in enumerate(found)),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_g: set[int] = set()
    used_f: set[int] = set()
    mapping: dict[str, str] = {}
    for s, i, j in pairs:
        if s < 2 or i in used_g or j in used_f:
            continue
        used_g.add(i)
        used_f.add(j)
        mapping[found[j]["key"]] = gold[i]["key"]
    return mapping


def _event_score(g: dict[str, Any], f: dict[str, Any]) -> float:
    s = 2.0 * (g.get("type") == f.get("type"))
    s += 2.0 * _jaccard(_set(g.get("countries")), _set(f.get("countries")))
    s += 1.0 * bool(g.get("start") and g.get("start") == f.get("start"))
    s += 1.0 * _jaccard(_set(g.get("participants")), _set(f.get("participants")))
    s += 0.5 * bool(g.get("forum") and g.get("forum") == f.get("forum"))
    return s


def _agreement_score(g: dict[str, Any], f: dict[str, Any]) -> float:
    s = 2.0 * (g.get("type") == f.get("type"))
    s += 2.0 * _jaccard(_set(g.get("parties")), _set(f.get("parties")))
    s += 0.5 * (g.get("status") == f.get("status"))
    return s


_EVENT_FIELDS = {
    "type": "event-type",
    "start": "event-dates",
    "end": "event-dates",
    "forum": "event-forum",
    "place": "event-place",
    "country": "event-place",
    "host": "event-place",
    "chair": "event-chair",
    "participants": "event-participants",
    "countries": "event-countries",
    "observers": "event-countries",
    "part_of": "event-part-of",
}
_AGREEMENT_FIELDS = {
    "type": "agreement-type",
    "parties": "agreement-parties",
    "status": "agreement-status",
    "proposed_by": "agreement-status",
    "concluded_at": "agreement-status",
}


def _place_key(name: str) -> str:
    """A place as one key whatever the language it is named in ("Singapura" = "Singapore")."""
    from kg.resolve import slug

    lexicon = load_lexicon()
    for place in lexicon.places.values():
        if name in place.names or name.casefold() in (n.casefold() for n in place.names):
            return place.slug
    return slug(name)


def _item_facts(
    item: dict[str, Any],
    key: str,
    fields: dict[str, str],
    keys: set[str] | None,
    remap: dict[str, str],
) -> tuple[set[tuple[str, Fact]], set[Fact]]:
    facts: set[tuple[str, Fact]] = set()
    for name, kind in fields.items():
        if keys is not None and name not in keys:
            continue
        value = item.get(name)
        values = value if isinstance(value, list) else [value]
        for v in values:
            if v is None or v == "":
                continue
            if name in ("part_of", "concluded_at"):
                v = remap.get(str(v), str(v))
            elif name == "place":
                v = _place_key(str(v))
            facts.add((kind, (key, name, str(v))))
    topics = {(key, "topic", str(t)) for t in item.get("topics") or []}
    return facts, topics


def score_release(
    gold: dict[str, Any], found: dict[str, Any], report: EvalReport, label: str
) -> None:
    """Add one release's comparison to ``report``."""
    gold_facts: set[tuple[str, Fact]] = set()
    found_facts: set[tuple[str, Fact]] = set()
    gold_topics: set[Fact] = set()
    found_topics: set[Fact] = set()
    for name in ("language", "date", "publisher_country", "identifier"):
        if gold["release"].get(name) is not None:
            gold_facts.add(("release", ("release", name, str(gold["release"][name]))))
        if found["release"].get(name) is not None and name in gold["release"]:
            found_facts.add(("release", ("release", name, str(found["release"][name]))))
    for person in gold["persons"]:
        gold_facts.add(("person-country", (person["name"], "country", str(person.get("country")))))
        for post in person.get("posts") or []:
            gold_facts.add(("person-post", (person["name"], "post", post)))
    for person in found["persons"]:
        if person.get("country"):
            found_facts.add(("person-country", (person["name"], "country", person["country"])))
        for post in person.get("posts") or []:
            found_facts.add(("person-post", (person["name"], "post", post)))

    ev_map = _match(gold["events"], found["events"], _event_score)
    gold_keys = {e["key"]: set(e) for e in gold["events"]}
    for e in gold["events"]:
        facts, topics = _item_facts(e, e["key"], _EVENT_FIELDS, None, {})
        gold_facts |= facts
        gold_topics |= topics
    for e in found["events"]:
        key = ev_map.get(e["key"], e["key"])
        keys = gold_keys.get(key)
        facts, topics = _item_facts(e, key, _EVENT_FIELDS, keys, ev_map)
        found_facts |= facts
        found_topics |= topics
    gold_ag_keys = {}
    for n, a in enumerate(gold["agreements"]):
        a.setdefault("key", f"agreement-{n + 1}")
        gold_ag_keys[a["key"]] = set(a)
        facts, topics = _item_facts(a, a["key"], _AGREEMENT_FIELDS, None, {})
        gold_facts |= facts
        gold_topics |= topics
    ag_map = _match(gold["agreements"], found["agreements"], _agreement_score)
    for a in found["agreements"]:
        key = ag_map.get(a["key"], a["key"])
        facts, topics = _item_facts(a, key, _AGREEMENT_FIELDS, gold_ag_keys.get(key), ev_map)
        found_facts |= facts
        found_topics |= topics

    for kind, _fact in gold_facts & found_facts:
        report.kinds[kind].tp += 1
    for kind, fact in sorted(gold_facts - found_facts):
        report.kinds[kind].fn += 1
        report.misses.append((label, kind, fact))
    for kind, fact in sorted(found_facts - gold_facts):
        report.kinds[kind].fp += 1
        report.extras.append((label, kind, fact))
    report.topics.tp += len(gold_topics & found_topics)
    report.topics.fn += len(gold_topics - found_topics)
    report.topics.fp += len(found_topics - gold_topics)
    report.releases += 1


def _release_key(path: Path, lexicon: Lexicon) -> str:
    return parse_document(read_source(path), lexicon).key


def evaluate(store: AnyStore, gold_dir: str | Path, lexicon: Lexicon | None = None) -> EvalReport:
    """Compare every ``*.gold.yaml`` under ``gold_dir`` with its release's graph in the store."""
    lexicon = lexicon or load_lexicon()
    gold_files = sorted(Path(gold_dir).rglob("*.gold.yaml"))
    if not gold_files:
        raise BadInputError(gold_dir, "no *.gold.yaml files here")
    reference = store.graph(str(GRAPH_REFERENCE))
    report = EvalReport()
    graphs = set(store.graphs())
    for gold_path in gold_files:
        release_path = gold_path.with_name(gold_path.name[: -len(".gold.yaml")])
        gold = load_gold(gold_path)
        if not release_path.is_file():
            raise BadInputError(gold_path, f"its release {release_path.name} is missing")
        iri = release_iri(_release_key(release_path, lexicon))
        if iri in graphs:
            graph = store.graph(iri)
        else:
            graph = Graph()
            report.not_ingested.append(release_path.name)
        found = release_facts(graph + reference, URIRef(iri))
        score_release(gold, found, report, release_path.name)
    return report
