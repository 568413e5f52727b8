# Krampbot: `make run` starts the bot, `make test` runs every test. Both install first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.krampbot-installed
# Conversations are health data: Rasa must never phone home (telemetry, error reports).
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2

.PHONY: install train run shell test bench bench-nlu clean

install: $(INSTALLED)
	@$(BIN)/python scripts/install_spacy_model.py

# Rasa 3.6 and rasa-sdk 3.6 declare Python <3.11 but run on 3.11: their dependencies
# come from the lock file (so every package gets a build for this Python), then the two
# packages themselves without their Python check.
$(INSTALLED): requirements/lock.txt requirements/dev.txt
	@$(PYTHON) scripts/check_python.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements/lock.txt -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --no-deps --ignore-requires-python \
		rasa-sdk==3.6.2 rasa==3.6.21
	touch $@

train: install
	$(BIN)/python scripts/train_if_changed.py

run: train
	scripts/run_bot.sh run

shell: train
	scripts/run_bot.sh shell

test: train
	$(BIN)/python -m pytest

bench-nlu: install
	$(BIN)/python scripts/bench_nlu.py

bench: train bench-nlu

clean:
	rm -rf models var results test-artifacts
