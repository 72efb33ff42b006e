"""The four views as networkx graphs, every node and edge carrying its explanation.

Each view is a :class:`networkx.Graph` whose nodes and edges have a ``label``,
a ``tooltip`` (plain text: who, what, when, and the release and paragraph each
fact rests on), a ``color`` and a ``kind``; ``graph.graph`` holds the title
and the legend. The same graphs feed the HTML pages, the analytics and the
GraphML/GEXF exports.

- ``countries``: countries linked by bilateral meetings, calls, visits,
  exercises and agreements between two of them;
- ``people``: persons linked when they met at an event;
- ``events``: events with their participants, countries and parent events;
- ``agreements``: countries linked by agreements, coloured by latest status
  (agreements of three or more parties are hub nodes).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Iterable

import networkx as nx

from kg.errors import UsageError
from kg.rdf.namespaces import AGREEMENT_CLASSES
from kg.store import AnyStore
from kg.viz.data import Filters, Item, Pair, Snapshot, day, read_pairs, read_snapshot

__all__ = ["GROUP_COLOURS", "STATUS_COLOURS", "VIEWS", "build_view", "focus", "network_for"]

VIEWS = ("countries", "people", "events", "agreements")

GROUP_COLOURS = {"asean": "#1f77b4", "admm-plus": "#ff7f0e", "other": "#9e9e9e"}
GROUP_NAMES = {"asean": "ASEAN member", "admm-plus": "ADMM-Plus partner", "other": "Other country"}
KIND_COLOURS = {
    "bilateral-meeting": "#2ca02c",
    "courtesy-call": "#17becf",
    "visit": "#8c564b",
    "exercise": "#bcbd22",
    "multilateral-meeting": "#9467bd",
    "agreement": "#d62728",
}
STATUS_COLOURS = {
    "proposed": "#f4a261",
    "under negotiation": "#e9c46a",
    "signed": "#2a9d8f",
    "in force": "#264653",
    "renewed": "#3a86ff",
    "adopted": "#8338ec",
}
_EVENT_KINDS = ("bilateral-meeting", "courtesy-call", "visit", "exercise", "multilateral-meeting")


def _item_lines(item: Item) -> list[str]:
    status = f", {item.latest_status}" if item.latest_status else ""
    lines = [f"• {item.label} ({item.kind.replace('-', ' ')}{status}, {day(item.date)})"]
    for d, status_label, release in sorted(
        item.statuses, key=lambda s: (s[0] or dt.date.min, s[2])
    ):
        lines.append(f"    {status_label} {day(d)} per release {release.rsplit('/', 1)[-1]}")
    for source in sorted(item.sources):
        name = f"“{source.title}”" if source.title else "release"
        lines.append(
            f"    source: {name} {source.release.rsplit('/', 1)[-1]} ({day(source.published)}), ¶{source.paragraph}"
        )
    return lines


SHOWN = 20  # items a tooltip lists; the rest are counted


def _latest(items: Iterable[Item]) -> list[Item]:
    """The latest items a tooltip lists, oldest first ("undated" sorts last)."""
    return sorted(items, key=lambda i: (day(i.date), i.iri))[-SHOWN:]


def _links_tooltip(title: str, shown: list[Item], total: int, snap: Snapshot) -> str:
    """The latest items behind a link (oldest first), with their sources; the rest counted."""
    snap.load_sources(shown)
    lines = [f"{title}: {total} link(s)"]
    if total > len(shown):
        lines.append(f"the latest {len(shown)}; {total - len(shown)} earlier not listed")
    for item in shown:
        lines.extend(_item_lines(item))
    return "\n".join(lines)


def _country_node(graph: nx.Graph, snap: Snapshot, code: str, engagements: int) -> None:
    name, group = snap.countries.get(code, (code, "other"))
    graph.add_node(
        code,
        label=code,
        name=name,
        group=group,
        kind="country",
        color=GROUP_COLOURS[group],
        size=12 + 3 * engagements,
        engagements=engagements,
        tooltip=f"{name} ({code})\n{GROUP_NAMES[group]}\nengagements shown: {engagements}",
    )


def _pairs(
    snap: Snapshot, *, agreements_only: bool
) -> tuple[dict[tuple[str, str], Pair], list[Item]]:
    """Country pairs (items with exactly two countries) and hubs (agreements with more)."""
    pairs: dict[tuple[str, str], Pair] = {}
    listed: dict[tuple[str, str], list[Item]] = {}
    hubs: list[Item] = []
    for item in snap.items.values():
        if agreements_only and item.is_event:
            continue
        if not agreements_only and item.kind == "multilateral-meeting":
            continue
        countries = sorted(item.countries)
        if len(countries) == 2:
            key = (countries[0], countries[1])
            pairs.setdefault(key, Pair(*key)).add(item)
            listed.setdefault(key, []).append(item)
        elif agreements_only and len(countries) > 2:
            hubs.append(item)
    for key, items in listed.items():
        pairs[key].latest = _latest(items)
    return pairs, hubs


def _counts(pair: Pair) -> dict[str, object]:
    """An edge's counts by kind and year, and its period (what `kg analyze` reads)."""
    return {
        "kinds": dict(sorted(pair.kinds.items())),
        "years": dict(sorted(pair.years.items())),
        "first": day(pair.first),
        "last": day(pair.last),
    }


