#!/usr/bin/env bash
# npm run bench: set up, build, then run bench/run.ts (compiled).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --quiet
exec node dist/bench/run.js "$@"
