#!/usr/bin/env bash
# Debian's Chromium for the tests and pictures that drive n8n's editor (test/e2e/editorHelp,
# scripts/screenshots.js): playwright-core uses it as it is, so no browser is downloaded. A no-op
# once installed; CHROMIUM_PATH points the callers at another browser.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$CHROMIUM" ] && exit 0
echo "[install-chromium] installing Chromium from Debian's packages" >&2
bash "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" chromium
