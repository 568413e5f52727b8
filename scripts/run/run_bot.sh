#!/usr/bin/env bash
# Start the action server and the Rasa server (or `rasa shell`) with embedded defaults.
# Usage: scripts/run/run_bot.sh [run|shell]     (the Makefile calls this)
set -euo pipefail
cd "$(dirname "$0")/../.."
mode="${1:-run}"
VENV="${VENV:-.venv}"

export ACTION_PORT="${ACTION_PORT:-5055}"
export RASA_PORT="${RASA_PORT:-5005}"
export WEB_PORT="${WEB_PORT:-8080}"
export ACTION_ENDPOINT_URL="${ACTION_ENDPOINT_URL:-http://127.0.0.1:${ACTION_PORT}/webhook}"
# Defaults for every other endpoints.yml variable (SQLite file, in-memory lock store).
eval "$("$VENV/bin/python" -m startup.settings)"
export TF_CPP_MIN_LOG_LEVEL=2
export RASA_TELEMETRY_ENABLED=false  # never send anything about conversations out
# "Krampbot ready in N s" counts from here unless `make run` already set the moment.
export KRAMPBOT_LAUNCHED_AT="${KRAMPBOT_LAUNCHED_AT:-$(date +%s.%N)}"
# Third-party DeprecationWarnings say nothing to someone running the bot (tests keep them).
export KRAMPBOT_HIDE_DEPRECATIONS="${KRAMPBOT_HIDE_DEPRECATIONS:-1}"
mkdir -p var
# Retention (conversations are health data): old conversations go before the bot starts.
"$VENV/bin/python" -m scripts.ops.purge || echo "Retention purge failed; starting anyway." >&2
# Rasa's command line through startup/launcher.py: start-up progress, speed-ups.
rasa=("$VENV/bin/python" -m startup.launcher)

"${rasa[@]}" run actions --actions actions --port "$ACTION_PORT" &
action_pid=$!
trap 'kill $action_pid 2>/dev/null || true' EXIT INT TERM

model=models/krampbot.tar.gz
if [ "$mode" = shell ]; then
  "${rasa[@]}" shell -m "$model" --endpoints endpoints.yml --port "$RASA_PORT"
  exit $?
fi

api_args=()
if [ -n "${KRAMPBOT_API_TOKEN:-}" ]; then
  # The HTTP API (trackers, model) is only switched on together with a token.
  api_args=(--enable-api --auth-token "$KRAMPBOT_API_TOKEN")
fi
# The web page with the chat widget (web/); its socket.io origin is allowed by default.
"$VENV/bin/python" -m webserver.serve_web --port "$WEB_PORT" --rasa-port "$RASA_PORT" &
web_pid=$!
trap 'kill $action_pid $web_pid 2>/dev/null || true' EXIT INT TERM
echo "Krampbot: web page on http://localhost:${WEB_PORT}/," \
     "REST webhook on http://localhost:${RASA_PORT}/webhooks/rest/webhook," \
     "action server on port ${ACTION_PORT}. Loading takes some seconds; stop with Ctrl+C."
"${rasa[@]}" run -m "$model" --port "$RASA_PORT" --endpoints endpoints.yml \
  --credentials credentials.yml "${api_args[@]}"
