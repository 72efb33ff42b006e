"""Exceptions a user can act on. The CLI turns each into a one-line message."""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "BadInputError",
    "KgError",
    "QueryError",
    "StoreError",
    "UsageError",
]


class KgError(Exception):
    """Base class of every error this package raises on purpose."""

    exit_code = 1


class UsageError(KgError):
    """The command was asked for something it cannot do (a bad flag value, an unknown view)."""

    exit_code = 2


class BadInputError(KgError):
    """A release file cannot be read or holds no usable release.

    The message always starts with the file name, so that a list of failures
    reads as one line per file.

    >>> str(BadInputError("a.txt", "the file is empty"))
    'a.txt: the file is empty'
    """

    exit_code = 2

    def __init__(self, path: str | Path, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")

    def __reduce__(self) -> tuple[type[BadInputError], tuple[str, str]]:
        # Travels back from ingest's worker processes by pickle.
        return (BadInputError, (self.path, self.problem))


class StoreError(KgError):
    """The store cannot be opened, read or written."""


class QueryError(KgError):
    """A SPARQL query or a saved query's parameters are wrong."""

    exit_code = 2
