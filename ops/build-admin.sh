#!/usr/bin/env bash
# Builds the React-Admin back office into dist/apps/admin (served by the api at /),
# skipping the build when nothing under apps/admin or libs/contracts changed since the last one.
set -euo pipefail
cd "$(dirname "$0")/.."
out=dist/apps/admin/index.html
if [ -f "$out" ] && [ -z "$(find apps/admin libs/contracts package-lock.json -newer "$out" -type f -print -quit)" ]; then
  echo "[admin] up to date" >&2
  exit 0
fi
echo "[admin] building" >&2
# NODE_ENV pinned: vite honours an inherited NODE_ENV (jest sets "test"), which would ship
# React's development build and its dev-only console warnings.
NODE_ENV=production npx vite build --config apps/admin/vite.config.ts --logLevel warn >&2
