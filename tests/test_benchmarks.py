"""The benchmarks' rdflib adapter must keep up with the pipeline's store interface."""

import sys
from pathlib import Path

import pytest

from kg.pipeline import ingest
from kg.query.run import run
from kg.store import Store

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))

# rdflib's own query code calls its deprecated Dataset.default_context.
pytestmark = pytest.mark.filterwarnings("ignore:Dataset.default_context:DeprecationWarning")


def test_the_rdflib_adapter_ingests_and_answers_like_oxigraph(
    tmp_path: Path, seed_path: Path
) -> None:
    from _latency import RdflibStore

    memory, oxigraph = RdflibStore(), Store(tmp_path / "s")
    for store in (memory, oxigraph):
        report = ingest([seed_path], store, jobs=1)  # type: ignore[arg-type]
        assert [i.path for i in report.ingested] == [seed_path]
    again = ingest([seed_path], memory, jobs=1)  # type: ignore[arg-type]
    assert again.ingested == [] and len(again.unchanged) == 1
    params = {"a": "MY", "b": "TH"}
    assert sorted(run(memory, "bilateral-meetings", params).rows) == sorted(  # type: ignore[arg-type]
        run(oxigraph, "bilateral-meetings", params).rows
    )
    assert len(run(oxigraph, "bilateral-meetings", params).rows) == 1
