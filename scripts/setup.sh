#!/usr/bin/env bash
# Makes this checkout ready to run: Node >= 20, the Debian packages ampm
# needs, npm packages (npm ci when package-lock.json changed), and a build.
# Installs what it can (Debian packages only as root, with apt-get);
# otherwise says exactly what is missing and exits 1.
#
#   scripts/setup.sh            everything
#   scripts/setup.sh --quiet    only speak when something is done or missing
set -euo pipefail
cd "$(dirname "$0")/.."

quiet=0
[ "${1:-}" = "--quiet" ] && quiet=1
say() { [ "$quiet" = 1 ] || echo "setup: $*"; }
die() { echo "setup: $*" >&2; exit 1; }

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
[ "$node_major" -ge 20 ] || die "Node.js 20 or newer is needed (found: $(node --version 2>/dev/null || echo none))"

# Debian packages: the one list, scripts/packages.txt (also read by .ci/run).
mapfile -t missing < <(bash scripts/packages.sh --missing)
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${missing[*]} with apt-get"
    if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1; then
      apt-get update -qq >/dev/null
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
  else
    die "missing Debian packages: ${missing[*]}; install them with: sudo apt-get install ${missing[*]}"
  fi
fi

stamp=node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  echo "setup: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
fi

newest_src=$(find proto agents/src client/src bench examples test/helpers \( -name '*.ts' -o -name '*.mjs' \) -newer dist/.built 2>/dev/null | head -1 || true)
if [ ! -f dist/.built ] || [ -n "$newest_src" ] || [ tsconfig.json -nt dist/.built ] || [ proto/gen/ampm.js -nt dist/.built ]; then
  say "building (tsc)"
  node scripts/build.mjs
fi
say "ready"
