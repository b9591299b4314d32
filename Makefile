# Every target builds the virtualenv first if requirements changed, so a fresh clone needs
# nothing but python3 (3.11+) and make.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
DB ?= data/msqa.sqlite
PYTEST_ARGS ?=

.PHONY: install test crawl demo lint format bench clean

$(STAMP): requirements.txt pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

## Run the test suite (the command CI runs).
test: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/pytest -n 2 $(PYTEST_ARGS)

## The main job: crawl the live blog into data/msqa.sqlite (polite: one request at a time).
crawl: $(STAMP)
	$(VENV)/bin/msqa crawl --db $(DB)

## Offline demo: serve the replica on loopback and crawl it into data/demo.sqlite.
demo: $(STAMP)
	$(VENV)/bin/msqa demo --db data/demo.sqlite

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