def _countries(snap: Snapshot, *, agreements_only: bool = False) -> nx.Graph:
    pairs, hubs = _pairs(snap, agreements_only=agreements_only)
    return _pair_graph(pairs, hubs, snap, agreements_only=agreements_only)


def _pair_graph(
    pairs: dict[tuple[str, str], Pair],
    hubs: list[Item],
    snap: Snapshot,
    *,
    agreements_only: bool = False,
) -> nx.Graph:
    graph = nx.Graph()
    engagement: Counter[str] = Counter()
    for (a, b), pair in pairs.items():
        engagement[a] += pair.count
        engagement[b] += pair.count
    for hub in hubs:
        for code in hub.countries:
            engagement[code] += 1
    for code in sorted(engagement):
        _country_node(graph, snap, code, engagement[code])
    for (a, b), pair in sorted(pairs.items()):
        latest = pair.latest[-1]
        if agreements_only:
            color = STATUS_COLOURS.get(latest.latest_status or "", "#555555")
        elif any(kind in AGREEMENT_CLASSES for kind in pair.kinds):
            color = KIND_COLOURS["agreement"]
        else:
            color = KIND_COLOURS.get(latest.kind, "#555555")
        graph.add_edge(
            a,
            b,
            weight=pair.count,
            color=color,
            kind=latest.kind,
            tooltip=_links_tooltip(f"{a} – {b}", pair.latest, pair.count, snap),
            dashes=latest.kind in ("courtesy-call", "visit"),
            **_counts(pair),
        )
    snap.load_sources(hubs)
    for hub in sorted(hubs, key=lambda i: i.iri):
        status = hub.latest_status or ""
        graph.add_node(
            hub.iri,
            label=hub.label[:40],
            kind=hub.kind,
            shape="diamond",
            size=14,
            color=STATUS_COLOURS.get(status, "#555555"),
            tooltip="\n".join([f"{hub.label}: {len(hub.countries)} parties", *_item_lines(hub)]),
        )
        alone = Pair(hub.iri, "")
        alone.add(hub)
        for code in sorted(hub.countries):
            graph.add_edge(
                hub.iri,
                code,
                weight=1,
                color=STATUS_COLOURS.get(status, "#555555"),
                kind=hub.kind,
                tooltip=_links_tooltip(code, [hub], 1, snap),
                **_counts(alone),
            )
    return graph


def _people(snap: Snapshot) -> nx.Graph:
    graph = nx.Graph()
    met: dict[tuple[str, str], list[Item]] = {}
    for item in snap.items.values():
        if not item.is_event:
            continue
        for a, b in itertools.combinations(sorted(item.people), 2):
            met.setdefault((a, b), []).append(item)
    present = sorted(
        {p for pair in met for p in pair} | {p for i in snap.items.values() for p in i.people}
    )
    counts = Counter(p for pair, items in met.items() for p in pair for _ in items)
    for iri in present:
        person = snap.people.get(iri)
        name = person.name if person else iri.rsplit("/", 1)[-1]
        country = person.country if person and person.country else None
        group = snap.countries.get(country or "", ("", "other"))[1]
        posts = sorted(person.posts) if person else []
        graph.add_node(
            iri,
            label=name,
            name=name,
            country=country or "",
            kind="person",
            color=GROUP_COLOURS[group],
            size=10 + 2 * counts[iri],
            tooltip="\n".join([f"{name} ({country or 'country unknown'})", *posts]),
        )
    for (a, b), items in sorted(met.items()):
        graph.add_edge(
            a,
            b,
            weight=len(items),
            kind="met",
            color="#2ca02c",
            items=[i.iri for i in items],
            tooltip=_links_tooltip(
                f"{graph.nodes[a]['label']} – {graph.nodes[b]['label']}",
                _latest(items),
                len(items),
                snap,
            ),
        )
    return graph


def _event_edge(graph: nx.Graph, item: Item, other: str, kind: str, color: str, head: str) -> None:
    """An edge of the events view, explained by the event's statuses and sources."""
    graph.add_edge(
        item.iri,
        other,
        kind=kind,
        color=color,
        weight=2 if kind == "part-of" else 1,
        dashes=kind == "part-of",
        tooltip="\n".join([head, *_item_lines(item)[1:]]),
    )


