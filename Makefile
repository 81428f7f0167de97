# Two commands for a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run test lint typecheck translations screenshots bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[gui]"
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@ $(STAMP_RUN)

translations: | $(BIN)/python
	$(BIN)/python -m workbench.gui.i18n_build

run: $(STAMP_RUN) translations
	@bash packaging/ensure-qt-libs.sh
	$(BIN)/finops-workbench --demo

lint: $(STAMP_TEST)
	$(BIN)/ruff check workbench tests bench
	$(BIN)/ruff format --check workbench tests bench
	$(BIN)/mypy

test: $(STAMP_TEST) translations lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

screenshots: $(STAMP_RUN) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/finops-workbench screenshot --demo --out shots --lang en
	QT_QPA_PLATFORM=offscreen $(BIN)/finops-workbench screenshot --demo --out shots/nl --lang nl

bench: $(STAMP_TEST)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache
