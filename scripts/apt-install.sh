#!/usr/bin/env bash
# Installs the named Debian packages (as root, or through sudo). Used by install-services.sh and
# install-chromium.sh; the callers decide what is missing.
set -euo pipefail
[ $# -gt 0 ] || exit 0
export DEBIAN_FRONTEND=noninteractive
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq >&2
$SUDO apt-get install -y -qq --no-install-recommends "$@" >&2
