# paindiary: `make run` starts the app, `make test` runs every check. Both set up what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LOCK := requirements
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test
STAMP_BUNDLE := $(VENV)/.installed-bundle
# `make lock` writes the lock with this pip-tools, so that the files come out the same each time.
PIP_TOOLS := pip-tools==7.7.0
# e.g. `make lock LOCK_FLAGS=--upgrade` to move every pin to the newest version pyproject allows.
LOCK_FLAGS ?=
# The lock must hold only what pip's default index serves, whatever index this machine's pip is set
# up for, so its configuration is ignored here.
PIP_COMPILE := PIP_CONFIG_FILE=/dev/null CUSTOM_COMPILE_COMMAND="make lock" $(BIN)/pip-compile \
	--quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links \
	$(LOCK_FLAGS)

.PHONY: run demo test pytest lint format bench bundle translations lock system-libs system-libs-test clean

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

# Pin every dependency, with hashes, for Linux x86_64 CPython 3.11 (see CONTRIBUTING.md). Test and
# bundle are resolved within the run pins (bundle also within the test pins), so one .venv holds all.
lock: $(BIN)/pip-compile
	$(PIP_COMPILE) --output-file $(LOCK)/run.txt pyproject.toml
	$(PIP_COMPILE) --extra test --constraint $(LOCK)/run.txt --output-file $(LOCK)/test.txt pyproject.toml
	$(PIP_COMPILE) --extra bundle --constraint $(LOCK)/test.txt --output-file $(LOCK)/bundle.txt \
		pyproject.toml

system-libs:
	@sh packaging/system-libs.sh run

system-libs-test:
	@sh packaging/system-libs.sh test

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(BIN)/pip-compile: | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet $(PIP_TOOLS)

# Each stamp installs exactly the locked versions (hash-checked), then paindiary itself without
# dependencies; a change to the lock or to pyproject.toml installs again.
$(STAMP_RUN): pyproject.toml $(LOCK)/run.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)/run.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@

$(STAMP_BUNDLE): pyproject.toml $(LOCK)/bundle.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)/bundle.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@ $(STAMP_RUN)

$(STAMP_TEST): pyproject.toml $(LOCK)/test.txt | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)/test.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $@ $(STAMP_RUN)

clean:
	rm -rf $(VENV) build dist .mypy_cache .ruff_cache
