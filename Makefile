# Every target creates .venv and installs what it needs, so each works on a fresh clone by itself.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test check lint bench eval tone-model theme-model given-names clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: install
	$(BIN)/carelead ingest corpus/
	$(BIN)/carelead docs --format table
	$(BIN)/carelead themes --format table
	$(BIN)/carelead variation --min-n 5 --format table
	$(BIN)/carelead sentiment --by role --format table
	$(BIN)/carelead compare kingsfund-2021 messenger-2022 --format table
	@echo "The store is ./carelead.db; try: .venv/bin/carelead report report.html --compare kingsfund-2021 messenger-2022"

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests bench eval
	$(BIN)/ruff format --check src tests bench eval
	$(BIN)/mypy

check: lint test

bench: install
	$(BIN)/python bench/run.py

eval: install
	$(BIN)/python eval/run.py

tone-model: install
	$(BIN)/python eval/train_tone.py --cv

theme-model: install
	$(BIN)/python eval/train_themes.py --cv

given-names: install
	$(BIN)/pip install -q -e '.[data]'
	$(BIN)/python eval/given_names.py

clean:
	rm -rf $(VENV) carelead.db carelead.db-wal carelead.db-shm .pytest_cache .mypy_cache .ruff_cache
