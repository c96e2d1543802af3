#!/usr/bin/env bash
# `npm run bench`: the performance benchmark (not part of `npm test`). Builds a 1,000,000-obligation
# data set in its own database (luyue_bench; Redis dbs 9-10), measures ingest, the list API, the
# dashboard, an amendment dry run and a plan import preview, the sweep, sending and the admin's
# login form and first render, prints a table and writes bench/results.json.
# Takes 11-23 minutes on 2 cores, most of it building the data set. BENCH_REUSE=1 keeps an existing data set; BENCH_ONLY=list,sweep
# runs some sections; see test/bench/run.ts for the other knobs.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=${NX_DAEMON:-false} NX_NO_CLOUD=${NX_NO_CLOUD:-true}
bash ops/services.sh --browser
if [[ ",${BENCH_ONLY:-admin}," == *",admin,"* ]]; then bash ops/build-admin.sh; fi
# The api and worker run from their build, as npm run start:prod runs them.
bash ops/build-server.sh
start=$(date +%s)
TS_NODE_PROJECT=tsconfig.base.json TS_NODE_TRANSPILE_ONLY=true \
  node --max-old-space-size=4096 -r ts-node/register -r tsconfig-paths/register test/bench/run.ts
echo "[bench] npm run bench took $(( $(date +%s) - start )) s" >&2
