# Every target builds the virtualenv first if requirements changed, so a fresh clone needs
# python3 (3.11+) with venv, make, and chromium for the browser tests (see README.md).
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
# The archive: `make crawl DB=/x.sqlite`, or MSQA_DB=/x.sqlite in the environment (as for msqa).
MSQA_DB ?= data/msqa.sqlite
DB ?= $(MSQA_DB)
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

## The main job: crawl the live blog into $(DB) (polite: one request at a time).
## make reports any failure as its own exit 2: schedulers should call .venv/bin/msqa crawl.
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
