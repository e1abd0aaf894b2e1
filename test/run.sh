#!/usr/bin/env bash
# The test command (npm test): sets up what is missing, builds, type-checks
# the tests, then runs every unit and integration test with tap.
# Extra arguments go to tap, e.g.  npm test -- test/unit/filter.test.ts
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --quiet
npx tsc -p tsconfig.test.json
exec npx tap "$@"
