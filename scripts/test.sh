#!/usr/bin/env bash
# `npm test`: every check, in the order that fails fastest. Stops at the first failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n=== %s\n' "$*"; }
legacy_n8n="$(bash -c 'source scripts/n8n-env.sh && echo "$N8N_LEGACY_VERSION"')"
# On the 1.x line: the examples and the answering pairs (a trigger answered by its response node).
legacy_tests='test/e2e/examples|test/Hipcall/routing|test/Hipcall/callControl|test/M8Com/callerInsights|test/ChatVolt/chatvolt'

step lint;        npx eslint .
step typecheck;   npx tsc --noEmit -p tsconfig.json
step build;       npm run --silent build
step "unit tests (with what the packed tarball holds)"; npx jest --selectProjects unit
step "n8n's verification scan on the sources and the packed tarball"; node scripts/scan-package.mjs
step "n8n runtime"; bash scripts/install-n8n.sh
step "PostgreSQL and Redis for queue mode"; bash scripts/install-services.sh
step "Chromium for the editor tests"; bash scripts/install-chromium.sh
step "end-to-end tests on real n8n, the packed tarball installed"; npx jest --selectProjects e2e --runInBand
step "n8n $legacy_n8n runtime"; bash scripts/install-n8n.sh "$legacy_n8n"
step "examples and answering pairs on n8n $legacy_n8n"
N8N_RUNTIME_VERSION="$legacy_n8n" npx jest --selectProjects e2e --runInBand --testPathPattern "$legacy_tests"
