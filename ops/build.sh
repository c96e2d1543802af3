#!/usr/bin/env bash
# `npm run build`: api, worker and CLI compiled by tsc into dist/server (the @luyue/* paths
# rewritten to relative requires by tsc-alias, so plain `node` runs them), and the admin into
# dist/apps/admin. The output needs only the production dependencies (`npm ci --omit=dev`).
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=${NX_DAEMON:-false} NX_NO_CLOUD=${NX_NO_CLOUD:-true}
bash ops/install.sh
bash ops/build-server.sh
bash ops/build-admin.sh
echo "[build] done: node dist/server/apps/{api,worker,cli}/src/main.js" >&2
