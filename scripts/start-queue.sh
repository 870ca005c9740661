#!/usr/bin/env bash
# `npm run start:queue`: n8n in queue mode on loopback (main on 5678, webhook process on 5679, two
# workers) with a private PostgreSQL and Redis, data in .queue/ (git-ignored).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/install-n8n.sh
bash scripts/install-services.sh
exec node scripts/start-queue.js
