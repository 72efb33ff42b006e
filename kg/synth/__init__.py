"""Synthetic ASEAN defence releases with gold annotations, for benchmarks at scale.

``synthesise(n, seed, out_dir)`` writes ``n`` realistic releases (Malay, Indonesian and
English, in the house styles of the ASEAN defence ministries, about 5% as web pages)
and a ``.gold.yaml`` beside each, into subfolders of at most 1,000 releases
(``out_dir/000/``, ``out_dir/001/`` …). The people are fictitious; countries, places,
forums and ASEAN membership come from the reference data.

The output is deterministic: the same ``n`` and ``seed`` give the same bytes, and the
first ``k`` releases of a run are the run of ``k`` releases with the same seed. Every
release text is distinct.

Modules: :mod:`~kg.synth.world` (countries, places, membership, meeting calendar),
:mod:`~kg.synth.cast` (office holders and their names), :mod:`~kg.synth.dates`,
:mod:`~kg.synth.phrases` and :mod:`~kg.synth.templates` (wording),
:mod:`~kg.synth.draft` (a release being written, with its gold),
:mod:`~kg.synth.beats`, :mod:`~kg.synth.multilateral`, :mod:`~kg.synth.bilateral`,
:mod:`~kg.synth.exercises` and :mod:`~kg.synth.stories` (what a release reports),
:mod:`~kg.synth.render` (layout), :mod:`~kg.synth.gold` (YAML),
:mod:`~kg.synth.generate` (one release from its seed).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import UsageError
from kg.synth.generate import Release, folder_of, make_release, write_release
from kg.synth.world import build_world

__all__ = ["SynthReport", "synthesise"]

_CHUNK = 500


@dataclass
class SynthReport:
    """What a run wrote: counts by language, format, publisher, story and fact kind."""

    releases: int = 0
    out_dir: Path = Path()
    languages: Counter[str] = field(default_factory=Counter)
    formats: Counter[str] = field(default_factory=Counter)
    publishers: Counter[str] = field(default_factory=Counter)
    stories: Counter[str] = field(default_factory=Counter)
    events: Counter[str] = field(default_factory=Counter)
    agreements: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    redrawn: int = 0

    def add(self, release: Release) -> None:
        self.releases += 1
        self.languages[release.language] += 1
        self.formats[release.fmt] += 1
        self.publishers[release.publisher] += 1
        self.stories[release.story] += 1
        self.events.update(release.events)
        self.agreements.update(kind for kind, _ in release.agreements)
        self.statuses.update(status for _, status in release.agreements)

    def summary(self) -> str:
        """One line: how many releases, by language and format."""
        langs = ", ".join(
            f"{k} {self.languages[k]}" for k in ("ms", "id", "en") if self.languages[k]
        )
        return (
            f"{self.releases} releases in {self.out_dir} ({langs}; {self.formats['html']} html), "
            f"{sum(self.events.values())} events, {sum(self.agreements.values())} agreements"
        )


def _generate_chunk(args: tuple[int, int, int, str]) -> list[tuple[int, str, str, Release]]:
    """Worker: generate and write releases ``start`` to ``stop``; their metadata back."""
    seed, start, stop, out = args
    world = build_world(seed)
    out_dir = Path(out)
    done = []
    made: set[Path] = set()
    for index in range(start, stop):
        release = make_release(world, seed, index)
        write_release(release, out_dir, made)
        slim = Release(
            index=release.index,
            name=release.name,
            text="",
            gold="",
            language=release.language,
            fmt=release.fmt,
            publisher=release.publisher,
            story=release.story,
            events=release.events,
            agreements=release.agreements,
            digest=release.digest,
        )
        done.append((index, release.name, release.digest, slim))
    return done


def _workers(n: int, workers: int | None) -> int:
    if workers is not None:
        return max(1, workers)
    if n < 4 * _CHUNK:
        return 1
    return max(1, min(os.cpu_count() or 1, 8))


def synthesise(n: int, seed: int, out_dir: Path, *, workers: int | None = None) -> SynthReport:
    """Write ``n`` synthetic releases and their gold files under ``out_dir``.

    ``workers`` processes share the work (default: one per CPU, up to 8, for large runs);
    the output does not depend on it. Existing files of the same names are overwritten;
    others are left alone.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     report = synthesise(3, 1, Path(tmp))
    ...     sorted(p.parent.name for p in Path(tmp).rglob("*.gold.yaml"))
    ['000', '000', '000']
    >>> report.releases
    3
    """
    if n < 1:
        raise UsageError(f"N must be at least 1 (got {n})")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    world = build_world(seed)
    count = _workers(n, workers)
    chunks = [(seed, s, min(s + _CHUNK, n), str(out_dir)) for s in range(0, n, _CHUNK)]
    results: list[tuple[int, str, str, Release]] = []
    if count == 1:
        for chunk in chunks:
            results += _generate_chunk(chunk)
    else:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
            for done in pool.map(_generate_chunk, chunks):
                results += done
    report = SynthReport(out_dir=out_dir)
    seen: set[str] = set()
    for index, name, digest, release in sorted(results, key=lambda r: r[0]):
        attempt = 0
        while digest in seen:  # a body equal to an earlier one: draw this release again
            attempt += 1
            old = out_dir / folder_of(index) / name
            old.unlink(missing_ok=True)
            old.with_name(f"{name}.gold.yaml").unlink(missing_ok=True)
            release = make_release(world, seed, index, attempt)
            write_release(release, out_dir)
            name, digest = release.name, release.digest
            report.redrawn += 1
        seen.add(digest)
        report.add(release)
    return report
