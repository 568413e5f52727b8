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
	install-browser telegram-webhook unanswered eval-answers
WEB_INSTALLED := web/node_modules/.package-lock.json

install: $(INSTALLED)
	@$(BIN)/python scripts/install_spacy_model.py
	@touch $(SPACY_TRIED)

$(SPACY_TRIED): $(INSTALLED) requirements/spacy-model.txt
	@$(BIN)/python scripts/install_spacy_model.py
	@touch $@

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

train: $(SPACY_TRIED)
	$(BIN)/python scripts/train_if_changed.py

# "Krampbot ready in N s" in the log counts from here (scripts/run_bot.sh, launcher.py).
run: export KRAMPBOT_LAUNCHED_AT := $(shell date +%s.%N)
run: train web-install
	scripts/run_bot.sh run

shell: train
	scripts/run_bot.sh shell

test: train web-install install-browser
	$(BIN)/python -m pytest

# The inner loop: no trained model, no server, a few seconds (part of `make test` too).
test-unit: $(INSTALLED)
	$(BIN)/python -m pytest tests/unit -q

# Questions Krampbot could not answer, from the configured tracker store (see README).
unanswered: $(INSTALLED)
	@$(BIN)/python scripts/unanswered.py

bench-nlu: $(SPACY_TRIED)
	$(BIN)/python scripts/bench_nlu.py

# Which answer held-out questions get, per threshold (krampbot/knowledge.py).
eval-answers: train
	$(BIN)/python scripts/eval_answers.py

bench: train web-install
	$(BIN)/python scripts/bench.py

clean:
	rm -rf models var results test-artifacts

# The web widget (rasa-webchat) exactly as pinned in web/package-lock.json; served from
# web/node_modules by scripts/serve_web.py, never from a CDN.
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
telegram-webhook:
	$(PYTHON) scripts/telegram_webhook.py

# Rasa's scale-out stack on loopback: PostgreSQL, Redis, 2 Rasa replicas, 2 action
# servers, nginx in front (scripts/cluster.sh; packages from Debian when missing).
cluster: train
	scripts/cluster.sh up

cluster-down:
	scripts/cluster.sh down