def _events(snap: Snapshot) -> nx.Graph:
    graph = nx.Graph()
    snap.load_sources(i for i in snap.items.values() if i.is_event)  # every event is a node
    for item in sorted(snap.items.values(), key=lambda i: i.iri):
        if not item.is_event:
            continue
        graph.add_node(
            item.iri,
            label=f"{item.label}"[:48],
            kind=item.kind,
            shape="box",
            color=KIND_COLOURS.get(item.kind, "#555555"),
            tooltip="\n".join(
                [*_item_lines(item), f"topics: {', '.join(sorted(item.topics)) or '-'}"]
            ),
        )
    for item in sorted(snap.items.values(), key=lambda i: i.iri):
        if not item.is_event:
            continue
        for code in sorted(item.countries):
            if code not in graph:
                _country_node(graph, snap, code, 0)
            _event_edge(
                graph, item, code, "country", "#bbbbbb", f"{code} took part in {item.label}"
            )
        for iri in sorted(item.people):
            person = snap.people.get(iri)
            name = person.name if person else iri
            if iri not in graph:
                graph.add_node(
                    iri,
                    label=name,
                    kind="person",
                    shape="dot",
                    size=8,
                    color="#444444",
                    tooltip="\n".join(
                        [
                            f"{name} ({person.country if person else '?'})",
                            *(sorted(person.posts) if person else []),
                        ]
                    ),
                )
            _event_edge(
                graph, item, iri, "participant", "#888888", f"{name} took part in {item.label}"
            )
        if item.parent and item.parent in graph:
            within = f"{item.label} was held within {graph.nodes[item.parent]['label']}"
            _event_edge(graph, item, item.parent, "part-of", "#9467bd", within)
    for code in graph.nodes:
        if graph.nodes[code].get("kind") == "country":
            graph.nodes[code]["engagements"] = graph.degree(code)
    return graph


def _legend(view: str) -> list[tuple[str, str, str]]:
    groups = [(GROUP_NAMES[g], c, "dot") for g, c in GROUP_COLOURS.items()]
    if view == "agreements":
        return groups + [(f"Agreement {s}", c, "bar") for s, c in STATUS_COLOURS.items()]
    if view == "people":
        return [*groups, ("Met at an event", KIND_COLOURS["bilateral-meeting"], "bar")]
    kinds = [
        (k.replace("-", " ").capitalize(), c, "bar" if view == "countries" else "dot")
        for k, c in KIND_COLOURS.items()
        if not (view == "countries" and k == "multilateral-meeting")
    ]
    return groups + kinds


def build_view(view: str, snap: Snapshot) -> nx.Graph:
    """One view of a snapshot."""
    if view == "countries":
        graph = _countries(snap)
    elif view == "agreements":
        graph = _countries(snap, agreements_only=True)
    elif view == "people":
        graph = _people(snap)
    elif view == "events":
        graph = _events(snap)
    else:
        raise UsageError(f"unknown view {view!r}; use one of {', '.join(VIEWS)}")
    _describe(graph, view)
    return graph


def _describe(graph: nx.Graph, view: str) -> None:
    graph.graph.update(view=view, title=f"ASEAN defence relations: {view}", legend=_legend(view))


def focus(graph: nx.Graph, who: str, depth: int = 1) -> nx.Graph:
    """The ego network of a country code, a person's name or any node IRI."""
    wanted = who.strip()
    node = next(
        (
            n
            for n in graph.nodes
            if n == wanted
            or n == wanted.upper()
            or str(graph.nodes[n].get("name", "")).casefold() == wanted.casefold()
            or str(graph.nodes[n].get("label", "")).casefold() == wanted.casefold()
        ),
        None,
    )
    if node is None:
        raise UsageError(
            f"--focus {who!r}: no such node in this view (a country code, a person's name or an IRI)"
        )
    ego = nx.ego_graph(graph, node, radius=depth)
    ego.graph.update(graph.graph)
    ego.graph["title"] = (
        f"{graph.graph.get('title', '')}, around {graph.nodes[node].get('label', node)} (depth {depth})"
    )
    return ego


def network_for(
    view: str,
    store: AnyStore,
    filters: Filters | None = None,
    *,
    focus_on: str | None = None,
    depth: int = 1,
) -> nx.Graph:
    """Read, filter, build and optionally focus one view."""
    if view not in VIEWS:
        raise UsageError(f"unknown view {view!r}; use one of {', '.join(VIEWS)}")
    # The countries and agreements views draw neither people nor topics: on a large archive
    # not reading them saves a quarter of the build (unless a topic filter needs them).
    if view == "countries":
        # Read pair by pair: on a large archive the full snapshot costs several times more.
        pairs, snapshot = read_pairs(store, filters, shown=SHOWN)
        graph = _pair_graph(pairs, [], snapshot)
        _describe(graph, view)
        return focus(graph, focus_on, depth) if focus_on else graph
    people = view in ("people", "events")
    topics = view == "events" or bool(filters and filters.topic)
    snapshot = read_snapshot(store, filters, sources=False, people=people, topics=topics)
    graph = build_view(view, snapshot)
    return focus(graph, focus_on, depth) if focus_on else graph
