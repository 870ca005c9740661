#!/usr/bin/env bash
# Installs PostgreSQL and Redis from Debian's packages when missing (for n8n's queue mode).
# The system services are not started: scripts/queue-launcher.js runs private instances on loopback.
set -euo pipefail

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
if [ ${#need[@]} -gt 0 ]; then
  echo "[install-services] installing ${need[*]} from Debian's packages" >&2
  bash "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" "${need[@]}"
fi
echo "[install-services] postgres: $(ls -d /usr/lib/postgresql/*/bin | tail -1), redis: $(command -v redis-server)" >&2
