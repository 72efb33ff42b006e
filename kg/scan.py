"""Index scans of an embedded store, meant to run in a second process.

Reading one property of every item of a 100k-release archive costs about 5 µs per
statement inside Oxigraph, which holds the GIL while it decodes terms: threads do not
help, a second process does. This module imports nothing but pyoxigraph, so that a
spawned process starts in a few tens of milliseconds.
"""

from __future__ import annotations

import pickle
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

import pyoxigraph as ox

__all__ = ["by_item", "country_sets", "in_background", "select"]


def country_sets(
    location: str, predicates: list[str], *, union: bool = False, size: int | None = None
) -> dict[str, tuple[str, ...]]:
    """Item IRI → the sorted ISO codes of the countries ``predicates`` link it to.

    Opens the store at ``location`` read-only; reads the materialised union (the default
    graph), or every graph with ``union`` (a store written before it existed). With
    ``size``, only items with that many countries are returned.
    """
    store = ox.Store.read_only(location)
    graph = None if union else ox.DefaultGraph()
    links = (
        (q.subject.value, q.object.value)
        for predicate in predicates
        for q in store.quads_for_pattern(None, ox.NamedNode(predicate), None, graph)
    )
    return by_item(links, size=size)


def by_item(
    links: Iterable[tuple[str, str]], *, size: int | None = None
) -> dict[str, tuple[str, ...]]:
    """(item, country IRI) links → item → sorted ISO codes; with ``size``, only items with
    that many countries. Country IRIs end in their ISO code (the contract's pattern)."""
    found: dict[str, set[str]] = defaultdict(set)
    for item, country in links:
        found[item].add(country.rsplit("/", 1)[-1])
    return {
        item: tuple(sorted(codes))
        for item, codes in found.items()
        if size is None or len(codes) == size
    }


def select(location: str, sparql: str, *, union: bool = False) -> list[tuple[str | None, ...]]:
    """A SELECT's rows as lexical values (None where unbound), on the store at ``location``."""
    store = ox.Store.read_only(location)
    answer = store.query(sparql, use_default_graph_as_union=union)
    names = [v.value for v in answer.variables]  # type: ignore[union-attr]
    return [
        tuple(None if (t := row[n]) is None else t.value for n in names)
        for row in answer  # type: ignore[union-attr]
    ]


def in_background(
    job: str, location: str, *args: str, union: bool = False, data: str = ""
) -> Callable[[], Any]:
    """Start a scan in a new interpreter; the function returned waits for its answer.

    ``job`` is "countries2" (``country_sets`` of size 2; predicates as ``args``) or
    "select" (the query as ``data``).

    A plain subprocess, not multiprocessing: nothing of the caller's main module is
    re-imported (scripts need no ``__main__`` guard) and nothing is forked from a process
    that holds a store's threads.
    """
    command = [sys.executable, "-m", "kg.scan", job, location, "1" if union else "0", *args]
    try:
        child = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        assert child.stdin is not None
        with child.stdin:  # the child reads all of it before it writes anything
            child.stdin.write(data.encode("utf-8"))
        child.stdin = None  # written and closed: nothing for communicate() to send
    except OSError as exc:
        failure = exc

        def failed() -> Any:
            raise OSError(f"{location}: cannot start a scan ({failure})")

        return failed

    return _Pending(child, location)


class _Pending:
    """A scan running in a child process: call it for the answer, or cancel it."""

    TIMEOUT = 600  # seconds; a scan of a 100k-release store takes about 2 s

    def __init__(self, child: subprocess.Popen[bytes], location: str) -> None:
        self.child = child
        self.location = location

    def __call__(self) -> Any:
        try:
            out, err = self.child.communicate(timeout=self.TIMEOUT)
        except subprocess.TimeoutExpired:
            self.cancel()
            raise OSError(f"{self.location}: the scan took over {self.TIMEOUT} s") from None
        if self.child.returncode != 0:
            problem = err.decode(errors="replace").strip()
            raise OSError(f"{self.location}: the scan failed ({problem})")
        return pickle.loads(out)

    def cancel(self) -> None:
        """Stop the child if it still runs (its answer is no longer wanted) and reap it."""
        if self.child.returncode is None:
            self.child.kill()
            self.child.communicate()


def _main(argv: list[str]) -> None:
    job, location, union, *args = argv
    if job == "countries2":
        answer: Any = country_sets(location, args, union=union == "1", size=2)
    elif job == "select":
        answer = select(location, sys.stdin.read(), union=union == "1")
    else:
        raise SystemExit(f"unknown scan {job!r}")
    sys.stdout.buffer.write(pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL))


if __name__ == "__main__":
    _main(sys.argv[1:])
