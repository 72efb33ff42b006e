"""Shared fixtures: the seed release, a store with it ingested, and fixture builders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.pipeline import ingest
from kg.store import Store

ROOT = Path(__file__).resolve().parent.parent
RELEASES = ROOT / "data" / "releases"
SEED = RELEASES / "2024-03-06-my-admm-retreat-luang-prabang.ms.txt"


@pytest.fixture(scope="session")
def seed_path() -> Path:
    assert SEED.is_file()
    return SEED


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Store:
    """A store with the seed release ingested (shared: tests must not write to it)."""
    folder = tmp_path_factory.mktemp("seed") / "releases"
    folder.mkdir()
    shutil.copy(seed_path, folder)
    shutil.copy(seed_path.with_name(seed_path.name + ".gold.yaml"), folder)
    store = Store(tmp_path_factory.mktemp("store") / "kg-store")
    report = ingest([folder], store)
    assert report.ok and len(report.ingested) == 1
    store.gold_dir = folder  # type: ignore[attr-defined]
    return store
