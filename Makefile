# Jiuzhu — the two commands are `make run` and `make test`; see README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3.11
UV_VERSION := 0.13.8
UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
VENV := .venv
PY := $(VENV)/bin/python
SERVICE_DIRS := services/intake services/verification services/matching services/charity gateway
TEST_DIRS := libs/jiuzhu_kit $(SERVICE_DIRS)

.PHONY: help install run migrate migration test test-e2e lint format clean client demo bench-simulation bench-intake bench-ingest bench-gateway bench-screening bench-checks

help:
	@echo "make run        install, migrate the SQLite files under var/, start the suite (gateway :8000)"
	@echo "make test       install and run every test (TEST_POSTGRES_URL=postgresql://… for PostgreSQL)"
	@echo "make test-e2e   cross-service tests only (JIUZHU_GATEWAY_URL=… targets a deployed stack)"
	@echo "make lint       ruff format --check, ruff check, mypy, import-linter"
	@echo "make migrate    upgrade every service's database to head"
	@echo "make migration SERVICE=intake m='what changed'   autogenerate a migration"
	@echo "make demo       play the six cases of DOMAIN.md against a running make run (--gateway URL)"
	@echo "make client     regenerate libs/jiuzhu_client from the gateway's merged OpenAPI"
	@echo "make bench-intake | bench-checks | bench-ingest | bench-screening | bench-simulation | bench-gateway"

.tools/bin/uv:
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet uv==$(UV_VERSION)

$(VENV)/.synced: uv.lock pyproject.toml $(wildcard */pyproject.toml */*/pyproject.toml) | $(if $(findstring .tools,$(UV)),.tools/bin/uv)
	$(UV) sync --frozen --python $(PYTHON)
	@touch $@

install: $(VENV)/.synced

migrate: install
	$(PY) deploy/local/run.py migrate

migration: install
	@test -n "$(SERVICE)" || (echo "usage: make migration SERVICE=intake m='what changed'" && exit 2)
	@dir=$$( [ "$(SERVICE)" = gateway ] && echo gateway || echo services/$(SERVICE) ); \
		cd $$dir && $(CURDIR)/$(VENV)/bin/alembic -c alembic.ini revision --autogenerate -m "$(m)"

run: install
	$(PY) deploy/local/run.py

demo: install
	$(PY) deploy/local/demo.py

test: install
	@set -e; for dir in $(TEST_DIRS); do \
		echo "== $$dir"; \
		(cd $$dir && $(CURDIR)/$(PY) -m pytest -c $(CURDIR)/pyproject.toml --rootdir . tests -q $(PYTEST_ARGS)); \
	done
	@echo "== tests (cross-service, real processes)"
	$(PY) -m pytest tests -q $(PYTEST_ARGS)

test-e2e: install
	$(PY) -m pytest tests -q $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy libs/jiuzhu_kit/src libs/jiuzhu_cli/src libs/jiuzhu_cli/codegen services/*/src gateway/src tests $(wildcard bench)
	$(VENV)/bin/lint-imports

format: install
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# The Python client, generated from the merged OpenAPI built in-process (tests/test_client_fresh.py).
client: install
	$(PY) libs/jiuzhu_cli/codegen/generate_client.py

clean:
	rm -rf $(VENV) .tools var .mypy_cache .ruff_cache .pytest_cache

# Benchmarks: each generates its own seeded data and prints one JSON object on its last line.
bench-simulation: install
	$(PY) bench/simulation/run.py

bench-intake: install
	$(PY) bench/intake/run.py

bench-checks: install
	$(PY) bench/checks/run.py $(BENCH_ARGS)

bench-ingest: install
	$(PY) bench/ingest/run.py

bench-gateway: install
	@command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	$(PY) bench/gateway/run.py

bench-screening: install
	$(PY) bench/screening/run.py $(BENCH_ARGS)
