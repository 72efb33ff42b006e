# Everything runs inside .venv, created on first use from the machine's Python 3.11.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export KG_STORE ?= $(CURDIR)/kg-store

.PHONY: demo test lint format clean browser

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

test: $(STAMP) browser
	$(BIN)/pytest -q
	$(BIN)/pytest -q --nbmake notebooks

# Browser tests drive Debian's chromium; installed here when we may (CI runs as root), else they skip.
browser:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    (apt-get update -q && apt-get install -y -q chromium) >/dev/null 2>&1 \
	      || echo "chromium could not be installed: browser tests will skip"; \
	  else echo "no /usr/bin/chromium: browser tests will skip (sudo apt-get install chromium)"; fi; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check kg tests benchmarks
	$(BIN)/ruff format --check kg tests benchmarks

format: $(STAMP)
	$(BIN)/ruff format kg tests benchmarks
	$(BIN)/ruff check --fix kg tests benchmarks

clean:
	rm -rf $(VENV) kg-store out .pytest_cache .ruff_cache
