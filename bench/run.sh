#!/usr/bin/env bash
# npm run bench: set up, build, then run bench/run.ts (compiled).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --quiet
# The scale group holds two connections per agent on the broker (10,000 agents: 20,000 sockets):
# raise the open-files limit (the hard one too when root), else keep what there is.
[ "$(ulimit -Hn)" = unlimited ] || [ "$(ulimit -Hn)" -ge 65536 ] || ulimit -Hn 65536 2>/dev/null || true
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
exec node dist/bench/run.js "$@"
