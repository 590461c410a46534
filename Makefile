# paindiary: `make run` starts the app, `make test` runs every check. Both set up what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
STAMP_BUNDLE := $(VENV)/.installed-bundle

.PHONY: run demo test pytest lint format bench bundle translations system-libs system-libs-test clean

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

# One-folder app in dist/paindiary/, then started offscreen once to prove it works.
bundle: $(STAMP_BUNDLE)
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/paindiary.spec
	sh packaging/smoke_test.sh dist/paindiary/paindiary

# Re-extract every user-visible string into resources/translations/*.ts, then compile the .qm files.
translations: $(STAMP_RUN)
	$(BIN)/python packaging/update_translations.py

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

$(STAMP_BUNDLE): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[bundle]'
	touch $@ $(STAMP_RUN)

$(STAMP_TEST): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache
