# One place for the project's commands. `make demo` and `make test` set everything up themselves.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SAMPLE := samples/chongqing-2026-rd-standing-committee.txt
REPORTS ?= ../shared/reports

.PHONY: setup demo test lint bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

demo: setup
	$(BIN)/kg load $(SAMPLE)
	$(BIN)/kg query laws_serving_strategies

test: setup
	$(BIN)/ruff check kg loaders tests benchmarks
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python benchmarks/extract_speed.py $(REPORTS)

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
