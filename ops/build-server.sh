#!/usr/bin/env bash
# The api, worker and CLI compiled by tsc into dist/server, the @luyue/* paths rewritten to
# relative requires by tsc-alias, so plain `node` runs them (npm run build, npm run bench).
set -euo pipefail
cd "$(dirname "$0")/.."
echo "[build] server → dist/server" >&2
rm -rf dist/server
npx tsc -p tsconfig.build.json
npx tsc-alias -p tsconfig.build.json
