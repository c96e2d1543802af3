#!/usr/bin/env bash
# Installs dependencies when node_modules is missing or older than the lockfile.
# `npm install` (not `npm ci`): ci rejects the platform-specific optional packages in the lock.
set -euo pipefail
cd "$(dirname "$0")/.."
marker=node_modules/.package-lock.json
if [ ! -f "$marker" ] || [ package-lock.json -nt "$marker" ] || [ package.json -nt "$marker" ]; then
  echo "[install] npm install" >&2
  npm install --no-audit --no-fund >&2
fi
