#!/usr/bin/env bash
# `npm start`: install, services, database, demo data, admin build, then api + worker in the
# foreground. Ctrl-C / SIGTERM stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=${NX_DAEMON:-false} NX_NO_CLOUD=${NX_NO_CLOUD:-true}
# A local development run unless told otherwise (the api accepts its built-in JWT secret only then).
export NODE_ENV=${NODE_ENV:-development}
bash ops/install.sh
bash ops/services.sh

TSN="env TS_NODE_PROJECT=tsconfig.base.json TS_NODE_TRANSPILE_ONLY=true node -r ts-node/register -r tsconfig-paths/register"
pids=()
stop() {
  trap - INT TERM EXIT
  [ ${#pids[@]} -gt 0 ] && kill -TERM "${pids[@]}" 2>/dev/null || true
  for _ in $(seq 1 80); do
    alive=false
    for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null && alive=true; done
    $alive || break
    sleep 0.1
  done
  [ ${#pids[@]} -gt 0 ] && kill -KILL "${pids[@]}" 2>/dev/null || true
  exit 0
}
trap stop INT TERM EXIT

$TSN apps/cli/src/main.ts migrate
if [ "${NODE_ENV:-development}" != "production" ]; then
  $TSN apps/cli/src/main.ts seed
  if [ -z "${SMTP_URL:-}" ]; then
    # Development inbox: keeps every message; an explicit SMTP_URL always wins.
    export SMTP_URL="smtp://127.0.0.1:${INBOX_SMTP_PORT:-1025}"
    $TSN apps/cli/src/main.ts inbox &
    pids+=($!)
  fi
fi
bash ops/build-admin.sh

$TSN apps/worker/src/main.ts &
pids+=($!)
$TSN apps/api/src/main.ts &
pids+=($!)

port=${PORT:-3000}
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  sleep 0.5
done
cat >&2 <<MSG

  Luyue is running: http://localhost:$port  (API docs: http://localhost:$port/api/docs)
MSG
wait -n "${pids[@]}" || true
stop
