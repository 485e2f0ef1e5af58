#!/usr/bin/env bash
# Installs the web module's npm dependencies for the Maven build, and only when the lock file
# changed since the last install (npm ci wipes node_modules, which costs ~20 s per build).
set -euo pipefail

cd "$(dirname "$0")/.."

if ! command -v npm >/dev/null 2>&1; then
  echo "npm is not installed: the web build needs Node >= 20.19 and npm >= 11 on the PATH" >&2
  exit 1
fi

npm_version="$(npm --version)"
npm_major="${npm_version%%.*}"
if ! [[ "$npm_major" =~ ^[0-9]+$ ]] || (( npm_major < 11 )); then
  echo "npm ${npm_version} found: Vite 8 needs npm >= 11" >&2
  exit 1
fi

# npm writes node_modules/.package-lock.json on every install; it is newer than the lock file
# exactly when the tree is current.
if [[ -f node_modules/.package-lock.json && ! node_modules/.package-lock.json -ot package-lock.json ]]; then
  echo "npm dependencies up to date"
  exit 0
fi

# `npm install` with the committed lock installs exactly its versions; `npm ci` is not used because
# the registry here lacks the other platforms' optional native bindings, so the lock cannot name them
# and `npm ci` calls the lock out of sync.
npm install --no-audit --no-fund
