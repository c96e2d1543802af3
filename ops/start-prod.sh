#!/usr/bin/env bash
# `npm run start:prod`: the built api and worker (npm run build) under NODE_ENV=production.
# Applies pending migrations with the owner connection first (DATABASE_URL; the database is
# created when missing; no demo data), then runs `node dist/server/...` — no ts-node, no dev
# dependencies. Refuses to start without JWT_SECRET, APP_DATABASE_URL and CHANNEL_SECRET_KEY.
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_ENV=production
missing=()
for name in JWT_SECRET APP_DATABASE_URL CHANNEL_SECRET_KEY; do
  [ -n "${!name:-}" ] || missing+=("$name")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "[start:prod] refusing to start: set ${missing[*]} (see ops/env.example)" >&2
  exit 2
fi
server=dist/server/apps
if [ ! -f "$server/api/src/main.js" ] || [ ! -f dist/apps/admin/index.html ]; then
  echo "[start:prod] no build found: run npm run build first" >&2
  exit 2
fi

node "$server/cli/src/main.js" migrate

pids=()
stop() {
  trap - INT TERM EXIT
  [ ${#pids[@]} -gt 0 ] && kill -TERM "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  exit 0
}
trap stop INT TERM EXIT
node "$server/worker/src/main.js" &
pids+=($!)
node "$server/api/src/main.js" &
pids+=($!)
wait -n "${pids[@]}" || true
stop
