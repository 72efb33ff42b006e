# Everything runs inside .venv, created on first use from the machine's Python 3.11.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export KG_STORE ?= $(CURDIR)/kg-store

.PHONY: demo test lint format clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kg ingest data/releases
	$(BIN)/kg stats
	$(BIN)/kg query meetings-attended --param country=MY
	$(BIN)/kg query agreements-by-status
	mkdir -p out
	$(BIN)/kg viz countries -o out/network.html
	@echo "Wrote out/network.html"

test: $(STAMP)
	$(BIN)/pytest -q

lint: $(STAMP)
	$(BIN)/ruff check kg tests
	$(BIN)/ruff format --check kg tests

format: $(STAMP)
	$(BIN)/ruff format kg tests
	$(BIN)/ruff check --fix kg tests

clean:
	rm -rf $(VENV) kg-store out .pytest_cache .ruff_cache
