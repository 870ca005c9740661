#!/usr/bin/env bash
# `npm start`: n8n on http://127.0.0.1:5678 with this package loaded from dist/, on SQLite,
# with its data in .n8n-local/ (git-ignored). Installs n8n into .cache/ the first time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/install-n8n.sh
exec node scripts/start-n8n.js
