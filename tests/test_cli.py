"""The command line: thin over the library, exit codes and one-line errors per CONTRACT.md §4."""

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main


@pytest.fixture()
def runner(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    monkeypatch.setenv("KG_STORE", str(tmp_path / "store"))
    return CliRunner()


COMMANDS = [
    "ingest", "query", "stats", "export", "validate", "eval", "viz", "serve", "analyze", "synth"
]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and f"kg {command}" in result.output


def test_end_to_end(runner: CliRunner, seed_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "rel"
    folder.mkdir()
    shutil.copy(seed_path, folder)
    shutil.copy(seed_path.with_name(seed_path.name + ".gold.yaml"), folder)
    result = runner.invoke(main, ["ingest", str(folder)])
    assert result.exit_code == 0, result.output
    assert result.output.endswith("1 ingested, 0 unchanged, 0 failed\n")
    stats = runner.invoke(main, ["stats"]).output
    assert re.search(r"events\s+3\n", stats) and re.search(r"agreements\s+2\n", stats)
    out = runner.invoke(
        main,
        ["query", "bilateral-meetings", "--param", "a=MY", "--param", "b=TH", "--format", "json"],
    )
    assert [r["label"] for r in json.loads(out.output)] == ["Bilateral meeting MY–TH"]
    assert runner.invoke(main, ["validate"]).exit_code == 0
    scored = runner.invoke(main, ["eval", str(folder), "--min-f1", "1.0"])
    assert scored.exit_code == 0 and "facts (total)" in scored.output
    page = tmp_path / "n.html"
    assert runner.invoke(main, ["viz", "countries", "-o", str(page)]).exit_code == 0
    assert "vis.Network" in page.read_text(encoding="utf-8")
    ttl = runner.invoke(main, ["export", "--format", "ttl"])
    assert ttl.exit_code == 0
    from rdflib import Graph

    assert len(Graph().parse(data=ttl.output, format="turtle")) > 3000


def test_bad_input_exit_2_one_line_per_file(
    runner: CliRunner, seed_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(seed_path, folder / "good.txt")
    (folder / "bad.txt").write_bytes(b"")
    result = runner.invoke(main, ["ingest", str(folder)])
    assert result.exit_code == 2
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert errors == [f"Error: {folder / 'bad.txt'}: the file is empty"]
    assert "1 ingested, 0 unchanged, 1 failed" in result.output


def test_bad_usage_exit_2(runner: CliRunner) -> None:
    result = runner.invoke(main, ["query", "no-such-query"])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1


def test_query_on_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["stats", "--store", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert "no store here; run 'kg ingest' first" in result.output


def test_the_package_version_is_the_projects() -> None:
    import tomllib

    import kg

    with open(Path(__file__).parent.parent / "pyproject.toml", "rb") as handle:
        assert kg.__version__ == tomllib.load(handle)["project"]["version"]
