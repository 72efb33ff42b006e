"""Where the ontology and the reference data live, installed or in a checkout.

The wheel carries ``ontology/`` and ``data/reference/`` inside the package
(``kg/ontology``, ``kg/reference``); an editable install or a checkout reads
them from the repository's top level.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["ontology_dir", "queries_dir", "reference_dir"]

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"none of {', '.join(map(str, candidates))} exists")


@cache
def ontology_dir() -> Path:
    """The folder holding ``adkg.ttl``, ``topics.ttl`` and ``shapes.ttl``.

    >>> (ontology_dir() / "adkg.ttl").is_file()
    True
    """
    return _first_existing(_PACKAGE / "ontology", _PACKAGE.parent / "ontology")


@cache
def reference_dir() -> Path:
    """The folder of gazetteers: countries, forums, ministries, places, lexicons.

    >>> (reference_dir() / "countries.ttl").is_file()
    True
    """
    return _first_existing(_PACKAGE / "reference", _PACKAGE.parent / "data" / "reference")


def queries_dir() -> Path:
    """The folder of saved SPARQL queries shipped with the package."""
    return _PACKAGE / "queries"
