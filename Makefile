# Krampbot: `make run` starts the bot, `make test` runs every test. Both install first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.krampbot-installed
# The spaCy pipeline download is tried once per install (`make install` tries again).
SPACY_TRIED := $(VENV)/.krampbot-spacy-tried
# Conversations are health data: Rasa must never phone home (telemetry, error reports).
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2
# Hide third-party DeprecationWarnings in what `make run`/`train`/`shell` print
# (startup/launcher.py); pytest runs its own servers without this.
export KRAMPBOT_HIDE_DEPRECATIONS ?= 1

.PHONY: install train run shell test test-unit bench bench-nlu clean cluster cluster-down web-install \
	install-browser telegram-webhook unanswered eval-answers eval-safety purge lint types content-book
WEB_INSTALLED := web/node_modules/.package-lock.json

install: $(INSTALLED)
	@$(BIN)/python -m scripts.run.install_spacy_model
	@touch $(SPACY_TRIED)

$(SPACY_TRIED): $(INSTALLED) requirements/spacy-model.txt
	@$(BIN)/python -m scripts.run.install_spacy_model
	@touch $@

# Rasa 3.6 and rasa-sdk 3.6 declare Python <3.11 but run on 3.11: their dependencies
# come from the lock file (so every package gets a build for this Python), then the two
# packages themselves without their Python check.
$(INSTALLED): requirements/lock.txt requirements/dev.txt pyproject.toml
	@$(PYTHON) scripts/run/check_python.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements/lock.txt -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --no-deps --ignore-requires-python \
		rasa-sdk==3.6.2 rasa==3.6.21
	# Krampbot's own packages, editable (pyproject.toml): importable from anywhere.
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $@

train: $(SPACY_TRIED)
	$(BIN)/python -m scripts.run.train_if_changed

# "Krampbot ready in N s" in the log counts from here (scripts/run/run_bot.sh, launcher.py).
run: export KRAMPBOT_LAUNCHED_AT := $(shell date +%s.%N)
run: train web-install
	scripts/run/run_bot.sh run

shell: train
	scripts/run/run_bot.sh shell

# --durations: the slowest tests in the log, to see where CI's time goes.
test: train web-install install-browser content-book
	$(BIN)/python -m pytest --durations=25

# The inner loop: no trained model, no server, a few seconds (part of `make test` too).
test-unit: $(INSTALLED)
	$(BIN)/python -m pytest tests/unit -q

# Questions Krampbot could not answer, from the configured tracker store, names and
# numbers masked (see README "Reliability and privacy").
unanswered: $(INSTALLED)
	@$(BIN)/python -m scripts.ops.unanswered

# Delete conversations idle longer than KRAMPBOT_RETENTION_DAYS (30); `make run` does
# this at start and the bot once a day.
purge: $(INSTALLED)
	@$(BIN)/python -m scripts.ops.purge

# Lint and format check (ruff), types (mypy, strict on the plain-Python core): fast,
# no model; .ci/run runs them before anything is trained.
lint: $(INSTALLED)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check krampbot

types: $(INSTALLED)
	$(BIN)/mypy

# Warning signs on the probe corpus (tests/safety_probes/): under- and over-triage per
# level, direct and via the questions, every miss listed (results/eval_safety.md).
eval-safety: train
	$(BIN)/python -m scripts.evaluate.eval_safety

# Every text Krampbot can say, for clinical review (test-artifacts/content-book.html/.pdf);
# made by `make test` too.
content-book: $(INSTALLED)
	$(BIN)/python -m scripts.run.content_book

bench-nlu: $(SPACY_TRIED)
	$(BIN)/python -m scripts.evaluate.bench_nlu

# Which answer held-out questions get, per threshold (krampbot/knowledge/answers.py).
eval-answers: train
	$(BIN)/python -m scripts.evaluate.eval_answers

bench: train web-install
	$(BIN)/python -m scripts.evaluate.bench

clean:
	rm -rf models var results test-artifacts

# The web widget (rasa-webchat) exactly as pinned in web/package-lock.json; served from
# web/node_modules by webserver/serve_web.py, never from a CDN.
web-install: $(WEB_INSTALLED)

$(WEB_INSTALLED): web/package.json web/package-lock.json
	cd web && npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# Debian's chromium for the browser test (tests/integration/test_web_widget.py).
install-browser:
	@command -v chromium >/dev/null || { \
		sudo=; [ "$$(id -u)" = 0 ] || sudo=sudo; \
		$$sudo apt-get update && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y chromium; }

# Register the Telegram webhook (TELEGRAM_TOKEN, TELEGRAM_WEBHOOK_URL; see README).
telegram-webhook: $(INSTALLED)
	$(BIN)/python -m scripts.ops.telegram_webhook

# Rasa's scale-out stack on loopback: PostgreSQL, Redis, 2 Rasa replicas, 2 action
# servers, nginx in front (scripts/run/cluster.sh; packages from Debian when missing).
cluster: train
	scripts/run/cluster.sh up

cluster-down:
	scripts/run/cluster.sh down

