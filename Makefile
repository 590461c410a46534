# paindiary: `make run` starts the app, `make test` runs every check. Both set up what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run demo test pytest lint format bench bundle screenshots system-libs system-libs-test clean

run: system-libs $(STAMP_RUN)
	$(BIN)/paindiary

demo: system-libs $(STAMP_RUN)
	$(BIN)/paindiary --demo

test: system-libs-test $(STAMP_TEST) lint pytest

pytest: $(STAMP_TEST)
	$(BIN)/python -m pytest

lint: $(STAMP_TEST)
	$(BIN)/ruff check
	$(BIN)/ruff format --check
	$(BIN)/mypy

format: $(STAMP_TEST)
	$(BIN)/ruff format
	$(BIN)/ruff check --fix

bench: $(STAMP_TEST)
	$(BIN)/python bench/run.py

system-libs:
	@sh packaging/system-libs.sh run

system-libs-test:
	@sh packaging/system-libs.sh test

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache
