#!/usr/bin/env bash
# Krampbot on Rasa's scale-out stack, on this machine, on loopback ports:
#   PostgreSQL (shared SQLTrackerStore) + Redis (RedisLockStore: one conversation is
#   handled by one replica at a time) + 2 Rasa replicas + 2 action servers + nginx in
#   front of both. Same model, code and endpoints.yml as `make run`: only environment
#   variables differ. Packages come from Debian (installed when missing).
# Usage: scripts/run/cluster.sh up|down|status      (make cluster / make cluster-down)
set -euo pipefail
cd "$(dirname "$0")/../.."
VENV="${VENV:-.venv}"
STATE="${CLUSTER_STATE_DIR:-$PWD/var/cluster}"
# PostgreSQL runs as the 'postgres' user, so its data lives where that user may write.
PGDATA="${CLUSTER_PG_DATA:-/tmp/krampbot-cluster-pg}"
PG_PORT="${CLUSTER_PG_PORT:-55432}"
REDIS_PORT="${CLUSTER_REDIS_PORT:-56379}"
LB_PORT="${CLUSTER_PORT:-8088}"                 # nginx -> Rasa replicas
ACTIONS_LB_PORT="${CLUSTER_ACTIONS_PORT:-5150}" # nginx -> action servers
read -r -a RASA_PORTS <<< "${CLUSTER_RASA_PORTS:-5105 5106}"
read -r -a ACTION_PORTS <<< "${CLUSTER_ACTION_PORTS:-5155 5156}"
DB_PASSWORD="${CLUSTER_DB_PASSWORD:-krampbot-local}"

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

install_packages() {
  local missing=()
  [ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/postgres" ] || missing+=(postgresql)
  command -v redis-server >/dev/null || missing+=(redis-server)
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]} from Debian ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
  fi
}

as_postgres() { runuser -u postgres -- "$@"; }

start_postgres() {
  local bin; bin="$(pg_bin)"
  if [ ! -f "$PGDATA/PG_VERSION" ]; then
    mkdir -p "$PGDATA" && chown postgres:postgres "$PGDATA" && chmod 700 "$PGDATA"
    as_postgres "$bin/initdb" -D "$PGDATA" --auth-local=trust --auth-host=scram-sha-256 \
      -U postgres >/dev/null
  fi
  as_postgres "$bin/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
    -o "-p $PG_PORT -k $PGDATA -c listen_addresses=127.0.0.1" start >/dev/null
  local psql=("$bin/psql" -h "$PGDATA" -p "$PG_PORT" -U postgres -d postgres -qtA)
  if [ -z "$(as_postgres "${psql[@]}" -c "SELECT 1 FROM pg_roles WHERE rolname='krampbot'")" ]; then
    as_postgres "${psql[@]}" -c "CREATE ROLE krampbot LOGIN PASSWORD '$DB_PASSWORD'"
    as_postgres "${psql[@]}" -c "CREATE DATABASE krampbot OWNER krampbot"
  fi
}

start_redis() {
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --daemonize yes \
    --pidfile "$STATE/redis.pid" --logfile "$STATE/redis.log" --dir "$STATE" \
    --save "" --appendonly no
}

write_nginx_conf() {
  local rasa_servers="" action_servers="" port
  for port in "${RASA_PORTS[@]}"; do
    rasa_servers+="    server 127.0.0.1:$port max_fails=1 fail_timeout=10s;"$'\n'
  done
  for port in "${ACTION_PORTS[@]}"; do
    action_servers+="    server 127.0.0.1:$port max_fails=1 fail_timeout=10s;"$'\n'
  done
  cat > "$STATE/nginx.conf" <<CONF
user www-data;
worker_processes 1;
pid $STATE/nginx.pid;
error_log $STATE/nginx-error.log warn;
events { worker_connections 1024; }
http {
  # One client address flooding the bot is slowed here; senders are limited in the
  # channel guard too (channels/rate_limit.py). Generous: a household shares an address.
  limit_req_zone \$binary_remote_addr zone=per_address:10m rate=${CLUSTER_RATE_PER_ADDRESS:-300r/s};
  limit_req_status 429;
  access_log off;  # conversations are health data: no request logs
  upstream rasa {
$rasa_servers    keepalive 32;
  }
  # socket.io long-polling needs every request of a session on the same replica.
  upstream rasa_sticky {
    ip_hash;
$rasa_servers  }
  upstream actions {
$action_servers    keepalive 32;
  }
  server {
    listen 127.0.0.1:$LB_PORT;
    client_max_body_size 64k;
    location / {
      limit_req zone=per_address burst=100 nodelay;
      proxy_pass http://rasa;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # A replica that is down: try the other one (also for POSTs, which Rasa
      # processes only once the request has arrived completely).
      proxy_next_upstream error timeout http_502 http_503 non_idempotent;
      proxy_connect_timeout 2s;
      proxy_read_timeout 60s;
    }
    location /socket.io/ {
      proxy_pass http://rasa_sticky;
      proxy_http_version 1.1;
    }
  }
  server {
    listen 127.0.0.1:$ACTIONS_LB_PORT;
    location / {
      proxy_pass http://actions;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_next_upstream error timeout http_502 http_503 non_idempotent;
      proxy_connect_timeout 2s;
    }
  }
}
CONF
}

cluster_env() {
  export ACTION_ENDPOINT_URL="http://127.0.0.1:$ACTIONS_LB_PORT/webhook"
  export KRAMPBOT_DB_DIALECT=postgresql KRAMPBOT_DB_HOST="127.0.0.1:$PG_PORT"
  export KRAMPBOT_DB_NAME=krampbot KRAMPBOT_DB_USER=krampbot KRAMPBOT_DB_PASSWORD="$DB_PASSWORD"
  export KRAMPBOT_LOCK_STORE=redis KRAMPBOT_REDIS_HOST=127.0.0.1 KRAMPBOT_REDIS_PORT="$REDIS_PORT"
  export KRAMPBOT_REDIS_DB=0 RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=2
  export KRAMPBOT_HIDE_DEPRECATIONS="${KRAMPBOT_HIDE_DEPRECATIONS:-1}"
}

start_action_server() {
  local port=$1
  nohup "$VENV/bin/python" -m startup.launcher run actions --actions actions --port "$port" \
    > "$STATE/actions-$port.log" 2>&1 &
  echo $! > "$STATE/actions-$port.pid"
}

start_replica() {
  local port=$1 api=()
  [ -n "${KRAMPBOT_API_TOKEN:-}" ] && api=(--enable-api --auth-token "$KRAMPBOT_API_TOKEN")
  nohup "$VENV/bin/python" -m startup.launcher run -m models/krampbot.tar.gz --port "$port" \
    --endpoints endpoints.yml --credentials credentials.yml "${api[@]}" \
    > "$STATE/rasa-$port.log" 2>&1 &
  echo $! > "$STATE/rasa-$port.pid"
}

wait_for_replica() {
  "$VENV/bin/python" - "$1" <<'PY'
import sys, time, requests
port = sys.argv[1]
deadline = time.monotonic() + 240
while time.monotonic() < deadline:
    try:
        r = requests.post(f"http://127.0.0.1:{port}/webhooks/rest/webhook",
                          json={"sender": "cluster-ready-check", "message": "hallo"}, timeout=10)
        if r.ok and r.json():
            sys.exit(0)
    except requests.RequestException:
        pass
    time.sleep(1)
sys.exit(f"Rasa replica on port {port} did not answer in time")
PY
}

up() {
  [ -f models/krampbot.tar.gz ] || { echo "No model: run 'make train' first." >&2; exit 1; }
  install_packages
  mkdir -p "$STATE"
  start_postgres
  start_redis
  write_nginx_conf
  cluster_env
  local port
  for port in "${ACTION_PORTS[@]}"; do start_action_server "$port"; done
  nginx -c "$STATE/nginx.conf" -p "$STATE"
  for port in "${RASA_PORTS[@]}"; do start_replica "$port"; done
  for port in "${RASA_PORTS[@]}"; do wait_for_replica "$port"; done
  echo "Krampbot cluster up: http://127.0.0.1:$LB_PORT/webhooks/rest/webhook" \
       "(replicas ${RASA_PORTS[*]}, action servers ${ACTION_PORTS[*]} behind :$ACTIONS_LB_PORT," \
       "PostgreSQL :$PG_PORT, Redis :$REDIS_PORT). Stop with: make cluster-down"
}

stop_pidfile() {
  local file=$1
  [ -f "$file" ] || return 0
  local pid; pid=$(cat "$file")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$file"
}

down() {
  local file
  for file in "$STATE"/rasa-*.pid "$STATE"/actions-*.pid; do stop_pidfile "$file"; done
  [ -f "$STATE/nginx.pid" ] && nginx -c "$STATE/nginx.conf" -p "$STATE" -s quit 2>/dev/null || true
  stop_pidfile "$STATE/redis.pid"
  if [ -f "$PGDATA/postmaster.pid" ]; then
    as_postgres "$(pg_bin)/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null || true
  fi
  echo "Krampbot cluster stopped."
}

status() {
  local file
  for file in "$STATE"/*.pid; do
    [ -f "$file" ] || continue
    if kill -0 "$(cat "$file")" 2>/dev/null; then echo "running: $(basename "$file" .pid)"
    else echo "stopped: $(basename "$file" .pid)"; fi
  done
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  status) status ;;
  *) echo "usage: $0 up|down|status" >&2; exit 2 ;;
esac
