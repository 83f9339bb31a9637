# One place for the project's commands. `make demo` and `make test` set everything up themselves.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SAMPLE := samples/chongqing-2026-rd-standing-committee.txt
REPORTS ?= ../shared/reports

.PHONY: setup test-setup chromium triplestores neo4j-install demo serve neo4j test bench clean

# rdkg and what it needs to run, nothing else: what `make demo`, `make serve` and `make neo4j` use
setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

# the test tools on top (pytest, ruff, playwright without a browser download, oxigraph's server): `make test`
test-setup: $(VENV)/.installed-test

$(VENV)/.installed-test: $(VENV)/.installed
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 $(BIN)/pip install --quiet -e '.[test]'
	touch $@

# the triple stores of the SPARQL-store tests only (`make demo` does not need them): Virtuoso from
# Debian's package (run as a user process by kg.triplestores), Fuseki from Maven Central into
# .triplestores/fuseki (Maven's repository shared with Neo4j's)
triplestores: setup
	if ! command -v virtuoso-t >/dev/null; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource; fi
	$(BIN)/python -c 'from pathlib import Path; from kg import triplestores as t; t.fuseki_install(m2=Path(".neo4j/m2"))'

# headless Chromium and a CJK font for the browser tests only (Debian's packages, as root when missing;
# Playwright never downloads a browser); `make demo` does not need them
chromium:
	if [ ! -x /usr/bin/chromium ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-zenhei; fi

# the README shows this question's real answer (tests/test_readme.py runs `make demo` and compares)
demo: setup
	$(BIN)/kg load $(SAMPLE)
	$(BIN)/kg query laws_serving_strategies -p strategy=西部金融中心

SERVE_PORT ?= 8000
serve: setup
	$(BIN)/kg load $(SAMPLE)
	$(BIN)/kg serve --port $(SERVE_PORT)

# a local Neo4j (assembled from Maven Central into .neo4j/) with the sample loaded, then a saved Cypher question;
# the Browser is at http://localhost:7474/browser/ (user neo4j, password in .neo4j/password)
neo4j: setup
	$(BIN)/kg neo4j install
	$(BIN)/kg neo4j start
	$(BIN)/kg load --backend neo4j $(SAMPLE)
	$(BIN)/kg query --backend neo4j laws_serving_strategies

# the Neo4j jars of the Neo4j tests, assembled once into .neo4j/lib (`kg neo4j install`, as for `make neo4j`);
# the test server runs from a temporary home that shares them. Without java or mvn this step fails and the
# tests decide (tests/ci.py: they skip, or fail under CI)
neo4j-install: setup
	-$(BIN)/kg neo4j install

# two pytest-xdist workers: the suite waits on servers, browsers and pip much of the time, so one process
# left a core idle (tests/lanes.py keeps each server in one worker); PYTEST_WORKERS=0 runs it in one process
PYTEST_WORKERS ?= 2
test: test-setup chromium triplestores neo4j-install
	$(BIN)/ruff check kg loaders tests benchmarks
	$(BIN)/python -m pytest -n $(PYTEST_WORKERS)

bench: setup
	$(BIN)/pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/extract_speed.py $(REPORTS)
	$(BIN)/python benchmarks/rdf_store.py $(REPORTS)
	$(BIN)/python benchmarks/sparql_load.py
	$(BIN)/python benchmarks/neo4j_load.py $(REPORTS)

clean:
	-$(BIN)/kg neo4j stop
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info .neo4j
