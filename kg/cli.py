"""The ``kg`` command: parse, call one library function, format. Nothing imports this module."""

from __future__ import annotations

import contextlib
import functools
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import click

from kg.errors import KgError

VIEW_CHOICE = click.Choice(["countries", "people", "events", "agreements"])
STORE_HELP = (
    "Store: a folder (embedded) or an http(s) SPARQL endpoint URL "
    "[default: $KG_STORE, else ./kg-store]."
)


def _fail(message: str, code: int) -> None:
    click.echo(f"Error: {message}", err=True)
    sys.exit(code)


def library_errors(func: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into one-line messages and the contract's exit codes."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except KgError as exc:
            _fail(str(exc), exc.exit_code)

    return wrapper


def store_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--store", "store", default=None, metavar="PATH", help=STORE_HELP)(func)


def format_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["table", "csv", "json"]),
        default="table",
        show_default=True,
        help="Output format.",
    )(func)


def open_store(option: str | None, *, read_only: bool = False) -> Any:
    from kg.store import open_store as open_any
    from kg.store import store_location

    return open_any(store_location(option), read_only=read_only)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="asean-defence-kg")
def main() -> None:
    """ASEAN defence knowledge graph: press releases in, RDF out, SPARQL and networks on top.

    \b
    Example:
      kg ingest data/releases && kg stats
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes for extraction.  [default: one per core]",
)
@click.option("--strict", is_flag=True, help="Refuse a release that breaks a SHACL shape.")
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary line.")
@store_option
@library_errors
def ingest(
    paths: tuple[Path, ...], jobs: int | None, strict: bool, quiet: bool, store: str | None
) -> None:
    """Ingest release files (.txt, .html, .pdf) or folders of them.

    Each release replaces its own named graph; releases are written in batches, one
    transaction each. A file whose bytes are unchanged since it was last ingested is not
    read again; an edited file replaces its old release. Each release graph is checked
    against the SHACL shapes as it is built (a warning; with --strict, a failure). A file
    that fails is reported on one line and the others still go in (exit 2 if any failed).
    A progress bar shows on a terminal.

    \b
    Example:
      kg ingest data/releases
    """
    from kg.pipeline import ingest as run_ingest

    with _progress_bar("ingest") as tick:
        report = run_ingest(paths, open_store(store), jobs=jobs, strict=strict, progress=tick)
    if not quiet:
        for item in report.ingested:
            click.echo(f"ingested {item.path}  {item.triples} triples  <{item.release}>")
    for item in report.flagged:
        shapes = ", ".join(sorted({v.shape.rsplit("#", 1)[-1] for v in item.violations}))
        click.echo(f"Warning: {item.path}: breaks the shapes {shapes}", err=True)
    for error in report.failed:
        click.echo(f"Error: {error}", err=True)
    click.echo(
        f"{len(report.ingested)} ingested, {len(report.unchanged)} unchanged, "
        f"{len(report.failed)} failed"
    )
    if report.failed:
        sys.exit(2)


@contextlib.contextmanager
def _progress_bar(unit_name: str) -> Iterator[Callable[[int, int], None] | None]:
    """A tqdm bar on stderr when it is a terminal; nothing (None) otherwise."""
    if not sys.stderr.isatty():
        yield None
        return
    from tqdm import tqdm

    with tqdm(desc=unit_name, unit=" files", file=sys.stderr, dynamic_ncols=True) as bar:

        def tick(done: int, total: int) -> None:
            bar.total = total
            bar.update(done)

        yield tick


@main.command()
@click.argument("query", required=False)
@click.option(
    "--param", "params", multiple=True, metavar="NAME=VALUE", help="A value bound to ?NAME."
)
@click.option(
    "--list", "list_saved", is_flag=True, help="List the saved queries and their parameters."
)
@format_option
@store_option
@library_errors
def query(
    query: str | None, params: tuple[str, ...], list_saved: bool, fmt: str, store: str | None
) -> None:
    """Run SPARQL: inline text, a .rq file, or a saved query's name.

    Parameters are bound as values (never pasted into the query text); an
    inline query must SELECT the variables it takes as parameters.

    \b
    Examples:
      kg query meetings-attended --param country=MY
      kg query "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }" --format csv
    """
    from kg.errors import UsageError
    from kg.query import format_result, resolve_query, run, saved_queries

    if list_saved:
        for saved in saved_queries().values():
            args = " ".join(f"--param {p.name}=<{p.type}>" for p in saved.params)
            click.echo(f"{saved.name:22} {saved.question}")
            for p in saved.params:
                click.echo(f"{'':22}   {p.name} ({p.type}): {p.description}")
            if args:
                click.echo(f"{'':22}   e.g. kg query {saved.name} {args}")
        return
    if query is None:
        raise UsageError("give a query (SPARQL, a .rq file or a saved query name), or --list")
    values: dict[str, str] = {}
    for item in params:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise UsageError(f"--param {item!r}: expected NAME=VALUE")
        values[name] = value
    resolve_query(query)  # a wrong name is bad usage, whatever the store
    result = run(open_store(store, read_only=True), query, values)
    click.echo(format_result(result, fmt), nl=False)


@main.command()
@store_option
@library_errors
def stats(store: str | None) -> None:
    """Count releases, people, events, agreements and triples in the store.

    \b
    Example:
      kg stats
    """
    from kg.stats import store_stats

    for name, value in store_stats(open_store(store, read_only=True)).items():
        click.echo(f"{name:22} {value}")


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["ttl", "nt", "nq", "trig", "jsonld", "graphml", "gexf"]),
    required=True,
    help="ttl/nt/jsonld merge the graphs; nq/trig keep one graph per release; "
    "graphml/gexf write a network view (--view) for Gephi.",
)
@click.option(
    "--view",
    type=VIEW_CHOICE,
    default="countries",
    show_default=True,
    help="The network to write, for graphml and gexf.",
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), default=None, help="File (default: stdout)."
)
@store_option
@library_errors
def export(fmt: str, view: str, output: Path | None, store: str | None) -> None:
    """Export the store as RDF, or a network view as GraphML/GEXF for Gephi.

    \b
    Examples:
      kg export --format trig -o out/kg.trig
      kg export --format gexf --view countries -o out/countries.gexf
    """
    if fmt in ("graphml", "gexf"):
        from kg.analysis import network_bytes

        data = network_bytes(build_network(view, store, None, None, None, None, None, None, 1), fmt)
    else:
        data = open_store(store, read_only=True).dump(fmt)
    if output is None:
        click.echo(data.decode("utf-8"), nl=False)
    else:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_bytes(data)
        click.echo(f"wrote {output}")


@main.command()
@store_option
@library_errors
def validate(store: str | None) -> None:
    """Check the store against the SHACL shapes (exit 1 when it does not conform).

    \b
    Example:
      kg validate
    """
    from kg.validate import validate_store

    report = validate_store(open_store(store, read_only=True))
    click.echo(report.text(), nl=False)
    if not report.conforms:
        sys.exit(1)


@main.command(name="eval")
@click.argument("gold_dir", type=click.Path(path_type=Path))
@click.option("--min-f1", type=float, default=None, help="Exit 1 when the facts F1 is below this.")
@click.option("--quiet", is_flag=True, help="Figures only, without the list of misses and extras.")
@store_option
@library_errors
def eval_(gold_dir: Path, min_f1: float | None, quiet: bool, store: str | None) -> None:
    """Score the store against the *.gold.yaml files under GOLD_DIR.

    Prints precision, recall and F1 per kind of fact and in total (topics apart),
    then every miss and extra.

    \b
    Example:
      kg eval data/releases
    """
    from kg.evaluate import evaluate
    from kg.evaluate.report import format_report

    report = evaluate(open_store(store, read_only=True), gold_dir)
    click.echo(format_report(report, details=not quiet), nl=False)
    if min_f1 is not None and report.total.f1 < min_f1:
        sys.exit(1)


@main.command()
@click.argument("n", type=int)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the random draws.")
@click.option(
    "-o",
    "--output",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder to write into (subfolders 000/, 001/ … of at most 1000 releases).",
)
@library_errors
def synth(n: int, seed: int, out_dir: Path) -> None:
    """Write N synthetic releases, each with its .gold.yaml, for benchmarks and evaluation.

    Malay, Indonesian and English releases of the ASEAN defence ministries, with
    fictitious people; the same N and seed give the same files, and the first k
    releases of a run are the run of k.

    \b
    Example:
      kg synth 1000 --seed 1 -o /tmp/synthetic && kg ingest /tmp/synthetic
    """
    import time

    from kg.synth import synthesise

    started = time.perf_counter()
    report = synthesise(n, seed, out_dir)
    seconds = time.perf_counter() - started
    click.echo(f"wrote {report.summary()} in {seconds:.1f} s")


def view_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The filters every view takes (kg viz, kg analyze, kg export --view)."""
    options = [
        click.option(
            "--since",
            type=click.DateTime(["%Y-%m-%d"]),
            default=None,
            help="Keep events and agreements on or after this date.",
        ),
        click.option(
            "--until",
            type=click.DateTime(["%Y-%m-%d"]),
            default=None,
            help="Keep events and agreements on or before this date.",
        ),
        click.option(
            "--country", default=None, metavar="ISO", help="Keep what involves this country."
        ),
        click.option("--kind", default=None, help="Keep one kind (bilateral-meeting, mou, …)."),
        click.option("--topic", default=None, help="Keep one topic (maritime-security, …)."),
        click.option(
            "--focus",
            "focus_on",
            default=None,
            metavar="NODE",
            help='Ego network of a country code or a person ("Mohamed Khaled Nordin").',
        ),
        click.option("--depth", default=1, show_default=True, type=int, help="Radius of --focus."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def build_network(
    view: str,
    store: str | None,
    since: Any,
    until: Any,
    country: str | None,
    kind: str | None,
    topic: str | None,
    focus_on: str | None,
    depth: int,
) -> Any:
    from kg.viz import Filters, network_for

    filters = Filters(
        since=since.date() if since else None,
        until=until.date() if until else None,
        country=country,
        kind=kind,
        topic=topic,
    )
    return network_for(
        view, open_store(store, read_only=True), filters, focus_on=focus_on, depth=depth
    )


@main.command()
@click.argument("view", type=VIEW_CHOICE)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=Path("network.html"),
    show_default=True,
    help="The HTML file to write.",
)
@view_options
@store_option
@library_errors
def viz(view: str, output: Path, store: str | None, **filters: Any) -> None:
    """Write VIEW as a self-contained interactive HTML network (opens offline).

    VIEW: countries, people, events or agreements. Every node and edge has a
    tooltip naming what lies behind it, with dates, releases and paragraphs.

    \b
    Examples:
      kg viz countries -o out/network.html
      kg viz people --focus "Mohamed Khaled Nordin" --depth 2 -o out/khaled.html
      kg viz agreements --since 2024-01-01 --country MY -o out/my-agreements.html
    """
    from kg.viz import render_html

    graph = build_network(view, store, **filters)
    page = render_html(graph, title=graph.graph.get("title", view))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(page, encoding="utf-8")
    click.echo(f"wrote {output} ({graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges)")


@main.command()
@click.argument(
    "view", type=click.Choice(["countries", "people", "pairs", "years", "communities", "bridges"])
)
@format_option
@view_options
@store_option
@library_errors
def analyze(view: str, fmt: str, store: str | None, **filters: Any) -> None:
    """Network analytics as a table: centralities, communities, engagement counts, bridges.

    \b
    VIEW:
      countries    degree, betweenness and eigenvector centrality of countries
      people       the same for people (who met whom)
      pairs        engagements per country pair, by kind
      years        engagements per country per year
      communities  groups of countries that engage most among themselves
      bridges      countries that link communities, and which ones
    \b
    Example:
      kg analyze countries --format csv
    """
    from kg.analysis import analyze as run_analysis
    from kg.query import format_result

    network_view = "people" if view == "people" else "countries"
    graph = build_network(network_view, store, **filters)
    click.echo(format_result(run_analysis(view, graph), fmt), nl=False)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=int, help="Port to listen on.")
@click.option(
    "--timeout",
    "timeout_s",
    default=30.0,
    show_default=True,
    type=float,
    help="Seconds a query may run before it is stopped.",
)
@click.option(
    "--limit", default=10_000, show_default=True, type=int, help="Most solutions a query returns."
)
@store_option
@library_errors
def serve(host: str, port: int, timeout_s: float, limit: int, store: str | None) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint at /query, with a query page at /.

    The engine is the Oxigraph server; updates are refused.

    \b
    Example:
      kg serve --port 7878
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * WHERE {?s ?p ?o} LIMIT 3' http://127.0.0.1:7878/query
    """
    from kg.errors import UsageError
    from kg.serve import ServeConfig
    from kg.serve import serve as run_server
    from kg.store import store_location

    location = store_location(store)
    if location.startswith(("http://", "https://")):
        raise UsageError(
            f"{location}: kg serve serves an embedded store; a remote endpoint is already one"
        )
    run_server(ServeConfig(Path(location), host=host, port=port, timeout_s=timeout_s, limit=limit))


if __name__ == "__main__":
    main()
