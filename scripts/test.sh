#!/usr/bin/env bash
# `npm test`: every check, in the order that fails fastest. Stops at the first failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n=== %s\n' "$*"; }

step lint;        npx eslint .
step typecheck;   npx tsc --noEmit -p tsconfig.json
step build;       npm run --silent build
step unit tests;  npx jest --selectProjects unit
step "n8n runtime"; bash scripts/install-n8n.sh
step "PostgreSQL and Redis for queue mode"; bash scripts/install-services.sh
step "Chromium for the editor tests"; bash scripts/install-chromium.sh
step "end-to-end tests on real n8n"; npx jest --selectProjects e2e --runInBand
