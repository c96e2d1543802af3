#!/usr/bin/env bash
# `npm test`: installs if needed, makes the services available, then lint, unit, integration and
# end-to-end suites against the real PostgreSQL, Redis and Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=${NX_DAEMON:-false} NX_NO_CLOUD=${NX_NO_CLOUD:-true}
bash ops/install.sh
bash ops/services.sh --browser

step() { printf '\n=== %s ===\n' "$*" >&2; }

step "lint (incl. module boundaries)"
npx nx run-many -t lint --output-style=static

step "format (prettier: .prettierrc, .prettierignore)"
npx prettier --check .

step "type check (server, libs, tests; admin)"
npx tsc -p tsconfig.base.json --noEmit
npx tsc -p apps/admin/tsconfig.json --noEmit

step "unit tests"
npx jest -c jest.config.cjs
npx vitest run --config apps/admin/vitest.config.ts

step "build admin"
bash ops/build-admin.sh

step "integration and end-to-end tests"
npx jest -c jest.int.config.cjs --runInBand
