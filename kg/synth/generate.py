"""Release ``i`` of a run: its random stream, house style, story, text, gold and file name.

Each release is drawn from its own stream, seeded with (seed, i), so that release ``i``
is the same whatever the run's size: the first 1,000 releases of a 100,000-release run
are the 1,000-release run. Nothing depends on the clock, on set or hash order, or on
which process writes the file.
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from kg.synth.draft import Draft
from kg.synth.gold import dump_gold
from kg.synth.render import identifier, render_html, render_text
from kg.synth.stories import STORIES, pick_story, random_day
from kg.synth.world import World

__all__ = ["PER_FOLDER", "Release", "folder_of", "make_release", "slugify", "write_release"]

#: Releases per output subfolder (``000/``, ``001/`` …).
PER_FOLDER = 1000
#: House styles (publishing ministries, and chairs' statements) and how often each publishes.
STYLES = (
    ("MY", 24), ("ID", 17), ("SG", 12), ("PH", 10), ("TH", 8), ("VN", 8),
    ("KH", 5), ("BN", 5), ("LA", 4), ("chair", 5),
)  # fmt: skip
HTML_SHARE = 0.05
MIN_WORDS, MAX_WORDS = 150, 450


@dataclass(frozen=True)
class Release:
    """One generated release, ready to write."""

    index: int
    name: str
    text: str
    gold: str
    language: str
    fmt: str
    publisher: str
    story: str
    events: tuple[str, ...]
    agreements: tuple[tuple[str, str], ...]
    digest: str  # over the article paragraphs: equal digests mean equal release bodies


def slugify(text: str, *, words: int = 7) -> str:
    """A file-name slug: ASCII, lower case, hyphens, at most ``words`` words.

    >>> slugify("Menhan RI Hadiri ADMM ke-19 di Kuala Lumpur")
    'menhan-ri-hadiri-admm-ke-19-di'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    parts = re.findall(r"[a-z0-9]+", ascii_text.lower().replace("'s", ""))
    return "-".join(parts[:words]) or "release"


def folder_of(index: int) -> str:
    return f"{index // PER_FOLDER:03d}"


def _fit(d: Draft) -> None:
    """Drop optional background paragraphs, last first, while the release is too long."""
    for i in sorted(d.optional, reverse=True):
        if d.words() <= MAX_WORDS:
            break
        del d.paragraphs[i]


def make_release(world: World, seed: int, index: int, attempt: int = 0) -> Release:
    """Release ``index`` of the run of ``seed`` (``attempt`` > 0 redraws it)."""
    rng = random.Random(f"adkg-synth:{seed}:release:{index}:{attempt}")
    style = rng.choices([s for s, _ in STYLES], [w for _, w in STYLES])[0]
    if style == "chair":
        publisher, language, story = "", "en", "chair"
    else:
        publisher = style
        language = {"MY": "ms" if rng.random() < 0.7 else "en", "ID": "id"}.get(style, "en")
        story = pick_story(rng, publisher)
    d = Draft(index, rng, world, publisher, language, style, random_day(rng))
    STORIES[story](d)
    _fit(d)
    ref = identifier(d)
    as_html = rng.random() < HTML_SHARE
    text = render_html(d, ref) if as_html else render_text(d, ref)
    fmt = "html" if as_html else "txt"
    name = f"{d.date.isoformat()}-{d.publisher.lower()}-{slugify(d.title)}-{index:06d}.{language}.{fmt}"
    release = {
        "language": language,
        "date": d.date,
        "publisher_country": d.publisher,
        "identifier": ref,
    }
    comment = (
        f"Synthetic release {index} of `kg synth` (seed {seed}): {d.kind}, "
        f"{'chair' if style == 'chair' else style} house style.\n"
        "Annotated as it was written, following data/releases/ANNOTATION.md; sentences about\n"
        "future meetings and agreements recalled as background are not annotated."
    )
    gold = dump_gold(release, list(d.persons.values()), d.events, d.agreements, comment)
    digest = hashlib.sha256("\n".join(d.paragraphs).encode("utf-8")).hexdigest()
    return Release(
        index=index,
        name=name,
        text=text,
        gold=gold,
        language=language,
        fmt=fmt,
        publisher=d.publisher,
        story=d.kind,
        events=tuple(str(e["type"]) for e in d.events),
        agreements=tuple((str(a["type"]), str(a["status"])) for a in d.agreements),
        digest=digest,
    )


def write_release(release: Release, out_dir: Path, made: set[Path] | None = None) -> Path:
    """Write the release and its gold file into its subfolder; the release's path.

    ``made`` remembers the subfolders already created, to spare a system call per file."""
    folder = out_dir / folder_of(release.index)
    if made is None or folder not in made:
        folder.mkdir(parents=True, exist_ok=True)
        if made is not None:
            made.add(folder)
    path = folder / release.name
    path.write_text(release.text, encoding="utf-8", newline="\n")
    (folder / f"{release.name}.gold.yaml").write_text(release.gold, encoding="utf-8", newline="\n")
    return path
